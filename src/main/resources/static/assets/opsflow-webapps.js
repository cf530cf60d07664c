// OpsFlow in Camunda's webapps (Tasklist, Cockpit, Admin, Welcome), listed in each app's
// config.js under customScripts:
//  - one sign-in: the apps never show Camunda's own login route. Signed out or session expired,
//    the person goes to OpsFlow's sign-in page (/login), which brings them back afterwards;
//  - one sign-out: the app's 「登出」 ends the one session (Spring Security answers the app's
//    logout request), then the sign-in page says so;
//  - the header links to the OpsFlow pages the person may open (from /me/nav).
const LOGGED_OUT = 'opsflow.loggedOut';

const RELOADED = 'opsflow.reloadedAt';

function leaveCamundaLogin() {
  if (!/^#\/login/.test(window.location.hash)) {
    return;
  }
  if (window.sessionStorage.getItem(LOGGED_OUT)) {
    window.sessionStorage.removeItem(LOGGED_OUT);
    window.location.replace('/login?logout');
    return;
  }
  fetch('/me/nav', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((response) => {
      const signedIn = response.ok && !response.redirected;
      const last = Number(window.sessionStorage.getItem(RELOADED) || 0);
      if (!signedIn || Date.now() - last > 10000) {
        // the app's own address: signed in, the server hands the app its authentication again;
        // signed out, Spring Security sends the person to /login and back here afterwards
        window.sessionStorage.setItem(RELOADED, String(Date.now()));
        window.location.replace(window.location.pathname);
      } else {
        // signed in and just reloaded: never a loop, go to the app's start page
        window.location.hash = '#/';
      }
    })
    .catch(() => window.location.replace(window.location.pathname));
}

document.addEventListener('click', (event) => {
  const link = event.target.closest && event.target.closest('.account .logout a, li.logout a, [ng-click="logout()"]');
  if (link) {
    window.sessionStorage.setItem(LOGGED_OUT, '1');
  }
}, true);
window.addEventListener('hashchange', leaveCamundaLogin);
leaveCamundaLogin();

let links = null;

function addLinks() {
  const header = document.querySelector('[cam-widget-header] .navbar-header');
  if (!links || !header || header.parentNode.querySelector('.opsflow-links')) {
    return;
  }
  const list = document.createElement('ul');
  list.className = 'opsflow-links';
  for (const link of links) {
    const item = document.createElement('li');
    const a = document.createElement('a');
    a.href = link.href;
    a.textContent = link.label;
    a.dataset.opsflowLink = link.id;
    item.appendChild(a);
    list.appendChild(item);
  }
  header.insertAdjacentElement('afterend', list);
}

fetch('/me/nav', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
  .then((response) => (response.ok ? response.json() : null))
  .then((nav) => {
    if (!nav) {
      return;
    }
    // inside Camunda's apps, the app itself needs no link
    links = nav.links.filter((l) => !window.location.pathname.startsWith(l.href));
    addLinks();
    new MutationObserver(addLinks).observe(document.body, { childList: true, subtree: true });
  })
  .catch(() => {});

export default [];
