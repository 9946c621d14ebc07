// The whole quiz as a person uses it: both lengths, by mouse, keyboard and
// touch, across a reload.
import {
  test, expect, bank, open, plan, band, start, answer, optionScoring, questionByScenario,
  tableScores, STORAGE_KEY, FULL, QUICK,
} from './helpers.mjs';

test('the welcome screen offers both lengths with honest estimates', async ({ page }) => {
  await open(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(bank.title);
  await expect(page.getByText(/choose what you would most likely do/i).first()).toBeVisible();
  const quick = page.locator('.pr-length').filter({ hasText: 'Quick check' });
  const full = page.locator('.pr-length').filter({ hasText: 'Full assessment' });
  await expect(quick).toContainText(new RegExp(`${QUICK} scenarios, about \\d+ minutes?`));
  await expect(full).toContainText(new RegExp(`${FULL} scenarios, about \\d+ minutes?`));
  const minutes = async (card) => Number((await card.textContent()).match(/about (\d+) minute/)[1]);
  const words = bank.questions.reduce((s, q) => s + [q.scenario, ...q.options.map((o) => o.text)].join(' ').split(/\s+/).length, 0);
  // At least the reading time at 200 words a minute, and not wildly more.
  expect(await minutes(full)).toBeGreaterThanOrEqual(Math.floor(words / 200));
  expect(await minutes(full)).toBeLessThanOrEqual(Math.ceil(words / 200) + Math.ceil(FULL / 4));
  expect(await minutes(quick)).toBeLessThan(await minutes(full));
  await expect(page.getByText(/stay on this device/)).toBeVisible();
  for (const g of bank.groups) await expect(page.locator('.pr-halves').getByText(g.name, { exact: true })).toBeVisible();
});

test('a full run by mouse shows exactly the expected scores, chart, bands and advice', async ({ page }) => {
  const p = plan();
  await open(page);
  await start(page, 'full');
  const asked = await answer(page, p, 0, FULL, FULL);
  const expected = p.expected(asked);
  // Mixed order: never two scenarios of one group in a row, each asked once.
  expect(new Set(asked.map((q) => q.id)).size).toBe(FULL);
  for (let i = 1; i < asked.length; i++) expect(asked[i].group, `scenario ${i + 1}`).not.toBe(asked[i - 1].group);

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
    // Plotters writes whole pixels: a vertex is within 1 px of its exact place.
    expect(Math.abs(Math.hypot(x - geometry.cx, y - geometry.cy) - (geometry.r * expected[i]) / 100)).toBeLessThanOrEqual(1);
    if (expected[i] > 0) {
      // Clockwise from the top: spoke i points at angle 60°·i.
      const angle = (Math.atan2(x - geometry.cx, geometry.cy - y) * 180) / Math.PI;
      expect(((angle + 360) % 360)).toBeCloseTo(60 * i, -1);
    }
  });
  for (const [i, g] of bank.groups.entries()) {
    for (const word of g.name.split(' ')) await expect(chart.locator('text', { hasText: word }).first()).toBeVisible();
    await expect(chart.locator('.radar-labels text', { hasText: new RegExp(`^\\s*${expected[i]}\\s*$`) }).first()).toBeVisible();
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
  const first = asked.find((q) => q.group === bank.groups[0].id);
  await page.locator('.pr-review-group summary', { hasText: bank.groups[0].name }).click();
  await expect(page.getByText(optionScoring(first, p.pick(first)).feedback, { exact: true })).toBeVisible();
  await expect(page.getByText(bank.credits.source_author, { exact: false }).first()).toBeVisible();
  await expect(page.getByText(bank.credits.quote)).toBeVisible();
  await expect(page.getByText(/not a validated psychometric test/)).toBeVisible();
});

test('a quick check asks two scenarios of each group and scores those', async ({ page }) => {
  const p = plan([[3, 0], [1, 2], [2, 2], [0, 3], [1, 1], [3, 3]]);
  await open(page);
  await start(page, 'quick');
  const asked = await answer(page, p, 0, QUICK, QUICK);
  for (const g of bank.groups) expect(asked.filter((q) => q.group === g.id)).toHaveLength(2);
  for (let i = 1; i < asked.length; i++) expect(asked[i].group).not.toBe(asked[i - 1].group);
  expect(await tableScores(page)).toEqual(p.expected(asked));
  // The review lists exactly the scenarios that were asked.
  for (const s of await page.locator('.pr-review-group summary').all()) await s.click();
  await expect(page.locator('.pr-review-item')).toHaveCount(QUICK);
  const saved = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY));
  expect(saved.length).toBe('quick');
  expect(Object.keys(saved.answers).sort()).toEqual(asked.map((q) => q.id).sort());
});

test('a full run by keyboard alone', async ({ page }) => {
  const p = plan([[3], [2], [1], [0], [3], [1]]);
  await open(page);
  // Tab to the full assessment's button (the quick check's comes first).
  await page.getByRole('button', { name: /^Start the full assessment/ }).focus();
  await page.keyboard.press('Enter');
  const asked = [];
  for (let i = 0; i < FULL; i++) {
    await expect(page.locator('legend')).toBeFocused();
    const q = questionByScenario(await page.locator('legend').textContent());
    asked.push(q);
    const values = await page.locator('input[type=radio]').evaluateAll((rs) => rs.map((r) => r.value));
    const target = values.indexOf(optionScoring(q, p.pick(q)).id);
    await page.keyboard.press('Tab'); // into the radio group, on its first option
    if (target === 0) await page.keyboard.press('Space');
    for (let k = 0; k < target; k++) await page.keyboard.press('ArrowDown');
    await expect(page.locator(`input[value="${optionScoring(q, p.pick(q)).id}"]`)).toBeChecked();
    await page.keyboard.press('Tab'); // Back
    await page.keyboard.press('Tab'); // Next / See results
    await expect(page.getByRole('button', { name: i === FULL - 1 ? /^See results/ : /^Next/ })).toBeFocused();
    await page.keyboard.press(i % 2 ? 'Enter' : 'Space');
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Your partnership radar' })).toBeFocused();
  expect(await tableScores(page)).toEqual(p.expected(asked));
});

test('Next explains itself until an option is chosen', async ({ page }) => {
  await open(page);
  await start(page, 'full');
  const next = page.getByRole('button', { name: /^Next/ });
  await expect(next).toHaveAttribute('aria-disabled', 'true');
  await next.click({ force: true }); // a person can press it; it says why nothing happens
  await expect(page.getByRole('alert')).toHaveText(/^Choose/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Scenario 1 of ${FULL}`);
  await page.locator('label').first().click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await next.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Scenario 2 of ${FULL}`);
  // Progress is announced to screen readers.
  await expect(page.locator('[aria-live=polite]').first()).toHaveText(new RegExp(`Scenario 2 of ${FULL}`));
});

for (const [length, total] of [['full', FULL], ['quick', QUICK]]) {
  test(`a reload in the middle of a ${length} attempt keeps its scenarios, their order, option order and answers`, async ({ page }) => {
    const p = plan();
    await open(page);
    await start(page, length);
    const before = await answer(page, p, 0, 5, total);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Scenario 6 of ${total}`);
    const sixth = await page.locator('legend').textContent();
    const order = await page.locator('fieldset label').allTextContents();
    const saved = await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY);
    expect(JSON.parse(saved).answers).toHaveProperty(before[4].id);

    await page.reload();
    await expect(page.getByRole('button', { name: /^Continue/ })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Start again/ })).toBeVisible();
    await page.getByRole('button', { name: /^Continue/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Scenario 6 of ${total}`);
    await expect(page.locator('legend')).toHaveText(sixth);
    expect(await page.locator('fieldset label').allTextContents()).toEqual(order);

    await page.getByRole('button', { name: /^Back/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Scenario 5 of ${total}`);
    await expect(page.locator('legend')).toHaveText(before[4].scenario);
    await expect(page.getByLabel(optionScoring(before[4], p.pick(before[4])).text, { exact: true })).toBeChecked();
    // Finishing after the reload gives the scores of everything asked.
    await page.getByRole('button', { name: /^Next/ }).click();
    const after = await answer(page, p, 5, total, total);
    expect(await tableScores(page)).toEqual(p.expected([...before, ...after]));
  });
}

test('Start again on the welcome screen asks, then discards the saved attempt', async ({ page }) => {
  const p = plan();
  await open(page);
  await start(page, 'full');
  await answer(page, p, 0, 3, FULL);
  await page.reload();
  await page.getByRole('button', { name: /^Start again/ }).click();
  // It asks first: cancelling keeps the saved attempt.
  await expect(page.getByText(/will be cleared/)).toBeFocused();
  await page.getByRole('button', { name: /^Cancel/ }).click();
  await expect(page.getByRole('button', { name: /^Start again/ })).toBeFocused();
  await expect(page.getByRole('button', { name: /^Continue/ })).toBeVisible();
  await page.getByRole('button', { name: /^Start again/ }).click();
  await page.getByRole('button', { name: /^Yes/ }).click();
  await expect(page.getByRole('button', { name: /^Continue/ })).toHaveCount(0);
  expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBeNull();
  await start(page, 'quick');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Scenario 1 of ${QUICK}`);
  await expect(page.locator('input[type=radio]:checked')).toHaveCount(0);
});

test('Start again on the results asks first, then clears everything', async ({ page }) => {
  const p = plan();
  await open(page);
  await start(page, 'quick');
  await answer(page, p, 0, QUICK, QUICK);
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
  await expect(page.getByRole('button', { name: /^Start the quick check/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Continue/ })).toHaveCount(0);
});

test.describe('on a touch phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('a full run by tapping', async ({ page }) => {
    const p = plan([[1], [3], [2], [2], [0], [3]]);
    await open(page);
    await start(page, 'full', 'tap');
    const asked = await answer(page, p, 0, FULL, FULL, 'tap');
    expect(await tableScores(page)).toEqual(p.expected(asked));
  });
});
