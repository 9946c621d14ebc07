// Earlier attempts kept on the device: two attempts, the first laid over
// the second, deleting one, deleting all after a confirmation, a corrupt
// entry set aside with a message, and storage that refuses to write.
import { test, expect, open, start, answer, axe, bank, percent, screensDir, QUICK, STORAGE_KEY } from './helpers.mjs';

const groupOf = (q) => bank.groups.findIndex((g) => g.id === q.group);
const byGroup = (picks) => ({ pick: (q) => picks[groupOf(q)] });
const scoreOf = (pick) => percent(2 * pick, 2);
const FIRST = [1, 2, 0, 3, 1, 2];
const SECOND = [3, 2, 1, 3, 2, 2];

async function attempt(page, picks) {
  await start(page, 'quick');
  await answer(page, byGroup(picks), 0, QUICK, QUICK);
  await expect(page.getByRole('heading', { name: 'Your partnership radar', level: 1 })).toBeVisible();
}

async function startAgain(page) {
  await page.getByRole('button', { name: 'Start again' }).click();
  await page.getByRole('button', { name: 'Yes, clear my answers' }).click();
}

const items = (page) => page.locator('.pr-history .pr-attempt');
const historyKey = async (page) => page.evaluate((prefix) => Object.keys(localStorage).find((k) => k.startsWith(`${prefix}/history/`)), STORAGE_KEY);

test('two attempts: the first laid over the second, then deleted', async ({ page }) => {
  test.setTimeout(120_000);
  await open(page);
  await attempt(page, FIRST);
  await expect(items(page)).toHaveCount(1);
  await expect(items(page).first()).toContainText('quick check');
  await expect(items(page).first()).toContainText('(this attempt)');
  await startAgain(page);
  await attempt(page, SECOND);
  await expect(items(page)).toHaveCount(2);
  const first = items(page).nth(1);
  const overall = (picks) => percent(2 * picks.reduce((a, b) => a + b, 0), 2 * picks.length);
  await expect(first).toContainText(`overall ${overall(FIRST)}`);
  await expect(items(page).first()).toContainText(`overall ${overall(SECOND)}`);

  await first.getByRole('button', { name: 'Show on the radar' }).click();
  await expect(first.getByRole('button', { name: 'Hide from the radar' })).toHaveAttribute('aria-pressed', 'true');
  const table = page.locator('table.pr-comparison');
  const date = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  await expect(table.locator('thead th')).toHaveText(['Partnership', 'You', `Earlier (${date})`, 'Change since']);
  for (const [g, group] of bank.groups.entries()) {
    const change = scoreOf(SECOND[g]) - scoreOf(FIRST[g]);
    await expect(table.locator('tbody tr').nth(g).locator('th, td')).toHaveText(
      [group.name, String(scoreOf(SECOND[g])), String(scoreOf(FIRST[g])), change > 0 ? `+${change}` : String(change)]);
  }
  await expect(page.locator('.radar-chart g.radar-series[data-series="earlier"]')).toHaveCount(1);
  await expect(page.locator('.pr-legend .pr-line-earlier')).toHaveText(`Earlier (${date})`);
  for (const scheme of ['light', 'dark']) {
    // Without motion, so no colour is caught mid-transition by axe.
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await axe(page, `history overlay ${scheme} ${width}`, { all: true });
      await page.locator('.pr-chart-and-table').screenshot({ path: `${screensDir}earlier-chart-${scheme}-${width}.png` });
      await page.locator('.pr-history').screenshot({ path: `${screensDir}history-${scheme}-${width}.png` });
    }
  }

  // Kept across a reload.
  await page.reload();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(items(page)).toHaveCount(2);

  // Deleting the first takes its overlay away.
  await items(page).nth(1).getByRole('button', { name: 'Show on the radar' }).click();
  await expect(page.locator('table.pr-comparison')).toBeVisible();
  await items(page).nth(1).getByRole('button', { name: /^Delete/ }).click();
  await expect(items(page)).toHaveCount(1);
  await expect(page.locator('table.pr-comparison')).toHaveCount(0);
  await expect(page.locator('.radar-chart g.radar-series')).toHaveCount(0);
  const kept = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), await historyKey(page)));
  expect(kept.attempts).toHaveLength(1);

  // Deleting all asks first.
  await page.getByRole('button', { name: 'Delete all attempts' }).click();
  // Focus goes to the question, and back to the button on "Keep them".
  await expect(page.locator('#pr-confirm-history')).toBeFocused();
  await page.getByRole('button', { name: 'Keep them' }).click();
  await expect(page.getByRole('button', { name: 'Delete all attempts' })).toBeFocused();
  await expect(items(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'Delete all attempts' }).click();
  await expect(page.getByRole('group', { name: /Delete every kept attempt/ })).toBeVisible();
  await page.getByRole('button', { name: 'Yes, delete them all' }).click();
  await expect(items(page)).toHaveCount(0);
  await expect(page.locator('.pr-history')).toContainText('No attempts kept yet.');
  expect(await historyKey(page)).toBeUndefined();
});

test('a corrupt entry is set aside with a message, and the others still load', async ({ page }) => {
  await open(page);
  await attempt(page, FIRST);
  await startAgain(page);
  await attempt(page, SECOND);
  const key = await historyKey(page);
  const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), key));
  expect(stored.attempts).toHaveLength(2);
  stored.attempts[0].scores[0] = 101; // no longer what its answers give
  stored.attempts.push({ seed: 'not a number' });
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, JSON.stringify(stored)]);
  await page.reload();
  await expect(page.locator('.pr-history-notice')).toHaveText('Some kept attempts could not be read and were set aside; the others are here.');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(items(page)).toHaveCount(1);
  await expect(items(page).first()).toContainText('(this attempt)');
  const aside = await page.evaluate((k) => localStorage.getItem(k.replace('/history/', '/history-unreadable/')), key);
  expect(JSON.parse(aside)).toHaveLength(2);
  const now = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), key));
  expect(now.attempts).toHaveLength(1);

  // Unreadable as a whole: the same message, and the text is kept aside.
  await page.evaluate((k) => localStorage.setItem(k, '{not json'), key);
  await page.reload();
  await expect(page.locator('.pr-history-notice')).toBeVisible();
  const asideNow = JSON.parse(await page.evaluate((k) => localStorage.getItem(k.replace('/history/', '/history-unreadable/')), key));
  expect(asideNow).toContain('{not json');
});

test('storage that refuses to write says so and keeps the attempt on screen', async ({ page }) => {
  await page.addInitScript(() => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key.includes('/history/')) throw new DOMException('full', 'QuotaExceededError');
      return set.call(this, key, value);
    };
  });
  await open(page);
  await attempt(page, FIRST);
  await expect(page.locator('.pr-history-notice')).toHaveText(/storage is full/);
  await expect(items(page)).toHaveCount(1);
});
