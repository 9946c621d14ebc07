// Trunk post-build step: minifies the staged JavaScript and CSS with esbuild
// (from npm, pinned in package.json), in place. Trunk's own --minify would
// also rewrite index.html, which the build-time welcome screen is written
// into, and its JS minifier cannot parse wasm-bindgen's glue. The stylesheets
// carry Subresource Integrity hashes in index.html, so those are recomputed.
// Then it gives the wasm's imports short names, in the wasm and in the glue
// alike (see shortenImports).
//   node scripts/minify.mjs DIR
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
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

// One stylesheet for the app instead of six: gzip compresses them better
// together (by 1.4 KB), and a page makes one request. The standalone page's own
// frame (page-*.css) stays apart, since host pages that mount the app do not
// load it. The entry module, written before this step, lists them too.
const indexPath = join(dir, 'index.html');
let index = readFileSync(indexPath, 'utf8');
const links = [...index.matchAll(/^[ \t]*<link rel="stylesheet" href="\.\/([^"]+\.css)"[^>]*>\n/gm)]
  .filter(([, name]) => !name.startsWith('page-'));
if (links.length > 1) {
  const names = links.map(([, name]) => name);
  const css = names.map((name) => readFileSync(join(dir, name), 'utf8')).join('\n');
  const bundle = `partner-radar-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
  writeFileSync(join(dir, bundle), css);
  names.forEach((name) => unlinkSync(join(dir, name)));
  const [first, ...rest] = links;
  index = index.replace(first[0], first[0].replace(first[1], bundle));
  rest.forEach(([tag]) => { index = index.replace(tag, ''); });
  const entryPath = join(dir, 'partner-radar.mjs');
  const entry = readFileSync(entryPath, 'utf8');
  const list = JSON.stringify(names);
  if (entry.split(list).length !== 2) throw new Error(`minify: the entry module does not list ${list} once`);
  writeFileSync(entryPath, entry.replace(list, JSON.stringify([bundle])));
}

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

index = index.replace(
  /(href="\.\/([^"]+\.css)"\s+integrity=")[^"]*"/g,
  (whole, head, name) => (sri.has(name) ? `${head}${sri.get(name)}"` : whole),
);
writeFileSync(indexPath, index);
console.log(`minify: ${before} -> ${after} bytes of JS and CSS`);

// wasm-bindgen names each import after its JS function plus a 16-hex hash
// (`__wbg_addEventListener_847fd86b8c33ec43`), from a module named after the
// glue, and writes every name twice: in the wasm's import section and as a key
// of the glue's import object. About 200 of them cost 4-5 KB gzip, hashes being
// incompressible. This renames each to a short one (`a`, `b`, … `ba`, …) in
// both places. Only the import section of the wasm changes; every other
// section is copied byte for byte. Any surprise in the glue stops the build.
function shortenImports(wasmPath, gluePath) {
  const wasm = readFileSync(wasmPath);
  let glue = readFileSync(gluePath, 'utf8');
  let at = 8;
  const leb = () => {
    let value = 0;
    let shift = 0;
    for (;;) {
      const byte = wasm[at++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if (byte < 0x80) return value;
    }
  };
  const uleb = (n) => {
    const out = [];
    do {
      let byte = n % 128;
      n = Math.floor(n / 128);
      if (n > 0) byte |= 0x80;
      out.push(byte);
    } while (n > 0);
    return Buffer.from(out);
  };
  const name = () => {
    const length = leb();
    const text = wasm.toString('utf8', at, at + length);
    at += length;
    return text;
  };
  const short = (i) => {
    const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
    let out = '';
    do {
      out = letters[i % 52] + out;
      i = Math.floor(i / 52) - 1;
    } while (i >= 0);
    return out;
  };
  const once = (text, what) => {
    const found = glue.split(text).length - 1;
    if (found !== 1) throw new Error(`minify: ${what} ${text} is in the glue ${found} times, not once`);
  };
  const parts = [wasm.subarray(0, 8)];
  while (at < wasm.length) {
    const start = at;
    const id = wasm[at++];
    const size = leb();
    const end = at + size;
    if (id !== 2) {
      parts.push(wasm.subarray(start, end));
      at = end;
      continue;
    }
    const count = leb();
    const entries = [uleb(count)];
    const modules = new Map();
    for (let i = 0; i < count; i++) {
      const module = name();
      const field = name();
      const descStart = at;
      const kind = wasm[at++];
      if (kind === 0) leb();
      else if (kind === 1 || kind === 2) {
        if (kind === 1) at++;
        const flags = wasm[at++];
        leb();
        if (flags & 1) leb();
      } else if (kind === 3) at += 2;
      else throw new Error(`minify: import kind ${kind} not handled`);
      const desc = wasm.subarray(descStart, at);
      if (!modules.has(module)) {
        once(JSON.stringify(module), 'import module');
        modules.set(module, short(modules.size));
        glue = glue.replace(JSON.stringify(module), JSON.stringify(modules.get(module)));
      }
      const renamed = short(i);
      // Each name is a key of the glue's import object, written once.
      const key = new RegExp(`(?<![\\w$])${field.replace(/\$/g, '\\$')}(?=[:(])`, 'g');
      const found = glue.match(key)?.length ?? 0;
      if (found !== 1) throw new Error(`minify: import ${field} is a glue key ${found} times, not once`);
      glue = glue.replace(key, renamed);
      const newModule = Buffer.from(modules.get(module));
      const newField = Buffer.from(renamed);
      entries.push(uleb(newModule.length), newModule, uleb(newField.length), newField, desc);
    }
    if (at !== end) throw new Error('minify: the import section did not parse to its end');
    const body = Buffer.concat(entries);
    parts.push(Buffer.from([2]), uleb(body.length), body);
  }
  const out = Buffer.concat(parts);
  writeFileSync(wasmPath, out);
  writeFileSync(gluePath, glue);
  console.log(`minify: wasm imports renamed, ${wasm.length} -> ${out.length} bytes`);
}

const staged = readdirSync(dir);
const wasmName = staged.find((f) => /^partner-radar-[0-9a-f]+_bg\.wasm$/.test(f));
const glueName = staged.find((f) => /^partner-radar-[0-9a-f]+\.js$/.test(f));
if (!wasmName || !glueName) throw new Error('minify: no wasm or glue staged');
shortenImports(join(dir, wasmName), join(dir, glueName));
