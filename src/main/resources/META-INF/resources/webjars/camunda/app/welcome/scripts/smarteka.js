/*
 * Smarteka workflow: while the application is not ready (the demo data is still loading: the readiness probe says so
 * until every demo runner has finished), a notice says so instead of letting a login fail with «wrong password».
 */
const NOTICE = 'Идёт загрузка демонстрационных данных: вход станет возможен через минуту, страница обновится сама.';

async function ready() {
  try {
    const response = await fetch('/actuator/health/readiness', { headers: { Accept: 'application/json' } });
    return response.ok && (await response.json()).status === 'UP';
  } catch (e) {
    return false;
  }
}

async function watch() {
  if (await ready()) {
    if (document.querySelector('.smarteka-loading')) window.location.reload();
    return;
  }
  if (!document.querySelector('.smarteka-loading')) {
    const notice = document.createElement('div');
    notice.className = 'alert alert-warning smarteka-loading';
    notice.setAttribute('role', 'status');
    notice.textContent = NOTICE;
    document.body.appendChild(notice);
  }
  setTimeout(watch, 3000);
}

watch();

export default [];
