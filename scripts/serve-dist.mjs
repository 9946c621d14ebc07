// For the benchmark scripts: serves the built dist/ with e2e/serve.mjs (the
// strict CSP, a sub-folder) on 127.0.0.1:`port` under `prefix`, and resolves
// once it listens, or rejects if the server exits first (a port in use).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export async function serveDist(port, prefix = '/tools/partner-radar/') {
  const server = spawn(process.execPath, [fileURLToPath(new URL('../e2e/serve.mjs', import.meta.url)), String(port), prefix],
    { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    server.stdout.once('data', resolve);
    server.once('exit', (code) => reject(new Error(`the dist server exited (${code})`)));
  });
  return { url: `http://127.0.0.1:${port}${prefix}`, stop: () => server.kill() };
}
