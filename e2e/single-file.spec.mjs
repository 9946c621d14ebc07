// The one-file build (scripts/build-single.sh): dist-single/partner-radar.html
// opened from file://, with nothing served. A full attempt across a reload
// (saved progress on file://), kiosk mode from the query, and the file holding
// everything itself. Not helpers.mjs's `test`: its watcher allows only
// baseURL's origin, and file:// has none.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bank, plan, band, start, answer, tableScores, STORAGE_KEY, FULL, APP_SCREEN } from './helpers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const single = fileURLToPath(new URL('../dist-single/partner-radar.html', import.meta.url));
const built = fileURLToPath(new URL('../dist/index.html', import.meta.url));
const url = pathToFileURL(single).href;

// One worker builds (if needed) and runs these in order.
test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
  if (!existsSync(single) || statSync(single).mtimeMs < statSync(built).mtimeMs) {
    execFileSync('sh', ['scripts/build-single.sh', '--no-build'], { cwd: root, stdio: 'inherit' });
  }
});

/** Fails the test on any console error, uncaught exception, or request for anything but file:, data: or blob:. */
let problems = [];
test.beforeEach(async ({ page }) => {
  problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('request', (r) => {
    if (!/^(file|data|blob):/.test(r.url())) problems.push(`request: ${r.url()}`);
  });
});
test.afterEach(() => {
  expect(problems, 'console errors, uncaught exceptions or requests').toEqual([]);
});

/** Opens the file (optionally with a query) and waits for `ready` in the mount element. */
async function openSingle(page, suffix = '', ready = APP_SCREEN) {
  await page.goto(url + suffix);
  await expect(page.locator(`#partner-radar.pr-root ${ready}`).first()).toBeVisible();
}

test('a full attempt from file://, across a reload, shows the expected scores', async ({ page }) => {
  const p = plan();
  await openSingle(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(bank.title);
  // The inlined stylesheets apply: the page frame and the app's tokens.
  expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');
  expect(await page.locator('#partner-radar').evaluate((el) => getComputedStyle(el).getPropertyValue('--pr-primary').trim())).not.toBe('');
  await start(page, 'full');
  const before = await answer(page, p, 0, 5, FULL);
  // Progress is saved in localStorage on file:// too.
  expect(JSON.parse(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).answers).toHaveProperty(before[4].id);
  await page.reload();
  await page.getByRole('button', { name: /^Continue/ }).click();
  const after = await answer(page, p, 5, FULL, FULL);
  const asked = [...before, ...after];
  expect(new Set(asked.map((q) => q.id)).size).toBe(FULL);

  const expected = p.expected(asked);
  await expect(page.getByRole('heading', { level: 1, name: 'Your partnership radar' })).toBeFocused();
  expect(await tableScores(page)).toEqual(expected);
  const rows = page.locator('table.pr-scores tbody tr');
  for (const [i, g] of bank.groups.entries()) {
    await expect(rows.nth(i).getByRole('rowheader')).toHaveText(g.name);
    await expect(rows.nth(i).locator('td').last()).toHaveText(bank.bands[band(expected[i])]);
  }
  await expect(page.getByRole('img', { name: /radar/i })).toBeVisible();
});

test('?kiosk opens from file:// too', async ({ page }) => {
  await openSingle(page, '?kiosk', '.pr-app.pr-kiosk');
  await openSingle(page);
  await expect(page.locator('#partner-radar .pr-app')).not.toHaveClass(/pr-kiosk/);
});

test('the file is one file: nothing points at another, and its size', async () => {
  const html = readFileSync(single, 'utf8');
  const links = [...html.matchAll(/\s(src|href)\s*=\s*["']?([^"'\s>]*)/gi)].map((m) => m[2]);
  expect(links.filter((l) => !/^(data:|#|https?:\/\/)/i.test(l)), 'src/href to another file').toEqual([]);
  expect(html).not.toMatch(/rel=["']?(manifest|modulepreload|preload|stylesheet)/i);
  expect(html).not.toMatch(/serviceWorker|sw\.js/);
  expect(html).toContain('<div id="partner-radar" class="pr-root">');
  expect(html.match(/<script\b/gi)).toHaveLength(1);
  // No build-time copy of the welcome screen: nothing here would keep an early Start.
  expect(html).not.toContain('data-first-paint');
  const bytes = Buffer.byteLength(html);
  const gzip = gzipSync(html, { level: 9 }).length;
  console.log(`single file dist-single/partner-radar.html: ${bytes} bytes, ${gzip} gzip -9`);
});
