// Settings judged by the browser itself: any colour its CSS parser reads
// (oklch(), color-mix()) brands the app, one it refuses is one warning and
// the default; URLs mean what the browser's URL parser makes of them.
import { test, expect, openWithSettings, plan, start, answer, QUICK } from './helpers.mjs';

/** Console warnings from now on. */
function warningsOf(page) {
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  return warnings;
}

/** The background the browser computes for `colour`, on a probe styled through the CSSOM (the CSP allows it). */
function resolved(page, colour) {
  return page.evaluate((value) => {
    const probe = document.createElement('div');
    probe.style.backgroundColor = value;
    document.body.append(probe);
    const background = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return background;
  }, colour);
}

const mount = (page) => page.locator('#partner-radar');
const primaryButton = (page) => page.locator('#partner-radar .pr-button-primary').first();

for (const colour of ['oklch(45% 0.15 340)', 'color-mix(in srgb, red 40%, blue)']) {
  test(`${colour} as the primary colour brands the app, with no warning`, async ({ page }) => {
    const warnings = warningsOf(page);
    await openWithSettings(page, { json: { colours: { primary: colour } } });
    expect(await mount(page).evaluate((el) => el.style.getPropertyValue('--pr-primary'))).toBe(colour);
    const background = await primaryButton(page).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe(await resolved(page, colour));
    // Not the stylesheet's own token: the setting took effect.
    expect(background).not.toBe(await resolved(page, '#2f4bb8'));
    expect(warnings.filter((w) => w.includes('settings.'))).toEqual([]);
  });
}

for (const colour of ['oklch(nonsense)', '#12345']) {
  test(`${colour} is refused with one warning and the default colour stays`, async ({ page }) => {
    const warnings = warningsOf(page);
    await openWithSettings(page, { data: { 'colours-primary': colour } });
    expect(warnings.filter((w) => w.includes('settings.'))).toEqual([`settings.colours.primary: "${colour}" is not a CSS colour`]);
    expect(await mount(page).evaluate((el) => el.style.getPropertyValue('--pr-primary'))).toBe('');
    const token = await mount(page).evaluate((el) => getComputedStyle(el).getPropertyValue('--pr-primary').trim());
    const background = await primaryButton(page).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe(await resolved(page, token));
  });
}

test('URLs mean what the browser parser makes of them', async ({ page, baseURL }) => {
  const warnings = warningsOf(page);
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs++; d.dismiss(); });
  await openWithSettings(page, {
    json: {
      call_to_action: { heading: 'Talk it through', text: 'Book a call.', label: 'Book', url: 'HTTPS://A.EXAMPLE/Book' },
      // An encoded colon is no scheme: a page beside the app.
      privacy_url: 'javascript%3Aalert(1)',
      // Protocol-relative: another host, so no logo (and no request to it).
      logo: '//evil.example/logo.png',
    },
    // A tab inside the scheme still spells javascript: to the browser.
    data: { 'call-to-action-url': 'java\tscript:alert(1)' },
  });
  await expect(page.getByRole('link', { name: 'Privacy' })).toHaveAttribute('href', new URL('javascript%3Aalert(1)', baseURL).href);
  await expect(page.locator('.pr-brand-logo')).toHaveCount(0);
  const settingsWarnings = warnings.filter((w) => w.includes('settings.'));
  expect(settingsWarnings).toHaveLength(2);
  expect(settingsWarnings.find((w) => w.startsWith('settings.call_to_action.url: '))).toContain('is refused');
  expect(settingsWarnings.find((w) => w.startsWith('settings.logo: '))).toContain('not on this page');

  await start(page, 'quick');
  await answer(page, plan(), 0, QUICK, QUICK);
  // The refused attribute left the block's link in place, as the browser serialises it.
  await expect(page.getByRole('link', { name: 'Book', exact: true })).toHaveAttribute('href', 'https://a.example/Book');
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  expect(dialogs).toBe(0);
});
