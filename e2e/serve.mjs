// A tiny static server for the built dist/, on loopback only, mounted under a
// sub-folder so every test also proves the app works away from the site root,
// and under the strict Content-Security-Policy in csp.mjs.
//   node e2e/serve.mjs [port] [prefix] [--inject-logger]
// PR_DIST_DIR serves another build's dist/ instead (scripts/dom-states.mjs compares two).
// --inject-logger (or PR_INJECT_LOGGER=1), for engines whose driver cannot read
// the console: every HTML page gets <script src="./__test-logger.js"></script>
// as the first element of its <head>, and that file is e2e/engines/test-logger.js.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CSP } from './csp.mjs';
import { CONTENT_TYPES } from './content-types.mjs';

const port = Number(process.argv[2] || 4173);
const prefix = process.argv[3] || '/tools/partner-radar/';
const root = process.env.PR_DIST_DIR ? resolve(process.env.PR_DIST_DIR) : fileURLToPath(new URL('../dist/', import.meta.url));
// Same-origin host pages (the div mount): examples/ at /examples/, with the
// placeholder app address pointing at the dist served here.
const examples = fileURLToPath(new URL('../examples/', import.meta.url));
const injectLogger = process.argv.includes('--inject-logger') || process.env.PR_INJECT_LOGGER === '1';
const logger = fileURLToPath(new URL('./engines/test-logger.js', import.meta.url));

createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (path.startsWith('/examples/')) {
    try {
      const file = join(examples, normalize(path.slice('/examples/'.length)).replace(/^(\.\.[/\\])+/, ''));
      const text = (await readFile(file, 'utf8')).replaceAll('https://apps.example.com/partner-radar/', prefix);
      res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] || 'text/plain', 'cache-control': 'no-store', 'content-security-policy': CSP });
      res.end(text);
    } catch {
      res.writeHead(404).end('not found');
    }
    return;
  }
  if (!path.startsWith(prefix)) {
    res.writeHead(404).end('not found');
    return;
  }
  const rel = normalize(path.slice(prefix.length) || 'index.html').replace(/^(\.\.[/\\])+/, '');
  const file = injectLogger && rel === '__test-logger.js' ? logger : join(root, rel.endsWith('/') ? rel + 'index.html' : rel);
  try {
    let body = await readFile(file);
    if (injectLogger && extname(file) === '.html') {
      body = Buffer.from(body.toString('utf8').replace(/<head(\s[^>]*)?>/i, '$&<script src="./__test-logger.js"></script>'));
    }
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] || 'application/octet-stream',
      'cache-control': 'no-store',
      // Every response carries the strict policy, so every test proves the app works under it.
      'content-security-policy': CSP,
    });
    res.end(body);
  } catch {
    res.writeHead(404).end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving dist/ at http://127.0.0.1:${port}${prefix}`));
