// OpsFlow: the order's display data in the forms of the called processes (issue 19).
// The contact, escalation and callback forms show the order's customer, address, station, engineer
// and deadline texts; these are no longer copied into the called processes as variables (each copy
// cost a runtime row, a history row, a detail row and a delete), so Tasklist's form variables lack
// them. As Tasklist fetches a task form's schema, this custom script (listed in config.js) reads the
// order's display data from OpsFlow (/work-orders/tasks/{taskId}/form-view, with the session: the
// task's order, by its process's business key, under the same rule as the order's view) and puts it
// into the components marked properties.opsflowOrderView:
//   a keyed field (disabled: never submitted) → its defaultValue (a variable of that name still wins,
//        as for an order taken before the change)
//   a text → its templates {{name}} of the values the system writes (order number, type, station,
//        engineer, deadline texts: TEXT_VALUES) become those values; text typed by people (customer,
//        address, description) is never put into a text's Markdown (FormTextEscapingTest)
// A form opened without this script, or an order without a row, shows what its variables give.
const TASK_FORM = /^(.*\/task\/([^/?]+))\/deployed-form(\?|$)/;
const originalFetch = window.fetch.bind(window);
const TEXT_VALUES = ['orderNo', 'orderTypeName', 'stationName', 'engineerName', 'contactDeadline', 'workDeadline'];

function marked(components) {
  return (components || []).some((c) => (c.properties && c.properties.opsflowOrderView) || marked(c.components));
}

function feelString(value) {
  return JSON.stringify(String(value));
}

function fill(components, view) {
  for (const component of components || []) {
    if (component.properties && component.properties.opsflowOrderView) {
      if (component.type === 'text' && typeof component.text === 'string') {
        component.text = component.text.replace(/\{\{\s*([A-Za-z]+)\s*\}\}/g, (template, name) =>
          (!TEXT_VALUES.includes(name) || view[name] === undefined || view[name] === null
            ? template : '{{' + feelString(view[name]) + '}}'));
      } else if (component.key && view[component.key] !== undefined && view[component.key] !== null) {
        component.defaultValue = String(view[component.key]);
      }
    }
    fill(component.components, view);
  }
}

async function json(url) {
  const response = await originalFetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  return response.ok ? response.json() : null;
}

window.fetch = async function (input, init) {
  const response = await originalFetch(input, init);
  const url = typeof input === 'string' ? input : (input && input.url) || '';
  const task = TASK_FORM.exec(url);
  if (!response.ok || !task) {
    return response;
  }
  try {
    const schema = await response.clone().json();
    if (!schema || !marked(schema.components)) {
      return response;
    }
    const view = await json('/work-orders/tasks/' + encodeURIComponent(decodeURIComponent(task[2])) + '/form-view');
    if (!view) {
      return response;
    }
    fill(schema.components, view);
    return new Response(JSON.stringify(schema), { status: response.status, statusText: response.statusText,
      headers: { 'Content-Type': 'application/json' } });
  } catch (e) {
    return response;
  }
};

export default [];
