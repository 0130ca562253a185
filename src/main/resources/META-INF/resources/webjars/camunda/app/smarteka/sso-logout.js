/*
 * Smarteka workflow, single sign-on (profile `sso`, README «Single sign-on»): the webapps' own «Выход» would end only
 * the webapps' part of the session, and the next page would sign the person in again silently while the identity
 * provider's session lasts. Under single sign-on the application sets the cookie `smarteka-sso` at login; then the
 * «Выход» of Tasklist, Cockpit and Admin goes to the application's logout instead (/logout, which posts Spring
 * Security's logout), which ends our session and, by OpenID Connect RP-initiated logout, the provider's. Without that
 * cookie (the embedded default, `ldap`) nothing changes. Imported by each webapp's scripts/config.js.
 */
const SSO_COOKIE = /(?:^|;\s*)smarteka-sso=1(?:;|$)/;

async function logOutEverywhere() {
  // the webapps' Content Security Policy (form-action 'self') forbids posting a form whose answer goes on to the
  // provider: our /logout page posts it, at once when opened with the confirmation code it gave us
  const page = await fetch('/logout', { credentials: 'same-origin', headers: { Accept: 'text/html' } });
  const code = /data-confirm="([0-9a-f]+)"/.exec(await page.text());
  window.location.assign(code ? `/logout?confirm=${code[1]}` : '/logout');
}

document.addEventListener('click', (event) => {
  const logout = event.target instanceof Element ? event.target.closest('li.logout a') : null;
  if (!logout || !SSO_COOKIE.test(document.cookie)) {
    return;
  }
  // before the webapp's own handler (capture phase on the document): it must not end only its own part
  event.preventDefault();
  event.stopImmediatePropagation();
  logOutEverywhere().catch(() => { window.location.assign('/logout'); });
}, true);
