// 工單查詢 (/orders): customer service finds an order by number, customer, phone, address,
// station, status or date (/orders/api/search), reads its timeline, notes and deadlines
// (/orders/api/orders/{no}) and cancels it when the customer withdrew (POST …/cancel with the
// session's CSRF token from /me/nav). /orders#WO-… opens that order directly.
(function () {
  const $ = (id) => document.getElementById(id);
  const CHANNELS = { PHONE: '電話', WEB: '網站', WECHAT: '微信', WALK_IN: '到店', OTHER: '其他' };

  class Refused extends Error {
    constructor(problem) {
      const fields = problem && problem.errors ? Object.values(problem.errors).join('；') : '';
      super(((problem && problem.detail) || '操作失敗') + (fields ? '：' + fields : ''));
    }
  }

  async function json(url, options) {
    const response = await fetch(url, Object.assign({ credentials: 'same-origin', headers: { Accept: 'application/json' } }, options || {}));
    if (response.status === 401 || response.redirected) {
      window.location.href = '/login';
      throw new Error('signed out');
    }
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      throw new Refused(body);
    }
    return body;
  }

  function say(text, kind) {
    const p = $('message');
    p.hidden = !text;
    p.textContent = text || '';
    p.className = 'notice ' + (kind || 'error');
  }

  function cell(tr, text, cls) {
    const td = document.createElement('td');
    if (cls) {
      td.className = cls;
    }
    td.textContent = text == null ? '' : text;
    tr.appendChild(td);
    return td;
  }

  function status(code, name) {
    const span = document.createElement('span');
    span.className = 'status ' + code;
    span.textContent = name;
    return span;
  }

  function renderResults(found) {
    const select = $('q-station');
    if (select.options.length === 1) {
      for (const s of found.stations) {
        const option = document.createElement('option');
        option.value = s.id;
        option.textContent = s.name;
        select.appendChild(option);
      }
    }
    $('count').textContent = found.truncated ? '（最新 ' + found.max + ' 筆，請縮小條件）' : '（共 ' + found.orders.length + ' 筆）';
    const body = $('results').tBodies[0];
    body.textContent = '';
    if (!found.orders.length) {
      const tr = document.createElement('tr');
      cell(tr, '沒有符合條件的工單。', 'muted').colSpan = 10;
      body.appendChild(tr);
    }
    for (const o of found.orders) {
      const tr = document.createElement('tr');
      tr.className = 'order';
      tr.dataset.orderNo = o.orderNo;
      const no = cell(tr, '');
      const a = document.createElement('a');
      a.href = '#' + o.orderNo;
      a.textContent = o.orderNo;
      no.appendChild(a);
      cell(tr, o.typeName);
      cell(tr, '').appendChild(status(o.status, o.statusName));
      cell(tr, o.customerName);
      cell(tr, o.customerPhone);
      cell(tr, o.address);
      cell(tr, o.stationName);
      cell(tr, o.engineerName || '未派單');
      cell(tr, o.startedAt);
      cell(tr, o.openTasks.map((t) => t.split('｜')[0]).join('、'));
      tr.addEventListener('click', (event) => {
        if (event.target.tagName !== 'A') {
          window.location.hash = o.orderNo;
        }
      });
      body.appendChild(tr);
    }
  }

  async function search(keepMessage) {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData($('search')).entries()) {
      if (String(value).trim()) {
        params.set(name, String(value).trim());
      }
    }
    $('search-button').disabled = true;
    try {
      renderResults(await json('/orders/api/search?' + params.toString()));
      if (!keepMessage) {
        say('');
      }
    } catch (e) {
      say(e.message);
    } finally {
      $('search-button').disabled = false;
    }
  }

  function fact(dl, name, value) {
    if (value === null || value === undefined || value === '') {
      return;
    }
    const div = document.createElement('div');
    const dt = document.createElement('dt');
    dt.textContent = name;
    const dd = document.createElement('dd');
    dd.textContent = value;
    div.appendChild(dt);
    div.appendChild(dd);
    dl.appendChild(div);
  }

  function listItem(what, meta, cls) {
    const li = document.createElement('li');
    if (cls) {
      li.className = cls;
    }
    const w = document.createElement('div');
    w.className = 'text';
    w.textContent = what;
    li.appendChild(w);
    if (meta) {
      const m = document.createElement('div');
      m.className = 'meta';
      m.textContent = meta;
      li.appendChild(m);
    }
    return li;
  }

  function renderDetail(d) {
    const view = d.order;
    const o = view.order;
    const people = d.people;
    const person = (id) => (id ? (people[id] || id) : null);
    $('detail').hidden = false;
    $('detail').dataset.orderNo = view.orderNo;
    const title = $('detail-title');
    title.textContent = view.orderNo + ' ' + d.typeName + ' ';
    title.appendChild(status(view.status, d.statusName));

    const facts = $('facts');
    facts.textContent = '';
    fact(facts, '客戶', o.customerName);
    fact(facts, '聯系電話', o.customerPhone);
    fact(facts, '地址', o.address);
    fact(facts, '區站', d.stationName);
    fact(facts, '受理渠道', CHANNELS[o.channel] || o.channel);
    fact(facts, '工程師', person(o.engineer) || '未派單');
    fact(facts, '受理客服', person(o.csAgent));
    fact(facts, '需求說明', o.description);
    fact(facts, '費用（元）', o.fee);
    fact(facts, '滿意度', o.satisfaction);

    const canceled = $('canceled');
    canceled.hidden = !view.cancellation;
    if (view.cancellation) {
      const c = d.timeline.find((e) => e.kind === 'cancel');
      canceled.textContent = '已撤單：' + view.cancellation.reason + '（' + (person(view.cancellation.canceledBy) || '')
        + (c ? '，' + c.at : '') + '）。時限已隨工單結束，不再扣分或罰款。';
    }

    const open = $('open-tasks');
    open.textContent = '';
    if (!view.openTasks.length) {
      open.appendChild(listItem('沒有待辦任務。', null, 'empty'));
    }
    for (const t of view.openTasks) {
      open.appendChild(listItem(t.name, '處理人 ' + (person(t.assignee) || '（群組待辦，尚未認領）')));
    }

    const deadlines = $('deadlines').tBodies[0];
    deadlines.textContent = '';
    for (const row of d.deadlines) {
      const tr = document.createElement('tr');
      tr.className = 'deadline ' + row.state;
      cell(tr, row.name);
      cell(tr, row.rule);
      cell(tr, row.due || '—');
      cell(tr, row.doneAt || '—');
      cell(tr, row.stateName);
      deadlines.appendChild(tr);
    }

    const notes = $('notes');
    notes.textContent = '';
    if (!d.notes.length) {
      notes.appendChild(listItem('尚無記錄。', null, 'empty'));
    }
    for (const n of d.notes) {
      notes.appendChild(listItem(n.title + '：' + n.detail, [n.at, n.where, n.who].filter(Boolean).join(' · '), 'note'));
    }

    const timeline = $('timeline');
    timeline.textContent = '';
    for (const e of d.timeline) {
      const li = document.createElement('li');
      li.className = e.kind;
      const what = document.createElement('div');
      what.className = 'what';
      what.textContent = e.title;
      if (e.where && e.kind !== 'note') {
        const tag = document.createElement('span');
        tag.className = 'tag';
        tag.textContent = e.where;
        what.appendChild(tag);
      }
      li.appendChild(what);
      if (e.detail) {
        const detail = document.createElement('div');
        detail.className = 'detail';
        detail.textContent = e.detail;
        li.appendChild(detail);
      }
      const meta = document.createElement('div');
      meta.className = 'meta';
      meta.textContent = [e.at, e.kind === 'note' ? e.where : null, e.who].filter(Boolean).join(' · ');
      li.appendChild(meta);
      timeline.appendChild(li);
    }

    $('cancel').hidden = !d.mayCancel;
    $('cancel-reason').value = '';
  }

  async function openOrder(orderNo) {
    try {
      renderDetail(await json('/orders/api/orders/' + encodeURIComponent(orderNo)));
      say('');
      $('detail').scrollIntoView();
    } catch (e) {
      $('detail').hidden = true;
      say(e.message);
    }
  }

  function route() {
    const orderNo = decodeURIComponent(window.location.hash.replace(/^#/, ''));
    if (orderNo) {
      openOrder(orderNo);
    } else {
      $('detail').hidden = true;
    }
  }

  $('search').addEventListener('submit', (event) => {
    event.preventDefault();
    search();
  });
  $('search').addEventListener('reset', () => setTimeout(() => search(), 0));
  $('back').addEventListener('click', (event) => {
    event.preventDefault();
    history.pushState(null, '', window.location.pathname + window.location.search);
    $('detail').hidden = true;
    $('results').scrollIntoView();
  });
  window.addEventListener('hashchange', route);

  $('cancel').addEventListener('submit', async (event) => {
    event.preventDefault();
    const orderNo = $('detail').dataset.orderNo;
    const button = $('cancel-button');
    button.disabled = true;
    try {
      const nav = await window.opsflowNav;
      const detail = await json('/orders/api/orders/' + encodeURIComponent(orderNo) + '/cancel', {
        method: 'POST',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json', [nav.csrf.headerName]: nav.csrf.token },
        body: JSON.stringify({ reason: $('cancel-reason').value })
      });
      renderDetail(detail);
      say('工單 ' + orderNo + ' 已撤單。', 'info');
      search(true);
    } catch (e) {
      say(e.message);
    } finally {
      button.disabled = false;
    }
  });

  search(true);
  route();
})();
