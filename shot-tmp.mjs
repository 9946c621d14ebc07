import { chromium } from '@playwright/test';
const [,, url, out, w, h, steps] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
page.on('console', m => console.log('console', m.type(), m.text()));
page.on('pageerror', e => console.log('pageerror', e.message));
await page.goto(url);
await page.waitForSelector('.pr-screen');
const n = +(steps || 0);
if (n > 0) {
  await page.getByRole('button', { name: /^Start/ }).click();
  for (let i = 0; i < n; i++) {
    const radios = page.getByRole('radio');
    await radios.nth(i % 4).check();
    await page.getByRole('button', { name: /^(Next|See results)/ }).click();
  }
}
const sel = process.argv[7]; if (sel) await page.locator(sel).first().screenshot({ path: out }); else await page.screenshot({ path: out, fullPage: true });
await browser.close();
