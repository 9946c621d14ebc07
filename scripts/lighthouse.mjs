// Lighthouse on the built dist/ (a benchmark: it prints numbers and asserts nothing).
//   node scripts/lighthouse.mjs [runs]     (default 1; needs a built dist/)
// Serves dist/ on 127.0.0.1 as a production host would (gzip, long caching for
// hashed files, the strict CSP), then runs Lighthouse 12 in Debian's Chromium
// with its default simulated throttling, for mobile and for desktop, and
// prints the four category scores, LCP and CLS (the median run by performance).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { launch } from 'chrome-launcher';
import { CSP } from '../e2e/csp.mjs';
import { CONTENT_TYPES } from '../e2e/content-types.mjs';

const runs = Number(process.argv[2] || 1);
const root = fileURLToPath(new URL('../dist/', import.meta.url));
const prefix = '/partner-radar/';
const hashed = /-[0-9a-f]{16}(_bg)?\.(js|css|wasm)$/;

const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (path === '/robots.txt') {
    res.writeHead(200, { 'content-type': CONTENT_TYPES['.txt'] }).end('User-agent: *\nAllow: /\n');
    return;
  }
  if (!path.startsWith(prefix)) return res.writeHead(404).end('not found');
  const rel = normalize(path.slice(prefix.length) || 'index.html').replace(/^(\.\.[/\\])+/, '');
  try {
    const body = await readFile(join(root, rel.endsWith('/') ? rel + 'index.html' : rel));
    const type = CONTENT_TYPES[extname(rel || 'index.html')] || 'application/octet-stream';
    const headers = {
      'content-type': type,
      'cache-control': hashed.test(rel) ? 'public, max-age=31536000, immutable' : 'no-cache',
      'content-security-policy': CSP,
    };
    const zipped = !type.startsWith('image/png') && /\bgzip\b/.test(req.headers['accept-encoding'] || '');
    if (zipped) headers['content-encoding'] = 'gzip';
    res.writeHead(200, headers).end(zipped ? gzipSync(body, { level: 9 }) : body);
  } catch {
    res.writeHead(404).end('not found');
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${server.address().port}${prefix}`;

const chrome = await launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
try {
  console.log(`Lighthouse ${runs} run(s) of ${url} in ${process.env.CHROME_PATH || '/usr/bin/chromium'}`);
  for (const [form, config] of [['mobile', undefined], ['desktop', desktopConfig]]) {
    const results = [];
    for (let i = 0; i < runs; i++) {
      const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories }, config);
      results.push(lhr);
    }
    results.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
    const lhr = results[Math.floor(results.length / 2)];
    if (process.env.LH_SAVE) (await import("node:fs")).writeFileSync(`${process.env.LH_SAVE}-${form}.json`, JSON.stringify(lhr));
    const score = (id) => Math.round(lhr.categories[id].score * 100);
    const audit = (id) => lhr.audits[id];
    console.log(`${form.padEnd(8)} performance ${score('performance')}, accessibility ${score('accessibility')}, best practices ${score('best-practices')}, SEO ${score('seo')}; `
      + `LCP ${audit('largest-contentful-paint').displayValue}, CLS ${audit('cumulative-layout-shift').displayValue}, `
      + `FCP ${audit('first-contentful-paint').displayValue}, TBT ${audit('total-blocking-time').displayValue}`);
    for (const id of categories) {
      const failing = lhr.categories[id].auditRefs
        .filter((r) => r.weight > 0 && lhr.audits[r.id].score !== null && lhr.audits[r.id].score < 1)
        .map((r) => `${r.id} (${lhr.audits[r.id].displayValue || lhr.audits[r.id].score})`);
      if (failing.length) console.log(`         ${id} below 1: ${failing.join(', ')}`);
    }
  }
} finally {
  await chrome.kill();
  server.close();
}
