// The bar at the top of every OpsFlow page: the pages this person may open (Tasklist
// first), their name and 「登出」, which signs out of everything (a POST with the CSRF token).
// A page puts <header id="opsflow-bar" class="opsflow-bar" data-current="me"></header> and loads
// this script; /me/nav says which links apply. Signed out (session over), it goes to /login.
(function () {
  const bar = document.getElementById('opsflow-bar');
  if (!bar) {
    return;
  }
  window.opsflowNav = fetch('/me/nav', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((response) => {
      if (response.status === 401 || response.redirected) {
        window.location.href = '/login';
        return null;
      }
      return response.json();
    })
    .then((nav) => {
      if (!nav) {
        return null;
      }
      bar.textContent = '';
      const brand = document.createElement('a');
      brand.className = 'brand';
      brand.href = '/camunda/app/tasklist/default/';
      brand.textContent = 'OpsFlow 運維流程';
      bar.appendChild(brand);
      const nav_ = document.createElement('nav');
      nav_.setAttribute('aria-label', '頁面');
      for (const link of nav.links) {
        const a = document.createElement('a');
        a.href = link.href;
        a.textContent = link.label;
        a.dataset.opsflowLink = link.id;
        if (link.id === bar.dataset.current) {
          a.className = 'current';
          a.setAttribute('aria-current', 'page');
        }
        nav_.appendChild(a);
        nav_.appendChild(document.createTextNode(' '));
      }
      bar.appendChild(nav_);
      const who = document.createElement('span');
      who.className = 'who';
      who.textContent = nav.name;
      bar.appendChild(who);
      const form = document.createElement('form');
      form.method = 'post';
      form.action = '/logout';
      const token = document.createElement('input');
      token.type = 'hidden';
      token.name = nav.csrf.parameterName;
      token.value = nav.csrf.token;
      const button = document.createElement('button');
      button.type = 'submit';
      button.id = 'logout';
      button.textContent = '登出';
      form.appendChild(token);
      form.appendChild(button);
      bar.appendChild(form);
      return nav;
    });
})();
