// Benchmark (prints numbers, asserts nothing): the workshop's team view at 500 people.
//   node scripts/bench-workshop.mjs [runs=7]      (needs a built dist/)
// In headless Chromium on the release build, at 1280 x 800: a workshop of 500
// participants is seeded into localStorage as the app stores it, the list of
// workshops is opened, and each run times the click on Open to
//   - render: the team view in the DOM (the radar with 500 outlines, the six
//     dot plots and the 500 rows of participants): all the app's work;
//   - frame: the start of the next animation frame after that, when the
//     browser paints.
// Then the "Show each person" switch, off and on (the radar redrawn without
// and with the 500 outlines). Medians of the runs, each in a fresh context.
import { serveDist } from './serve-dist.mjs';
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fingerprint } from '../e2e/links.mjs';

const runs = Number(process.argv[2] || 7);
const PEOPLE = 500;
const bank = JSON.parse(readFileSync(new URL('../content/bank.en-GB.json', import.meta.url), 'utf8'));

const print = fingerprint(bank);
const quick = [0, 17, 33, 50, 67, 83, 100];
const full = [0, 6, 11, 17, 22, 28, 33, 39, 44, 50, 56, 61, 67, 72, 78, 83, 89, 94, 100];
const entries = Array.from({ length: PEOPLE }, (_, k) => {
  const values = k % 3 ? quick : full;
  return {
    number: k + 1,
    added: '2025-03-14',
    length: k % 3 ? 'quick' : 'full',
    scores: bank.groups.map((_, g) => values[(k * 7919 + g * 104729 + (k >> 2) * g) % values.length]),
    key: `${print}-${k.toString(16).padStart(8, '0')}`,
  };
});
const stored = JSON.stringify({ format: 1, name: 'Bench', bank: print, next: PEOPLE + 1, entries });

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const fmt = (list) => `median ${median(list).toFixed(1)} ms (min ${Math.min(...list).toFixed(1)}, max ${Math.max(...list).toFixed(1)}, n=${list.length})`;

/** Times a click on `button` until `done()` holds in the page, and to the next frame. */
async function timeClick(page, button, done) {
  await page.evaluate((doneText) => {
    window.__t = {};
    document.addEventListener('click', (e) => { window.__t.click = e.timeStamp; }, { capture: true, once: true });
    // eslint-disable-next-line no-new-func
    const ready = new Function(`return (${doneText})()`);
    new MutationObserver((_, observer) => {
      if (!ready()) return;
      window.__t.render = performance.now();
      observer.disconnect();
      requestAnimationFrame(() => { window.__t.frame = performance.now(); });
    }).observe(document.getElementById('partner-radar'), { subtree: true, childList: true, attributes: true });
  }, done.toString());
  await button.click();
  const t = await (await page.waitForFunction(() => window.__t.frame && window.__t)).jsonValue();
  return { render: t.render - t.click, frame: t.frame - t.click };
}

const server = await serveDist(4183);
// The benchmark's own function text is evaluated in the page; the served CSP
// forbids that, so the page is opened with CSP bypassed (timing only).
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const open = { render: [], frame: [] };
const off = [];
const on = [];
try {
  for (let r = 0; r < runs; r++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.evaluate(([value]) => {
      localStorage.setItem('partner-radar/workshop/Bench', value);
      localStorage.setItem('partner-radar/workshops', JSON.stringify(['Bench']));
    }, [stored]);
    await page.goto(`${server.url}?workshop`);
    const button = page.getByRole('button', { name: 'Open Bench' });
    await button.waitFor();
    const t = await timeClick(page, button, () => document.querySelectorAll('.pr-team-chart svg.radar-chart g.radar-outlines polyline').length === 500
      && document.querySelectorAll('.pr-dots-people').length === 6
      && document.querySelectorAll('.pr-participants-table tbody tr').length === 500);
    open.render.push(t.render);
    open.frame.push(t.frame);
    const toggle = page.getByLabel('Show each person');
    off.push((await timeClick(page, toggle, () => !document.querySelector('.pr-team-chart g.radar-outlines'))).frame);
    on.push((await timeClick(page, toggle, () => !!document.querySelector('.pr-team-chart g.radar-outlines'))).frame);
    await context.close();
  }
} finally {
  await browser.close();
  server.stop();
}
console.log(`team view of ${PEOPLE} participants, click on Open to the view in the DOM: ${fmt(open.render)}`);
console.log(`team view of ${PEOPLE} participants, click on Open to the next frame: ${fmt(open.frame)}`);
console.log(`"Show each person" off (radar without the ${PEOPLE} outlines), to the next frame: ${fmt(off)}`);
console.log(`"Show each person" on (radar with the ${PEOPLE} outlines), to the next frame: ${fmt(on)}`);
