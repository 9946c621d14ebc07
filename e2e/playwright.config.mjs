// End-to-end suite: the release dist/ served on 127.0.0.1 under a sub-folder,
// driven in Debian's Chromium (Playwright's own browser download is not reachable).
import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';

// PR_E2E_PORT moves both servers (port and port + 1), so two checkouts can run the suite at once.
export const port = Number(process.env.PR_E2E_PORT || 4173);
export const hostPort = port + 1;
export const base = `http://127.0.0.1:${port}/tools/partner-radar/`;

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.mjs',
  outputDir: './artifacts/test-output',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: base,
    // A service worker would answer requests before page.route() sees them;
    // e2e/offline.spec.mjs allows it for its own tests.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: [
    {
      command: `node serve.mjs ${port}`,
      cwd: fileURLToPath(new URL('.', import.meta.url)),
      url: base,
      reuseExistingServer: false,
    },
    {
      // Example host pages on another origin, framing the app above.
      command: `node serve-host.mjs ${hostPort} ${base}`,
      cwd: fileURLToPath(new URL('.', import.meta.url)),
      url: `http://127.0.0.1:${hostPort}/host/iframe.html`,
      reuseExistingServer: false,
    },
  ],
});
