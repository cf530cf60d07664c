// The dashboard's staff sections: K-4 staff without a signed confidentiality agreement (R-SE-4)
// and K-5 qualifications and training, from /dashboard/staff in the same scope as the KPIs.
(function () {
  'use strict';
  const form = document.getElementById('filters');
  const FIELDS = ['from', 'to', 'station', 'engineer'];

  function params(source) {
    const p = new URLSearchParams();
    FIELDS.forEach(f => { const v = source(f); if (v) p.set(f, v); });
    return p;
  }
  function row(tbody, values) {
    const tr = document.createElement('tr');
    values.forEach(v => { const td = document.createElement('td'); td.textContent = v == null || v === '' ? '—' : v; tr.appendChild(td); });
    tbody.appendChild(tr);
  }
  function fill(id, rows, empty) {
    const tbody = document.querySelector('#' + id + ' tbody');
    tbody.replaceChildren();
    if (!rows.length) { row(tbody, [empty]); tbody.firstChild.firstChild.colSpan = 8; return; }
    rows.forEach(r => row(tbody, r));
  }

  // hours by kind of training, only the kinds with records ("（安全生產 4.0 小時、專業技能 8.0 小時）")
  function byKind(categories) {
    const held = (categories || []).filter(c => c.records > 0);
    return held.length ? '（' + held.map(c => c.name + ' ' + Number(c.hours).toFixed(1) + ' 小時').join('、') + '）' : '';
  }

  function render(s) {
    document.getElementById('withoutAgreementCount').textContent = s.withoutAgreement.length
      ? '共 ' + s.withoutAgreement.length + ' 人未簽署保密協議，不會被派單 (R-SE-4)' : '所有服務人員均已簽署保密協議 (R-SE-4)';
    fill('withoutAgreement', s.withoutAgreement.map(p => [p.name, p.staff, p.station]), '無');
    const d = s.development;
    document.getElementById('developmentSummary').textContent = '人員 ' + d.staff + ' 人，持有效證書 ' + d.withValidCertificate
      + ' 人；證書 ' + d.certificates + ' 張，即將到期 ' + d.expiringSoon.length + ' 張，已過期 ' + d.expired.length
      + ' 張；本期培訓 ' + d.trainingRecords + ' 次，共 ' + Number(d.trainingHours).toFixed(1) + ' 小時，通過 ' + d.trainingPassed + ' 次'
      + byKind(d.trainingByCategory);
    fill('certificatesDue', d.expired.map(c => [c.name, c.station, c.title, c.certificateNo, c.expiresOn, '已過期'])
      .concat(d.expiringSoon.map(c => [c.name, c.station, c.title, c.certificateNo, c.expiresOn, '即將到期'])), '無');
    fill('development', d.byStaff.map(r => [r.name, r.station, r.validCertificates, r.expiringSoon, r.expired,
      r.trainingRecords, Number(r.trainingHours).toFixed(1)]), '無');
  }

  async function load(p) {
    const error = document.getElementById('staffError'); error.textContent = '';
    const response = await fetch('/dashboard/staff?' + p, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) {
      let message = '人員資料載入失敗 (' + response.status + ')';
      try { message = (await response.json()).detail || message; } catch (ignored) { /* not JSON */ }
      error.textContent = message;
      return;
    }
    render(await response.json());
  }

  form.addEventListener('submit', () => load(params(f => form.elements[f].value)));
  window.addEventListener('popstate', () => { const u = new URLSearchParams(window.location.search); load(params(f => u.get(f))); });
  const url = new URLSearchParams(window.location.search);
  load(params(f => url.get(f)));
})();
