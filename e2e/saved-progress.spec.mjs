// Saved progress that cannot be used: a notice, nothing broken, a working quiz.
import { test, expect, open, start, STORAGE_KEY, FULL } from './helpers.mjs';

const cases = [
  ['corrupt', '{"format":1,"answers":', /could not be read/],
  ['wrong version', JSON.stringify({ format: 99, bank: 'x', seed: 1, position: { at: 'question', index: 0 }, answers: {} }), /earlier version/],
  ['earlier format', JSON.stringify({ format: 1, bank: 'x', seed: 1, position: { at: 'question', index: 0 }, answers: {} }), /earlier version/],
  ['another bank', JSON.stringify({ format: 2, bank: '0000000000000000', seed: 1, length: 'full', position: { at: 'question', index: 2 }, answers: { 'dr-1': 'a' } }), /different set of scenarios/],
];

for (const [name, stored, message] of cases) {
  test(`${name} saved progress: the app loads, says so and works`, async ({ page }) => {
    await open(page);
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, stored]);
    await page.reload();
    const notice = page.getByRole('status').filter({ hasText: message });
    await expect(notice).toBeVisible();
    await expect(page.getByRole('button', { name: /^Continue/ })).toHaveCount(0);
    await start(page, 'full');
    await expect(notice).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Scenario 1 of ${FULL}`);
    await page.locator('label').first().click();
    await page.getByRole('button', { name: /^Next/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Scenario 2 of ${FULL}`);
    // The broken entry was replaced by the new attempt.
    const saved = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY));
    expect(saved.format).toBe(2);
    expect(Object.keys(saved.answers)).toHaveLength(1);
  });
}

test('the notice can be dismissed', async ({ page }) => {
  await open(page);
  await page.evaluate((k) => localStorage.setItem(k, 'garbage'), STORAGE_KEY);
  await page.reload();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('status').filter({ hasText: /could not be read/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Start the full/ })).toBeVisible();
});

test('a browser that refuses storage still runs the quiz and says progress is not kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  await open(page);
  await expect(page.getByRole('status').filter({ hasText: /not letting the app save/ })).toBeVisible();
  await start(page, 'full');
  await page.locator('label').first().click();
  await page.getByRole('button', { name: /^Next/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Scenario 2 of ${FULL}`);
});
