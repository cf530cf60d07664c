// OpsFlow in Cockpit: Camunda 7 frontend plugins, plain ES modules listed in
// ../config.js under customScripts, served from OpsFlow's jar (nothing fetched at run time).
//
//  - cockpit.dashboard          待我審批: the signed-in manager's decisions, approve / reject in one click
//  - cockpit.dashboard          即將逾時的工單: orders whose deadline falls within N minutes or has passed
//  - cockpit.processInstance.runtime.tab   工單時間軸 on a running order's page
//  - cockpit.route + cockpit.navigation    工單時間軸 by order number, also for completed orders
//    (Community Edition has no history view of a process instance: cockpit.processInstance.history.tab
//    is an Enterprise plugin point)
//  - Chinese labels beside variable names, and managers see no edit/suspend/delete/modify buttons.
//
// OpsFlow's data comes from /camunda/api/opsflow/** (read-only, the webapps' session); every
// decision completes the task through Cockpit's own engine API with Camunda's CSRF token, so the
// engine's authorizations and the task's listeners apply exactly as in Tasklist.

const OPSFLOW_API = '/camunda/api/opsflow';

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name === 'className') {
      node.className = value;
    } else if (name.startsWith('on')) {
      node.addEventListener(name.substring(2), value);
    } else {
      node.setAttribute(name, value === true ? '' : value);
    }
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) {
      node.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
    }
  }
  return node;
}

async function read(path) {
  const response = await fetch(OPSFLOW_API + path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(await refusal(response));
  }
  return response.json();
}

/** The person-readable part of a refusal: the Chinese half of OpsFlow's 「中文 / English」 messages. */
async function refusal(response) {
  let message = '';
  try {
    const body = await response.json();
    message = body.detail || body.message || '';
  } catch (e) {
    message = '';
  }
  if (response.status === 401) {
    return '登入已逾時，請重新登入。';
  }
  if (response.status === 403 && !/[\u4e00-\u9fff]/.test(message)) {
    return '您沒有權限執行此操作。';
  }
  const chinese = message.split(' / ')[0];
  const cut = chinese.lastIndexOf(': ');
  const text = cut >= 0 ? chinese.substring(cut + 2) : chinese;
  return /[\u4e00-\u9fff]/.test(text) ? text : '操作未完成（' + response.status + '），請稍後再試或聯絡管理員。';
}

function variable(value) {
  return { value, type: typeof value === 'boolean' ? 'Boolean' : 'String' };
}

// ---------------------------------------------------------------- 待我審批

function renderDecisions(node, api) {
  const root = el('section', { className: 'opsflow-panel opsflow-decisions' });
  node.appendChild(root);
  whenAttached(node, dashboardFirst);
  const load = async (notice) => {
    let decisions;
    try {
      decisions = await read('/decisions');
    } catch (e) {
      root.replaceChildren(el('h3', null, '待我審批'), el('p', { className: 'opsflow-error' }, e.message));
      return;
    }
    const header = el('h3', null, '待我審批', el('span', { className: 'badge opsflow-count' }, String(decisions.length)));
    const parts = [header];
    if (notice) {
      parts.push(el('p', { className: 'opsflow-notice', role: 'status' }, notice));
    }
    if (!decisions.length) {
      parts.push(el('p', { className: 'opsflow-empty' }, '目前沒有待您審批的事項。'));
      root.replaceChildren(...parts);
      return;
    }
    const table = el('table', { className: 'table table-striped opsflow-table' },
      el('thead', null, el('tr', null, ['類型', '事項', '申請人', '日期', '天數', '事由', '等候', '到期', '意見', '決定']
        .map((h) => el('th', null, h)))),
      el('tbody', null, decisions.map((d) => decisionRow(d, api, load))));
    parts.push(table);
    root.replaceChildren(...parts);
  };
  load();
}

function decisionRow(decision, api, reload) {
  const comment = el('textarea', { className: 'form-control opsflow-comment', rows: 2, 'aria-label': '意見', placeholder: '意見（駁回時必填）' });
  const message = el('div', { className: 'opsflow-row-message', role: 'alert' });
  const buttons = decision.actions.map((action) => el('button', {
    type: 'button',
    className: 'btn btn-sm ' + (action.primary ? 'btn-primary' : 'btn-default'),
    'data-action': action.id,
    onclick: () => decide(decision, action, comment, message, api, reload, buttons)
  }, action.label));
  const dates = [decision.from, decision.to].filter(Boolean).join(' 至 ');
  return el('tr', { 'data-task-id': decision.taskId, className: decision.overdue ? 'opsflow-overdue' : null },
    el('td', null, decision.type),
    el('td', null, el('a', { href: '#/process-instance/' + decision.processInstanceId + '/runtime' }, decision.name),
      decision.subject ? el('div', { className: 'text-muted' }, decision.subject) : null),
    el('td', { className: 'opsflow-applicant' }, decision.applicantName || ''),
    el('td', null, dates),
    el('td', null, decision.days || ''),
    el('td', { className: 'opsflow-reason' }, decision.reason || ''),
    el('td', null, decision.waiting),
    el('td', null, decision.due ? decision.due + (decision.overdue ? '（已逾時）' : '') : '—'),
    el('td', null, comment),
    el('td', { className: 'opsflow-actions' }, buttons, message));
}

async function decide(decision, action, comment, message, api, reload, buttons) {
  const text = comment.value.trim();
  if (action.commentRequired && !text) {
    message.textContent = action.label + '須填寫意見，請先填寫再送出。';
    message.className = 'opsflow-row-message opsflow-error';
    comment.focus();
    return;
  }
  const variables = {};
  for (const [name, value] of Object.entries(action.variables)) {
    variables[name] = variable(value);
  }
  if (text) {
    variables[action.commentVariable] = variable(text);
  }
  buttons.forEach((b) => { b.disabled = true; });
  message.textContent = '送出中…';
  message.className = 'opsflow-row-message';
  const response = await fetch(api.engineApi + '/task/' + encodeURIComponent(decision.taskId) + '/complete', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken },
    body: JSON.stringify({ variables })
  });
  if (response.ok) {
    reload('已送出：' + decision.name + '（' + (decision.applicantName || '') + '）→ ' + action.label);
    return;
  }
  message.textContent = '未能送出：' + await refusal(response);
  message.className = 'opsflow-row-message opsflow-error';
  buttons.forEach((b) => { b.disabled = false; });
}

// ---------------------------------------------------------------- 即將逾時的工單

function renderOrdersAtRisk(node) {
  const root = el('section', { className: 'opsflow-panel opsflow-orders-at-risk' });
  node.appendChild(root);
  const minutes = el('input', { type: 'number', min: 0, max: 1440, className: 'form-control input-sm', 'aria-label': '分鐘' });
  const body = el('div');
  const load = async () => {
    let data;
    try {
      data = await read('/orders/at-risk' + (minutes.value ? '?minutes=' + encodeURIComponent(minutes.value) : ''));
    } catch (e) {
      body.replaceChildren(el('p', { className: 'opsflow-error' }, e.message));
      return;
    }
    minutes.value = data.minutes;
    if (!data.orders.length) {
      body.replaceChildren(el('p', { className: 'opsflow-empty' }, '沒有即將逾時或已逾時的工單。'));
      return;
    }
    body.replaceChildren(el('table', { className: 'table table-striped opsflow-table' },
      el('thead', null, el('tr', null, ['區站', '工單號', '類型', '時限', '到期', '狀態', '已升級至', '處理人']
        .map((h) => el('th', null, h)))),
      el('tbody', null, data.orders.map((o) => el('tr', { className: o.missed ? 'opsflow-overdue' : null },
        el('td', null, o.station || ''),
        el('td', null, el('a', { href: '#/opsflow/orders?orderNo=' + encodeURIComponent(o.orderNo) }, o.orderNo)),
        el('td', null, o.type || ''),
        el('td', null, o.deadline + (o.rule ? '（' + o.rule + '）' : '')),
        el('td', null, o.due),
        el('td', null, o.missed ? '已逾時' : '將於 ' + o.dueIn + ' 內到期'),
        el('td', null, o.escalation || '—'),
        el('td', null, o.holders || '—'))))));
  };
  root.append(el('h3', null, '即將逾時的工單'),
    el('form', { className: 'form-inline opsflow-filter', onsubmit: (e) => { e.preventDefault(); load(); } },
      el('label', null, '時限在 ', minutes, ' 分鐘內到期或已逾時 '),
      el('button', { type: 'submit', className: 'btn btn-sm btn-default' }, '重新整理')),
    body);
  load();
}

// ---------------------------------------------------------------- 工單時間軸

function timeline(order) {
  const rows = order.timeline.map((e) => el('tr', { className: 'opsflow-event opsflow-event-' + e.kind.toLowerCase() },
    el('td', { className: 'opsflow-when' }, e.at || ''),
    el('td', null, e.label),
    el('td', null, e.detail || ''),
    el('td', null, e.who || '')));
  return el('div', { className: 'opsflow-timeline' },
    el('h4', null, '工單 ' + order.orderNo + '（' + order.typeLabel + '）：' + order.statusLabel),
    el('p', { className: 'text-muted' }, [order.customer, order.station, order.startedAt ? '受理 ' + order.startedAt : null,
      order.endedAt ? '結束 ' + order.endedAt : null].filter(Boolean).join(' · ')),
    el('table', { className: 'table table-condensed opsflow-table' },
      el('thead', null, el('tr', null, ['時間', '事件', '說明', '人員'].map((h) => el('th', null, h)))),
      el('tbody', null, rows)));
}

async function showTimeline(target, path) {
  target.replaceChildren(el('p', { className: 'text-muted' }, '載入中…'));
  try {
    target.replaceChildren(timeline(await read(path)));
  } catch (e) {
    target.replaceChildren(el('p', { className: 'opsflow-error' }, e.message));
  }
}

function renderOrderPage(node) {
  const input = el('input', { type: 'text', className: 'form-control', name: 'orderNo', 'aria-label': '工單號', placeholder: 'WO-…' });
  const result = el('div');
  const go = () => {
    if (input.value.trim()) {
      showTimeline(result, '/orders/' + encodeURIComponent(input.value.trim()) + '/timeline');
    }
  };
  node.appendChild(el('section', { className: 'opsflow-panel opsflow-order-page' },
    el('h3', null, '工單時間軸'),
    el('p', { className: 'text-muted' }, '派單、聯系、每個時限的到期與實際時間、每一步升級及每筆扣分（含已結束的工單）。'),
    el('form', { className: 'form-inline', onsubmit: (e) => { e.preventDefault(); go(); } },
      el('label', null, '工單號 ', input), ' ', el('button', { type: 'submit', className: 'btn btn-primary' }, '查詢')),
    result));
  const match = /[?&]orderNo=([^&]+)/.exec(window.location.hash);
  if (match) {
    input.value = decodeURIComponent(match[1]);
    go();
  }
}

// ---------------------------------------------------------------- Chinese labels and read-only managers

let labels = null;

function labelVariables() {
  if (!labels) {
    return;
  }
  // Cockpit's variable tables (instance and definition pages): the name cell's own text, beside
  // its copy-to-clipboard link, gets the Chinese label
  document.querySelectorAll('td.col-name [cam-widget-clipboard] > [ng-transclude]').forEach((name) => {
    const cell = name.closest('td');
    if (cell.querySelector('.opsflow-label')) {
      return;
    }
    const label = labels[name.textContent.trim()];
    if (label) {
      name.insertAdjacentElement('afterend', el('span', { className: 'opsflow-label' }, '（' + label + '）'));
    }
  });
}

/**
 * Cockpit puts plugins of cockpit.dashboard in a section of their own (自訂外掛) below its metrics.
 * 待我審批 is the manager's first concern, so that section moves to the top and says what it is.
 */
function dashboardFirst(node) {
  const section = node.closest('section.deprecate');
  if (!section || section.dataset.opsflowMoved) {
    return;
  }
  section.dataset.opsflowMoved = 'true';
  section.classList.add('opsflow-dashboard');
  const title = section.querySelector('.section-title');
  if (title) {
    title.textContent = '主管工作台';
  }
  const first = section.parentNode.firstElementChild;
  if (first !== section) {
    section.parentNode.insertBefore(section, first);
  }
}

function whenAttached(node, action) {
  if (node.isConnected) {
    action(node);
    return;
  }
  const observer = new MutationObserver(() => {
    if (node.isConnected) {
      observer.disconnect();
      action(node);
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
}

async function prepare() {
  try {
    const me = await read('/me');
    document.body.classList.toggle('opsflow-read-only', me.readOnly);
    labels = me.variableLabels;
    labelVariables();
    new MutationObserver(labelVariables).observe(document.body, { childList: true, subtree: true });
  } catch (e) {
    // not signed in yet: opsflow-webapps.js sends the person to the sign-in page
  }
}
prepare();

export default [
  {
    id: 'opsflow.decisions',
    pluginPoint: 'cockpit.dashboard',
    priority: 200,
    render: (node, { api }) => renderDecisions(node, api),
    properties: { label: '待我審批' }
  },
  {
    id: 'opsflow.ordersAtRisk',
    pluginPoint: 'cockpit.dashboard',
    priority: 150,
    render: (node) => renderOrdersAtRisk(node),
    properties: { label: '即將逾時的工單' }
  },
  {
    id: 'opsflow.orderTimelineTab',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: 5,
    render: (node, { processInstanceId }) => {
      const target = el('div', { className: 'opsflow-panel' });
      node.appendChild(target);
      showTimeline(target, '/orders/by-instance/' + encodeURIComponent(processInstanceId) + '/timeline');
    },
    properties: { label: '工單時間軸' }
  },
  {
    id: 'opsflow.orderPage',
    pluginPoint: 'cockpit.route',
    properties: { path: '/opsflow/orders' },
    render: (node) => renderOrderPage(node)
  },
  {
    id: 'opsflow.orderNavigation',
    pluginPoint: 'cockpit.navigation',
    priority: 5,
    properties: { path: '/opsflow/orders' },
    render: (node) => node.appendChild(el('a', { href: '#/opsflow/orders' }, '工單時間軸'))
  }
];
