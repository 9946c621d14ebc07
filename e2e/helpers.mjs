// Shared end-to-end helpers: a page fixture that fails the test on any console
// error, uncaught exception or request to another origin, and the bank as data
// so runs can choose options by their text and know the expected scores.
import { test as base, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { CSP } from './csp.mjs';

export { expect };

export const bank = JSON.parse(readFileSync(fileURLToPath(new URL('../content/bank.en-GB.json', import.meta.url)), 'utf8'));
export const STORAGE_KEY = 'partner-radar/progress';
export const screensDir = fileURLToPath(new URL('./artifacts/screens/', import.meta.url));
export const FULL = bank.questions.length;
export const QUICK = 2 * bank.groups.length;

/** Watches a page for console errors, uncaught exceptions, CSP violations and foreign requests. */
export async function watch(page, origin, problems) {
  await page.exposeFunction('__reportCspViolation', (v) => problems.push(`CSP violation: ${v}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__reportCspViolation?.(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) {
      problems.push(`request to another origin: ${url}`);
    }
  });
}

export const test = base.extend({
  page: async ({ page, baseURL }, use) => {
    const problems = [];
    await watch(page, new URL(baseURL).origin, problems);
    await use(page);
    expect(problems, 'console errors, uncaught exceptions or foreign requests').toEqual([]);
  },
});

/**
 * The app's own screen, not index.html's build-time copy of the welcome
 * screen (which paints first and is gone once the app has rendered).
 */
export const APP_SCREEN = '.pr-app:not([data-first-paint]) .pr-screen';

/** Opens the app (optionally at a fragment or query) and waits until its first screen is interactive. */
export async function open(page, suffix = '') {
  await page.goto('./' + suffix);
  await expect(page.locator(APP_SCREEN)).toBeVisible();
  await expect(page.locator('[data-first-paint]')).toHaveCount(0);
}

/**
 * Serves the built index.html with a settings block and data attributes added,
 * as a host page would, then opens it.
 */
export async function openWithSettings(page, { json, data = {}, suffix = '' } = {}) {
  const html = readFileSync(fileURLToPath(new URL('../dist/index.html', import.meta.url)), 'utf8');
  const attrs = Object.entries(data).map(([k, v]) => ` data-${k}="${String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`).join('');
  let page_html = html.replace('<div id="partner-radar" class="pr-root"', `<div id="partner-radar" class="pr-root"${attrs}`);
  if (json !== undefined) {
    const text = typeof json === 'string' ? json : JSON.stringify(json);
    page_html = page_html.replace('</body>', `<script type="application/json" id="partner-radar-settings">${text.replace(/</g, '\\u003c')}</script>\n</body>`);
  }
  await page.route((url) => url.pathname.endsWith('/tools/partner-radar/') || url.pathname.endsWith('/index.html'), (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': CSP }, body: page_html }));
  await open(page, suffix);
}

/** round(100 × sum ÷ (3 × n)), halves up: the scoring rule from the README. */
export function percent(sum, n) {
  return Math.floor((200 * sum + 3 * n) / (6 * n));
}

/** The option of `question` scoring `score`. */
export function optionScoring(question, score) {
  return question.options.find((o) => o.score === score);
}

/** The bank question whose scenario text this is. */
export function questionByScenario(text) {
  const q = bank.questions.find((x) => x.scenario === text.trim());
  if (!q) throw new Error(`no scenario with the text ${text}`);
  return q;
}

const DEFAULT_PATTERN = [[3, 3, 3, 2, 3, 3], [0, 1, 0, 1, 0, 0], [2, 2, 1, 2, 2, 2], [3, 2, 3, 3, 3, 2], [1, 1, 2, 0, 1, 1], [0, 0, 0, 0, 0, 0]];

/**
 * A plan: for each question the score to choose, by its group and its place
 * in the group. Picks differ by group so each group ends in a different band.
 */
export function plan(pattern = DEFAULT_PATTERN) {
  const pick = (q) => {
    const g = bank.groups.findIndex((x) => x.id === q.group);
    const k = bank.questions.filter((x) => x.group === q.group).indexOf(q);
    return pattern[g][k % pattern[g].length];
  };
  /** Expected group scores (bank order) for the questions that were asked. */
  const expected = (asked) => bank.groups.map((g) => {
    const mine = asked.filter((q) => q.group === g.id);
    return percent(mine.reduce((s, q) => s + pick(q), 0), mine.length);
  });
  return { pick, expected };
}

export function band(score) {
  return score < 40 ? 'low' : score < 70 ? 'mid' : 'high';
}

/** Starts an attempt of `length` ('quick' or 'full') from the welcome screen. */
export async function start(page, length = 'full', how = 'click') {
  const name = length === 'quick' ? /^Start the quick check/ : /^Start the full assessment/;
  await page.getByRole('button', { name })[how]();
}

/**
 * Answers scenarios `from..to` (positions) of an attempt of `total` with the
 * plan's picks, by mouse (or tap), within `scope` (the page, or the app's mount
 * element on a host page). Returns the questions asked, in order.
 */
export async function answer(page, { pick }, from, to, total, how = 'click', scope = page) {
  const asked = [];
  for (let i = from; i < to; i++) {
    await expect(scope.getByRole('heading', { level: 1 })).toHaveText(`Scenario ${i + 1} of ${total}`);
    const q = questionByScenario(await scope.locator('legend').textContent());
    asked.push(q);
    await scope.getByText(optionScoring(q, pick(q)).text, { exact: true })[how]();
    const last = i === total - 1;
    await scope.getByRole('button', { name: last ? /^See results/ : /^Next/ })[how]();
  }
  return asked;
}

/** The group scores shown in the results table, in table order. */
export async function tableScores(page) {
  return (await page.locator('table.pr-scores tbody td.pr-num').allTextContents()).map(Number);
}

/** True when the page scrolls sideways. */
export async function scrollsSideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

// Evaluated through the DevTools protocol, not added as a <script>, which the
// page's strict Content-Security-Policy would rightly refuse.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Fails on any serious or critical axe-core violation on the page as it is;
 * with `{ all: true }`, on any violation at all.
 */
export async function axe(page, screen, { all = false } = {}) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (all) => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => all || v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, all);
  expect(violations, `axe on ${screen}`).toEqual([]);
}

/** Today's date as the app writes it into file names: YYYY-MM-DD, local time. */
export function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * Presses the button named `name` and waits for the file it downloads:
 * `{ name, bytes }`, with the suggested file name and the contents.
 */
export async function download(page, name) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}
