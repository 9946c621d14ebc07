// Trunk post-build step: minifies the staged JavaScript and CSS with esbuild
// (from npm, pinned in package.json), in place. Trunk's own --minify would
// also rewrite index.html, which the build-time welcome screen is written
// into, and its JS minifier cannot parse wasm-bindgen's glue. The stylesheets
// carry Subresource Integrity hashes in index.html, so those are recomputed.
//   node scripts/minify.mjs DIR
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('usage: node scripts/minify.mjs DIR');

// What each staged file is: the glue and the entry module are ES modules;
// embed.js is a classic script, which keeps its top-level names. (sw.js is
// written after this step, from the minified files' hashes.)
const kinds = [
  [/^partner-radar(-[0-9a-f]+)?\.m?js$/, { loader: 'js', format: 'esm' }],
  [/^embed\.js$/, { loader: 'js' }],
  [/\.css$/, { loader: 'css' }],
];

let before = 0;
let after = 0;
const sri = new Map();
for (const name of readdirSync(dir)) {
  const options = kinds.find(([pattern]) => pattern.test(name))?.[1];
  if (!options) continue;
  const path = join(dir, name);
  const source = readFileSync(path, 'utf8');
  const { code } = transformSync(source, { ...options, minify: true, legalComments: 'none' });
  writeFileSync(path, code);
  before += source.length;
  after += code.length;
  if (options.loader === 'css') {
    sri.set(name, `sha384-${createHash('sha384').update(code).digest('base64')}`);
  }
}

const indexPath = join(dir, 'index.html');
const index = readFileSync(indexPath, 'utf8').replace(
  /(href="\.\/([^"]+\.css)"\s+integrity=")[^"]*"/g,
  (whole, head, name) => (sri.has(name) ? `${head}${sri.get(name)}"` : whole),
);
writeFileSync(indexPath, index);
console.log(`minify: ${before} -> ${after} bytes of JS and CSS`);
