// Colours the browser resolves: the chart paints whatever CSS colour a host
// or the settings give (oklch(), lab(), hwb(), color-mix() …) as the sRGB
// colour the browser computes for it, on screen and in the download, and a
// value the browser refuses leaves the theme's own colour. In forced-colours
// mode (Windows high contrast) the legend still tells inside from outside.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect, open, openWithSettings, plan, start, answer, download, QUICK, APP_SCREEN } from './helpers.mjs';
import { CSP } from './csp.mjs';

/** The host's own stylesheet: chart tokens in syntaxes a hand-written parser would refuse. */
const HOST_CSS = `#partner-radar {
  --pr-chart-score: oklch(0.52 0.19 20);
  --pr-chart-inside: color-mix(in srgb, #0f766e 35%, white);
  --pr-chart-outside: lab(88 6 28);
  --pr-chart-grid: hwb(215 45% 25%);
  --pr-chart-ink: not-a-colour;
}
`;

/** The light theme's chart ink (styles/tokens.css), kept when a value is refused. */
const DEFAULT_INK = '#1f2937';

/**
 * `#rrggbb` of each CSS colour as the browser paints it, read back from a
 * canvas in the page (the same sRGB bytes a screenshot would show).
 */
async function resolved(page, colours) {
  return page.evaluate((list) => {
    const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    return list.map((css) => {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = css;
      context.fillRect(0, 0, 1, 1);
      const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
      return '#' + [r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('');
    });
  }, colours);
}

/** The fill or stroke attributes of `selector` inside the on-screen chart, lower-cased. */
async function paints(page, selector, attribute) {
  return page.locator(`svg.radar-chart ${selector}`).evaluateAll(
    (els, a) => els.map((e) => e.getAttribute(a).toLowerCase()), attribute);
}

/** Opens the app with the host stylesheet above linked from its page, under the strict CSP. */
async function openWithHostStyles(page) {
  const html = readFileSync(fileURLToPath(new URL('../dist/index.html', import.meta.url)), 'utf8')
    .replace('</head>', '<link rel="stylesheet" href="host-brand.css">\n</head>');
  await page.route((url) => url.pathname.endsWith('/tools/partner-radar/') || url.pathname.endsWith('/index.html'), (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': CSP }, body: html }));
  await page.route((url) => url.pathname.endsWith('/host-brand.css'), (route) =>
    route.fulfill({ status: 200, contentType: 'text/css; charset=utf-8', headers: { 'content-security-policy': CSP }, body: HOST_CSS }));
  await open(page);
}

test('chart tokens in oklch(), lab(), hwb() and color-mix() are painted as the browser resolves them', async ({ page }) => {
  await openWithHostStyles(page);
  await start(page, 'quick');
  await answer(page, plan(), 0, QUICK, QUICK);
  await expect(page.locator('svg.radar-chart')).toBeVisible();

  const token = (name) => page.locator('#partner-radar').evaluate((el, n) => getComputedStyle(el).getPropertyValue(n).trim(), name);
  expect(await token('--pr-chart-score'), 'the host stylesheet applies').toBe('oklch(0.52 0.19 20)');
  const [score, inside, outside, grid] = await resolved(page, [
    'oklch(0.52 0.19 20)',
    'color-mix(in srgb, #0f766e 35%, white)',
    'lab(88 6 28)',
    'hwb(215 45% 25%)',
  ]);
  // None of them is the theme's default, so a fallback cannot pass for a match.
  expect([score, inside, outside, grid]).not.toContain('#2f4bb8');

  await expect.poll(() => paints(page, '.radar-score polygon', 'fill')).toEqual([score]);
  expect(await paints(page, '.radar-score polyline', 'stroke')).toEqual([score]);
  expect(new Set(await paints(page, '.radar-score circle', 'fill'))).toEqual(new Set([score]));
  // The built-in bank: the inside groups' sector first, then the outside ones'.
  expect(await paints(page, '.radar-sectors polygon', 'fill')).toEqual([inside, outside]);
  expect(new Set(await paints(page, '.radar-grid circle', 'stroke'))).toEqual(new Set([grid]));
  // Refused by the browser: the theme's ink stays.
  expect(new Set(await paints(page, 'text', 'fill'))).toEqual(new Set([DEFAULT_INK]));

  // The downloaded file is drawn in the same resolved colours.
  const file = (await download(page, 'Download chart (SVG)')).bytes.toString('utf8').toLowerCase();
  expect(file).toContain(`fill="${score}"`);
  expect(file).toContain(`fill="${inside}"`);
  expect(file).toContain(`fill="${outside}"`);
  expect(file).toContain(`stroke="${grid}"`);
  expect(file).not.toContain('oklch');
});

// Needs the settings to accept any colour the browser knows (settings
// colours checked by the browser, not by the Rust colour parser).
test('brand colours in settings given as oklch() and color-mix() reach the chart resolved to sRGB', async ({ page }) => {
  const colours = {
    primary: 'oklch(0.45 0.16 330)',
    inside: 'color-mix(in srgb, #0f766e 70%, black)',
    outside: 'color-mix(in srgb, oklch(0.6 0.15 60), #9a4a07)',
  };
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await openWithSettings(page, { json: { colours } });
  await start(page, 'quick');
  await answer(page, plan(), 0, QUICK, QUICK);
  await expect(page.locator('svg.radar-chart')).toBeVisible();
  const [primary] = await resolved(page, [colours.primary]);
  expect(primary).not.toBe('#2f4bb8');
  await expect.poll(() => paints(page, '.radar-score polygon', 'fill')).toEqual([primary]);
  expect(await paints(page, '.radar-score polyline', 'stroke')).toEqual([primary]);
  expect(warnings.filter((w) => w.includes('settings.colours')), 'every colour accepted').toEqual([]);
});

test('in forced-colours mode the legend still tells inside from outside', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await open(page);
  await start(page, 'quick');
  await answer(page, plan(), 0, QUICK, QUICK);
  await expect(page.locator(`${APP_SCREEN} .pr-legend`)).toBeVisible();
  expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
  // The boxes below are measured in the viewport, so the legend must be in it.
  await page.locator(`${APP_SCREEN} .pr-legend`).scrollIntoViewIfNeeded();

  const swatch = (side) => page.locator(`.pr-key.pr-${side}`).evaluate((el) => {
    const s = getComputedStyle(el, '::before');
    const key = el.getBoundingClientRect();
    return {
      background: s.backgroundColor,
      borderStyle: s.borderTopStyle,
      content: s.content,
      // The swatch is the key's first 0.9rem plus its border, at its left edge.
      box: { x: key.left, y: key.top, width: parseFloat(s.width) + 2 * parseFloat(s.borderLeftWidth), height: key.height },
    };
  });
  const inside = await swatch('inside');
  const outside = await swatch('outside');
  // Told apart by more than colour alone: a user's high-contrast palette may make any two colours one.
  expect([inside.borderStyle, inside.content], 'a non-colour difference between the swatches').not.toEqual([outside.borderStyle, outside.content]);
  // And the two swatches do not look the same on screen.
  const shot = (b) => page.screenshot({ clip: { x: b.x, y: b.y, width: Math.ceil(b.width), height: Math.ceil(b.height) } });
  const [a, b] = [await shot(inside.box), await shot(outside.box)];
  expect(a.equals(b), 'the two swatches look identical').toBe(false);
});
