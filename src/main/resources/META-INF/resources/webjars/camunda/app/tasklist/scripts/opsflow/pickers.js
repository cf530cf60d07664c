// OpsFlow: pickers, not codes. Start forms get no variables in Tasklist 7.24
// (it loads form variables for task forms only), and without Camunda Spin no list variable reaches
// form-js either; so this custom script (listed in config.js) fills the work-order forms' selects
// from OpsFlow's organisation (/work-orders/pickers, read with the session) as Tasklist fetches a
// form's schema:
//   properties.opsflowOptions = "stations"             → the stations by Chinese name (value: id)
//   properties.opsflowOptions = "engineers-of-station" → a FEEL expression giving the engineers of
//        the station chosen in the field properties.opsflowStationKey (default "station"), by name
//   properties.opsflowOptions = "people"               → the department's staff by Chinese name
// The server checks station and engineer again (prepareWorkOrder, recordDispatch): a form opened
// without this script offers no options rather than wrong ones.
const FORM_SCHEMA = /\/(task\/[^/]+\/deployed-form|process-definition\/[^/]+\/deployed-start-form)(\?|$)/;
const originalFetch = window.fetch.bind(window);
let pickers = null;

function loadPickers() {
  if (!pickers) {
    pickers = originalFetch('/work-orders/pickers', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : null))
      .catch(() => null);
    // the organisation may change: ask again for the next form
    pickers.then(() => setTimeout(() => { pickers = null; }, 30000));
  }
  return pickers;
}

function feelString(text) {
  return JSON.stringify(String(text));
}

function engineersExpression(stations, stationKey) {
  const entries = stations.map((s) => feelString(s.id) + ': ['
    + s.engineers.map((e) => '{label: ' + feelString(e.name) + ', value: ' + feelString(e.id) + '}').join(', ') + ']');
  return '=get value({' + entries.join(', ') + '}, ' + stationKey + ')';
}

function fill(components, organisation) {
  let changed = false;
  for (const component of components || []) {
    const kind = component.properties && component.properties.opsflowOptions;
    if (kind === 'stations') {
      delete component.valuesKey;
      delete component.valuesExpression;
      component.values = organisation.stations.map((s) => ({ label: s.name, value: s.id }));
      changed = true;
    } else if (kind === 'people') {
      delete component.valuesKey;
      delete component.valuesExpression;
      component.values = (organisation.people || []).map((p) => ({ label: p.name, value: p.id }));
      changed = true;
    } else if (kind === 'engineers-of-station') {
      delete component.valuesKey;
      delete component.values;
      component.valuesExpression = engineersExpression(organisation.stations,
        component.properties.opsflowStationKey || 'station');
      changed = true;
    }
    if (component.components && fill(component.components, organisation)) {
      changed = true;
    }
  }
  return changed;
}

function usesPickers(components) {
  return (components || []).some((c) => (c.properties && c.properties.opsflowOptions) || usesPickers(c.components));
}

window.fetch = async function (input, init) {
  const response = await originalFetch(input, init);
  const url = typeof input === 'string' ? input : (input && input.url) || '';
  if (!response.ok || !FORM_SCHEMA.test(url)) {
    return response;
  }
  try {
    const schema = await response.clone().json();
    if (!schema || !usesPickers(schema.components)) {
      return response;
    }
    const organisation = await loadPickers();
    if (!organisation || !fill(schema.components, organisation)) {
      return response;
    }
    return new Response(JSON.stringify(schema), { status: response.status, statusText: response.statusText,
      headers: { 'Content-Type': 'application/json' } });
  } catch (e) {
    return response;
  }
};

export default [];
