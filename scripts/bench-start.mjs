// Benchmark (prints numbers, asserts nothing): time from navigation to the
// first Start button on screen (index.html's build-time welcome screen) and to
// the app's own, interactive one, in headless Chromium with a cold cache each
// run. Serves dist/ itself on 127.0.0.1.
//   node scripts/bench-start.mjs [runs=9]
import { serveDist } from './serve-dist.mjs';
import { chromium } from '@playwright/test';

const runs = Number(process.argv[2] || 9);
const server = await serveDist(4180);
const { url } = server;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const times = [];
const painted = [];
try {
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext(); // fresh cache and storage every run
    const page = await context.newPage();
    // Record the moment the first button exists and can be clicked, relative to navigation start.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (window.__paintedButton === undefined && document.querySelector('#partner-radar button')) {
          window.__paintedButton = performance.now();
        }
        const button = document.querySelector('#partner-radar .pr-app:not([data-first-paint]) button');
        if (button && !button.disabled) {
          window.__firstButton = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(url);
    await page.waitForFunction(() => window.__firstButton !== undefined);
    const [shown, t] = await page.evaluate(() => [window.__paintedButton, window.__firstButton]);
    times.push(t);
    painted.push(shown);
    console.log(`run ${i + 1}: Start in the page ${shown.toFixed(0)} ms, the app's ${t.toFixed(0)} ms`);
    await context.close();
  }
} finally {
  await browser.close();
  server.stop();
}
const report = (what, list) => {
  list.sort((a, b) => a - b);
  console.log(`${what}: median ${list[Math.floor(list.length / 2)].toFixed(0)} ms over ${runs} runs (min ${list[0].toFixed(0)}, max ${list.at(-1).toFixed(0)})`);
};
report('navigation to the first Start button in the page (build-time welcome screen)', painted);
report('navigation to the app\'s own interactive button', times);
