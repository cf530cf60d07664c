// The dashboard's section 環境監測站點 (R-MS-1, R-MS-3, K-4), from /dashboard/monitoring with the
// page's period and station. A file of its own: the page's Content-Security-Policy allows no inline script.
(function () {
  'use strict';
  const tiles = document.getElementById('monitoringTiles');
  const rows = document.querySelector('#monitoringOverdue tbody');
  function text(tag, value, cls) {
    const el = document.createElement(tag);
    el.textContent = value;
    if (cls) { el.className = cls; }
    return el;
  }
  function tile(name, value) {
    const t = document.createElement('div');
    t.className = 'tile';
    t.dataset.name = name;
    t.appendChild(text('div', name, 'name'));
    t.appendChild(text('div', value, 'value'));
    tiles.appendChild(t);
  }
  function when(iso) {
    return new Date(iso).toLocaleString('zh-TW', { timeZone: 'Asia/Shanghai', hour12: false });
  }
  function load() {
    const params = new URLSearchParams(window.location.search);
    const query = new URLSearchParams();
    ['from', 'to', 'station'].forEach(f => { if (params.get(f)) { query.set(f, params.get(f)); } });
    fetch('/dashboard/monitoring?' + query, { headers: { Accept: 'application/json' } })
      .then(r => r.ok ? r.json() : Promise.reject(r.status))
      .then(f => {
        tiles.replaceChildren();
        rows.replaceChildren();
        tile('逾期巡檢', String(f.overdueInspections.length));
        tile('逾期校準', String(f.overdueCalibrations.length));
        tile('數據上傳完整率', f.uploadCompleteness === null ? '—'
          : (f.uploadCompleteness * 100).toFixed(1) + '%（' + f.uploadComplete + '/' + f.inspectionsDone + '）');
        tile('未修復故障', String(f.openFaults));
        f.overdueInspections.concat(f.overdueCalibrations).forEach(o => {
          const tr = document.createElement('tr');
          tr.appendChild(text('td', o.siteName + '（' + o.siteCode + '）'));
          tr.appendChild(text('td', o.what));
          tr.appendChild(text('td', o.engineer));
          tr.appendChild(text('td', when(o.dueAt)));
          tr.appendChild(text('td', o.open ? '未完成' : '逾期完成'));
          rows.appendChild(tr);
        });
      })
      .catch(status => { tiles.replaceChildren(text('div', '環境監測資料無法載入（' + status + '）')); });
  }
  load();
  document.getElementById('filters').addEventListener('submit', () => setTimeout(load, 0));
})();
