// Benchmark (prints numbers, asserts nothing): how fast the app answers.
//   node scripts/bench-speed.mjs [attempts=3]      (needs a built dist/)
// In headless Chromium on the release build, for every answer of full attempts:
//   - render: from the Next click (a real mouse click) to the next scenario in
//     the DOM: all the app's work before the browser can paint;
//   - frame: from the click to the start of the next animation frame after
//     that, when the browser paints (goal: the next scenario within 16 ms);
//   - clicks the browser itself timed at over 16 ms to the next paint (Event
//     Timing API, real mouse clicks, as INP counts them), and on what.
// And the results screen's render, radar included. The radar alone (goal under
// 2 ms) is timed by `cargo run --release --bin bench-radar`.
import { serveDist } from './serve-dist.mjs';
import { chromium } from '@playwright/test';

const attempts = Number(process.argv[2] || 3);
const server = await serveDist(4181);
const { url } = server;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });

const stats = (list) => {
  const s = [...list].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return `median ${q(0.5).toFixed(2)} ms, p95 ${q(0.95).toFixed(2)} ms, max ${s.at(-1).toFixed(2)} ms (n=${s.length})`;
};

const render = [];
const frame = [];
const results = [];
const slow = [];
try {
  for (let a = 0; a < attempts; a++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__slow = [];
      // Interactions only (clicks, taps, keys), as INP counts them; not hovers.
      new PerformanceObserver((list) => window.__slow.push(...list.getEntries()
        .filter((e) => e.interactionId > 0 && e.duration > 16).map((e) => ({ name: e.name, ms: e.duration, on: e.target?.isConnected ? e.target.textContent.trim().slice(0, 30) : 'a screen change (Start, See results)' }))))
        .observe({ type: 'event', durationThreshold: 16 });
    });
    await page.goto(url);
    await page.locator('.pr-app:not([data-first-paint])').getByRole('button', { name: /^Start the full assessment/ }).click();
    const total = Number((await page.locator('h1').textContent()).match(/of (\d+)$/)[1]);
    for (let i = 0; i < total; i++) {
      // A real click on an option (timed by the browser), then Next, timed here.
      await page.locator('.pr-option').nth(i % 4).click();
      await page.evaluate(() => {
        window.__t = {};
        document.addEventListener('click', (e) => { window.__t.click = e.timeStamp; }, { capture: true, once: true });
        const before = document.querySelector('h1').textContent;
        new MutationObserver((_, observer) => {
          if (document.querySelector('h1')?.textContent === before) return;
          window.__t.render = performance.now();
          observer.disconnect();
          requestAnimationFrame(() => { window.__t.frame = performance.now(); });
        }).observe(document.getElementById('partner-radar'), { subtree: true, childList: true, characterData: true });
      });
      await page.getByRole('button', { name: /^(Next|See results)/ }).click();
      const at = await (await page.waitForFunction(() => window.__t.frame && window.__t)).jsonValue();
      const t = { render: at.render - at.click, frame: at.frame - at.click, last: i === total - 1 };
      (t.last ? results : render).push(t.render);
      if (!t.last) frame.push(t.frame);
    }
    await page.locator('svg.radar-chart').waitFor();
    slow.push(...await page.evaluate(() => window.__slow));
    await context.close();
  }
} finally {
  await browser.close();
  server.stop();
}
console.log(`next scenario in the DOM after the Next click: ${stats(render)}`);
console.log(`click to the next frame (paint follows): ${stats(frame)}`);
const clicks = slow.filter((e) => e.name === 'click');
const on = [...new Set(clicks.map((e) => e.on))].join('; ');
console.log(`clicks the browser timed at over 16 ms to the next paint: ${clicks.length} of ${attempts * 2 * 36}${clicks.length ? `, up to ${Math.max(...clicks.map((e) => e.ms))} ms, on: ${on}` : ''}`);
console.log(`results screen rendered after See results (radar, table, advice): ${stats(results)}`);
console.log('the radar alone (chart::draw, native release build): cargo run --release --bin bench-radar');
