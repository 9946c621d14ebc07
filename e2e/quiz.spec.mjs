// The whole quiz as a person uses it: by mouse, by keyboard, across a reload.
import { test, expect, bank, open, plan, band, answerByMouse, optionScoring, STORAGE_KEY } from './helpers.mjs';

const total = bank.questions.length;

test('the app starts on the welcome screen with a Start button', async ({ page }) => {
  await open(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(bank.title);
  await expect(page.getByRole('button', { name: /^Start/ })).toBeVisible();
  await expect(page.getByText(`${total} short scenarios`)).toBeVisible();
  await expect(page.getByText(/stay on this device/)).toBeVisible();
  for (const g of bank.groups) await expect(page.locator('.pr-halves').getByText(g.name, { exact: true })).toBeVisible();
});

test('a full run by mouse shows exactly the expected scores, chart, bands and advice', async ({ page }) => {
  const { picks, expected } = plan();
  await open(page);
  await page.getByRole('button', { name: /^Start/ }).click();
  await answerByMouse(page, picks, 0, total);

  await expect(page.getByRole('heading', { level: 1, name: 'Your partnership radar' })).toBeFocused();
  const rows = page.locator('table.pr-scores tbody tr');
  await expect(rows).toHaveCount(6);
  for (const [i, g] of bank.groups.entries()) {
    const row = rows.nth(i);
    await expect(row.getByRole('rowheader')).toHaveText(g.name);
    await expect(row.locator('td').first()).toHaveText(String(expected[i]));
    await expect(row.locator('td').last()).toHaveText(bank.bands[band(expected[i])]);
    await expect(page.locator(`#pr-advice-${g.id} .pr-advice`)).toHaveText(g.advice[band(expected[i])]);
  }

  // The polygon's vertices sit at score/100 of the chart radius, spoke by spoke.
  const chart = page.getByRole('img', { name: /radar/i });
  await expect(chart).toBeVisible();
  const geometry = await chart.evaluate((svg) => ({
    cx: +svg.dataset.cx, cy: +svg.dataset.cy, r: +svg.dataset.radius,
    points: svg.querySelector('.radar-score polygon').getAttribute('points').trim().split(/\s+/).map((p) => p.split(',').map(Number)),
  }));
  expect(geometry.points).toHaveLength(6);
  geometry.points.forEach(([x, y], i) => {
    expect(Math.hypot(x - geometry.cx, y - geometry.cy)).toBeCloseTo((geometry.r * expected[i]) / 100, 0);
    if (expected[i] > 0) {
      // Clockwise from the top: spoke i points at angle 60°·i.
      const angle = (Math.atan2(x - geometry.cx, geometry.cy - y) * 180) / Math.PI;
      expect(((angle + 360) % 360)).toBeCloseTo(60 * i, -1);
    }
  });
  for (const g of bank.groups) {
    for (const word of g.name.split(' ')) await expect(chart.locator('text', { hasText: word }).first()).toBeVisible();
  }

  const inside = Math.round((expected[0] + expected[1] + expected[2]) / 3);
  const outside = Math.round((expected[3] + expected[4] + expected[5]) / 3);
  await expect(page.locator('.pr-highlight.pr-inside dd')).toHaveText(String(inside));
  await expect(page.locator('.pr-highlight.pr-outside dd')).toHaveText(String(outside));
  const best = expected.indexOf(Math.max(...expected));
  const worst = expected.indexOf(Math.min(...expected));
  await expect(page.locator('.pr-strongest dd')).toHaveText(bank.groups[best].name);
  await expect(page.locator('.pr-weakest dd')).toHaveText(bank.groups[worst].name);

  // The review shows each chosen answer with its feedback line.
  const first = bank.questions[0];
  await page.locator('.pr-review-group summary', { hasText: bank.groups[0].name }).click();
  await expect(page.getByText(optionScoring(first, picks[0]).feedback, { exact: true })).toBeVisible();
  await expect(page.getByText(bank.credits.source_author, { exact: false }).first()).toBeVisible();
  await expect(page.getByText(bank.credits.quote)).toBeVisible();
});

test('a full run by keyboard alone', async ({ page }) => {
  const { picks, expected } = plan([[3], [2], [1], [0], [3], [1]]);
  await open(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /^Start/ })).toBeFocused();
  await page.keyboard.press('Enter');
  for (let i = 0; i < total; i++) {
    const q = bank.questions[i];
    await expect(page.locator('legend')).toBeFocused();
    await expect(page.locator('legend')).toHaveText(q.scenario);
    const values = await page.locator('input[type=radio]').evaluateAll((rs) => rs.map((r) => r.value));
    const target = values.indexOf(optionScoring(q, picks[i]).id);
    await page.keyboard.press('Tab'); // into the radio group, on its first option
    if (target === 0) await page.keyboard.press('Space');
    for (let k = 0; k < target; k++) await page.keyboard.press('ArrowDown');
    await expect(page.locator(`input[value="${optionScoring(q, picks[i]).id}"]`)).toBeChecked();
    await page.keyboard.press('Tab'); // Back
    await page.keyboard.press('Tab'); // Next / See results
    await expect(page.getByRole('button', { name: i === total - 1 ? /^See results/ : /^Next/ })).toBeFocused();
    await page.keyboard.press(i % 2 ? 'Enter' : 'Space');
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Your partnership radar' })).toBeFocused();
  const scores = await page.locator('table.pr-scores tbody td.pr-num').allTextContents();
  expect(scores.map(Number)).toEqual(expected);
});

test('Next explains itself until an option is chosen', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: /^Start/ }).click();
  const next = page.getByRole('button', { name: /^Next/ });
  await expect(next).toHaveAttribute('aria-disabled', 'true');
  await next.click({ force: true }); // a person can press it; it says why nothing happens
  await expect(page.getByRole('alert')).toHaveText(/^Choose/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Scenario 1 of ${total}`);
  await page.locator('label').first().click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await next.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Scenario 2 of ${total}`);
  // Progress is announced to screen readers.
  await expect(page.locator('[aria-live=polite]')).toHaveText(new RegExp(`Scenario 2 of ${total}`));
});

test('a reload in the middle keeps the scenario, the option order and earlier answers', async ({ page }) => {
  const { picks } = plan();
  await open(page);
  await page.getByRole('button', { name: /^Start/ }).click();
  await answerByMouse(page, picks, 0, 5);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Scenario 6 of ${total}`);
  const order = await page.locator('fieldset label').allTextContents();
  const saved = await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY);
  expect(JSON.parse(saved).answers).toHaveProperty(bank.questions[4].id);

  await page.reload();
  await expect(page.getByRole('button', { name: /^Continue/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Start again/ })).toBeVisible();
  await page.getByRole('button', { name: /^Continue/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Scenario 6 of ${total}`);
  expect(await page.locator('fieldset label').allTextContents()).toEqual(order);

  await page.getByRole('button', { name: /^Back/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Scenario 5 of ${total}`);
  await expect(page.getByLabel(optionScoring(bank.questions[4], picks[4]).text, { exact: true })).toBeChecked();
  // Finishing after the reload still gives results.
  await page.getByRole('button', { name: /^Next/ }).click();
  await answerByMouse(page, picks, 5, total);
  await expect(page.locator('table.pr-scores tbody tr')).toHaveCount(6);
});

test('Start again on the welcome screen asks, then discards the saved attempt', async ({ page }) => {
  const { picks } = plan();
  await open(page);
  await page.getByRole('button', { name: /^Start/ }).click();
  await answerByMouse(page, picks, 0, 3);
  await page.reload();
  await page.getByRole('button', { name: /^Start again/ }).click();
  // It asks first: cancelling keeps the saved attempt.
  await expect(page.getByText(/will be cleared/)).toBeFocused();
  await page.getByRole('button', { name: /^Cancel/ }).click();
  await expect(page.getByRole('button', { name: /^Start again/ })).toBeFocused();
  await expect(page.getByRole('button', { name: /^Continue/ })).toBeVisible();
  await page.getByRole('button', { name: /^Start again/ }).click();
  await page.getByRole('button', { name: /^Yes/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Scenario 1 of ${total}`);
  await expect(page.locator('input[type=radio]:checked')).toHaveCount(0);
});

test('Start again on the results asks first, then clears everything', async ({ page }) => {
  const { picks } = plan();
  await open(page);
  await page.getByRole('button', { name: /^Start/ }).click();
  await answerByMouse(page, picks, 0, total);
  await page.getByRole('button', { name: /^Start again/ }).click();
  await expect(page.getByText(/will be cleared/)).toBeFocused();
  await page.getByRole('button', { name: /^Cancel/ }).click();
  await expect(page.locator('table.pr-scores')).toBeVisible();
  await page.getByRole('button', { name: /^Start again/ }).click();
  await page.getByRole('button', { name: /^Yes/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(bank.title);
  await expect(page.getByRole('button', { name: /^Continue/ })).toHaveCount(0);
  expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBeNull();
  await page.reload();
  await expect(page.getByRole('button', { name: /^Start/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Continue/ })).toHaveCount(0);
});

test.describe('on a touch phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('a full run by tapping', async ({ page }) => {
    const { picks, expected } = plan([[1], [3], [2], [2], [0], [3]]);
    await open(page);
    await page.getByRole('button', { name: /^Start/ }).tap();
    for (let i = 0; i < total; i++) {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Scenario ${i + 1} of ${total}`);
      await page.getByText(optionScoring(bank.questions[i], picks[i]).text, { exact: true }).tap();
      await page.getByRole('button', { name: i === total - 1 ? /^See results/ : /^Next/ }).tap();
    }
    const scores = await page.locator('table.pr-scores tbody td.pr-num').allTextContents();
    expect(scores.map(Number)).toEqual(expected);
  });
});
