// Every screen at 360×740 and 1280×800: no sideways scrolling, no serious or
// critical axe-core violations, and a screenshot of each for a person to look at.
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { test, expect, bank, open, plan, answerByMouse, scrollsSideways, screensDir } from './helpers.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const sizes = [{ width: 360, height: 740 }, { width: 1280, height: 800 }];

async function axe(page, screen) {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  expect(violations, `axe on ${screen}`).toEqual([]);
}

async function check(page, name, size) {
  expect(await scrollsSideways(page), `${name} scrolls sideways at ${size.width}px`).toBe(false);
  // Inline style attributes would break a strict CSP (style-src without 'unsafe-inline').
  // (Empty ones are left by Playwright's own clicking and set nothing.)
  const inline = await page.locator('#partner-radar [style]:not([style=""])').evaluateAll((es) => es.map((e) => e.outerHTML.slice(0, 120)));
  expect(inline, `${name} has inline styles`).toEqual([]);
  const file = `${screensDir}${name}-${size.width}x${size.height}.png`;
  await page.screenshot({ path: file, fullPage: true });
}

test.beforeAll(() => {
  mkdirSync(screensDir, { recursive: true });
  console.log(`screenshots: ${screensDir}`);
});

for (const size of sizes) {
  test(`every screen fits ${size.width}x${size.height}, passes axe and is captured`, async ({ page }) => {
    await page.setViewportSize(size);
    await open(page);
    await check(page, '1-welcome', size);
    await axe(page, 'welcome');

    await page.getByRole('button', { name: /^Start/ }).click();
    // aria-disabled, not disabled: a person can still press it and be told why nothing happens.
    await page.getByRole('button', { name: /^Next/ }).click({ force: true });
    await expect(page.getByRole('alert')).toBeVisible();
    await check(page, '2-question-needs-choice', size);
    await page.locator('label').nth(1).click();
    await check(page, '3-question', size);
    await axe(page, 'a question');

    const { picks } = plan();
    await page.getByRole('button', { name: /^Next/ }).click();
    await answerByMouse(page, picks, 1, bank.questions.length);
    await expect(page.locator('table.pr-scores')).toBeVisible();
    for (const summary of await page.locator('.pr-review-group summary').all()) await summary.click();
    await check(page, '4-results', size);
    await axe(page, 'results');

    await page.getByRole('button', { name: /^Start again/ }).click();
    await check(page, '5-results-confirm-restart', size);
    await page.getByRole('button', { name: /^Yes/ }).click();
    await expect(page.getByRole('button', { name: /^Start/ })).toBeVisible();

    await page.evaluate(() => localStorage.setItem('partner-radar/progress', 'garbage'));
    await page.reload();
    await expect(page.getByRole('status')).toBeVisible();
    await check(page, '6-welcome-notice', size);
    await axe(page, 'welcome with a notice');
  });
}

test('odd sizes (320 wide, very short, very wide) never scroll sideways', async ({ page }) => {
  for (const size of [{ width: 320, height: 480 }, { width: 1920, height: 1080 }, { width: 740, height: 360 }]) {
    await page.setViewportSize(size);
    await open(page);
    expect(await scrollsSideways(page)).toBe(false);
    await page.getByRole('button', { name: /^(Start|Continue)/ }).first().click();
    expect(await scrollsSideways(page)).toBe(false);
    await page.evaluate(() => localStorage.clear());
  }
});
