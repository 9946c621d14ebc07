// Every screen at phone, tablet, laptop and wide sizes, in light and dark:
// no sideways scrolling, no serious or critical axe-core violations, the
// radar drawn large, and a screenshot of each for a person to look at.
import { mkdirSync } from 'node:fs';
import { test, expect, open, plan, start, answer, scrollsSideways, screensDir, axe, QUICK } from './helpers.mjs';

const sizes = [{ width: 360, height: 740 }, { width: 768, height: 1024 }, { width: 1280, height: 800 }, { width: 1920, height: 1080 }];

async function check(page, name, size, theme) {
  expect(await scrollsSideways(page), `${name} scrolls sideways at ${size.width}px`).toBe(false);
  // Inline style attributes would break a strict CSP (style-src without 'unsafe-inline').
  // (Empty ones are left by Playwright's own clicking and set nothing.)
  const inline = await page.locator('#partner-radar [style]:not([style=""])').evaluateAll((es) => es.map((e) => e.outerHTML.slice(0, 120)));
  expect(inline, `${name} has inline styles`).toEqual([]);
  await page.screenshot({ path: `${screensDir}${name}-${size.width}x${size.height}-${theme}.png`, fullPage: true });
}

/** The radar as drawn on screen: its box, the 100 ring's rendered radius, the smallest text. */
async function radar(page) {
  return page.locator('svg.radar-chart').evaluate((svg) => {
    const box = svg.getBoundingClientRect();
    const scale = box.width / svg.viewBox.baseVal.width;
    const fonts = (sel) => [...svg.querySelectorAll(sel)].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
    const figure = svg.closest('.pr-chart-and-table').getBoundingClientRect();
    return {
      width: box.width,
      ring: +svg.dataset.radius * scale,
      labels: Math.min(...fonts('.radar-labels text')),
      rings: Math.min(...fonts('.radar-ring-values text')),
      content: figure.width,
    };
  });
}

test.beforeAll(() => {
  mkdirSync(screensDir, { recursive: true });
  console.log(`screenshots: ${screensDir}`);
});

for (const theme of ['light', 'dark']) {
  for (const size of sizes) {
    test(`every screen fits ${size.width}x${size.height} in ${theme}, passes axe and is captured`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.setViewportSize(size);
      await open(page);
      await check(page, '1-welcome', size, theme);
      await axe(page, 'welcome');

      await start(page, 'quick');
      // aria-disabled, not disabled: a person can still press it and be told why nothing happens.
      await page.getByRole('button', { name: /^Next/ }).click({ force: true });
      await expect(page.getByRole('alert')).toBeVisible();
      await check(page, '2-question-needs-choice', size, theme);
      await page.locator('label').nth(1).click();
      await check(page, '3-question', size, theme);
      await axe(page, 'a question');

      await page.getByRole('button', { name: /^Next/ }).click();
      await answer(page, plan(), 1, QUICK, QUICK);
      await expect(page.locator('table.pr-scores')).toBeVisible();
      for (const summary of await page.locator('.pr-review-group summary').all()) await summary.click();
      const r = await radar(page);
      if (size.width === 1280) {
        expect(r.width, 'chart area at 1280').toBeGreaterThanOrEqual(480);
        expect(r.ring, '100 ring radius at 1280').toBeGreaterThanOrEqual(170);
      }
      if (size.width === 360) {
        expect(r.width, 'chart spans the content width at 360').toBeGreaterThanOrEqual(r.content - 2);
        expect(2 * r.ring, '100 ring across at 360').toBeGreaterThanOrEqual(150);
      }
      expect(r.labels, 'chart labels').toBeGreaterThanOrEqual(13);
      expect(r.rings, 'ring values').toBeGreaterThanOrEqual(13);
      // Group names never break inside a word.
      const broken = await page.locator('.pr-highlight dd, .pr-scores th, .pr-advice-card h3').evaluateAll((els) =>
        els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent));
      expect(broken, 'names overflowing their box').toEqual([]);
      const rows = await page.locator('.pr-highlight').evaluateAll((els) => {
        const tops = {};
        for (const el of els) { const t = Math.round(el.getBoundingClientRect().top); tops[t] = (tops[t] || 0) + 1; }
        return Object.values(tops);
      });
      expect(rows.filter((n) => n === 1), `a highlight card alone on a row: ${rows}`).toEqual([]);
      await check(page, '4-results', size, theme);
      await axe(page, 'results');

      await page.getByRole('button', { name: /^Start again/ }).click();
      await check(page, '5-results-confirm-restart', size, theme);
      await page.getByRole('button', { name: /^Yes/ }).click();
      await expect(page.getByRole('button', { name: /^Start the quick check/ })).toBeVisible();

      await page.evaluate(() => localStorage.setItem('partner-radar/progress', 'garbage'));
      await page.reload();
      await expect(page.getByRole('status')).toBeVisible();
      await check(page, '6-welcome-notice', size, theme);
      await axe(page, 'welcome with a notice');
    });
  }
}

test('odd sizes (320 wide, very short, very wide) never scroll sideways', async ({ page }) => {
  for (const size of [{ width: 320, height: 480 }, { width: 2560, height: 1080 }, { width: 740, height: 360 }]) {
    await page.setViewportSize(size);
    await open(page);
    expect(await scrollsSideways(page)).toBe(false);
    await page.getByRole('button', { name: /^(Start the full|Continue)/ }).first().click();
    expect(await scrollsSideways(page)).toBe(false);
    await page.evaluate(() => localStorage.clear());
  }
});

test('at 320 px wide the ring values stand clear of each other and inside their boxes', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await open(page);
  await start(page, 'quick');
  await answer(page, plan(), 0, QUICK, QUICK);
  const values = await page.locator('svg.radar-chart .radar-ring-values').evaluate((g) => {
    const box = (e) => { const b = e.getBoundingClientRect(); return { left: b.left, top: b.top, right: b.right, bottom: b.bottom }; };
    return { texts: [...g.querySelectorAll('text')].map((t) => ({ text: t.textContent.trim(), ...box(t) })), rects: [...g.querySelectorAll('rect')].map(box) };
  });
  expect(values.texts.map((t) => t.text), 'at least the 50 and 100 rings are labelled').toEqual(expect.arrayContaining(['50', '100']));
  expect(values.rects.length).toBe(values.texts.length);
  const overlap = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  for (const [i, a] of values.rects.entries()) {
    for (const b of values.rects.slice(i + 1)) expect(overlap(a, b), `ring value boxes ${JSON.stringify([a, b])}`).toBe(false);
  }
  // Each number's glyphs lie on its own box (the browser's own text box, measured here).
  for (const [i, t] of values.texts.entries()) {
    const r = values.rects[i];
    expect(t.left >= r.left - 0.5 && t.right <= r.right + 0.5, `${t.text} spills sideways`).toBe(true);
  }
});

test('the radar follows a switch between light and dark while it is on screen', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await open(page);
  await start(page, 'quick');
  await answer(page, plan(), 0, QUICK, QUICK);
  const dots = page.locator('g.radar-score circle').first();
  const light = await dots.getAttribute('fill');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => dots.getAttribute('fill')).not.toBe(light);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => dots.getAttribute('fill')).toBe(light);
});
