// Benchmark (prints numbers, asserts nothing): time from navigation to the
// first interactive button of the release build, in headless Chromium with a
// cold cache each run. Serves dist/ itself on 127.0.0.1.
//   node scripts/bench-start.mjs [runs=9]
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const runs = Number(process.argv[2] || 9);
const port = 4180;
const url = `http://127.0.0.1:${port}/tools/partner-radar/`;
const server = spawn('node', [fileURLToPath(new URL('../e2e/serve.mjs', import.meta.url)), String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve) => server.stdout.once('data', resolve));

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const times = [];
try {
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext(); // fresh cache and storage every run
    const page = await context.newPage();
    // Record the moment the first button exists and can be clicked, relative to navigation start.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const button = document.querySelector('#partner-radar button');
        if (button && !button.disabled) {
          window.__firstButton = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(url);
    await page.waitForFunction(() => window.__firstButton !== undefined);
    const t = await page.evaluate(() => window.__firstButton);
    times.push(t);
    console.log(`run ${i + 1}: ${t.toFixed(0)} ms`);
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`navigation to first interactive button: median ${median.toFixed(0)} ms over ${runs} runs (min ${times[0].toFixed(0)}, max ${times.at(-1).toFixed(0)})`);
