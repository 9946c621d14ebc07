// Shared end-to-end helpers: a page fixture that fails the test on any console
// error, uncaught exception or request to another origin, and the bank as data
// so runs can choose options by their text and know the expected scores.
import { test as base, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export { expect };

export const bank = JSON.parse(readFileSync(fileURLToPath(new URL('../content/bank.en-GB.json', import.meta.url)), 'utf8'));
export const STORAGE_KEY = 'partner-radar/progress';
export const screensDir = fileURLToPath(new URL('./artifacts/screens/', import.meta.url));

export const test = base.extend({
  page: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL).origin;
    const problems = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) {
        problems.push(`request to another origin: ${url}`);
      }
    });
    await use(page);
    expect(problems, 'console errors, uncaught exceptions or foreign requests').toEqual([]);
  },
});

/** Opens the app and waits until its first screen is interactive. */
export async function open(page) {
  await page.goto('./');
  await expect(page.locator('.pr-screen')).toBeVisible();
}

/** round(100 × sum ÷ (3 × n)), halves up: the scoring rule from the README. */
export function percent(sum, n) {
  return Math.floor((200 * sum + 3 * n) / (6 * n));
}

/** The option of `question` scoring `score`. */
export function optionScoring(question, score) {
  return question.options.find((o) => o.score === score);
}

/**
 * A plan: for question i the score to choose. Picks differ by group so each
 * group ends in a different band; returns the plan and the expected scores.
 */
export function plan(pattern = [[3, 3, 3, 2, 3], [0, 1, 0, 1, 0], [2, 2, 1, 2, 2], [3, 2, 3, 3, 3], [1, 1, 2, 0, 1], [0, 0, 0, 0, 0]]) {
  const seen = {};
  const picks = bank.questions.map((q) => {
    const g = bank.groups.findIndex((x) => x.id === q.group);
    const k = (seen[q.group] = (seen[q.group] ?? -1) + 1);
    return pattern[g][k % pattern[g].length];
  });
  const expected = bank.groups.map((g) => {
    const mine = bank.questions.map((q, i) => [q, picks[i]]).filter(([q]) => q.group === g.id);
    return percent(mine.reduce((s, [, p]) => s + p, 0), mine.length);
  });
  return { picks, expected };
}

export function band(score) {
  return score < 40 ? 'low' : score < 70 ? 'mid' : 'high';
}

/** Answers questions `from..to` (indices) with the planned picks, by mouse. */
export async function answerByMouse(page, picks, from, to) {
  for (let i = from; i < to; i++) {
    const q = bank.questions[i];
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Scenario ${i + 1} of ${bank.questions.length}`);
    await page.getByText(optionScoring(q, picks[i]).text, { exact: true }).click();
    const last = i === bank.questions.length - 1;
    await page.getByRole('button', { name: last ? /^See results/ : /^Next/ }).click();
  }
}

/** True when the page scrolls sideways. */
export async function scrollsSideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}
