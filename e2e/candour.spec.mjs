// The candour signal: a run that takes the top-scoring option almost every
// time is told, plainly, that such an even, high profile is unusual; an honest,
// uneven run is not. The threshold is the bank's (80% by default).
import { test, expect, bank, open, plan, start, answer, FULL, QUICK } from './helpers.mjs';

const note = (page) => page.locator('.pr-candour');

test('a full run on the top option every time gets the candour note, and its shared view does not', async ({ page, browser, baseURL }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page);
  await start(page, 'full');
  await answer(page, { pick: () => 3 }, 0, FULL, FULL);
  await expect(note(page)).toBeVisible();
  await expect(note(page).getByRole('heading', { level: 2 })).toHaveText('Mostly top-scoring answers');
  await expect(note(page)).toContainText(`You chose the option this assessment scores highest in ${FULL} of ${FULL} scenarios.`);
  await expect(note(page)).toContainText('how others see you');
  // Someone else's result, opened from its link, is not judged.
  await page.getByRole('button', { name: 'Copy link to my results' }).click();
  await expect(page.getByText(/^Link copied/)).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const context = await browser.newContext({ baseURL });
  const shared = await context.newPage();
  await shared.goto(link);
  await expect(shared.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(shared.locator('.pr-results')).toBeVisible();
  await expect(note(shared)).toHaveCount(0);
  await context.close();
});

test('an honest, uneven profile gets no candour note, on either length', async ({ page }) => {
  // A profile like the honest role-played leaders': strong in two groups, weak in others.
  const honest = plan([[3, 2, 3, 1, 2, 3], [1, 0, 2, 1, 0, 1], [2, 3, 2, 2, 1, 2], [3, 3, 2, 3, 2, 1], [1, 2, 0, 1, 1, 0], [0, 1, 0, 0, 2, 0]]);
  await open(page);
  await start(page, 'quick');
  await answer(page, honest, 0, QUICK, QUICK);
  await expect(page.locator('.pr-results')).toBeVisible();
  await expect(note(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Start again' }).click();
  await page.getByRole('button', { name: 'Yes, clear my answers' }).click();
  await start(page, 'full');
  await answer(page, honest, 0, FULL, FULL);
  await expect(page.locator('.pr-results')).toBeVisible();
  await expect(note(page)).toHaveCount(0);
});

test('the quick check shows the note from the threshold up: 10 of 12 yes, 9 of 12 no', async ({ page }) => {
  for (const [tops, shown] of [[10, true], [9, false]]) {
    await open(page);
    await page.evaluate(() => localStorage.clear());
    await open(page);
    await start(page, 'quick');
    let n = 0;
    await answer(page, { pick: () => (n++ < tops ? 3 : 2) }, 0, QUICK, QUICK);
    await expect(page.locator('.pr-results')).toBeVisible();
    await expect(note(page)).toHaveCount(shown ? 1 : 0);
    if (shown) await expect(note(page)).toContainText(`in ${tops} of ${QUICK} scenarios`);
  }
  expect(bank.candour_threshold ?? 80).toBe(80);
});
