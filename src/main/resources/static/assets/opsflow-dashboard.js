// The KPI dashboard's script (/dashboard): loaded from a file, so the page's Content-Security-Policy
// allows no inline script.
(function () {
  'use strict';
  const TABLES = ['summary', 'volume-by-type', 'volume-by-channel', 'volume-by-station', 'trend', 'efficiency',
    'compliance-by-station', 'escalations', 'satisfaction', 'engineers', 'appraisal', 'attendance', 'training', 'orders'];
  const TYPE_NAMES = { INSTALLATION: '報裝', REPAIR: '報修', RENEWAL: '續費' };
  const CHANNEL_NAMES = { PHONE: '電話', WEB: '網站', WECHAT: '微信', WALK_IN: '臨櫃', OTHER: '其他' };
  const FIELDS = ['from', 'to', 'bucket', 'station', 'engineer', 'type', 'channel'];
  const form = document.getElementById('filters');
  const charts = {};
  let zone = undefined; // the department's time zone, from /dashboard/data
  function when(iso) { return new Date(iso).toLocaleString('zh-TW', { timeZone: zone, hour12: false }); }
  ['trendChart', 'stationChart', 'gaugeChart', 'satisfactionChart', 'escalationChart', 'typeChart', 'channelChart']
    .forEach(id => { charts[id] = echarts.init(document.getElementById(id)); });
  window.addEventListener('resize', () => Object.values(charts).forEach(c => c.resize()));

  const csvSelect = document.getElementById('csvTable');
  TABLES.forEach(t => { const o = document.createElement('option'); o.value = t; o.textContent = t; csvSelect.appendChild(o); });

  // The filters live in the URL query string, so a view can be shared as a link.
  function paramsFromUrl() { return new URLSearchParams(window.location.search); }
  function fillForm(params) {
    FIELDS.forEach(f => {
      const el = form.elements[f];
      const v = params.get(f) || '';
      if (el.tagName === 'SELECT' && v && ![...el.options].some(o => o.value === v)) {
        const o = document.createElement('option'); o.value = v; o.textContent = v; el.appendChild(o);
      }
      el.value = v;
    });
  }
  function formParams() {
    const p = new URLSearchParams();
    FIELDS.forEach(f => { const v = form.elements[f].value; if (v) p.set(f, v); });
    return p;
  }
  function updateLinks(p) {
    document.getElementById('exportXlsx').href = '/dashboard/export.xlsx?' + p;
    const csv = new URLSearchParams(p); csv.set('table', csvSelect.value);
    document.getElementById('exportCsv').href = '/dashboard/export.csv?' + csv;
    const month = document.getElementById('month').value || (p.get('to') || '').substring(0, 7);
    const m = new URLSearchParams(); m.set('month', month); if (p.get('station')) m.set('station', p.get('station'));
    document.getElementById('exportMonth').href = '/dashboard/appraisal.xlsx?' + m;
  }
  csvSelect.addEventListener('change', () => updateLinks(formParams()));
  document.getElementById('month').addEventListener('change', () => updateLinks(formParams()));

  form.addEventListener('submit', e => {
    e.preventDefault();
    const p = formParams();
    history.pushState(null, '', '/dashboard' + (p.toString() ? '?' + p : ''));
    load(p);
  });
  window.addEventListener('popstate', () => { fillForm(paramsFromUrl()); load(paramsFromUrl()); });

  function pct(v) { return v == null ? '—' : (v * 100).toFixed(1) + '%'; }
  function num(v, d) { return v == null ? '—' : Number(v).toFixed(d == null ? 0 : d); }
  function cell(tr, text) { const td = document.createElement('td'); td.textContent = text == null ? '—' : text; tr.appendChild(td); }

  function tile(name, value, previous, format, higherIsBetter) {
    const div = document.createElement('div'); div.className = 'tile';
    const n = document.createElement('div'); n.className = 'name'; n.textContent = name;
    const v = document.createElement('div'); v.className = 'value'; v.textContent = format(value);
    const d = document.createElement('div'); d.className = 'delta';
    if (value == null || previous == null) { d.textContent = '與上期比較：—'; d.className += ' flat'; }
    else {
      const diff = value - previous;
      const better = higherIsBetter ? diff > 0 : diff < 0;
      d.className += diff === 0 ? ' flat' : (better ? ' up' : ' down');
      d.textContent = '與上期比較：' + (diff > 0 ? '▲ ' : diff < 0 ? '▼ ' : '') + format(Math.abs(diff)) + '（上期 ' + format(previous) + '）';
    }
    div.append(n, v, d);
    return div;
  }

  function render(data) {
    const c = data.current, p = data.previous;
    zone = data.zone;
    const q = c.query;
    document.getElementById('period').textContent = q.from + ' 至 ' + q.to + (q.station ? '　區站 ' + q.station : '');
    if (!form.elements.from.value) form.elements.from.value = q.from;
    if (!form.elements.to.value) form.elements.to.value = q.to;
    const stationSelect = form.elements.station;
    Object.keys(c.volume.byStation).concat(q.station ? [q.station] : []).forEach(s => {
      if (![...stationSelect.options].some(o => o.value === s)) {
        const o = document.createElement('option'); o.value = s; o.textContent = s; stationSelect.appendChild(o);
      }
    });

    const tiles = document.getElementById('tiles'); tiles.replaceChildren();
    tiles.append(
      tile('受理工單 (K-3)', c.volume.received, p.volume.received, v => num(v), true),
      tile('完成工單 (K-3)', c.volume.completed, p.volume.completed, v => num(v), true),
      tile('期末未結 (K-3)', c.volume.open, p.volume.open, v => num(v), false),
      tile('10分鐘內聯系 (K-4)', c.compliance.contact.rate, p.compliance.contact.rate, pct, true),
      tile('1小時到場 (K-4)', c.compliance.onSite.rate, p.compliance.onSite.rate, pct, true),
      tile('報裝按時 (K-4)', c.compliance.installation.rate, p.compliance.installation.rate, pct, true),
      tile('派單→結單中位數(分) (K-2)', c.efficiency.dispatchToClosed.medianMinutes, p.efficiency.dispatchToClosed.medianMinutes, v => num(v, 1), false),
      tile('平均滿意度 (K-1)', c.satisfaction.average, p.satisfaction.average, v => num(v, 2), true),
      tile('核實投訴 (K-1)', c.satisfaction.verifiedComplaints, p.satisfaction.verifiedComplaints, v => num(v), false),
      tile('培訓時數 (K-5)', c.training.hours, p.training.hours, v => num(v, 1), true),
      tile('扣分（考核）', c.appraisal.points, p.appraisal.points, v => num(v, 1), false),
      tile('罰款（元）', c.appraisal.finesRmb, p.appraisal.finesRmb, v => num(v), false));

    charts.trendChart.setOption({
      title: { text: '趨勢', textStyle: { fontSize: 14 } }, tooltip: { trigger: 'axis' },
      legend: { top: 22, data: ['受理', '完成', '10分鐘聯系率'] }, grid: { top: 60, left: 45, right: 50, bottom: 30 },
      xAxis: { type: 'category', data: c.trend.map(t => t.label) },
      yAxis: [{ type: 'value', name: '工單' }, { type: 'value', name: '聯系率', min: 0, max: 1, axisLabel: { formatter: v => (v * 100) + '%' } }],
      series: [
        { name: '受理', type: 'line', data: c.trend.map(t => t.received) },
        { name: '完成', type: 'line', data: c.trend.map(t => t.completed) },
        { name: '10分鐘聯系率', type: 'line', yAxisIndex: 1, data: c.trend.map(t => t.contactRate) }]
    }, true);
    const stations = Object.keys(c.volume.byStation);
    charts.stationChart.setOption({
      title: { text: '各區站工單量', textStyle: { fontSize: 14 } }, tooltip: { trigger: 'axis' },
      legend: { top: 22 }, grid: { top: 60, left: 45, right: 20, bottom: 30 },
      xAxis: { type: 'category', data: stations }, yAxis: { type: 'value' },
      series: ['received', 'completed', 'open'].map((k, i) => ({ name: ['受理', '完成', '期末未結'][i], type: 'bar',
        data: stations.map(s => c.volume.byStation[s][k]) }))
    }, true);
    charts.gaugeChart.setOption({
      title: { text: '10分鐘內聯系用戶 (R-WO-1)', textStyle: { fontSize: 14 } },
      series: [{ type: 'gauge', min: 0, max: 100, progress: { show: true },
        axisLine: { lineStyle: { width: 14, color: [[0.8, '#c62828'], [0.95, '#f0a020'], [1, '#1a7f37']] } },
        detail: { formatter: v => c.compliance.contact.rate == null ? '—' : v.toFixed(1) + '%', fontSize: 22 },
        data: [{ value: c.compliance.contact.rate == null ? 0 : c.compliance.contact.rate * 100,
          name: c.compliance.contact.met + ' / ' + c.compliance.contact.total }] }]
    }, true);
    const dist = c.satisfaction.distribution;
    charts.satisfactionChart.setOption({
      title: { text: '滿意度分佈 (K-1)', textStyle: { fontSize: 14 } }, tooltip: {},
      grid: { top: 45, left: 40, right: 20, bottom: 30 },
      xAxis: { type: 'category', data: Object.keys(dist).map(k => k + ' 分') }, yAxis: { type: 'value' },
      series: [{ type: 'bar', data: Object.values(dist) }]
    }, true);
    const esc = c.compliance.escalations;
    charts.escalationChart.setOption({
      title: { text: '升級 (K-4)', textStyle: { fontSize: 14 } }, tooltip: {},
      grid: { top: 45, left: 40, right: 20, bottom: 50 },
      xAxis: { type: 'category', data: esc.map(e => '第' + e.level + '級').concat(['技術支援']), axisLabel: { interval: 0 } },
      yAxis: { type: 'value' },
      series: [{ type: 'bar', data: esc.map(e => e.orders).concat([c.compliance.techSupportEscalations]) }]
    }, true);
    charts.typeChart.setOption({
      title: { text: '工單類型 (K-3)', textStyle: { fontSize: 14 } }, tooltip: { trigger: 'item' },
      series: [{ type: 'pie', radius: ['35%', '65%'], top: 20,
        data: Object.entries(c.volume.byType).map(([k, v]) => ({ name: TYPE_NAMES[k] || k, value: v.received })) }]
    }, true);
    const channels = Object.keys(c.volume.byChannel);
    charts.channelChart.setOption({
      title: { text: '受理渠道 (K-3)', textStyle: { fontSize: 14 } }, tooltip: { trigger: 'axis' },
      legend: { top: 22 }, grid: { top: 60, left: 45, right: 20, bottom: 30 },
      xAxis: { type: 'category', data: channels.map(k => CHANNEL_NAMES[k] || k) }, yAxis: { type: 'value' },
      series: ['received', 'completed'].map((k, i) => ({ name: ['受理', '完成'][i], type: 'bar',
        data: channels.map(ch => c.volume.byChannel[ch][k]) }))
    }, true);

    const tbody = document.querySelector('#engineers tbody'); tbody.replaceChildren();
    c.engineers.forEach((e, i) => {
      const tr = document.createElement('tr'); tr.className = 'clickable';
      [i + 1, e.name + '（' + e.engineer + '）', e.station, e.orders, e.completed, pct(e.contactRate),
        num(e.medianClosedMinutes, 1), num(e.averageSatisfaction, 2), e.verifiedComplaints, num(e.trainingHours, 1)]
        .forEach(v => cell(tr, v));
      tr.addEventListener('click', () => drill(e, c));
      tbody.appendChild(tr);
    });
    document.getElementById('appraisalNote').replaceChildren(c.appraisal.available
      ? document.createTextNode('考核：扣分 ' + c.appraisal.points + ' 分，罰款 ' + c.appraisal.finesRmb + ' 元'
          + (c.appraisal.thresholdsCrossed.length ? '；觸及門檻：' + c.appraisal.thresholdsCrossed.join('、') : ''))
      : note(c.appraisal));
    document.getElementById('attendanceNote').replaceChildren(c.attendance.available
      ? document.createTextNode('考勤（本期所涉月份）：遲到 ' + c.attendance.late + ' 次，早退 ' + c.attendance.early + ' 次，漏簽 '
          + c.attendance.missingSigns + ' 次，曠工 ' + c.attendance.absenceDays + ' 天')
      : note(c.attendance));
  }

  function note(section) {
    const div = document.createElement('div');
    if (!section.available) { div.className = 'note'; div.textContent = section.note; }
    return div;
  }

  async function drill(engineer, report) {
    const panel = document.getElementById('drill'); panel.hidden = false;
    document.getElementById('drillTitle').textContent = '工程師明細：' + engineer.name + '（' + engineer.engineer + '）';
    const p = formParams(); p.set('engineer', engineer.engineer); p.delete('bucket');
    const response = await fetch('/dashboard/orders?' + p, { credentials: 'same-origin' });
    const tbody = document.querySelector('#drillOrders tbody'); tbody.replaceChildren();
    if (response.ok) {
      (await response.json()).forEach(o => {
        const tr = document.createElement('tr');
        [o.orderNo, TYPE_NAMES[o.type] || o.type, when(o.received), o.contactMinutes,
          o.onSiteMinutes, o.closedMinutes, o.satisfaction, o.verifiedComplaint ? '是' : '否', o.escalationLevel || '']
          .forEach(v => cell(tr, v));
        tbody.appendChild(tr);
      });
    }
    const a = report.appraisal.byStaff.find(s => s.staff === engineer.engineer);
    const appraisal = document.getElementById('drillAppraisal');
    appraisal.replaceChildren(report.appraisal.available ? document.createTextNode(a ? '扣分 ' + a.points + '，罰款 ' + a.finesRmb + ' 元' + (a.thresholds.length ? '，觸及：' + a.thresholds.join('、') : '') : '本期無扣分或罰款') : note(report.appraisal));
    const d = new URLSearchParams(); ['from', 'to'].forEach(f => { if (p.get(f)) d.set(f, p.get(f)); }); d.set('engineer', engineer.engineer);
    const entries = await fetch('/dashboard/deductions?' + d, { credentials: 'same-origin' });
    if (entries.ok) {
      const list = await entries.json();
      if (list.length) {
        const table = document.createElement('table');
        const head = document.createElement('tr');
        ['發生時間', '規則', '扣分', '罰款(元)', '原因', '工單', '撤銷'].forEach(h => { const th = document.createElement('th'); th.textContent = h; head.appendChild(th); });
        table.appendChild(head);
        list.forEach(e => {
          const tr = document.createElement('tr');
          [when(e.occurredAt), e.rule, e.points, e.amountRmb, e.reason, e.businessKey, e.reversalOf ? '撤銷 #' + e.reversalOf : '']
            .forEach(v => cell(tr, v));
          table.appendChild(tr);
        });
        appraisal.appendChild(table);
      }
    }
    const t = report.attendance.byStaff.find(s => s.staff === engineer.engineer);
    const attendance = document.getElementById('drillAttendance');
    attendance.replaceChildren(report.attendance.available ? document.createTextNode(t ? '遲到 ' + t.late + '，早退 ' + t.early + '，漏簽 ' + t.missingSigns + '，曠工 ' + t.absenceDays + ' 天（' + t.consequence + '）' : '本期無考勤紀錄') : note(report.attendance));
    panel.scrollIntoView({ behavior: 'smooth' });
  }

  async function load(params) {
    updateLinks(params);
    const error = document.getElementById('error'); error.textContent = '';
    const response = await fetch('/dashboard/data?' + params, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) {
      let message = '載入失敗 (' + response.status + ')';
      try { message = (await response.json()).detail || message; } catch (ignored) { /* not JSON */ }
      error.textContent = message;
      return;
    }
    render(await response.json());
  }

  fillForm(paramsFromUrl());
  load(paramsFromUrl());
})();
