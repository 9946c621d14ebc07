// Keeping the result: the chart as SVG and PNG files, and the printed report.
import { writeFileSync } from 'node:fs';
import { test, expect, open, plan, start, answer, download, today, screensDir, FULL, QUICK } from './helpers.mjs';
import { bank } from './helpers.mjs';


test('the chart downloads as a standalone SVG and a 2x PNG', async ({ page }) => {
  await open(page);
  await start(page, 'quick');
  await answer(page, plan(), 0, QUICK, QUICK);

  const svgFile = await download(page, 'Download chart (SVG)');
  expect(svgFile.name).toBe(`partner-radar-${today()}.svg`);
  const svg = svgFile.bytes.toString('utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const error = doc.querySelector('parsererror');
    const root = doc.documentElement;
    return {
      error: error ? error.textContent : null,
      name: root.localName,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
      width: +root.getAttribute('width'),
      height: +root.getAttribute('height'),
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.name).toBe('svg');
  for (const g of bank.groups) {
    for (const word of g.name.split(' ')) expect(parsed.texts.some((t) => t.includes(word)), g.name).toBe(true);
  }
  expect(svg).not.toMatch(/data-(cx|cy|radius)|class="radar/);
  expect(svg).not.toContain('style=');

  const pngFile = await download(page, 'Download chart (PNG)');
  expect(pngFile.name).toBe(`partner-radar-${today()}.png`);
  const png = pngFile.bytes;
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  // Decode it in the page: the size is twice the SVG's and it is not blank.
  const image = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    const colours = new Set();
    for (let i = 0; i < data.length; i += 4 * 97) colours.add(`${data[i]},${data[i + 1]},${data[i + 2]},${data[i + 3]}`);
    return { width: img.naturalWidth, height: img.naturalHeight, colours: colours.size };
  }, png.toString('base64'));
  expect(image.width).toBe(2 * parsed.width);
  expect(image.height).toBe(2 * parsed.height);
  expect(image.colours).toBeGreaterThan(5);
});

for (const format of ['A4', 'Letter']) {
  test(`the report prints on at most 3 ${format} pages, review expanded, no buttons`, async ({ page }) => {
    await open(page);
    await start(page, 'full');
    await answer(page, plan(), 0, FULL, FULL);
    await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
    await page.emulateMedia({ media: 'print' });
    // Nothing to press is printed; the review is open.
    const visibleButtons = await page.locator('#partner-radar button').evaluateAll((bs) => bs.filter((b) => b.getClientRects().length > 0).length);
    expect(visibleButtons).toBe(0);
    await expect(page.locator('.pr-review-item').first()).toBeVisible();
    await expect(page.locator('.pr-review-item').nth(FULL - 1)).toBeVisible();
    await expect(page.locator('.pr-print-date')).toBeVisible();
    await page.screenshot({ path: `${screensDir}7-print-${format}.png`, fullPage: true });
    const pdf = await page.pdf({ format, printBackground: true });
    const pages = pdfPages(pdf);
    console.log(`${format}: ${pages} pages`);
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(3);
    // The chart is never cut across pages: it sits whole inside the first page's height
    // (the printable height of the shorter page, Letter, at 96 px an inch).
    const chart = await page.locator('svg.radar-chart').boundingBox();
    expect(chart.height).toBeGreaterThan(100);
    const printable = ((279 - 20) / 25.4) * 96;
    expect(chart.y + chart.height).toBeLessThan(printable);
  });
}

/** Pages in a PDF that Chromium wrote: one `/Type /Page` object each. */
const pdfPages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;

test('printed from a 1280 px desktop window, the report fits on at most 3 Letter and 3 A4 pages, with room to spare', async ({ page }) => {
  // The desktop layout, as someone who answered at a desk prints it: the chart
  // and every width-dependent part were laid out for 1280 px before printing.
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page);
  await start(page, 'full');
  await answer(page, plan(), 0, FULL, FULL);
  await expect(page.locator('svg.radar-chart')).toBeVisible();
  // At 110 % as well: the spare room that a wider font, or a bank with longer
  // text, takes up. (Letter, the shorter page, went to 4 pages at 110 % before
  // print.css set the review smaller.)
  for (const format of ['Letter', 'A4']) {
    for (const percent of [100, 110]) {
      const scale = percent / 100;
      const pdf = await page.pdf({ format, scale, printBackground: true });
      if (percent === 100) writeFileSync(`${screensDir}7-print-1280-${format}.pdf`, pdf);
      const pages = pdfPages(pdf);
      console.log(`1280 px, ${format} at ${percent} %: ${pages} pages`);
      expect(pages, `${format} at ${percent} %`).toBeGreaterThan(0);
      expect(pages, `${format} at ${percent} %`).toBeLessThanOrEqual(3);
    }
  }
});
