// The share link: made by the copy action, opened read-only in a fresh
// browser, never touching the visitor's own progress; bad links are caught.
import { test, expect, open, plan, start, answer, tableScores, watch, STORAGE_KEY, FULL, QUICK } from './helpers.mjs';

async function finishAndCopy(page, length, total) {
  const p = plan();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page);
  await start(page, length);
  const asked = await answer(page, p, 0, total, total);
  await page.getByRole('button', { name: 'Copy link to my results' }).click();
  await expect(page.getByText(/^Link copied/)).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  await expect(page.locator('.pr-share-url')).toHaveValue(copied);
  return { link: copied, expected: p.expected(asked) };
}

/** A fresh browser context (no storage), watched like the fixture's page. */
async function freshPage(browser, baseURL) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const problems = [];
  await watch(page, new URL(baseURL).origin, problems);
  return { page, context, problems };
}

test('a full attempt\'s link opens the same scores, read-only, in a fresh browser', async ({ page, browser, baseURL }) => {
  const { link, expected } = await finishAndCopy(page, 'full', FULL);
  const payload = link.split('#r=')[1];
  console.log(`share link for a full attempt: ${link.length} characters, payload ${payload.length}`);
  expect(payload.length).toBeLessThanOrEqual(120);
  expect(link.startsWith(new URL('./', baseURL).href)).toBe(true);

  const { page: other, context, problems } = await freshPage(browser, baseURL);
  // The visitor has an attempt of their own under way.
  await other.goto('./');
  await start(other, 'full');
  await other.locator('label').first().click();
  await other.getByRole('button', { name: /^Next/ }).click();
  const own = await other.evaluate((k) => localStorage.getItem(k), STORAGE_KEY);
  expect(own).not.toBeNull();

  await other.goto(link);
  await other.reload(); // a fragment change alone does not reload the app
  await expect(other.locator('.pr-shared-title')).toHaveText('Shared result');
  expect(await tableScores(other)).toEqual(expected);
  await expect(other.getByRole('button', { name: /^Start again/ })).toHaveCount(0);
  await expect(other.getByRole('button', { name: 'Copy link to my results' })).toHaveCount(0);
  expect(await other.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBe(own);

  await other.getByRole('button', { name: 'Take the assessment yourself' }).click();
  await expect(other.getByRole('button', { name: /^Continue/ })).toBeVisible();
  expect(new URL(other.url()).hash).toBe('');
  expect(await other.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBe(own);
  await context.close();
  expect(problems).toEqual([]);
});

test('a quick check\'s link opens the same scores', async ({ page, browser, baseURL }) => {
  const { link, expected } = await finishAndCopy(page, 'quick', QUICK);
  const { page: other, context, problems } = await freshPage(browser, baseURL);
  await other.goto(link);
  await expect(other.locator('.pr-shared-title')).toHaveText('Shared result');
  expect(await tableScores(other)).toEqual(expected);
  await other.locator('.pr-review-group summary').first().click();
  await expect(other.locator('.pr-review-item').first()).toBeVisible();
  await context.close();
  expect(problems).toEqual([]);
});

test('tampered, truncated and foreign links show a notice and the welcome screen', async ({ page, browser, baseURL }) => {
  const { link } = await finishAndCopy(page, 'quick', QUICK);
  const [base, payload] = link.split('#r=');
  const flip = (c) => (c === 'A' ? 'B' : 'A');
  const cases = {
    tampered: payload.slice(0, 10) + flip(payload[10]) + payload.slice(11),
    truncated: payload.slice(0, payload.length - 3),
    empty: '',
    garbage: '!!not-a-link%%',
    long: 'A'.repeat(5000),
  };
  for (const [name, bad] of Object.entries(cases)) {
    const { page: other, context, problems } = await freshPage(browser, baseURL);
    await other.goto(`${base}#r=${bad}`);
    await expect(other.getByRole('status').filter({ hasText: /link/ }), name).toBeVisible();
    await expect(other.locator('.pr-shared-title')).toHaveCount(0);
    await expect(other.getByRole('button', { name: /^Start the full/ })).toBeVisible();
    await expect(other.locator('table.pr-scores')).toHaveCount(0);
    await context.close();
    expect(problems, name).toEqual([]);
  }
});
