// Embedding in an intranet page through an iframe: the host page (examples/iframe.html,
// served by serve-host.mjs from another origin) includes embed.js, which sizes the frame to the app
// and re-dispatches its messages as DOM events; personal events reach only the origin
// the app's own settings name.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect, plan, start, answer, QUICK, APP_SCREEN } from './helpers.mjs';
import { CSP } from './csp.mjs';
import { hostPort } from './playwright.config.mjs';

const HOST = `http://127.0.0.1:${hostPort}`;
const file = (rel) => readFileSync(fileURLToPath(new URL(rel, import.meta.url)), 'utf8');

/** Opens the example host page on its own origin, framing the app whose settings set `hostOrigin`. */
async function openHost(browser, baseURL, hostOrigin) {
  const appBase = new URL('./', baseURL).href;
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  // The app's own page, as its owner deployed it: with or without host_origin.
  await context.route((url) => url.href === appBase, (route) => {
    let html = file('../dist/index.html');
    if (hostOrigin) {
      html = html.replace('</body>', `<script type="application/json" id="partner-radar-settings">${JSON.stringify({ host_origin: hostOrigin })}</script></body>`);
    }
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': CSP }, body: html });
  });
  await page.goto(`${HOST}/host/iframe.html`);
  const frame = page.frameLocator('iframe[data-partner-radar]');
  await expect(frame.locator(APP_SCREEN)).toBeVisible();
  const app = page.frames().find((f) => f.url().startsWith(appBase));
  return { page, context, frame, app, problems };
}

async function expectSizedToContent(page, app, where) {
  await expect.poll(async () => {
    const content = await app.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const frameHeight = await page.locator('iframe[data-partner-radar]').evaluate((f) => f.clientHeight);
    return Math.abs(content - frameHeight);
  }, { message: `iframe height at ${where}` }).toBeLessThanOrEqual(2);
  const scrolls = await app.evaluate(() => document.documentElement.scrollHeight > window.innerHeight + 1);
  expect(scrolls, `inner scrollbar at ${where}`).toBe(false);
}

const events = (page) => page.evaluate(() => window.partnerRadarEvents.map((e) => ({ ...e })));

test('the iframe sizes itself to every screen and the host hears ready, progress and complete', async ({ browser, baseURL }) => {
  const { page, context, frame, app, problems } = await openHost(browser, baseURL, HOST);
  await expectSizedToContent(page, app, 'welcome');
  await frame.getByRole('button', { name: /^Start the quick check/ }).click();
  await expectSizedToContent(page, app, 'the first scenario');
  const p = plan();
  const asked = [];
  for (let i = 0; i < QUICK; i++) {
    const q = (await import('./helpers.mjs')).questionByScenario(await frame.locator('legend').textContent());
    asked.push(q);
    await frame.getByText(q.options.find((o) => o.score === p.pick(q)).text, { exact: true }).click();
    await frame.getByRole('button', { name: i === QUICK - 1 ? /^See results/ : /^Next/ }).click();
    await expectSizedToContent(page, app, i === QUICK - 1 ? "the results" : `scenario ${i + 2}`);
  }
  await expect(frame.locator('table.pr-scores')).toBeVisible();
  await expectSizedToContent(page, app, 'the results');

  const got = await events(page);
  expect(got.every((e) => e.source === 'partner-radar' && e.version === 1)).toBe(true);
  const types = got.map((e) => e.type).filter((t) => t !== 'resize');
  expect(types[0]).toBe('ready');
  expect(types).toContain('start');
  const progress = got.filter((e) => e.type === 'progress');
  expect(progress.map((e) => e.answered)).toEqual(Array.from({ length: QUICK }, (_, i) => i + 1));
  expect(progress.every((e) => e.total === QUICK)).toBe(true);
  const complete = got.find((e) => e.type === 'complete');
  const expected = p.expected(asked);
  const bank = JSON.parse(file('../content/bank.en-GB.json'));
  expect(complete.scores).toEqual(Object.fromEntries(bank.groups.map((g, i) => [g.id, expected[i]])));
  expect(complete.length).toBe('quick');
  expect(complete.inside).toBe(Math.round((expected[0] + expected[1] + expected[2]) / 3));
  expect(complete.outside).toBe(Math.round((expected[3] + expected[4] + expected[5]) / 3));
  expect(typeof complete.overall).toBe('number');
  expect(got.some((e) => e.type === 'resize' && e.height > 0)).toBe(true);

  await frame.getByRole('button', { name: /^Start again/ }).click();
  await frame.getByRole('button', { name: /^Yes/ }).click();
  await expect.poll(async () => (await events(page)).some((e) => e.type === 'restart')).toBe(true);
  await context.close();
  expect(problems).toEqual([]);
});

for (const [name, hostOrigin] of [['no host_origin', null], ['another origin in host_origin', 'https://elsewhere.example.com']]) {
  test(`with ${name}, the host hears only ready and resize`, async ({ browser, baseURL }) => {
    const { page, context, frame, problems } = await openHost(browser, baseURL, hostOrigin);
    await frame.getByRole('button', { name: /^Start the quick check/ }).click();
    await frame.locator('label').first().click();
    await frame.getByRole('button', { name: /^Next/ }).click();
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(`Scenario 2 of ${QUICK}`);
    // Give any stray message time to arrive before checking none did.
    await page.waitForTimeout(300);
    const types = new Set((await events(page)).map((e) => e.type));
    expect([...types].sort()).toEqual(['ready', 'resize']);
    await context.close();
    expect(problems).toEqual([]);
  });
}
