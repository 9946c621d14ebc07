// Kiosk mode: the attract screen, the idle countdown and reset, nothing kept
// between visitors, no way out of the app, stand-sized type and targets, and
// the result handed over as a QR code that a phone can read.
// Time is Playwright's fake clock, so a 20 s countdown takes no real 20 s.
import { mkdirSync } from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import {
  test, expect, open, openWithSettings, plan, start, answer, tableScores, watch, axe, scrollsSideways,
  screensDir, bank, QUICK, FULL,
} from './helpers.mjs';

const IDLE = 5;
const COUNTDOWN = 20;
const sizes = [{ width: 1280, height: 800 }, { width: 768, height: 1024 }];
// Kiosks are tablets and PCs, but a phone-sized or very wide screen must work too.
const screenshotSizes = [...sizes, { width: 360, height: 740 }, { width: 1920, height: 1080 }];

/** The kiosk as a stand would set it up: the public address for QR codes, a call to action, a privacy page. */
function kioskSettings(baseURL, extra = {}) {
  return {
    mode: 'kiosk',
    idle_seconds: IDLE,
    share_base_url: new URL('./', baseURL).href,
    brand_name: 'Northwind Consulting',
    call_to_action: { heading: 'Talk it through', text: 'Book a free call about your radar.', label: 'Book a call', url: 'https://example.com/book' },
    privacy_url: 'https://example.com/privacy',
    ...extra,
  };
}

/** Every link in the app that would leave it. */
const leavingLinks = (page) => page.locator('#partner-radar a[href]').evaluateAll((as) => as.map((a) => a.outerHTML));

/** Visible interactive elements smaller than 48×48 CSS px. */
const smallTargets = (page) => page.evaluate(() => [...document.querySelectorAll(
  '#partner-radar :is(button, a[href], label, summary, select, input:not([type="radio"], [type="checkbox"]))',
)].filter((e) => e.getClientRects().length > 0).map((e) => {
  const r = e.getBoundingClientRect();
  return r.width < 48 || r.height < 48 ? `${e.tagName} "${e.textContent.trim().slice(0, 40)}" ${r.width.toFixed(0)}×${r.height.toFixed(0)}` : null;
}).filter(Boolean));

/** Every node in the document (elements, text, comments). */
const nodeCount = (page) => page.evaluate(() => {
  const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
  let n = 0;
  while (walker.nextNode()) n++;
  return n;
});

async function expectStandChecks(page, screen) {
  expect(await leavingLinks(page), `links out of the app on ${screen}`).toEqual([]);
  expect(await smallTargets(page), `touch targets under 48 px on ${screen}`).toEqual([]);
  const base = await page.locator('#partner-radar').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(base, `base font on ${screen}`).toBeGreaterThanOrEqual(18);
}

async function expectAttract(page) {
  const startButton = page.getByRole('button', { name: /^Start the quick check/ });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(bank.title);
  await expect(startButton).toBeFocused();
  return startButton;
}

test.beforeAll(() => mkdirSync(screensDir, { recursive: true }));

test('a visitor is asked "Still there?", can carry on, and walking away wipes everything', async ({ page, baseURL }) => {
  await page.clock.install();
  await page.setViewportSize(sizes[0]);
  await openWithSettings(page, { json: kioskSettings(baseURL) });
  await expect(page.locator('.pr-brand-name')).toHaveText('Northwind Consulting');
  await expectAttract(page);
  const attractNodes = await nodeCount(page);
  await expectStandChecks(page, 'the attract screen');

  await start(page, 'quick');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Scenario 1 of ${QUICK}`);
  await page.locator('.pr-option').first().click();
  await expectStandChecks(page, 'a scenario');
  expect(await page.evaluate(() => localStorage.length), 'nothing stored on a kiosk').toBe(0);

  // Idle for the wait: the countdown appears, with focus on carrying on.
  await page.clock.runFor((IDLE + 1) * 1000);
  const dialog = page.getByRole('alertdialog', { name: 'Still there?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(/in (19|20) seconds/);
  await expect(dialog.getByRole('button', { name: "I'm still here" })).toBeFocused();
  await page.clock.runFor(5000);
  await expect(dialog).toContainText(/in 1[45] seconds/);
  await dialog.getByRole('button', { name: "I'm still here" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Scenario 1 of ${QUICK}`);
  await expect(page.locator('.pr-option input').first()).toBeChecked();

  // Escape carries on too.
  await page.clock.runFor((IDLE + 1) * 1000);
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Scenario 1 of ${QUICK}`);

  // Input keeps the visitor's session alive: no dialog while they work.
  await page.clock.runFor((IDLE - 2) * 1000);
  await page.mouse.move(20, 20);
  await page.mouse.move(40, 40);
  await page.clock.runFor((IDLE - 2) * 1000);
  await expect(dialog).toBeHidden();

  // Walk away: the countdown runs out and the next visitor finds a clean kiosk.
  await page.mouse.wheel(0, 400);
  await page.clock.runFor((IDLE + COUNTDOWN + 1) * 1000);
  await expect(dialog).toBeHidden();
  await expectAttract(page);
  await expect(page.getByRole('button', { name: /^Continue/ })).toHaveCount(0);
  expect(await page.evaluate(() => ({ stored: localStorage.length, hash: location.hash, scroll: scrollY })))
    .toEqual({ stored: 0, hash: '', scroll: 0 });
  expect(await nodeCount(page), 'DOM nodes after a reset').toBe(attractNodes);

  // The next visitor starts with nothing chosen.
  await start(page, 'quick');
  await expect(page.locator('.pr-option input:checked')).toHaveCount(0);
});

test('the result is handed over as a QR code that opens the same scores on a phone', async ({ page, browser, baseURL }) => {
  await page.clock.install();
  await page.setViewportSize(sizes[0]);
  await openWithSettings(page, { json: kioskSettings(baseURL) });
  await start(page, 'quick');
  await answer(page, plan(), 0, QUICK, QUICK);
  await expect(page.locator('table.pr-scores')).toBeVisible();
  const scores = await tableScores(page);
  await expectStandChecks(page, 'the results');
  // No downloads, print or clipboard on a shared device: the QR code takes the result away.
  await expect(page.getByRole('button', { name: /Download|Print|Copy link/ })).toHaveCount(0);
  await expect(page.locator('.pr-cta')).toContainText('Book a call: https://example.com/book');

  const code = page.getByRole('img', { name: 'QR code of the link to your result' });
  await code.scrollIntoViewIfNeeded();
  const shot = PNG.sync.read(await code.screenshot());
  const read = jsQR(new Uint8ClampedArray(shot.data), shot.width, shot.height);
  expect(read, 'the QR code decodes').not.toBeNull();
  const printed = (await page.locator('.pr-qr-link').textContent()).trim();
  expect(read.data).toBe(printed);
  expect(read.data.startsWith(`${new URL('./', baseURL).href}#r=`)).toBe(true);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);

  // On the visitor's phone: a fresh browser opens the same scores.
  const phone = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
  const other = await phone.newPage();
  const problems = [];
  await watch(other, new URL(baseURL).origin, problems);
  await other.goto(read.data);
  await expect(other.locator('table.pr-scores')).toBeVisible();
  expect(await tableScores(other)).toEqual(scores);
  await phone.close();
  expect(problems).toEqual([]);

  // "Finish" wipes the result at once for the next person.
  await page.getByRole('button', { name: 'Finish' }).click();
  await page.getByRole('button', { name: /^Yes, wipe/ }).click();
  await expectAttract(page);
});

test('without share_base_url a kiosk shows no QR code, and says nothing is kept', async ({ page, baseURL }) => {
  await openWithSettings(page, { json: kioskSettings(baseURL, { share_base_url: undefined }) });
  await start(page, 'quick');
  await answer(page, plan(), 0, QUICK, QUICK);
  await expect(page.locator('.pr-keep')).toContainText('wiped from this device');
  await expect(page.locator('.pr-qr')).toHaveCount(0);
});

test('?kiosk in the address turns kiosk mode on, and length "full" starts the full assessment', async ({ page }) => {
  await openWithSettings(page, { json: { length: 'full' }, suffix: '?kiosk' });
  const startFull = page.getByRole('button', { name: /^Start the full assessment/ });
  await expect(startFull).toBeFocused();
  // Full screen through the Fullscreen API, and back.
  await page.getByRole('button', { name: 'Full screen' }).click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement === document.documentElement)).toBe(true);
  await page.getByRole('button', { name: 'Leave full screen' }).click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
  await startFull.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Scenario 1 of ${FULL}`);
  // Back to the attract screen with an answer given: Continue keeps it.
  await page.locator('.pr-option').first().click();
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: /^Continue/ }).click();
  await expect(page.locator('.pr-option input').first()).toBeChecked();
});

test('outside kiosk mode, show_qr adds the QR code to "Keep your result"', async ({ page }) => {
  await openWithSettings(page, { json: { show_qr: true } });
  await start(page, 'quick');
  await answer(page, plan(), 0, QUICK, QUICK);
  await expect(page.locator('.pr-keep').getByRole('img', { name: 'QR code of the link to your result' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy link to my results' })).toBeVisible();
});

for (const theme of ['light', 'dark']) {
  for (const size of screenshotSizes) {
    test(`kiosk screens at ${size.width}x${size.height} in ${theme} pass axe and are captured`, async ({ page, baseURL }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.clock.install();
      await page.setViewportSize(size);
      await openWithSettings(page, { json: kioskSettings(baseURL) });
      const shot = async (name) => {
        expect(await scrollsSideways(page), `${name} scrolls sideways at ${size.width}px`).toBe(false);
        await page.screenshot({ path: `${screensDir}kiosk-${name}-${size.width}x${size.height}-${theme}.png`, fullPage: name === 'results' });
      };
      await expectAttract(page);
      await axe(page, 'the attract screen');
      await shot('attract');
      await start(page, 'quick');
      await page.locator('.pr-option').first().click();
      await axe(page, 'a scenario');
      await shot('scenario');
      await page.clock.runFor((IDLE + 1) * 1000);
      await expect(page.getByRole('alertdialog')).toBeVisible();
      await axe(page, 'the countdown');
      await shot('still-there');
      await page.getByRole('button', { name: "I'm still here" }).click();
      await page.getByRole('button', { name: /^Next/ }).click();
      await answer(page, plan(), 1, QUICK, QUICK);
      await expect(page.locator('.pr-qr')).toBeVisible();
      await axe(page, 'the results');
      await shot('results');
    });
  }
}
