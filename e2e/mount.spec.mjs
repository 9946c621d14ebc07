// Mounting into a host element: examples/mount.html adds only the module and the
// <div>, next to heavy-handed global CSS. Host and app leave each other's styles alone.
import { test, expect, plan, answer, start, scrollsSideways, screensDir, QUICK } from './helpers.mjs';
import { port } from './playwright.config.mjs';

const HOST_ELEMENTS = ['#host-title', '#host-button', '#host-table', '#host-fieldset', '#host-label', '#host-input', 'body', 'html'];
const PROPS = ['color', 'background-color', 'font-size', 'font-family', 'font-weight', 'margin-top', 'padding-top', 'border-top-width',
  'border-top-style', 'width', 'height', 'line-height', 'letter-spacing', 'text-transform', 'box-sizing', 'display'];

async function hostStyles(page) {
  return page.evaluate(([selectors, props]) => Object.fromEntries(selectors.map((s) => {
    const style = getComputedStyle(document.querySelector(s));
    // The page grows with the app's content, so html and body keep all but their height.
    const own = props.filter((p) => !(p === 'height' && (s === 'html' || s === 'body')));
    return [s, Object.fromEntries(own.map((p) => [p, style.getPropertyValue(p)]))];
  })), [HOST_ELEMENTS, PROPS]);
}

test('the app mounts into a host div, keeps its layout under hostile host CSS and changes no host style', async ({ page, browser }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  // The same page without the app, for the host's own computed styles.
  const bare = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await bare.route('**/partner-radar.mjs', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
  await bare.goto(`http://127.0.0.1:${port}/examples/mount.html`);
  const before = await hostStyles(bare);
  await bare.close();

  await page.goto('/examples/mount.html');
  await expect(page.locator('#partner-radar .pr-screen')).toBeVisible();
  const events = [];
  await page.exposeFunction('__mountEvent', (type) => events.push(type));
  await page.evaluate(() => {
    for (const type of ['start', 'progress', 'complete']) {
      document.getElementById('partner-radar').addEventListener(`partner-radar:${type}`, () => window.__mountEvent(type));
    }
  });
  expect(await hostStyles(page)).toEqual(before);

  // The app's own controls keep the app's look, not the host's.
  const startButton = page.getByRole('button', { name: /^Start the quick check/ });
  const look = await startButton.evaluate((b) => {
    const s = getComputedStyle(b);
    return { bg: s.backgroundColor, transform: s.textTransform, size: s.fontSize, border: s.borderTopStyle, width: b.getBoundingClientRect().width };
  });
  expect(look.bg).not.toBe('rgb(204, 0, 0)');
  expect(look.transform).toBe('none');
  expect(look.border).toBe('solid');
  expect(look.size).not.toBe('22px');
  await expect(page.locator('#partner-radar h1')).toHaveCSS('text-align', 'start');

  await start(page, 'quick');
  const p = plan();
  const asked = await answer(page, p, 0, QUICK, QUICK, 'click', page.locator('#partner-radar'));
  const scores = (await page.locator('table.pr-scores tbody td.pr-num').allTextContents()).map(Number);
  expect(scores).toEqual(p.expected(asked));
  expect(await scrollsSideways(page)).toBe(false);
  expect(await hostStyles(page)).toEqual(before);
  expect(events.filter((t) => t === 'progress')).toHaveLength(QUICK);
  expect(events).toContain('start');
  expect(events).toContain('complete');
  await page.screenshot({ path: `${screensDir}8-mount-hostile-css-1280.png`, fullPage: true });
});

test('a second mount element gets a clear console error and the first runs alone', async ({ browser, baseURL }) => {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  await page.route('**/examples/mount.html', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('<table id="host-table">', '<div id="partner-radar"></div><table id="host-table">');
    await route.fulfill({ response, body: html });
  });
  await page.goto(new URL('/examples/mount.html', baseURL).href);
  await expect(page.locator('.pr-screen')).toHaveCount(1);
  await expect(page.locator('#partner-radar').first().locator('.pr-screen')).toBeVisible();
  expect(errors).toEqual([expect.stringMatching(/more than one element has the id "partner-radar"/)]);
  await page.close();
});
