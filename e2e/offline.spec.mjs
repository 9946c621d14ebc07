// Offline after the first visit: the service worker (sw.js) precaches the
// build, so a reload with no network runs a whole attempt; a new build
// deployed at the same address waits until the person presses Reload.
import { test as base } from '@playwright/test';
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CSP } from './csp.mjs';
import { CONTENT_TYPES } from './content-types.mjs';
import {
  test, expect, watch, plan, start, answer, tableScores, screensDir, FULL, QUICK, APP_SCREEN,
} from './helpers.mjs';

// The rest of the suite blocks workers (see playwright.config.mjs); this file's
// tests, with either test object, allow them.
test.use({ serviceWorkers: 'allow' });

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));
// Named after their contents, as Trunk and the post-build step name them.
const HASHED = /-[0-9a-f]{10,16}(_bg)?\.[a-z]+$/;

/** Waits until a service worker controls the page. */
async function controlled(page) {
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 30_000 }).toBe(true);
}

test('after the first visit, a full attempt runs with the network off', async ({ page, context }) => {
  const failed = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  await page.goto('./');
  await expect(page.locator(APP_SCREEN)).toBeVisible();
  await controlled(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator(APP_SCREEN)).toBeVisible();
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  const p = plan();
  await start(page, 'full');
  const asked = await answer(page, p, 0, FULL, FULL);
  await expect(page.getByRole('heading', { level: 1, name: 'Your partnership radar' })).toBeVisible();
  expect(await tableScores(page)).toEqual(p.expected(asked));
  // A navigation with a query (as ?kiosk) gets the cached page too.
  await page.goto('./?from=offline');
  await expect(page.getByRole('button', { name: /^Continue/ })).toBeVisible();
  expect(failed, 'requests that failed offline').toEqual([]);
});

test('the worker is registered on the app\'s own page, never on a host page that mounts the app', async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    window.__registered = [];
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (url, ...rest) {
      window.__registered.push(String(url));
      return register.call(this, url, ...rest);
    };
  });
  // Importing the entry module again settles once its first run has finished.
  const registered = async () => page.evaluate((m) => import(m).then(() => window.__registered), new URL('partner-radar.mjs', baseURL).href);
  await page.goto('/examples/mount.html');
  await expect(page.locator('#partner-radar .pr-screen')).toBeVisible();
  expect(await registered()).toEqual([]);
  await page.goto('./');
  await expect(page.locator(APP_SCREEN)).toBeVisible();
  expect(await registered()).toEqual([new URL('sw.js', baseURL).href]);
});

/**
 * Serves `folder` under `prefix` on a free loopback port, as a host would: the
 * files named after their contents may be kept for a year, every other one
 * is revalidated each time. `served` counts the requests that reached it, by
 * file (`./` for the folder).
 */
async function serve(folder, prefix) {
  const served = new Map();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(prefix)) return res.writeHead(404).end();
    const rel = normalize(path.slice(prefix.length) || 'index.html').replace(/^(\.\.[/\\])+/, '');
    const file = path.slice(prefix.length) || './';
    served.set(file, (served.get(file) ?? 0) + 1);
    try {
      const body = readFileSync(join(folder, rel.endsWith('/') ? rel + 'index.html' : rel));
      const caching = HASHED.test(rel) ? 'public, max-age=31536000, immutable' : 'no-cache';
      res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(rel)] || 'application/octet-stream', 'cache-control': caching, 'content-security-policy': CSP });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, served, url: `http://127.0.0.1:${server.address().port}${prefix}` };
}

/**
 * Deploys a changed build at the same address: the page differs, so the
 * post-build step's last step names a new cache and writes a new sw.js. (A
 * hashed file cannot change in place: the page checks each one's integrity.)
 * Then has the page look for it, as browsers do on navigation and now and then.
 */
async function deployNextVersion(page, copy) {
  appendFileSync(join(copy, 'index.html'), '<!-- the next version -->\n');
  const oldWorker = readFileSync(join(copy, 'sw.js'), 'utf8');
  execFileSync('cargo', ['run', '--quiet', '--release', '-p', 'partner-radar-tools', '--bin', 'postbuild', '--', '--only', 'service-worker', copy], { cwd: root });
  expect(readFileSync(join(copy, 'sw.js'), 'utf8')).not.toBe(oldWorker);
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
}

/**
 * Runs `body` against a copy of dist/ served from a temporary folder (so a
 * test can deploy a changed build at the same address), on a watched page;
 * fails on any console error, uncaught exception or foreign request.
 */
async function withDistCopy(context, body) {
  const copy = mkdtempSync(join(tmpdir(), 'partner-radar-sw-'));
  cpSync(dist, copy, { recursive: true });
  const { server, served, url } = await serve(copy, '/apps/partner-radar/');
  try {
    const page = await context.newPage();
    const problems = [];
    await watch(page, new URL(url).origin, problems);
    await body({ page, copy, served, url, problems });
    expect(problems, 'console errors, uncaught exceptions or foreign requests').toEqual([]);
  } finally {
    server.close();
    rmSync(copy, { recursive: true, force: true });
  }
}

/** The names sw.js lists in `const NAME = [...]`. */
function listed(worker, name) {
  const list = worker.match(new RegExp(`const ${name} = (\\[[^\\]]*\\]);`));
  expect(list, `sw.js has no ${name} list`).not.toBeNull();
  return JSON.parse(list[1].replace(/,\s*\]$/, ']'));
}

base('a first visit downloads each hashed file once: the worker precaches them from the HTTP cache, and never social.png or embed.js', async ({ context }) => withDistCopy(context, async ({ page, copy, served, url }) => {
  await page.goto(url);
  await expect(page.locator(APP_SCREEN)).toBeVisible();
  await controlled(page);
  const worker = readFileSync(join(copy, 'sw.js'), 'utf8');
  const hashed = listed(worker, 'HASHED');
  expect(hashed.length).toBeGreaterThan(3);
  expect(hashed.some((f) => f.endsWith('_bg.wasm'))).toBe(true);
  // Each one reached the server once, for the page; the worker's copy came from
  // the HTTP cache (a 'no-cache' request would have asked the server again).
  for (const f of hashed) expect(served.get(f), f).toBe(1);
  expect(served.has('social.png')).toBe(false);
  expect(served.has('embed.js')).toBe(false);
  // Precached all the same: nothing hashed is asked for again.
  const cached = await page.evaluate(() => caches.keys().then((k) => caches.open(k[0])).then((c) => c.keys()).then((r) => r.map((q) => q.url)));
  for (const f of hashed) expect(cached, f).toContain(new URL(f, url).href);
  expect(cached).toContain(url);
}));

base('a new version deployed mid-attempt waits for Reload, and the attempt carries on after it', async ({ context }) => withDistCopy(context, async ({ page, copy, url, problems }) => {
  await page.goto(url);
  await expect(page.locator(APP_SCREEN)).toBeVisible();
  await controlled(page);
  const p = plan();
  await start(page, 'full');
  await answer(page, p, 0, 1, FULL);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Scenario 2 of ${FULL}`);
  const second = await page.locator('legend').textContent();
  await page.evaluate(() => { window.__samePage = true; });

  await deployNextVersion(page, copy);

  const notice = page.getByRole('status').filter({ hasText: 'A new version is ready' });
  await expect(notice).toBeVisible();
  await notice.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${screensDir}update-notice-1280x720-light.png` });
  // Still the same page, on the same scenario: nothing reloaded by itself.
  expect(await page.evaluate(() => window.__samePage)).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Scenario 2 of ${FULL}`);
  await expect(page.locator('legend')).toHaveText(second);

  // A tab opened now hears of the waiting version as it loads.
  const other = await context.newPage();
  await watch(other, new URL(url).origin, problems);
  await other.goto(url);
  await expect(other.getByRole('status').filter({ hasText: 'A new version is ready' })).toBeVisible();
  await other.close();

  await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
  await expect(page.locator(APP_SCREEN)).toBeVisible();
  expect(await page.evaluate(() => window.__samePage)).toBeUndefined();
  await expect(notice).toHaveCount(0);
  // The new version is in force, and the old one's cache is gone.
  expect(await page.evaluate(() => document.lastChild.textContent)).toBe(' the next version ');
  expect(await page.evaluate(() => caches.keys())).toHaveLength(1);
  await page.getByRole('button', { name: /^Continue/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Scenario 2 of ${FULL}`);
  await expect(page.locator('legend')).toHaveText(second);
}));

base('a kiosk takes a new version by itself, but only between visitors', async ({ context }) => withDistCopy(context, async ({ page, copy, url }) => {
  await page.goto(`${url}?kiosk`);
  await expect(page.locator('.pr-attract')).toBeVisible();
  await controlled(page);
  const p = plan();
  await start(page, 'quick');
  await answer(page, p, 0, 1, QUICK);
  await page.evaluate(() => { window.__samePage = true; });
  await deployNextVersion(page, copy);
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.partnerRadarUpdate)).toBe('ready');

  // Mid-attempt: no notice (a reload would lose answers kept in memory) and no reload.
  await expect(page.getByText('A new version is ready')).toHaveCount(0);
  await answer(page, p, 1, QUICK, QUICK);
  await expect(page.locator('table.pr-scores')).toBeVisible();
  expect(await page.evaluate(() => window.__samePage)).toBe(true);

  // The visitor finishes; the clean attract screen takes the new version.
  await page.getByRole('button', { name: 'Finish' }).click();
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: /^Yes, wipe/ }).click()]);
  await expect(page.locator('.pr-attract')).toBeVisible();
  expect(await page.evaluate(() => window.__samePage)).toBeUndefined();
  expect(await page.evaluate(() => document.lastChild.textContent)).toBe(' the next version ');
  expect(await page.evaluate(() => location.search)).toBe('?kiosk');
}));
