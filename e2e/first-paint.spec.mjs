// The welcome screen is in index.html (rendered at build time from the app's
// own components), so it paints before the wasm arrives; the app takes it over
// with identical markup and no layout shift, and a Start pressed early counts.
import { test, expect, FULL, STORAGE_KEY } from './helpers.mjs';

/** The app's markup as a comparable tree: tags, sorted attributes, text. */
const markup = (page) => page.locator('#partner-radar .pr-app').evaluate((root) => {
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent;
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    const attrs = [...node.attributes].filter((a) => a.name !== 'data-first-paint' && a.name !== 'aria-busy')
      .map((a) => `${a.name}="${a.value}"`).sort().join(' ');
    return `<${node.localName} ${attrs}>${[...node.childNodes].map(walk).join('')}</${node.localName}>`;
  };
  return walk(root);
});

/** Holds the wasm back until `release()` is called. */
async function holdWasm(page) {
  let release;
  const released = new Promise((r) => { release = r; });
  await page.route(/\.wasm$/, async (route) => { await released; await route.continue(); });
  return release;
}

test('index.html paints the welcome screen before the wasm, and the app takes it over identically with no layout shift', async ({ page }) => {
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((e) => e.value)))
      .observe({ type: 'layout-shift', buffered: true });
  });
  // The wasm is not preloaded: it is fetched after the first paint.
  const release = await holdWasm(page);
  await page.goto('./');
  expect(await page.locator('link[rel="preload"], link[rel="modulepreload"]').count()).toBe(0);
  // Before the wasm: the build-time welcome screen, with its Start buttons.
  const early = page.locator('[data-first-paint]');
  await expect(early.getByRole('heading', { level: 1 })).toHaveText('Partner Radar');
  await expect(early.getByRole('button', { name: /^Start the quick check/ })).toBeVisible();
  await expect(early.getByRole('button', { name: /^Start the full assessment/ })).toBeVisible();
  const before = await markup(page);
  const box = await page.getByRole('button', { name: /^Start the quick check/ }).boundingBox();

  release();
  await expect(early).toHaveCount(0);
  await expect(page.locator('#partner-radar .pr-app')).toHaveCount(1);
  expect(await markup(page)).toBe(before);
  expect(await page.getByRole('button', { name: /^Start the quick check/ }).boundingBox()).toEqual(box);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.__shifts.reduce((s, v) => s + v, 0)), 'layout shift').toBe(0);
  // And the app works: it is the app's button now.
  await page.getByRole('button', { name: /^Start the quick check/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Scenario 1 of /);
});

test('a Start pressed before the wasm is ready is honoured once it is', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('./');
  await page.locator('[data-first-paint]').getByRole('button', { name: /^Start the full assessment/ }).click();
  await expect(page.locator('#partner-radar')).toHaveAttribute('data-early-start', 'full');
  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Scenario 1 of ${FULL}`);
  await expect(page.locator('#partner-radar')).not.toHaveAttribute('data-early-start', /.*/);
});

test('with saved progress the build-time screen (which has no Continue) is not shown, and an early Start cannot discard it', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: /^Start the quick check/ }).click();
  await page.locator('.pr-option').first().click();
  await page.getByRole('button', { name: /^Next/ }).click();
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).not.toBeNull();
  const release = await holdWasm(page);
  await page.reload();
  await expect(page.locator('[data-first-paint]')).toHaveCount(0);
  release();
  await expect(page.getByRole('button', { name: /^Continue/ })).toBeVisible();
});
