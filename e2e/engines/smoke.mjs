// Smoke test of the release dist/ in the engines other than Chromium that
// visitors use: Firefox ESR (Gecko) and WebKitGTK (Safari's engine).
//   node e2e/engines/smoke.mjs firefox|webkit
// It serves dist/ with e2e/serve.mjs, loads the app, completes a quick check
// (two scenarios of each group, in a mixed order) with known answers, compares the results table with the scores expected by
// the README's rule, saves screenshots of the three screens to
// e2e/artifacts/screens/, and fails on any console error or uncaught exception.
// Firefox runs through puppeteer-core over WebDriver BiDi; WebKit through
// WebKitWebDriver and its MiniBrowser under Xvfb, with e2e/engines/test-logger.js
// injected into the page to collect errors, since plain WebDriver cannot read
// the console.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const engine = process.argv[2];
if (engine !== 'firefox' && engine !== 'webkit') {
  console.error('usage: node e2e/engines/smoke.mjs firefox|webkit');
  process.exit(2);
}

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const bank = JSON.parse(readFileSync(here('../../content/bank.en-GB.json'), 'utf8'));
const PREFIX = '/tools/partner-radar/';
const PORT = engine === 'firefox' ? 4183 : 4184;
const DRIVER_PORT = 4445;
const BASE = `http://127.0.0.1:${PORT}${PREFIX}`;
const SCREENS = here('../artifacts/screens/');
const START = /^Start the quick check/;
const QUICK = 2 * bank.groups.length; // a quick check asks two scenarios of each group
const WAIT_MS = 15_000;
// The score to choose for each of the bank's groups, in the bank's order.
const PLAN = [3, 0, 2, 1, 3, 1];

const began = Date.now();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const ok = (what) => console.log(`ok   ${what}`);
class Failure extends Error {}
const fail = (what) => { throw new Failure(what); };

/** round(100 × sum ÷ (3 × n)), halves up: the README's group score. */
const percent = (sum, n) => Math.floor((200 * sum + 3 * n) / (6 * n));
const pick = (q) => PLAN[bank.groups.findIndex((g) => g.id === q.group)];

/** Everything the flow reads from the page, in one round trip. Runs in the browser. */
function snapshot() {
  const t = (el) => (el ? el.textContent.trim() : null);
  return {
    // The app's own screen, not index.html's build-time copy of the welcome screen.
    screen: !!document.querySelector('.pr-app:not([data-first-paint]) .pr-screen'),
    h1: t(document.querySelector('h1')),
    legend: t(document.querySelector('legend')),
    buttons: [...document.querySelectorAll('button')].map(t),
    labels: [...document.querySelectorAll('label')].map(t),
    checked: document.querySelector('input[type=radio]:checked')?.value ?? null,
    cells: [...document.querySelectorAll('table.pr-scores tbody td.pr-num')].map(t),
  };
}

/** Requests the page made to any origin but its own. Runs in the browser. */
function foreignRequests() {
  return performance.getEntriesByType('resource').map((e) => e.name)
    .filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== location.origin);
}

/** Starts a child process and resolves once `ready()` says so; rejects if it exits first. */
function startChild(name, cmd, args, ready, options = {}) {
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  const done = (async () => {
    const deadline = Date.now() + WAIT_MS;
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) fail(`${name} exited early:\n${output.trim()}`);
      if (await ready(output)) return child;
      await sleep(100);
    }
    fail(`${name} did not start within ${WAIT_MS / 1000} s:\n${output.trim()}`);
  })();
  return { child, done, output: () => output };
}

const answers = async (url) => {
  try { return (await fetch(url, { signal: AbortSignal.timeout(1000) })).ok; } catch { return false; }
};

async function firefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true, protocol: 'webDriverBiDi',
  });
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  const problems = [];
  const foreign = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message ?? e}`));
  // Chromium's console reports a failed load as an error; Firefox's does not.
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`failed to load: ${r.url()} (HTTP ${r.status()})`); });
  page.on('requestfailed', (r) => problems.push(`failed to load: ${r.url()} (${r.failure()?.errorText ?? 'failed'})`));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== new URL(BASE).origin) foreign.push(u);
  });
  return {
    version: () => browser.version(),
    goto: (url) => page.goto(url, { waitUntil: 'load' }),
    evaluate: (fn, ...args) => page.evaluate(fn, ...args),
    click: async (selector, index) => (await page.$$(selector))[index].click(),
    screenshot: (path) => page.screenshot({ path, fullPage: true }),
    problems: async () => problems.slice(),
    foreign: async () => foreign.slice(),
    close: () => browser.close(),
  };
}

async function webkit(stack) {
  const driverUrl = `http://127.0.0.1:${DRIVER_PORT}`;
  if (await answers(`${driverUrl}/status`)) fail(`port ${DRIVER_PORT} is already in use: is another WebKitWebDriver running?`);
  // Its own process group, so xvfb-run, Xvfb, the driver and MiniBrowser all stop together.
  const driverProcess = startChild('WebKitWebDriver', 'xvfb-run',
    ['-a', '-s', '-screen 0 1920x4200x24', 'WebKitWebDriver', `--port=${DRIVER_PORT}`, '--replace-on-new-session'],
    () => answers(`${driverUrl}/status`), { detached: true });
  stack.push(async () => {
    const group = -driverProcess.child.pid;
    const signal = (sig) => { try { process.kill(group, sig); return true; } catch { return false; } };
    if (!signal('SIGTERM')) return;
    for (const until = Date.now() + 3000; Date.now() < until; await sleep(100)) if (!signal(0)) return;
    signal('SIGKILL');
  });
  await driverProcess.done;

  const { Builder, By, Capabilities } = await import('selenium-webdriver');
  const driver = await new Builder().usingServer(driverUrl).withCapabilities(new Capabilities({
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] },
  })).build();
  const width = 1280;
  const height = 800;
  await driver.manage().window().setRect({ width, height });
  const logged = async () => {
    const errors = await driver.executeScript(() => window.__errors ?? null);
    if (errors === null) fail('the test logger is missing from the page (is e2e/serve.mjs serving with --inject-logger?)');
    return errors;
  };
  return {
    version: async () => `${(await driver.getCapabilities()).get('browserName')} ${(await driver.getCapabilities()).get('browserVersion')}`,
    goto: (url) => driver.get(url),
    evaluate: (fn, ...args) => driver.executeScript(fn, ...args),
    click: async (selector, index) => (await driver.findElements(By.css(selector)))[index].click(),
    // WebDriver only captures the viewport: make the window as tall as the page
    // (Xvfb's screen is 4200 px tall), let it repaint, capture, then restore it.
    screenshot: async (path) => {
      const [page, viewport] = await driver.executeScript(() => [document.documentElement.scrollHeight, innerHeight]);
      const tall = Math.min(4200, height + page - viewport);
      if (tall > height) {
        await driver.manage().window().setRect({ width, height: tall });
        const want = tall - (height - viewport);
        const deadline = Date.now() + 5000;
        while (Date.now() < deadline && (await driver.executeScript(() => innerHeight)) < want) await sleep(50);
      }
      await driver.executeAsyncScript((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      await sleep(400);
      writeFileSync(path, Buffer.from(await driver.takeScreenshot(), 'base64'));
      if (tall > height) await driver.manage().window().setRect({ width, height });
    },
    problems: logged,
    foreign: () => driver.executeScript(foreignRequests),
    close: () => driver.quit(),
  };
}

async function run(stack) {
  if (!existsSync(here('../../dist/index.html'))) fail('no dist/index.html: build the app first (trunk build --release)');
  mkdirSync(SCREENS, { recursive: true });

  const server = startChild('e2e/serve.mjs', process.execPath,
    [here('../serve.mjs'), String(PORT), PREFIX, ...(engine === 'webkit' ? ['--inject-logger'] : [])],
    (out) => out.includes('serving dist/'));
  stack.push(() => server.child.kill());
  await server.done;
  ok(`dist/ served at ${BASE}`);

  const b = engine === 'firefox' ? await firefox() : await webkit(stack);
  stack.push(() => b.close());
  ok(`${engine} started: ${await b.version()}`);

  /** Polls the page until `test(snapshot)` holds; returns that snapshot. */
  const waitFor = async (what, test) => {
    const deadline = Date.now() + WAIT_MS;
    let last;
    while (Date.now() < deadline) {
      last = await b.evaluate(snapshot);
      if (test(last)) return last;
      await sleep(50);
    }
    fail(`timed out after ${WAIT_MS / 1000} s waiting for ${what}; the page shows ${JSON.stringify({ h1: last?.h1, buttons: last?.buttons })}`);
  };
  const clean = async (where) => {
    const problems = await b.problems();
    if (problems.length) fail(`errors on the ${where} (console errors, uncaught exceptions or failed loads):\n  ${problems.join('\n  ')}`);
  };
  const shoot = async (n, name) => {
    const path = `${SCREENS}engine-${engine}-${n}-${name}.png`;
    await sleep(400); // let transitions (the chosen option's background) finish
    await b.screenshot(path);
    ok(`screenshot ${path.slice(SCREENS.length)}`);
  };

  await b.goto(BASE);
  let s = await waitFor('the welcome screen with its "Start the quick check" button', (x) => x.screen && x.buttons.some((t) => START.test(t)));
  if (s.h1 !== bank.title) fail(`welcome heading is ${JSON.stringify(s.h1)}, expected ${JSON.stringify(bank.title)}`);
  ok(`welcome screen loaded, heading "${s.h1}"`);
  await clean('welcome screen');
  await shoot(1, 'welcome');

  const start = s.buttons.find((t) => START.test(t));
  await b.click('button', s.buttons.indexOf(start));
  s = await waitFor('the first scenario', (x) => /^Scenario 1 of \d+$/.test(x.h1 ?? ''));
  const total = Number(s.h1.match(/of (\d+)$/)[1]);
  if (total !== QUICK) fail(`the quick check has ${total} scenarios, expected ${QUICK}`);
  ok(`"${start}" opened scenario 1 of ${total}`);

  const asked = [];
  for (let i = 1; i <= total; i++) {
    s = await waitFor(`"Scenario ${i} of ${total}"`, (x) => x.h1 === `Scenario ${i} of ${total}` && x.legend);
    const q = bank.questions.find((x) => x.scenario === s.legend);
    if (!q) fail(`scenario ${i}: no scenario in content/bank.en-GB.json reads ${JSON.stringify(s.legend)} (is dist/ built from this bank?)`);
    if (asked.includes(q)) fail(`scenario ${i} (${q.id}) was already asked`);
    asked.push(q);
    const option = q.options.find((o) => o.score === pick(q));
    const index = s.labels.indexOf(option.text);
    if (index < 0) fail(`scenario ${i} (${q.id}): no label reads ${JSON.stringify(option.text)}`);
    await b.click('label', index);
    s = await waitFor(`option ${option.id} of ${q.id} to be checked`, (x) => x.checked === option.id);
    if (i === 1) {
      await clean('first scenario');
      await shoot(2, 'scenario');
    }
    const next = i === total ? /^See results/ : /^Next/;
    const button = s.buttons.findIndex((t) => next.test(t));
    if (button < 0) fail(`scenario ${i}: no button ${next}; buttons are ${JSON.stringify(s.buttons)}`);
    await b.click('button', button);
  }
  for (const g of bank.groups) {
    const n = asked.filter((q) => q.group === g.id).length;
    if (n !== 2) fail(`the quick check asked ${n} scenarios of ${g.id}, expected 2`);
  }
  ok(`answered ${total} scenarios (${asked.map((q) => q.id).join(' ')}), picking by group ${JSON.stringify(PLAN)}`);

  s = await waitFor('the results table', (x) => x.cells.length === bank.groups.length);
  const expected = bank.groups.map((g) => {
    const mine = asked.filter((q) => q.group === g.id);
    return String(percent(mine.reduce((sum, q) => sum + pick(q), 0), mine.length));
  });
  if (JSON.stringify(s.cells) !== JSON.stringify(expected)) {
    fail(`results table shows ${s.cells.join(', ')}, expected ${expected.join(', ')}`);
  }
  ok(`results table shows the expected scores ${expected.join(', ')}`);
  await clean('results screen');
  await shoot(3, 'results');

  await clean('page');
  ok('no console errors, uncaught exceptions or failed loads');
  const foreign = await b.foreign();
  if (foreign.length) fail(`requests to another origin:\n  ${foreign.join('\n  ')}`);
  ok('no request to another origin');
}

const stack = [];
let code = 0;
try {
  await run(stack);
} catch (e) {
  console.error(`FAIL ${e instanceof Failure ? e.message : e.stack ?? e}`);
  code = 1;
}
for (const undo of stack.reverse()) {
  try { await undo(); } catch { /* best effort */ }
}
if (code === 0) {
  ok(`finished in ${((Date.now() - began) / 1000).toFixed(1)} s`);
  console.log(`smoke ${engine}: passed`);
} else {
  console.error(`smoke ${engine}: FAILED`);
}
process.exit(code);
