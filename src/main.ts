/**
 * Entry point. The start screen needs no worker: its list of scenarios is made at build time. When
 * the page will open a town at once (saved progress to restore, or a lesson link), the simulation
 * worker starts first, so it boots while the interface's code (src/app.ts, loaded as its own
 * chunk) and the scenario loader download and run on the page; otherwise the first town opened
 * starts it. A page in another language than English fetches its catalogue at the same time, and
 * nothing is drawn until both are here (no English flashes before the Chinese page).
 */
import { BOOT_WORDS } from './ui/locale/bootText';
import { loadMessages, locale } from './ui/strings';
import { PROGRESS_KEY } from './store/progressStorage';
import { spawnSimulationWorker } from './worker/spawnSimulationWorker';
import './ui/styles.css';

const townAtOnce = opensTownAtOnce();
const worker = townAtOnce ? spawnSimulationWorker() : null;
// The town's scenario is read and checked on the page before the worker builds it: the loader's
// chunk is fetched meanwhile too.
if (townAtOnce) import('./scenario/load').catch(() => undefined);
showBootWords();
Promise.all([import('./app'), loadMessages()]).then(
  ([{ startApp }]) => startApp(worker),
  (error: unknown) => {
    console.error(error);
    showBootFailure();
  },
);

/** Saved progress or a lesson link: the page will build a town as soon as it runs. */
function opensTownAtOnce(): boolean {
  if (window.location.hash.length > 1) return true;
  try {
    return window.localStorage.getItem(PROGRESS_KEY) !== null;
  } catch {
    return false;
  }
}

/** The boot screen of index.html in the page's language. */
function showBootWords(): void {
  if (locale === 'en') return;
  const words = BOOT_WORDS[locale];
  const heading = document.querySelector('#app .boot h1');
  const line = document.querySelector('#app .boot p');
  if (heading) heading.textContent = words.appName;
  if (line) line.textContent = words.loading;
}

/** The interface or its language could not be fetched: say so, offer a retry (and English). */
function showBootFailure(): void {
  const words = BOOT_WORDS[locale];
  const line = document.querySelector('#app .boot p');
  if (!line) return;
  const alert = document.createElement('p');
  alert.setAttribute('role', 'alert');
  alert.className = 'boot-failed';
  alert.textContent = words.failed;
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.className = 'button';
  retry.textContent = words.retry;
  retry.addEventListener('click', () => window.location.reload());
  const actions = document.createElement('p');
  actions.append(retry);
  if (locale !== 'en') {
    const english = new URL(window.location.href);
    english.searchParams.set('locale', 'en');
    const link = document.createElement('a');
    link.href = english.toString();
    link.lang = 'en';
    link.textContent = words.inEnglish;
    actions.append(' ', link);
  }
  line.replaceWith(alert, actions);
}
