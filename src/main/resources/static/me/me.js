// 我的帳本 (/me): the signed-in person's own points, fines, thresholds left, entries, notices
// (from /me/data) and this month's attendance (from the attendance page's own /attendance/api/me).
(function () {
  const $ = (id) => document.getElementById(id);
  const number = (n) => (n === null || n === undefined ? '0' : String(Number(n)));

  async function json(url, options) {
    const response = await fetch(url, Object.assign({ credentials: 'same-origin', headers: { Accept: 'application/json' } }, options || {}));
    if (response.status === 401 || response.redirected) {
      window.location.href = '/login';
      throw new Error('signed out');
    }
    if (!response.ok) {
      // OpsFlow's refusals carry the reason (Chinese first): shown as it is
      const problem = await response.json().catch(() => null);
      throw new Error((problem && problem.detail) || ('操作失敗（' + response.status + '）'));
    }
    return response.json();
  }

  function say(text, error) {
    const p = $('appeal-message');
    p.hidden = !text;
    p.textContent = text || '';
    p.className = error ? 'error' : 'ok';
  }

  function openAppeal(entry, label) {
    const form = $('appeal-form');
    form.dataset.entryId = entry.id;
    $('appeal-entry').textContent = '申訴：' + label;
    $('appeal-reason').value = '';
    say('');
    form.hidden = false;
    $('appeal-reason').focus();
  }

  function tile(name, value, left, reached) {
    const div = document.createElement('div');
    div.className = 'tile' + (reached ? ' reached' : '');
    div.innerHTML = '<div class="name"></div><div class="value"></div><div class="left"></div>';
    div.querySelector('.name').textContent = name;
    div.querySelector('.value').textContent = value;
    div.querySelector('.left').textContent = left;
    return div;
  }

  function item(cls, what, meta) {
    const li = document.createElement('li');
    li.className = cls;
    const w = document.createElement('div');
    w.className = 'what';
    w.textContent = what;
    const m = document.createElement('div');
    m.className = 'meta';
    m.textContent = meta;
    li.appendChild(w);
    li.appendChild(m);
    return li;
  }

  function render(data) {
    const p = data.person;
    $('month').textContent = data.month;
    $('person').textContent = p.name + '（' + p.id + '）' + (p.groups.length ? ' · ' + p.groups.join('、') : '')
      + (p.station ? ' · ' + p.station : '');
    const s = data.standing;
    const standing = $('standing');
    standing.textContent = '';
    standing.appendChild(tile('本月扣分', number(s.monthPoints) + ' 分',
      Number(s.monthLeft) > 0 ? '距當月上限 ' + number(s.monthLimit) + ' 分尚餘 ' + number(s.monthLeft) + ' 分' : '已達當月上限（R-AP-2）',
      Number(s.monthLeft) <= 0));
    standing.appendChild(tile(s.windowFirstMonth + ' 起 ' + s.windowMonths + ' 個月累計', number(s.windowPoints) + ' 分',
      Number(s.windowLeft) > 0 ? '距累計上限 ' + number(s.windowLimit) + ' 分尚餘 ' + number(s.windowLeft) + ' 分' : '已達累計上限（R-AP-3）',
      Number(s.windowLeft) <= 0));
    standing.appendChild(tile('本月違反上門規範', s.conductBreaches + ' 次',
      s.conductLeft > 0 ? '超過 ' + s.maxConductBreaches + ' 次辭退，尚可 ' + s.conductLeft + ' 次' : '已達上限（R-AP-4）',
      s.conductBreaches > s.maxConductBreaches));
    standing.appendChild(tile('本月罰款', number(Number(s.pointFinesRmb) + Number(s.finesRmb)) + ' 元',
      '扣分折算 ' + number(s.pointFinesRmb) + ' 元，另罰 ' + number(s.finesRmb) + ' 元', false));

    const entries = $('entries');
    entries.textContent = '';
    if (!data.entries.length) {
      entries.appendChild(item('empty', '近三個月沒有扣分或罰款記錄。', ''));
    }
    for (const e of data.entries) {
      const amount = e.kind === '扣分' ? '扣 ' + number(e.points) + ' 分' : '罰款 ' + number(e.amountRmb) + ' 元';
      const li = item(e.reversed ? 'entry reversed' : 'entry', amount + '：' + e.reason,
        e.occurredAt + ' · ' + e.rule + (e.businessKey ? ' · ' + e.businessKey : '')
          + (e.reversed ? ' · 已撤銷（申訴成立：' + e.reversalReason + '）' : ''));
      li.dataset.entryId = e.id;
      if (e.appealable) {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'appeal-button';
        button.textContent = '申訴';
        button.addEventListener('click', () => openAppeal(e, e.occurredAt + ' ' + e.rule + ' ' + amount));
        li.appendChild(button);
      }
      entries.appendChild(li);
    }

    const appeals = $('appeals');
    appeals.textContent = '';
    if (!data.appeals.length) {
      appeals.appendChild(item('empty', '沒有申訴。', ''));
    }
    for (const a of data.appeals) {
      appeals.appendChild(item('appeal ' + (a.status === '審理中' ? 'open' : 'decided'), a.entry + '：' + a.status,
        a.filedAt + ' · 理由：' + a.reason + (a.decision ? ' · 決定：' + a.decision : '')));
    }

    const notices = $('notices');
    notices.textContent = '';
    if (!data.notices.length) {
      notices.appendChild(item('empty', '目前沒有通知。', ''));
    }
    for (const n of data.notices) {
      notices.appendChild(item(n.read ? 'notice' : 'notice unread', n.subject, n.at + (n.body ? ' · ' + n.body : '')));
    }
    $('unread').hidden = data.unreadNotices === 0;
    $('unread').textContent = data.unreadNotices + ' 則未讀';
    $('read-all').hidden = data.unreadNotices === 0;
  }

  function renderAttendance(month) {
    const s = month.summary;
    const dl = $('attendance');
    dl.textContent = '';
    const rows = month.exempt ? [['考勤', '免簽到']] : [
      ['出勤', number(s.daysWorked) + ' 天'], ['遲到', s.lateCount + ' 次'], ['早退', s.earlyCount + ' 次'],
      ['缺簽', s.missingSignCount + ' 次'], ['曠工', number(s.absenceDays) + ' 天'], ['處理', s.consequenceLabel]];
    for (const [name, value] of rows) {
      const div = document.createElement('div');
      const dt = document.createElement('dt');
      dt.textContent = name;
      const dd = document.createElement('dd');
      dd.textContent = value;
      div.appendChild(dt);
      div.appendChild(dd);
      dl.appendChild(div);
    }
  }

  async function load() {
    render(await json('/me/data'));
    try {
      renderAttendance(await json('/attendance/api/me'));
    } catch (e) {
      $('attendance').textContent = '無法載入考勤。';
    }
  }

  $('appeal-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = $('appeal-form');
    const button = $('appeal-submit');
    button.disabled = true;
    try {
      const nav = await window.opsflowNav;
      await json('/me/entries/' + encodeURIComponent(form.dataset.entryId) + '/appeal', {
        method: 'POST',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json', [nav.csrf.headerName]: nav.csrf.token },
        body: JSON.stringify({ reason: $('appeal-reason').value })
      });
      form.hidden = true;
      await load();
      say('申訴已提出，運營部經理審理後會通知您。');
    } catch (e) {
      say(e.message, true);
    } finally {
      button.disabled = false;
    }
  });
  $('appeal-cancel').addEventListener('click', () => {
    $('appeal-form').hidden = true;
    say('');
  });

  $('read-all').addEventListener('click', async () => {
    const nav = await window.opsflowNav;
    await json('/me/notices/read', { method: 'POST', headers: { Accept: 'application/json', [nav.csrf.headerName]: nav.csrf.token } });
    await load();
  });

  load().catch((e) => { $('person').textContent = '載入失敗，請重新整理。'; console.error(e); });
})();
