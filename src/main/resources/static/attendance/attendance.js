// The staff page talks to /attendance/api with the browser's login session. The page chain keeps
// CSRF protection on: every POST carries the token fetched from /attendance/csrf.
(function () {
  'use strict';
  const API = '/attendance/api';
  let csrf = null;

  function toLogin() {
    location.href = '/login';
  }

  async function csrfToken() {
    if (!csrf) {
      const r = await fetch('/attendance/csrf', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      if (r.redirected || !r.ok) { toLogin(); throw new Error('請先登入'); }
      csrf = await r.json();
    }
    return csrf;
  }

  async function call(method, path, body) {
    const headers = { Accept: 'application/json' };
    if (method !== 'GET') {
      const t = await csrfToken();
      headers[t.headerName] = t.token;
    }
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const r = await fetch(API + path, {
      method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body)
    });
    if (r.redirected || r.status === 401) { toLogin(); throw new Error('請先登入'); }
    const data = await r.json().catch(() => null);
    if (!r.ok) {
      const fields = data && data.errors ? '（' + Object.values(data.errors).join('、') + '）' : '';
      throw new Error(((data && data.detail) || ('錯誤 ' + r.status)) + fields);
    }
    return { status: r.status, data };
  }

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  function say(text, error) {
    const m = document.getElementById('message');
    m.textContent = text;
    m.className = error ? 'error' : '';
  }

  function periodText(p) {
    const times = (p.signIn || '—') + ' / ' + (p.signOut || '—');
    return p.status + (p.away ? '' : '　' + times) + (p.corrected ? '（補簽）' : '');
  }

  function isBad(p) {
    return p.late || p.early || p.missingSignIn || p.missingSignOut || p.absent;
  }

  function render(month) {
    document.getElementById('who').textContent = month.name + '（' + month.staff + '）' + (month.exempt ? '　免簽到人員' : '');
    document.getElementById('month').textContent = month.month;
    const today = document.getElementById('today-periods');
    today.replaceChildren();
    if (month.today && month.today.workingDay) {
      document.getElementById('today-date').textContent = month.today.date;
      month.today.periods.forEach(p => {
        const box = el('div', null, 'period');
        box.append(el('strong', p.name + ' ' + p.hours), el('span', periodText(p), isBad(p) ? 'bad' : 'ok'));
        today.append(box);
      });
    } else {
      document.getElementById('today-date').textContent = month.today ? month.today.date : '';
      today.append(el('p', '今天不是工作日，無需簽到；加班或值班時仍可簽到、簽退，記錄為非上班時間。'));
    }
    const s = month.summary;
    const summary = document.getElementById('summary');
    summary.replaceChildren();
    [['出勤天數', s.daysWorked], ['遲到', s.lateCount], ['早退', s.earlyCount], ['缺簽', s.missingSignCount],
     ['曠工天數', s.absenceDays], ['請假天數', s.leaveDays], ['出差天數', s.tripDays], ['處理', s.consequenceLabel]]
      .forEach(([k, v]) => { const d = el('div'); d.append(el('dt', k), el('dd', String(v))); summary.append(d); });
    const rows = document.getElementById('days');
    rows.replaceChildren();
    month.days.filter(d => d.workingDay).reverse().forEach(d => {
      const tr = el('tr');
      tr.append(el('td', d.date.substring(5)));
      d.periods.forEach(p => tr.append(el('td', periodText(p), isBad(p) ? 'bad' : '')));
      rows.append(tr);
    });
    const off = document.getElementById('off-hours');
    off.replaceChildren();
    (month.offHours || []).forEach(o => off.append(el('li', o.date + ' ' + o.localTime + ' ' + o.directionLabel + '（' + o.kind + '）')));
    document.getElementById('off-hours-title').hidden = !(month.offHours || []).length;
  }

  function renderCorrections(list, target, decide) {
    const ul = document.getElementById(target);
    ul.replaceChildren();
    list.forEach(c => {
      const li = el('li', c.date + ' ' + c.periodName + (c.direction === 'IN' ? '簽到 ' : '簽退 ') + c.time + '：' + c.reason
        + '（' + (decide ? (c.staffName || c.staff) : c.statusLabel + (c.approverName ? '，審批人 ' + c.approverName : '')) + (c.decisionComment ? '，' + c.decisionComment : '') + '）');
      if (decide) {
        const ok = el('button', '核准');
        const no = el('button', '駁回');
        ok.type = no.type = 'button';
        ok.onclick = () => decideCorrection(c.id, 'approve');
        no.onclick = () => decideCorrection(c.id, 'reject');
        li.append(' ', ok, ' ', no);
      }
      ul.append(li);
    });
  }

  async function decideCorrection(id, action) {
    let comment = null;
    if (action === 'reject') {
      comment = prompt('駁回原因（必填）');
      if (!comment) return;
    }
    try {
      await call('POST', '/corrections/' + id + '/' + action, { comment });
      await refresh();
    } catch (e) { say(e.message, true); }
  }

  async function refresh() {
    const [month, mine, pending] = await Promise.all([
      call('GET', '/me'), call('GET', '/corrections/mine'), call('GET', '/corrections/pending')]);
    render(month.data);
    renderCorrections(mine.data, 'my-corrections', false);
    document.getElementById('pending-card').hidden = pending.data.length === 0;
    renderCorrections(pending.data, 'pending', true);
  }

  async function sign(direction) {
    const buttons = document.querySelectorAll('.buttons button');
    buttons.forEach(b => { b.disabled = true; });
    try {
      const r = await call('POST', direction === 'IN' ? '/sign-in' : '/sign-out');
      say(r.data.message, r.data.late || r.data.early);
      await refresh();
    } catch (e) {
      say(e.message, true);
    } finally {
      buttons.forEach(b => { b.disabled = false; });
    }
  }

  document.getElementById('sign-in').addEventListener('click', () => sign('IN'));
  document.getElementById('sign-out').addEventListener('click', () => sign('OUT'));
  document.getElementById('correction-form').addEventListener('submit', async ev => {
    ev.preventDefault();
    const f = new FormData(ev.target);
    let time = f.get('time');
    if (time && time.length === 5) time += ':00';
    try {
      await call('POST', '/corrections', {
        date: f.get('date'), period: Number(f.get('period')), direction: f.get('direction'), time, reason: f.get('reason')
      });
      ev.target.reset();
      say('補簽申請已送出，待組長審批。');
      await refresh();
    } catch (e) { say(e.message, true); }
  });
  refresh().catch(e => say(e.message, true));
})();
