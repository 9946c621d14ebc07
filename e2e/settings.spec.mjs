// Settings a host sets without a rebuild: branding, colours, a call to
// action, the length; bad values are refused one by one with a warning;
// settings text is only ever text.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect, openWithSettings, plan, start, answer, QUICK, watch } from './helpers.mjs';

const example = readFileSync(fileURLToPath(new URL('../examples/settings.html', import.meta.url)), 'utf8');
const exampleSettings = JSON.parse(example.match(/<script type="application\/json" id="partner-radar-settings">([\s\S]*?)<\/script>/)[1]);

test('the example settings brand the app, colour it and add a call to action', async ({ page }) => {
  await openWithSettings(page, { json: exampleSettings });
  await expect(page.locator('.pr-brand-name')).toHaveText('Northbridge Partners');
  await expect(page.getByRole('img', { name: 'Northbridge Partners' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Privacy' })).toHaveAttribute('href', 'https://northbridge.example/privacy');
  const primary = await page.locator('#partner-radar').evaluate((el) => getComputedStyle(el).getPropertyValue('--pr-primary').trim());
  expect(primary).toBe('#7a1f5c');
  // No style attribute in the markup: the colours went through the CSSOM.
  expect(await page.locator('#partner-radar *[style]:not([style=""])').count()).toBe(0);

  await start(page, 'quick');
  await answer(page, plan(), 0, QUICK, QUICK);
  // The chart is first drawn before its box is measured and its colours are read
  // from the page (a hook's effect), then again with both: wait for that drawing.
  await expect.poll(async () => (await page.locator('.radar-score polygon').getAttribute('fill')).toLowerCase()).toBe('#7a1f5c');
  const cta = page.getByRole('link', { name: 'Book a free call' });
  await expect(cta).toHaveAttribute('href', 'https://northbridge.example/book');
  await expect(cta).toHaveAttribute('rel', /noopener/);
  await expect(cta).toHaveAttribute('target', '_blank');
  await expect(page.getByRole('heading', { name: 'Talk it through with us' })).toBeVisible();
  // The share link points at the public address the host named.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy link to my results' }).click();
  await expect(page.locator('.pr-share-url')).toHaveValue(/^https:\/\/northbridge\.example\/partner-radar\/#r=/);
});

test('data attributes override the settings block, and a fixed length offers one button', async ({ page }) => {
  await openWithSettings(page, { json: { brand_name: 'From JSON', length: 'full' }, data: { 'brand-name': 'From attribute', length: 'quick' } });
  await expect(page.locator('.pr-brand-name')).toHaveText('From attribute');
  await expect(page.getByRole('button', { name: /^Start the quick check/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Start the full/ })).toHaveCount(0);
});

test('without a call to action there is no block, and share: false hides the link', async ({ page }) => {
  await openWithSettings(page, { json: { share: false } });
  await start(page, 'quick');
  await answer(page, plan(), 0, QUICK, QUICK);
  await expect(page.locator('.pr-cta')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Copy link to my results' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Download chart \(SVG\)/ })).toBeVisible();
});

test('every string setting is shown as text, never as markup', async ({ page, baseURL }) => {
  const evil = '<img src=x onerror=alert(1)>';
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs++; d.dismiss(); });
  await openWithSettings(page, {
    json: {
      brand_name: evil,
      call_to_action: { heading: evil, text: evil, label: evil, url: 'https://example.com/' },
    },
  });
  await expect(page.locator('.pr-brand-name')).toHaveText(evil);
  await start(page, 'quick');
  await answer(page, plan(), 0, QUICK, QUICK);
  await expect(page.locator('.pr-cta h2')).toHaveText(evil);
  await expect(page.locator('.pr-cta p')).toHaveText(evil);
  await expect(page.locator('.pr-cta a')).toHaveText(evil);
  expect(await page.locator('#partner-radar img[src="x"], #partner-radar img[onerror]').count()).toBe(0);
  expect(dialogs).toBe(0);
  expect(baseURL).toBeTruthy();
});

test('a javascript: call to action and other bad values are refused with one warning each', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs++; d.dismiss(); });
  await openWithSettings(page, {
    json: {
      brand_name: 'Still applied',
      colours: { primary: 'bleu', inside: '#0f766e' },
      call_to_action: { heading: 'H', text: 'T', label: 'Go', url: 'javascript:alert(1)' },
      logo: 'data:text/html,<script>alert(1)</script>',
      length: 'sometimes',
      idle_seconds: -3,
    },
  });
  await expect(page.locator('.pr-brand-name')).toHaveText('Still applied');
  await expect(page.locator('.pr-brand-logo')).toHaveCount(0);
  for (const field of ['colours.primary', 'call_to_action.url', 'logo', 'length', 'idle_seconds']) {
    expect(warnings.filter((w) => w.includes(`settings.${field}`)), field).toHaveLength(1);
  }
  expect(warnings.find((w) => w.includes('settings.colours.primary'))).toContain('"bleu" is not a CSS colour');
  const inside = await page.locator('#partner-radar').evaluate((el) => getComputedStyle(el).getPropertyValue('--pr-inside').trim());
  expect(inside).toBe('#0f766e');
  await start(page, 'quick');
  await answer(page, plan(), 0, QUICK, QUICK);
  await expect(page.locator('.pr-cta')).toHaveCount(0);
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test('a settings block that is not JSON is reported and the app runs on defaults', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await openWithSettings(page, { json: '{ "brand_name": ', data: { 'brand-name': 'Attribute still applies' } });
  await expect(page.locator('.pr-brand-name')).toHaveText('Attribute still applies');
  expect(warnings.some((w) => w.startsWith('settings'))).toBe(true);
  await start(page, 'full');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Scenario 1 of/);
});

// `watch` is the same check the fixture applies; reused here for a second page.
test('the example page is valid: no console errors', async ({ browser, baseURL }) => {
  const page = await browser.newPage();
  const problems = [];
  await watch(page, new URL(baseURL).origin, problems);
  await openWithSettings(page, { json: exampleSettings });
  await page.close();
  expect(problems).toEqual([]);
});
