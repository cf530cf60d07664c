// OpsFlow: after an order was started from a Tasklist start form, the person
// sees its order number and a link to it in the order list. Tasklist starts a process with a POST
// to …/process-definition/{id}/submit-form; the order's first step (prepareWorkOrder) allocates the
// number and makes it the business key in that same call, so the answer carries it.
const SUBMIT_START_FORM = /\/process-definition\/[^/]+\/submit-form(\?|$)/;
const ORDER_NO = /^WO-\d{8}-\d+$/;

// Tasklist's own notification (beside 「流程已啟動。」, closed with its ×): the number
// and a link to the order in 工單查詢. The number matched ORDER_NO, so the HTML is safe.
function showOrder(orderNo) {
  const html = '<span class="opsflow-order-no">' + orderNo + '</span>　<a class="opsflow-order-link" href="/orders#'
    + encodeURIComponent(orderNo) + '">在工單查詢中查看 →</a>';
  try {
    const notifications = window.angular.element(document.body).injector().get('Notifications');
    const notice = { status: '工單已建立', message: html, unsafe: true, duration: 30000 };
    notifications.addMessage(notice);
    apply();
    // gone as soon as the person moves on (another filter, a task): it sits where the form's 完成 is;
    // the number stays in the title of every task of the order and in 工單查詢. Tasklist itself
    // rewrites the address after a start (the list's search and sorting): that is no move.
    const where = place();
    const leave = () => {
      if (place() !== where) {
        window.removeEventListener('hashchange', leave);
        notifications.clear(notice);
        apply();
      }
    };
    window.addEventListener('hashchange', leave);
  } catch (e) {
    console.warn('OpsFlow: order ' + orderNo + ' started; Tasklist notifications unavailable', e);
  }
}

/** Where the person is in Tasklist: the filter and the task of the address (#/?filter=…&task=…). */
function place() {
  const query = new URLSearchParams(window.location.hash.split('?')[1] || '');
  return (query.get('filter') || '') + '|' + (query.get('task') || '');
}

function apply() {
  const scope = window.angular.element(document.body).scope();
  if (scope && !scope.$root.$$phase) {
    scope.$apply();
  }
}

const ALERTS = '.notifications .alert, .page-notifications .alert, [notifications-panel] .alert';

function afterTasklistsNotice(then) {
  const started = Date.now();
  const before = new Set(document.querySelectorAll(ALERTS));
  const look = () => {
    const shown = Array.from(document.querySelectorAll(ALERTS))
      .some((alert) => !before.has(alert) && !alert.querySelector('.opsflow-order-no'));
    if (shown || Date.now() - started > 5000) {
      setTimeout(then, 100);
    } else {
      setTimeout(look, 100);
    }
  };
  look();
}

function seen(text) {
  try {
    const instance = JSON.parse(text);
    if (instance && typeof instance.businessKey === 'string' && ORDER_NO.test(instance.businessKey)) {
      // after Tasklist's own 「流程已啟動。」, which is exclusive and would clear an earlier notice:
      // on a busy PC it may come seconds later, so wait for it (at most 5 s) rather than a fixed delay
      afterTasklistsNotice(() => showOrder(instance.businessKey));
    }
  } catch (e) {
    // not a process instance: nothing to show
  }
}

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url) {
  if (String(method).toUpperCase() === 'POST' && SUBMIT_START_FORM.test(String(url))) {
    this.addEventListener('load', () => {
      if (this.status >= 200 && this.status < 300) {
        seen(this.responseText);
      }
    });
  }
  return open.apply(this, arguments);
};

const fetchBefore = window.fetch;
window.fetch = async function (input, init) {
  const response = await fetchBefore.call(window, input, init);
  const url = typeof input === 'string' ? input : (input && input.url) || '';
  const method = (init && init.method) || (input && input.method) || 'GET';
  if (response.ok && String(method).toUpperCase() === 'POST' && SUBMIT_START_FORM.test(url)) {
    response.clone().text().then(seen, () => {});
  }
  return response;
};

export default [];
