// The example host pages (examples/), served on their own origin on loopback, as an
// intranet would serve them, with the placeholder app address replaced by the test
// server's:  node e2e/serve-host.mjs [port] [app base URL]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const port = Number(process.argv[2] || 4174);
const app = process.argv[3] || 'http://127.0.0.1:4173/tools/partner-radar/';
const root = fileURLToPath(new URL('../examples/', import.meta.url));
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json' };

createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (!path.startsWith('/host/')) {
    res.writeHead(404).end('not found');
    return;
  }
  const file = join(root, normalize(path.slice('/host/'.length)).replace(/^(\.\.[/\\])+/, ''));
  try {
    const text = (await readFile(file, 'utf8'))
      .replaceAll('https://apps.example.com/partner-radar/', app)
      .replaceAll('https://apps.example.com', new URL(app).origin);
    res.writeHead(200, { 'content-type': types[extname(file)] || 'text/plain', 'cache-control': 'no-store' });
    res.end(text);
  } catch {
    res.writeHead(404).end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving examples/ at http://127.0.0.1:${port}/host/`));
