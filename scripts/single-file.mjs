// Writes Partner Radar as one self-contained HTML file from a release dist/:
//   node scripts/single-file.mjs [dist] [out]   (defaults: dist, dist-single/partner-radar.html)
// Every stylesheet becomes a <style> in index.html's order, each icon a data:
// URI, and the wasm-bindgen glue one inline module script that instantiates
// the WebAssembly from bytes decoded from base64. Left out: the manifest, the
// service worker, the entry module (partner-radar.mjs, whose only jobs are
// loading these same files and the service worker), the preloads, <base>, and
// the link-preview image tags (social.png would not be beside the file).
// Fails on anything it does not know how to inline, so the file stays whole.
import { readFileSync, writeFileSync, mkdirSync, renameSync, readdirSync } from 'node:fs';
import { dirname, join, extname } from 'node:path';

const [dist = 'dist', out = 'dist-single/partner-radar.html'] = process.argv.slice(2);
const fail = (msg) => { console.error(`single-file: ${msg}`); process.exit(1); };
const read = (name) => readFileSync(join(dist, name));
const attr = (tag, name) => tag.match(new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, 'i'))?.[1];
const local = (url) => url.replace(/^\.\//, '');
const TYPES = { '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.webp': 'image/webp' };

const html = read('index.html').toString('utf8');
const head = html.match(/<head>([\s\S]*)<\/head>/i)?.[1] ?? fail('index.html has no <head>');
// index.html's build-time copy of the welcome screen (data-first-paint) goes:
// it paints before a *download* finishes, which a file on disk does not need,
// and here no entry module would keep a Start pressed on it. It is the mount
// element's last child, so it runs to the mount's closing tag before </body>.
let rest = html.slice(html.search(/<\/head>/i));
const early = rest.search(/<div data-first-paint=/);
if (early >= 0) {
  const mountEnd = rest.lastIndexOf('</div>', rest.search(/<\/body>/i));
  if (mountEnd < early) fail('the first paint is not inside the mount element');
  rest = rest.slice(0, early) + rest.slice(mountEnd).replace(/^<\/div>/, '\n  </div>');
}

// The glue: wasm-bindgen's ES module. Its one export statement goes; the
// inline script calls its init with the bytes, so import.meta.url (the
// fallback wasm address) is never used.
const files = readdirSync(dist);
const js = files.filter((f) => /^partner-radar-[0-9a-f]+\.js$/.test(f));
const wasm = files.filter((f) => /^partner-radar-[0-9a-f]+_bg\.wasm$/.test(f));
if (js.length !== 1 || wasm.length !== 1) fail(`expected one glue .js and one _bg.wasm in ${dist}, found ${js} / ${wasm}`);
let glue = read(js[0]).toString('utf8');
// The glue is minified (the post-build step's esbuild): its one export statement ends it.
const exported = glue.match(/\bexport\s*\{([^}]*)\};?\s*$/) ?? fail('no export statement in the glue');
const init = exported[1].split(',').map((s) => s.trim().split(/\s+as\s+/)).find(([, as]) => as === 'default')?.[0]
  ?? fail('the glue exports no default init');
glue = glue.replace(exported[0], '');
if (/\b(export|import)\s*[{*"']|\bexport\s+(default|const|let|var|function|class)\b/.test(glue)) fail('the glue has another import or export (snippets?), which one file cannot hold');
if (/<!--|<script/i.test(glue)) fail('the glue contains <!-- or <script, unsafe inline');
glue = glue.replace(/<\/script/gi, '<\\/script');
const b64 = read(wasm[0]).toString('base64');

const script = `<script type="module">
${glue.trim()}

// The WebAssembly, inlined (base64); a block, so no name meets the glue's.
{
  const b64 = "${b64}";
  await ${init}({ module_or_path: Uint8Array.fromBase64 ? Uint8Array.fromBase64(b64) : Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)) });
}
</script>`;

const dataUri = (name) => {
  const type = TYPES[extname(name).toLowerCase()] ?? fail(`no data: type for ${name}`);
  return `data:${type};base64,${read(name).toString('base64')}`;
};

let styles = '';
let scriptAt = -1;
const kept = [];
// One tag (or comment, or text run) at a time, in order.
for (const token of head.match(/<!--[\s\S]*?-->|<[^>]+>(?:[^<]*<\/(?:title|style|script)>)?|[^<]+/g)) {
  if (token.startsWith('<!--')) continue; // build notes about files that are not here
  const tag = token.match(/^<([a-z]+)/i)?.[1]?.toLowerCase();
  const rel = (attr(token, 'rel') ?? '').toLowerCase();
  if (tag === 'link' && rel === 'stylesheet') {
    const css = read(local(attr(token, 'href'))).toString('utf8');
    if (/<\/style/i.test(css)) fail(`${attr(token, 'href')} contains </style`);
    if (/url\(\s*['"]?(?!data:|#)/i.test(css)) fail(`${attr(token, 'href')} refers to another file with url()`);
    if (!styles) kept.push('\x00styles');
    styles += `<style>\n${css.trim()}\n</style>\n`;
  } else if (tag === 'link' && /(^|\s)icon$/.test(rel)) {
    kept.push(token.replace(/href="[^"]*"/, `href="${dataUri(local(attr(token, 'href')))}"`));
  } else if (tag === 'link' && /^(manifest|modulepreload|preload)$/.test(rel)) {
    // the manifest: no install from a file; the preloads: the files are inline
  } else if (tag === 'base') {
    // nothing relative is left to resolve
  } else if (tag === 'script') {
    if (scriptAt >= 0 || attr(token, 'type') !== 'module') fail(`unexpected script in the head: ${token}`);
    scriptAt = kept.length;
    kept.push('\x00script');
  } else if (tag === 'meta' && /^(og:image|twitter:image)/.test(attr(token, 'property') ?? attr(token, 'name') ?? '')) {
    // link-preview images: a relative social.png that is not beside the file
  } else {
    kept.push(token);
  }
}
if (scriptAt < 0) fail('index.html loads no module script');

const page = html.slice(0, html.search(/<head>/i) + 6)
  + kept.join('').replace(/\n[ \t]*(?=\n)/g, '').replace('\x00styles', styles.trimEnd()).replace(/\s*\x00script/, '')
  // The script last in the head: module scripts run after parsing either way.
  .trimEnd() + '\n' + script + '\n' + rest;

// Nothing may point at another file: only data:, fragments and absolute links.
for (const [, name, url] of page.replace(/<script type="module">[\s\S]*?<\/script>/, '').matchAll(/\s(src|href)\s*=\s*"([^"]*)"/gi)) {
  if (!/^(data:|#|https?:\/\/)/i.test(url)) fail(`${name}="${url}" still points at a file`);
}

mkdirSync(dirname(out), { recursive: true });
writeFileSync(`${out}.tmp-${process.pid}`, page);
renameSync(`${out}.tmp-${process.pid}`, out); // whole, even with a reader or a second writer
console.log(`single-file: wrote ${out} (${Buffer.byteLength(page)} bytes)`);
