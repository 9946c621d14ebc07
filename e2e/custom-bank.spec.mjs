// Question banks loaded at run time from the `bank` setting (examples/custom-bank.html):
// a valid one runs, in its own group order; a broken one lists its problems; a missing
// one offers Retry; each bank keeps its own progress.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect, start, percent, watch, STORAGE_KEY } from './helpers.mjs';

const short = JSON.parse(readFileSync(fileURLToPath(new URL('../examples/banks/short.json', import.meta.url)), 'utf8'));
const PAGE = '/examples/custom-bank.html';

/** Answers every scenario of the short bank with score pick(group index in the bank). */
async function answerShort(page, pick, from = 0) {
  const total = short.questions.length;
  for (let i = from; i < total; i++) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Scenario ${i + 1} of ${total}`);
    const legend = (await page.locator('legend').textContent()).trim();
    const q = short.questions.find((x) => x.scenario === legend);
    const g = short.groups.findIndex((x) => x.id === q.group);
    await page.getByText(q.options.find((o) => o.score === pick(g)).text, { exact: true }).click();
    await page.getByRole('button', { name: i === total - 1 ? /^See results/ : /^Next/ }).click();
  }
}

test('a valid custom bank runs in its own group order, in its own language', async ({ page }) => {
  await page.goto(PAGE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(short.title);
  await expect(page.locator('.pr-app')).toHaveAttribute('lang', short.locale);
  await start(page, 'full');
  const pick = (g) => [3, 0, 1, 2, 3, 2][g];
  await answerShort(page, pick);
  const rows = page.locator('table.pr-scores tbody tr');
  await expect(rows.first().getByRole('rowheader')).toHaveText('Customers');
  for (const [i, g] of short.groups.entries()) {
    await expect(rows.nth(i).getByRole('rowheader')).toHaveText(g.name);
    await expect(rows.nth(i).locator('td.pr-num')).toHaveText(String(percent(2 * pick(i), 2)));
  }
  // The chart's first spoke (the top) is the bank's first group.
  await expect(page.locator('.radar-labels text').first()).toHaveText(short.groups[0].name.split(' ')[0]);
});

test('a broken custom bank lists every problem with its place', async ({ page }) => {
  await page.route('**/examples/custom-bank.html', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace('data-bank="banks/short.json"', 'data-bank="banks/broken.json"') });
  });
  await page.goto(PAGE);
  const problems = page.locator('.pr-problems');
  await expect(problems).toBeVisible();
  for (const path of ['colour', 'questions[0].options[0].score', 'questions[1].scenario', 'questions[2].group']) {
    await expect(problems.getByText(path, { exact: true })).toBeVisible();
  }
});

test('a missing custom bank says so and offers Retry, which loads it once it is there', async ({ browser, baseURL }) => {
  const page = await browser.newPage({ baseURL });
  const problems = [];
  await watch(page, new URL(baseURL).origin, problems);
  let served = false;
  await page.route('**/banks/short.json', (route) => (served
    ? route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(short) })
    : route.fulfill({ status: 404, body: 'not found' })));
  await page.goto(PAGE);
  await expect(page.getByRole('alert')).toContainText('could not be loaded');
  await expect(page.getByRole('alert')).toContainText('404');
  served = true;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(short.title);
  await page.close();
  // The one expected failure is the 404 itself.
  expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
});

test('each bank keeps its own progress: a reload resumes the custom bank, the built-in one is untouched', async ({ page }) => {
  await page.goto('./');
  await start(page, 'full');
  await page.locator('label').first().click();
  await page.getByRole('button', { name: /^Next/ }).click();
  const builtIn = await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY);
  expect(builtIn).not.toBeNull();

  await page.goto(PAGE);
  await start(page, 'full');
  await answerShort(page, () => 2);
  await expect(page.locator('table.pr-scores')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: /^Continue/ })).toBeVisible();
  const keys = await page.evaluate(() => Object.keys(localStorage).sort());
  // Two attempts in progress, one per bank; the finished one is also kept in its bank's history.
  const progress = keys.filter((k) => k.startsWith('partner-radar/progress') && !k.includes('/history/'));
  expect(progress).toHaveLength(2);
  const history = keys.filter((k) => k.includes('/history/'));
  expect(history).toHaveLength(1);
  expect(progress.some((p) => p !== STORAGE_KEY && history[0].startsWith(`${p}/history/`))).toBe(true);
  expect(keys.every((k) => k.startsWith('partner-radar/'))).toBe(true);
  expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBe(builtIn);
  await page.getByRole('button', { name: /^Continue/ }).click();
  await expect(page.locator('table.pr-scores')).toBeVisible();
});
