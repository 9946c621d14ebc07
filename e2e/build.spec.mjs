// Checks on the built files themselves: size budget, relative asset URLs, no
// foreign origins. (Speed is measured by scripts/bench-*.mjs, never asserted.)
import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const files = readdirSync(dist).filter((f) => !f.startsWith('.'));
// Budget for everything a first visit downloads, gzip -9. Raise it only with a reason.
const BUDGET_GZIP = 230 * 1024;

test('the release build stays within its size budget', () => {
  const sizes = files.map((f) => [f, gzipSync(readFileSync(dist + f), { level: 9 }).length]);
  const total = sizes.reduce((s, [, n]) => s + n, 0);
  console.log(sizes.map(([f, n]) => `${f}: ${n}`).join('\n'), `\ntotal gzip: ${total}`);
  expect(total).toBeLessThan(BUDGET_GZIP);
  expect(files.some((f) => f.endsWith('.wasm'))).toBe(true);
});

test('index.html uses only relative URLs, so dist/ works from any sub-folder', () => {
  const html = readFileSync(dist + 'index.html', 'utf8');
  const urls = [...html.matchAll(/(?:href|src|from|module_or_path:)\s*=?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
  expect(urls.length).toBeGreaterThan(3);
  for (const url of urls) expect(url, url).toMatch(/^\.\//);
});

test('no built file names another origin to load from', () => {
  for (const f of files.filter((f) => /\.(html|css|js)$/.test(f))) {
    const text = readFileSync(dist + f, 'utf8');
    expect(text.match(/(?:src|href|url\()\s*=?\s*["']?https?:\/\//g), f).toBeNull();
  }
});
