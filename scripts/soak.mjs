// Kiosk soak benchmark (prints numbers; asserts nothing):
//   node scripts/soak.mjs [N]      (default 1000; needs a built dist/)
// Serves dist/ on 127.0.0.1 and drives N visitor cycles in headless Chromium
// in kiosk mode: attract screen → quick check → results → idle reset. Time is
// Playwright's fake clock, so each idle wait and countdown passes at once.
// Prints the JS heap (after a forced garbage collection) and the DOM node
// counts at the start, after 10 cycles, every 100 cycles and at the end. The
// heap includes the code V8 compiles as the app warms up (optimised JS, and
// wasm tiered up from its baseline compiler), so beside it the script prints
// what a heap snapshot finds live without that code: the objects a leak would
// add to.
// Goal: after 1,000 cycles the heap is within 10% of its size after the
// first 10, and the DOM node count is unchanged.
import { serveDist } from './serve-dist.mjs';
import { chromium } from '@playwright/test';

const cycles = Number(process.argv[2] || 1000);
if (!Number.isInteger(cycles) || cycles < 1) {
  console.error('usage: node scripts/soak.mjs [N]   (N: how many visitor cycles, at least 1)');
  process.exit(2);
}
// The longest waits a kiosk has by default: 120 s on the results, then the 20 s countdown.
const IDLE_RESULTS_MS = 120_000;
const COUNTDOWN_MS = 20_000;

const server = await serveDist(4190, '/soak/');
const base = server.url;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc'] });
const errors = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const cdp = await page.context().newCDPSession(page);
  await page.clock.install();
  await page.goto(`${base}?kiosk`);
  await page.getByRole('button', { name: /^Start the quick check/ }).waitFor();

  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
    const inDocument = await page.evaluate(() => {
      const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
      let n = 0;
      while (walker.nextNode()) n++;
      return n;
    });
    return { heap: usedSize, objects: await liveObjects(), nodes, inDocument, listeners: jsEventListeners };
  };
  // Self sizes of everything live in a heap snapshot but compiled code.
  const liveObjects = async () => {
    const chunks = [];
    const take = (e) => chunks.push(e.chunk);
    cdp.on('HeapProfiler.addHeapSnapshotChunk', take);
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    cdp.off('HeapProfiler.addHeapSnapshotChunk', take);
    const { snapshot: { meta }, nodes, strings } = JSON.parse(chunks.join(''));
    const width = meta.node_fields.length;
    const [type, name, size] = ['type', 'name', 'self_size'].map((f) => meta.node_fields.indexOf(f));
    let total = 0;
    for (let i = 0; i < nodes.length; i += width) {
      const compiled = meta.node_types[0][nodes[i + type]] === 'code' || strings[nodes[i + name]].includes('WasmNativeModule');
      if (!compiled) total += nodes[i + size];
    }
    return total;
  };
  const show = (label, m) => console.log(
    `${label.padEnd(12)} heap ${(m.heap / 1024 / 1024).toFixed(2)} MB (snapshot of live objects, JS, DOM and wasm memory, without compiled code ${(m.objects / 1024 / 1024).toFixed(2)} MB), DOM nodes ${m.nodes} (in the document ${m.inDocument}), listeners ${m.listeners}`);

  // One visitor, driven inside the page: Start, a choice and Next on every
  // scenario (a different option each time), then the results.
  const visit = (seed) => page.evaluate(async (seed) => {
    const tick = () => new Promise((r) => setTimeout(r, 0));
    const until = async (find, what) => {
      for (let i = 0; i < 2000; i++) {
        const found = find();
        if (found) return found;
        await tick();
      }
      throw new Error(`gave up waiting for ${what}`);
    };
    const button = (re) => [...document.querySelectorAll('#partner-radar button')].find((b) => re.test(b.textContent.trim()));
    (await until(() => button(/^Start the quick check/), 'Start')).click();
    const total = Number((await until(() => document.querySelector('h1')?.textContent.match(/of (\d+)$/), 'a scenario'))[1]);
    for (let i = 0; i < total; i++) {
      await until(() => document.querySelector('h1')?.textContent === `Scenario ${i + 1} of ${total}`, `scenario ${i + 1}`);
      const options = document.querySelectorAll('.pr-option input');
      options[(seed + i) % options.length].click();
      await tick();
      (await until(() => button(/^(Next|See results)/), 'Next')).click();
    }
    await until(() => document.querySelector('table.pr-scores'), 'the results');
  }, seed);

  const start = await measure();
  show('start', start);
  let afterTen = null;
  let last = start;
  const began = Date.now();
  for (let c = 1; c <= cycles; c++) {
    await visit(c);
    // Walk away: the idle wait and the countdown pass, and the kiosk resets.
    await page.clock.runFor(IDLE_RESULTS_MS + COUNTDOWN_MS + 1000);
    await page.getByRole('button', { name: /^Start the quick check/ }).waitFor();
    if (c === 10 || c % 100 === 0 || c === cycles) {
      last = await measure();
      show(`cycle ${c}`, last);
      if (c === 10) afterTen = last;
    }
  }
  const seconds = (Date.now() - began) / 1000;
  console.log(`${cycles} cycles in ${seconds.toFixed(0)} s (${(seconds * 1000 / cycles).toFixed(0)} ms a cycle)`);
  if (afterTen) {
    const growth = (last.heap - afterTen.heap) / afterTen.heap;
    console.log(`heap after ${cycles} cycles vs after 10: ${(growth * 100).toFixed(1)}% (goal: within 10%) ${Math.abs(growth) <= 0.1 ? 'met' : 'MISSED'}`);
    const objects = (last.objects - afterTen.objects) / afterTen.objects;
    console.log(`snapshot of live objects without compiled code, after ${cycles} cycles vs after 10: ${(objects * 100).toFixed(1)}%`);
    console.log(`DOM nodes in the document: ${start.inDocument} at the start, ${last.inDocument} at the end ${start.inDocument === last.inDocument ? '(unchanged: met)' : '(CHANGED: missed)'}`);
    console.log(`DOM nodes alive (with detached): ${afterTen.nodes} after 10 cycles, ${last.nodes} at the end`);
  }
  console.log(errors.length ? `page errors: ${errors.length}\n${errors.slice(0, 5).join('\n')}` : 'page errors: none');
} finally {
  await browser.close();
  server.stop();
}
