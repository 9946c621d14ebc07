// Before/after comparison of what a visitor sees (a report, never a test):
// drives a built dist/ through every screen and notice the app has, and
// records each state so two builds can be compared, for refactors that must
// change nothing a visitor sees except the radar's SVG internals.
//
//   node scripts/dom-states.mjs DIST_DIR OUT_DIR [--port N]     (default port 4350; uses N and N + 1)
//   node scripts/dom-states.mjs --compare OUT_A OUT_B
//
// Capture serves DIST_DIR with e2e/serve.mjs (the strict CSP, under
// /tools/partner-radar/; examples/ and e2e/serve-host.mjs come from this
// checkout, so both builds see the same host pages) and writes, per state:
//   OUT_DIR/<nn-name>.html       the mount element's outerHTML, the radar's
//                                <svg class="radar-chart"> emptied to a comment
//                                (its root attributes kept), form controls'
//                                live checked/value as data-live-* attributes
//   OUT_DIR/<nn-name>.focus.txt  document.activeElement: tag, id, class, text
//   OUT_DIR/<nn-name>.page.txt   title, address, <html> attributes, localStorage
//                                and console warnings/errors since the state began
// and full-page screenshots OUT_DIR/shots/<screen>-<width>-<scheme>.png of the
// welcome screen, a question and the results at 360, 768, 1280 and 1920 px,
// light and dark (reduced motion, so no colour transition is caught half-way).
// Math.random is a fixed sequence and Date a fixed day, so two captures of one
// dist are identical; the port is written as PORT.
// Compare prints, per state, "same" or a diff (the HTML split at tags), and
// for each screenshot the share of pixels that differ. It always exits 0.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { PNG } from 'pngjs';
import config from '../e2e/playwright.config.mjs';
import { CSP } from '../e2e/csp.mjs';

const here = (rel) => fileURLToPath(new URL(rel, import.meta.url));
const PREFIX = '/tools/partner-radar/';
/** The day every capture lives on: the printed date and download names follow it. */
const FIXED_TIME = new Date('2025-03-14T10:00:00Z').getTime();
/** A stand's public address, so QR codes do not depend on the port. */
const PUBLIC_URL = 'https://apps.example.com/partner-radar/';
const SIZES = [{ width: 360, height: 740 }, { width: 768, height: 1024 }, { width: 1280, height: 800 }, { width: 1920, height: 1080 }];
const DEFAULT_VIEWPORT = { width: 1280, height: 800 };
const FULL = 36;
const QUICK = 12;
const KIOSK_IDLE = 5;

/** Every state, in order: the number in each file name is the place here. */
const STATES = [
  'first-paint', 'welcome', 'question-first', 'question-needs-choice', 'question-chosen', 'question-second',
  'question-back', 'resume-offer', 'resume-continued', 'welcome-restart-confirm', 'welcome-restart-cancelled',
  'results-full', 'results-review-open', 'results-share-copied', 'results-downloaded-svg', 'results-restart-confirm',
  'welcome-after-restart', 'question-quick-first', 'results-quick', 'results-after-reload', 'results-share-manual',
  'shared-result-full', 'shared-result-quick', 'shared-take-it', 'share-tampered', 'share-truncated', 'share-garbage',
  'progress-corrupt', 'progress-corrupt-dismissed', 'progress-wrong-version', 'progress-another-bank',
  'storage-refused', 'storage-refused-question', 'welcome-length-quick', 'welcome-length-full', 'brand-welcome',
  'brand-results', 'brand-results-share-copied', 'settings-bad-values', 'settings-not-json', 'settings-data-override',
  'share-off-results', 'show-qr-results', 'bank-custom-welcome', 'bank-custom-results', 'bank-broken', 'bank-loading',
  'bank-unavailable', 'kiosk-query-welcome', 'kiosk-query-full-length', 'kiosk-attract', 'kiosk-question',
  'kiosk-still-there', 'kiosk-results-qr', 'kiosk-finish-confirm', 'kiosk-after-finish', 'kiosk-results-no-qr',
  'results-dark', 'welcome-360', 'results-360', 'update-notice', 'mount-div-welcome', 'mount-div-question',
  'iframe-welcome', 'iframe-results',
];
const fileName = (name) => `${String(STATES.indexOf(name) + 1).padStart(2, '0')}-${name}`;

// ---------------------------------------------------------------- capture

/** Starts `script` with `argv` and resolves once it prints that it listens. */
async function startServer(script, argv, env = {}) {
  const child = spawn(process.execPath, [here(script), ...argv], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  await new Promise((ok, fail) => {
    child.stdout.once('data', ok);
    child.once('exit', (code) => fail(new Error(`${script} exited (${code}): is port ${argv[0]} in use?`)));
  });
  return child;
}

async function capture(dist, out, port) {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} has no index.html: build it first`);
  mkdirSync(join(out, 'shots'), { recursive: true });
  // Only our own files go, so OUT_DIR may hold other notes (a bench.txt).
  for (const f of readdirSync(out)) if (/^\d\d-.*\.(html|focus\.txt|page\.txt)$/.test(f)) rmSync(join(out, f));
  for (const f of readdirSync(join(out, 'shots'))) if (f.endsWith('.png')) rmSync(join(out, 'shots', f));

  const base = `http://127.0.0.1:${port}${PREFIX}`;
  const hostBase = `http://127.0.0.1:${port + 1}`;
  const servers = [
    await startServer('../e2e/serve.mjs', [String(port), PREFIX], { PR_DIST_DIR: dist }),
    await startServer('../e2e/serve-host.mjs', [String(port + 1), base]),
  ];
  const browser = await chromium.launch(config.use.launchOptions);
  const env = { browser, base, hostBase, port, out, dist, written: new Set(), failures: [] };
  try {
    for (const flow of FLOWS) {
      try {
        await flow(env);
      } catch (e) {
        env.failures.push(`${flow.name}: ${e.message.split('\n')[0]}`);
        console.error(`flow ${flow.name} stopped: ${e.message.split('\n')[0]}`);
      }
    }
    await screenshots(env);
  } finally {
    await browser.close();
    for (const s of servers) s.kill();
  }
  // A state a build could not reach is a difference too: it gets a file saying so.
  for (const name of STATES.filter((n) => !env.written.has(n))) {
    for (const ext of ['html', 'focus.txt', 'page.txt']) writeFileSync(join(out, `${fileName(name)}.${ext}`), 'state not reached\n');
  }
  console.log(`${env.written.size} of ${STATES.length} states and ${readdirSync(join(out, 'shots')).length} screenshots in ${out}`);
  if (env.failures.length) console.log(`not reached:\n  ${env.failures.join('\n  ')}`);
}

/**
 * A fresh context (no storage, no cache) and page: service workers blocked as
 * in the e2e suite, Math.random a fixed sequence, Date a fixed moment unless
 * the flow drives the clock itself, console warnings and errors collected.
 */
async function newPage(env, { viewport = DEFAULT_VIEWPORT, colorScheme = 'light', clipboard = true, fixedTime = true, ...rest } = {}) {
  const context = await env.browser.newContext({
    baseURL: env.base, serviceWorkers: 'block', viewport, colorScheme, acceptDownloads: true, ...rest,
  });
  if (clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(env.base).origin });
  await context.addInitScript(() => {
    // mulberry32: every page load (and reload) draws the same seeds.
    let s = 0x2545f491;
    Math.random = () => {
      s = (s + 0x6d2b79f5) | 0;
      let t = Math.imul(s ^ (s >>> 15), 1 | s);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  });
  const page = await context.newPage();
  if (fixedTime) await page.clock.setFixedTime(FIXED_TIME);
  page.__console = [];
  page.on('console', (m) => {
    // The one message that is the harness's, not the app's (serviceWorkers: 'block').
    if ((m.type() === 'warning' || m.type() === 'error') && !m.text().includes('blocked by Playwright')) page.__console.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => page.__console.push(`uncaught: ${e.message}`));
  return { context, page };
}

const APP_SCREEN = '.pr-app:not([data-first-paint]) .pr-screen';

/** Opens the app (at a fragment or query) and waits for its own first screen. */
async function open(page, suffix = '') {
  await page.goto('./' + suffix);
  await page.locator(APP_SCREEN).first().waitFor();
  await page.waitForFunction(() => !document.querySelector('[data-first-paint]'));
}

/** The built index.html with a settings block and data attributes, as a host would set them. */
async function openWithSettings(env, page, { json, data = {}, suffix = '' } = {}) {
  const html = readFileSync(join(env.dist, 'index.html'), 'utf8');
  const attrs = Object.entries(data).map(([k, v]) => ` data-${k}="${String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`).join('');
  let body = html.replace('<div id="partner-radar" class="pr-root"', `<div id="partner-radar" class="pr-root"${attrs}`);
  if (json !== undefined) {
    const text = typeof json === 'string' ? json : JSON.stringify(json);
    body = body.replace('</body>', `<script type="application/json" id="partner-radar-settings">${text.replace(/</g, '\\u003c')}</script>\n</body>`);
  }
  await page.route((url) => url.pathname === PREFIX || url.pathname === `${PREFIX}index.html`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': CSP }, body }));
  await open(page, suffix);
}

const heading = (scope, text) => scope.getByRole('heading', { level: 1, name: text, exact: true });
const button = (scope, name) => scope.getByRole('button', { name });

/** Starts an attempt from the welcome (or attract) screen. */
async function start(scope, length) {
  await button(scope, length === 'quick' ? /^Start the quick check/ : /^Start the full assessment/).first().click();
}

/** Which option (by place on screen) scenario i gets: varied, so the groups land in different bands. */
const PICKS = [1, 3, 0, 2, 3, 1, 2, 3, 0, 3, 2, 1];

/** Answers scenarios from..to of an attempt of `total`, by mouse, within `scope`. */
async function answer(scope, from, to, total) {
  for (let i = from; i < to; i++) {
    await heading(scope, `Scenario ${i + 1} of ${total}`).waitFor();
    await scope.locator('.pr-option').nth(PICKS[i % PICKS.length]).click();
    await button(scope, i === total - 1 ? /^See results/ : /^Next/).click();
  }
  if (to === total) await scope.locator('table.pr-scores').waitFor();
}

/** Waits until the mount element's markup has stopped changing (real time; the app's clock may be paused). */
async function settle(target) {
  let last = null;
  for (let i = 0; i < 50; i++) {
    const now = await target.evaluate(() => document.querySelector('#partner-radar')?.outerHTML ?? '');
    if (now === last) return;
    last = now;
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Records the state `name`: of the page's own app, or of `frame` (an iframe's app). */
async function snap(env, page, name, frame = page) {
  if (!STATES.includes(name)) throw new Error(`unknown state ${name}`);
  await settle(frame);
  const state = await frame.evaluate(() => {
    const root = document.querySelector('#partner-radar');
    const clone = root.cloneNode(true);
    // Live form state is what a visitor sees, but outerHTML only has attributes.
    const live = [...root.querySelectorAll('input, textarea, select')];
    [...clone.querySelectorAll('input, textarea, select')].forEach((el, i) => {
      const src = live[i];
      if (src.type === 'radio' || src.type === 'checkbox') el.setAttribute('data-live-checked', String(src.checked));
      else el.setAttribute('data-live-value', src.value);
    });
    for (const svg of clone.querySelectorAll('svg.radar-chart')) svg.replaceChildren(document.createComment(' radar chart internals '));
    const a = document.activeElement;
    const text = (a?.textContent || '').replace(/\s+/g, ' ').trim();
    const focus = a
      ? [`tag: ${a.localName}`, `id: ${a.id}`, `class: ${a.getAttribute('class') || ''}`,
        `text: ${text.length > 100 ? text.slice(0, 100) + '…' : text}`].join('\n')
      : 'none';
    const html = document.documentElement;
    const storage = (() => {
      try {
        return Object.keys(localStorage).sort().map((k) => `  ${k} = ${localStorage.getItem(k)}`);
      } catch (e) {
        return [`  refused: ${e.name}`];
      }
    })();
    return {
      root: clone.outerHTML,
      focus,
      page: [
        `title: ${document.title}`,
        `address: ${location.href}`,
        `html: ${[...html.attributes].map((x) => `${x.name}="${x.value}"`).sort().join(' ')}`,
        'localStorage:', ...storage,
      ],
    };
  });
  const messages = page.__console.splice(0).map((m) => `  ${m}`);
  const norm = (s) => s.replaceAll(`127.0.0.1:${env.port + 1}`, '127.0.0.1:HOSTPORT').replaceAll(`127.0.0.1:${env.port}`, '127.0.0.1:PORT');
  const file = join(env.out, fileName(name));
  writeFileSync(`${file}.html`, norm(state.root) + '\n');
  writeFileSync(`${file}.focus.txt`, norm(state.focus) + '\n');
  writeFileSync(`${file}.page.txt`, norm([...state.page, 'console:', ...messages].join('\n')) + '\n');
  env.written.add(name);
}

/** The settings block of examples/settings.html, as the e2e suite uses it. */
function exampleSettings() {
  const text = readFileSync(here('../examples/settings.html'), 'utf8');
  return JSON.parse(text.match(/<script type="application\/json" id="partner-radar-settings">([\s\S]*?)<\/script>/)[1]);
}

function kioskSettings(extra = {}) {
  return {
    mode: 'kiosk',
    idle_seconds: KIOSK_IDLE,
    share_base_url: PUBLIC_URL,
    brand_name: 'Northwind Consulting',
    call_to_action: { heading: 'Talk it through', text: 'Book a free call about your radar.', label: 'Book a call', url: 'https://example.com/book' },
    privacy_url: 'https://example.com/privacy',
    ...extra,
  };
}

/** Finishes an attempt and copies its share link; returns the link. */
async function copyLink(page) {
  await button(page, 'Copy link to my results').click();
  await page.locator('.pr-share-url').waitFor();
  return page.locator('.pr-share-url').inputValue();
}

// ------------------------------------------------------------------ flows
// Each flow runs in its own fresh context; a flow that fails leaves its
// remaining states "not reached" and the others carry on.

const links = {};

const FLOWS = [
  async function firstPaint(env) {
    // index.html's build-time welcome screen, with the wasm held back.
    const { context, page } = await newPage(env);
    await page.route(/\.wasm$/, () => {});
    await page.goto('./');
    await page.locator('[data-first-paint] button').first().waitFor();
    await snap(env, page, 'first-paint');
    await context.close();
  },

  async function fullAttempt(env) {
    const { context, page } = await newPage(env);
    await open(page);
    await snap(env, page, 'welcome');
    await start(page, 'full');
    await heading(page, `Scenario 1 of ${FULL}`).waitFor();
    await snap(env, page, 'question-first');
    // aria-disabled, not disabled: pressing it says why nothing happens.
    await button(page, /^Next/).click({ force: true });
    await page.getByRole('alert').waitFor();
    await snap(env, page, 'question-needs-choice');
    await page.locator('.pr-option').nth(PICKS[0]).click();
    await page.getByRole('alert').waitFor({ state: 'detached' });
    await snap(env, page, 'question-chosen');
    await button(page, /^Next/).click();
    await heading(page, `Scenario 2 of ${FULL}`).waitFor();
    await snap(env, page, 'question-second');
    await answer(page, 1, 5, FULL);
    await heading(page, `Scenario 6 of ${FULL}`).waitFor();
    await button(page, /^Back/).click();
    await heading(page, `Scenario 5 of ${FULL}`).waitFor();
    await snap(env, page, 'question-back');
    await button(page, /^Next/).click();
    await heading(page, `Scenario 6 of ${FULL}`).waitFor();

    await page.reload();
    await button(page, /^Continue/).waitFor();
    await snap(env, page, 'resume-offer');
    await button(page, /^Continue/).click();
    await heading(page, `Scenario 6 of ${FULL}`).waitFor();
    await snap(env, page, 'resume-continued');

    await page.reload();
    await button(page, /^Start again/).click();
    await page.getByText(/will be cleared/).waitFor();
    await snap(env, page, 'welcome-restart-confirm');
    await button(page, /^Cancel/).click();
    await button(page, /^Continue/).waitFor();
    await snap(env, page, 'welcome-restart-cancelled');
    await button(page, /^Continue/).click();
    await answer(page, 5, FULL, FULL);
    await snap(env, page, 'results-full');

    for (const summary of await page.locator('.pr-review-group summary').all()) await summary.click();
    await snap(env, page, 'results-review-open');
    links.full = await copyLink(page);
    await snap(env, page, 'results-share-copied');
    await Promise.all([page.waitForEvent('download'), button(page, 'Download chart (SVG)').click()]);
    await snap(env, page, 'results-downloaded-svg');
    await button(page, /^Start again/).click();
    await page.getByText(/will be cleared/).waitFor();
    await snap(env, page, 'results-restart-confirm');
    await button(page, /^Yes/).click();
    await button(page, /^Start the quick check/).waitFor();
    await snap(env, page, 'welcome-after-restart');
    await context.close();
  },

  async function quickAttempt(env) {
    const { context, page } = await newPage(env);
    await open(page);
    await start(page, 'quick');
    await heading(page, `Scenario 1 of ${QUICK}`).waitFor();
    await snap(env, page, 'question-quick-first');
    await answer(page, 0, QUICK, QUICK);
    await snap(env, page, 'results-quick');
    links.quick = await copyLink(page);
    await page.reload();
    await page.locator(APP_SCREEN).waitFor();
    await snap(env, page, 'results-after-reload');
    await context.close();
  },

  async function clipboardRefused(env) {
    const { context, page } = await newPage(env, { clipboard: false });
    await context.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    await open(page);
    await start(page, 'quick');
    await answer(page, 0, QUICK, QUICK);
    await button(page, 'Copy link to my results').click();
    await page.locator('.pr-share-url').waitFor();
    await snap(env, page, 'results-share-manual');
    await context.close();
  },

  async function sharedLinks(env) {
    if (!links.full || !links.quick) throw new Error('no share links: the attempts above did not finish');
    const shared = async (link, name, after) => {
      const { context, page } = await newPage(env);
      await page.goto(link);
      await page.locator('.pr-shared-title').waitFor();
      await page.locator('table.pr-scores').waitFor();
      await snap(env, page, name);
      if (after) await after(page);
      await context.close();
    };
    await shared(links.full, 'shared-result-full', async (page) => {
      await button(page, 'Take the assessment yourself').click();
      await button(page, /^Start the quick check/).waitFor();
      await snap(env, page, 'shared-take-it');
    });
    await shared(links.quick, 'shared-result-quick');
    const [at, payload] = links.quick.split('#r=');
    const flip = (c) => (c === 'A' ? 'B' : 'A');
    const bad = {
      'share-tampered': payload.slice(0, 10) + flip(payload[10]) + payload.slice(11),
      'share-truncated': payload.slice(0, payload.length - 3),
      'share-garbage': '!!not-a-link%%',
    };
    for (const [name, text] of Object.entries(bad)) {
      const { context, page } = await newPage(env);
      await page.goto(`${at}#r=${text}`);
      await page.getByRole('status').filter({ hasText: /link/ }).waitFor();
      await snap(env, page, name);
      await context.close();
    }
  },

  async function savedProgress(env) {
    const cases = [
      ['progress-corrupt', '{"format":1,"answers":'],
      ['progress-wrong-version', JSON.stringify({ format: 99, bank: 'x', seed: 1, position: { at: 'question', index: 0 }, answers: {} })],
      ['progress-another-bank', JSON.stringify({ format: 2, bank: '0000000000000000', seed: 1, length: 'full', position: { at: 'question', index: 2 }, answers: { 'dr-1': 'a' } })],
    ];
    for (const [name, stored] of cases) {
      const { context, page } = await newPage(env);
      await open(page);
      await page.evaluate((v) => localStorage.setItem('partner-radar/progress', v), stored);
      await page.reload();
      await page.locator(APP_SCREEN).waitFor();
      await page.getByRole('status').first().waitFor();
      await snap(env, page, name);
      if (name === 'progress-corrupt') {
        await button(page, 'Dismiss').click();
        await page.getByRole('status').filter({ hasText: /could not be read/ }).waitFor({ state: 'detached' });
        await snap(env, page, 'progress-corrupt-dismissed');
      }
      await context.close();
    }
  },

  async function storageRefused(env) {
    const { context, page } = await newPage(env);
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
      });
    });
    await open(page);
    await page.getByRole('status').filter({ hasText: /not letting the app save/ }).waitFor();
    await snap(env, page, 'storage-refused');
    await start(page, 'full');
    await answer(page, 0, 1, FULL);
    await heading(page, `Scenario 2 of ${FULL}`).waitFor();
    await snap(env, page, 'storage-refused-question');
    await context.close();
  },

  async function settings(env) {
    const one = async (name, options, then) => {
      const { context, page } = await newPage(env);
      await openWithSettings(env, page, options);
      await snap(env, page, name);
      if (then) await then(page);
      await context.close();
    };
    await one('welcome-length-quick', { json: { length: 'quick' } });
    await one('welcome-length-full', { json: { length: 'full' } });
    await one('brand-welcome', { json: exampleSettings() }, async (page) => {
      await start(page, 'quick');
      await answer(page, 0, QUICK, QUICK);
      await snap(env, page, 'brand-results');
      await copyLink(page);
      await snap(env, page, 'brand-results-share-copied');
    });
    await one('settings-bad-values', {
      json: {
        brand_name: 'Still applied',
        colours: { primary: 'bleu', inside: '#0f766e' },
        call_to_action: { heading: 'H', text: 'T', label: 'Go', url: 'javascript:alert(1)' },
        logo: 'data:text/html,<script>alert(1)</script>',
        length: 'sometimes',
        idle_seconds: -3,
        colors: { primary: 'red' },
      },
    });
    await one('settings-not-json', { json: '{ "brand_name": ', data: { 'brand-name': 'Attribute still applies' } });
    await one('settings-data-override', { json: { brand_name: 'From JSON', length: 'full' }, data: { 'brand-name': 'From attribute', length: 'quick' } });
    const results = async (name, json) => {
      const { context, page } = await newPage(env);
      await openWithSettings(env, page, { json });
      await start(page, 'quick');
      await answer(page, 0, QUICK, QUICK);
      await snap(env, page, name);
      await context.close();
    };
    await results('share-off-results', { share: false });
    await results('show-qr-results', { show_qr: true, share_base_url: PUBLIC_URL });
  },

  async function banks(env) {
    const page_url = '/examples/custom-bank.html';
    {
      const { context, page } = await newPage(env);
      await page.goto(page_url);
      await page.locator(APP_SCREEN).waitFor();
      await snap(env, page, 'bank-custom-welcome');
      await start(page, 'full');
      const total = Number((await page.locator('h1').textContent()).match(/of (\d+)/)[1]);
      await answer(page, 0, total, total);
      await snap(env, page, 'bank-custom-results');
      await context.close();
    }
    {
      const { context, page } = await newPage(env);
      await page.route('**/examples/custom-bank.html', async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: (await response.text()).replace('data-bank="banks/short.json"', 'data-bank="banks/broken.json"') });
      });
      await page.goto(page_url);
      await page.locator('.pr-problems').waitFor();
      await snap(env, page, 'bank-broken');
      await context.close();
    }
    {
      const { context, page } = await newPage(env);
      await page.route('**/banks/short.json', () => {}); // never answered: the loading card stays
      await page.goto(page_url);
      await page.locator('.pr-loading[aria-busy="true"]').waitFor();
      await snap(env, page, 'bank-loading');
      await context.close();
    }
    {
      const { context, page } = await newPage(env);
      await page.route('**/banks/short.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
      await page.goto(page_url);
      await page.getByRole('alert').waitFor();
      await snap(env, page, 'bank-unavailable');
      await context.close();
    }
  },

  async function kioskQuery(env) {
    for (const [name, json] of [['kiosk-query-welcome', undefined], ['kiosk-query-full-length', { length: 'full' }]]) {
      const { context, page } = await newPage(env);
      await openWithSettings(env, page, { json, suffix: '?kiosk' });
      await snap(env, page, name);
      await context.close();
    }
  },

  async function kiosk(env) {
    // Date fixed: the idle watch never fires here, so every state is steady.
    const { context, page } = await newPage(env);
    await openWithSettings(env, page, { json: kioskSettings() });
    await page.waitForFunction(() => document.activeElement?.localName === 'button');
    await snap(env, page, 'kiosk-attract');
    await start(page, 'quick');
    await page.locator('.pr-option').first().click();
    await snap(env, page, 'kiosk-question');
    await button(page, /^Next/).click();
    await answer(page, 1, QUICK, QUICK);
    await page.locator('.pr-qr').waitFor();
    await snap(env, page, 'kiosk-results-qr');
    await button(page, 'Finish').click();
    await button(page, /^Yes, wipe/).waitFor();
    await snap(env, page, 'kiosk-finish-confirm');
    await button(page, /^Yes, wipe/).click();
    await button(page, /^Start the quick check/).waitFor();
    await page.waitForFunction(() => document.activeElement?.localName === 'button');
    await snap(env, page, 'kiosk-after-finish');
    await context.close();
  },

  async function kioskIdle(env) {
    // The clock runs from the fixed moment, then stands still while the wait
    // is run through exactly, so the countdown always shows the same second.
    const { context, page } = await newPage(env, { fixedTime: false });
    await page.clock.install({ time: FIXED_TIME });
    await openWithSettings(env, page, { json: kioskSettings() });
    const now = await page.evaluate(() => Date.now());
    await page.clock.pauseAt(now + 1000);
    await start(page, 'quick');
    await page.locator('.pr-option').first().click();
    await page.clock.runFor((KIOSK_IDLE + 1) * 1000);
    await page.getByRole('alertdialog').waitFor();
    await snap(env, page, 'kiosk-still-there');
    await context.close();
  },

  async function kioskNoQr(env) {
    const { context, page } = await newPage(env);
    await openWithSettings(env, page, { json: kioskSettings({ share_base_url: undefined }) });
    await start(page, 'quick');
    await answer(page, 0, QUICK, QUICK);
    await snap(env, page, 'kiosk-results-no-qr');
    await context.close();
  },

  async function looks(env) {
    {
      const { context, page } = await newPage(env, { colorScheme: 'dark' });
      await open(page);
      await start(page, 'quick');
      await answer(page, 0, QUICK, QUICK);
      await snap(env, page, 'results-dark');
      await context.close();
    }
    {
      const { context, page } = await newPage(env, { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
      await open(page);
      await snap(env, page, 'welcome-360');
      await start(page, 'quick');
      await answer(page, 0, QUICK, QUICK);
      await snap(env, page, 'results-360');
      await context.close();
    }
    {
      // A new version waiting, as the entry module announces it.
      const { context, page } = await newPage(env);
      await open(page);
      await start(page, 'full');
      await page.evaluate(() => {
        document.documentElement.setAttribute('data-partner-radar-update', 'ready');
        document.dispatchEvent(new Event('partner-radar-update'));
      });
      await button(page, /^Reload/).waitFor();
      await snap(env, page, 'update-notice');
      await context.close();
    }
  },

  async function hosts(env) {
    {
      const { context, page } = await newPage(env);
      await page.goto('/examples/mount.html');
      await page.locator('#partner-radar .pr-screen').waitFor();
      await snap(env, page, 'mount-div-welcome');
      await start(page, 'quick');
      await heading(page, `Scenario 1 of ${QUICK}`).waitFor();
      await snap(env, page, 'mount-div-question');
      await context.close();
    }
    {
      // examples/iframe.html on a second origin, framing the app through embed.js.
      const { context, page } = await newPage(env);
      await page.goto(`${env.hostBase}/host/iframe.html`);
      const frame = page.frameLocator('iframe[data-partner-radar]');
      await frame.locator(APP_SCREEN).waitFor();
      const app = page.frames().find((f) => f.url().startsWith(env.base));
      await snap(env, page, 'iframe-welcome', app);
      await start(frame, 'quick');
      await answer(frame, 0, QUICK, QUICK);
      await snap(env, page, 'iframe-results', app);
      await context.close();
    }
  },
];

/** Full-page screenshots of the welcome screen, a question and the results. */
async function screenshots(env) {
  for (const colorScheme of ['light', 'dark']) {
    for (const viewport of SIZES) {
      // Reduced motion only drops the 120 ms colour transitions (base.css), whose
      // end state Chromium otherwise paints a pixel differently from run to run.
      const { context, page } = await newPage(env, { viewport, colorScheme, reducedMotion: 'reduce' });
      const shot = async (screen) => {
        await page.mouse.move(0, 0); // no hover left on whatever was clicked last
        await settle(page);
        await page.screenshot({ path: join(env.out, 'shots', `${screen}-${viewport.width}-${colorScheme}.png`), fullPage: true, animations: 'disabled', caret: 'hide' });
      };
      try {
        await open(page);
        await shot('welcome');
        await start(page, 'quick');
        await page.locator('.pr-option').nth(1).click();
        await shot('question');
        await button(page, /^Next/).click();
        await answer(page, 1, QUICK, QUICK);
        await shot('results');
      } catch (e) {
        env.failures.push(`screenshots ${viewport.width} ${colorScheme}: ${e.message.split('\n')[0]}`);
      }
      await context.close();
    }
  }
}

// ---------------------------------------------------------------- compare

function compare(a, b) {
  for (const dir of [a, b]) if (!existsSync(dir)) { console.error(`no such directory: ${dir}`); process.exit(2); }
  const names = (dir) => readdirSync(dir).filter((f) => /^\d\d-.*\.(html|focus\.txt|page\.txt)$/.test(f));
  const states = [...new Set([...names(a), ...names(b)].map((f) => f.replace(/\.(html|focus\.txt|page\.txt)$/, '')))].sort();
  let same = 0;
  for (const state of states) {
    const parts = [];
    for (const [ext, split] of [['html', splitTags], ['focus.txt', splitLines], ['page.txt', splitLines]]) {
      const fa = join(a, `${state}.${ext}`);
      const fb = join(b, `${state}.${ext}`);
      if (!existsSync(fa) || !existsSync(fb)) {
        parts.push(`  ${ext}: only in ${existsSync(fa) ? 'A' : 'B'}`);
        continue;
      }
      const ta = readFileSync(fa, 'utf8');
      const tb = readFileSync(fb, 'utf8');
      if (ta !== tb) parts.push(`--- A/${state}.${ext}\n+++ B/${state}.${ext}\n${unified(split(ta), split(tb))}`);
    }
    if (parts.length === 0) same++;
    console.log(parts.length ? `${state}: differs\n${parts.join('\n')}` : `${state}: same`);
  }
  const shots = (dir) => (existsSync(join(dir, 'shots')) ? readdirSync(join(dir, 'shots')).filter((f) => f.endsWith('.png')) : []);
  const pngs = [...new Set([...shots(a), ...shots(b)])].sort();
  let shotsSame = 0;
  for (const f of pngs) {
    const fa = join(a, 'shots', f);
    const fb = join(b, 'shots', f);
    if (!existsSync(fa) || !existsSync(fb)) {
      console.log(`shots/${f}: only in ${existsSync(fa) ? 'A' : 'B'}`);
      continue;
    }
    const r = pixelDiff(PNG.sync.read(readFileSync(fa)), PNG.sync.read(readFileSync(fb)));
    if (r.differ === 0 && r.sizes === '') shotsSame++;
    console.log(`shots/${f}: ${r.differ === 0 && !r.sizes ? 'same' : `${(100 * r.differ / r.total).toFixed(3)}% of pixels differ (${r.differ} of ${r.total})${r.sizes}`}`);
  }
  console.log(`\nstates: ${same} of ${states.length} same; screenshots: ${shotsSame} of ${pngs.length} same`);
}

/** Differing pixels over the larger image's area; outside the overlap every pixel counts as differing. */
function pixelDiff(pa, pb) {
  const w = Math.min(pa.width, pb.width);
  const h = Math.min(pa.height, pb.height);
  const total = Math.max(pa.width * pa.height, pb.width * pb.height);
  let differ = total - w * h;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const ia = (y * pa.width + x) * 4;
      const ib = (y * pb.width + x) * 4;
      if (pa.data[ia] !== pb.data[ib] || pa.data[ia + 1] !== pb.data[ib + 1] || pa.data[ia + 2] !== pb.data[ib + 2] || pa.data[ia + 3] !== pb.data[ib + 3]) differ++;
    }
  }
  const sizes = pa.width === pb.width && pa.height === pb.height ? '' : `; size ${pa.width}×${pa.height} → ${pb.width}×${pb.height}`;
  return { differ, total, sizes };
}

const splitLines = (t) => t.replace(/\n$/, '').split('\n');
/** The markup is one line: one line per tag and per text run, so a diff shows where. */
const splitTags = (t) => t.replace(/\n$/, '').split(/(?=<)|(?<=>)/).filter((s) => s !== '');

/** A unified-style diff (3 lines of context) of two line lists. */
function unified(a, b) {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const ma = a.slice(pre, a.length - suf);
  const mb = b.slice(pre, b.length - suf);
  let ops;
  if (ma.length * mb.length > 25_000_000) {
    ops = [...ma.map((l) => ['-', l]), ...mb.map((l) => ['+', l])];
  } else {
    // Longest common subsequence of the middle, then a walk that emits it.
    const n = ma.length;
    const m = mb.length;
    const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = ma[i] === mb[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    ops = [];
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && ma[i] === mb[j]) { ops.push([' ', ma[i]]); i++; j++; } else if (i < n && (j === m || lcs[i + 1][j] >= lcs[i][j + 1])) { ops.push(['-', ma[i]]); i++; } else { ops.push(['+', mb[j]]); j++; }
    }
  }
  const all = [...a.slice(0, pre).map((l) => [' ', l]), ...ops, ...a.slice(a.length - suf).map((l) => [' ', l])];
  // Hunks: changed lines with 3 lines of context, numbered as in A and B.
  const out = [];
  let ia = 0;
  let ib = 0;
  const pos = all.map(([op]) => { const p = [ia, ib]; if (op !== '+') ia++; if (op !== '-') ib++; return p; });
  const changed = all.map(([op]) => op !== ' ');
  for (let k = 0; k < all.length;) {
    if (!changed[k]) { k++; continue; }
    const from = Math.max(0, k - 3);
    let to = k;
    while (to < all.length) {
      if (changed[to]) { to++; continue; }
      let run = 0;
      while (to + run < all.length && !changed[to + run]) run++;
      if (to + run < all.length && run <= 6) { to += run; continue; }
      to = Math.min(all.length, to + 3);
      break;
    }
    const lenA = all.slice(from, to).filter(([op]) => op !== '+').length;
    const lenB = all.slice(from, to).filter(([op]) => op !== '-').length;
    out.push(`@@ -${pos[from][0] + 1},${lenA} +${pos[from][1] + 1},${lenB} @@`);
    for (const [op, line] of all.slice(from, to)) out.push(`${op}${line}`);
    k = to;
  }
  return out.join('\n');
}

// Last, so every declaration above is in place before it runs.
const args = process.argv.slice(2);
if (args[0] === '--compare' && args.length === 3) {
  compare(resolve(args[1]), resolve(args[2]));
} else if (args.length >= 2 && !args[0].startsWith('--')) {
  const at = args.indexOf('--port');
  const port = at >= 0 ? Number(args[at + 1]) : 4350;
  if (!Number.isInteger(port) || port <= 0) usage();
  await capture(resolve(args[0]), resolve(args[1]), port);
} else {
  usage();
}

function usage() {
  console.error('usage: node scripts/dom-states.mjs DIST_DIR OUT_DIR [--port N]\n       node scripts/dom-states.mjs --compare OUT_A OUT_B');
  process.exit(2);
}
