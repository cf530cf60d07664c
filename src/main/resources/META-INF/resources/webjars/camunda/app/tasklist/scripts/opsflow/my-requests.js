// OpsFlow: 我的申請 in Tasklist. A person files a leave, trip, secondment, device entry or
// file transfer in Tasklist; the decision may be taken in Cockpit, so the applicant reads the
// status (待審批, 已核准, 已駁回 …) here, where he filed it. Listed in config.js under customScripts;
// reads /camunda/api/opsflow/requests/mine on Tasklist's session.
const ZONE_FORMAT = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short' });

function cell(text) {
  const td = document.createElement('td');
  td.textContent = text || '';
  return td;
}

async function show(panel) {
  panel.hidden = false;
  const body = panel.querySelector('tbody');
  body.replaceChildren();
  const response = await fetch('/camunda/api/opsflow/requests/mine', {
    credentials: 'same-origin', headers: { Accept: 'application/json' }
  });
  if (!response.ok) {
    const row = document.createElement('tr');
    row.appendChild(cell('目前無法讀取您的申請，請稍後再試。'));
    body.appendChild(row);
    return;
  }
  const requests = await response.json();
  if (!requests.length) {
    const row = document.createElement('tr');
    row.appendChild(cell('您還沒有申請。'));
    body.appendChild(row);
  }
  for (const r of requests) {
    const row = document.createElement('tr');
    row.dataset.requestId = r.id;
    row.append(cell(r.processName), cell(r.startedAt ? ZONE_FORMAT.format(new Date(r.startedAt)) : ''),
      cell(r.endedAt ? ZONE_FORMAT.format(new Date(r.endedAt)) : ''), cell(r.status));
    row.lastChild.className = 'opsflow-request-status';
    body.appendChild(row);
  }
}

function panel() {
  let node = document.getElementById('opsflow-my-requests');
  if (node) {
    return node;
  }
  node = document.createElement('section');
  node.id = 'opsflow-my-requests';
  node.hidden = true;
  node.innerHTML = '<header><h3>我的申請</h3><button type="button" class="close" aria-label="關閉">×</button></header>'
    + '<table class="table table-condensed"><thead><tr><th>申請</th><th>提出時間</th><th>結束時間</th><th>狀態</th></tr></thead>'
    + '<tbody></tbody></table>';
  node.querySelector('.close').addEventListener('click', () => { node.hidden = true; });
  document.body.appendChild(node);
  return node;
}

function addLink() {
  const header = document.querySelector('[cam-widget-header] .navbar-header');
  if (!header || document.querySelector('[data-opsflow-link="my-requests"]')) {
    return;
  }
  const link = document.createElement('a');
  link.href = '#';
  link.textContent = '我的申請';
  link.className = 'opsflow-my-requests-link';
  link.dataset.opsflowLink = 'my-requests';
  link.addEventListener('click', (event) => {
    event.preventDefault();
    show(panel());
  });
  header.appendChild(link);
}

new MutationObserver(addLink).observe(document.body, { childList: true, subtree: true });
addLink();

export default [];
