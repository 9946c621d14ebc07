// Workshop mode: share links pasted with noise between them become a team
// radar with exact means, band and n; bad lines are reported by line number;
// the CSV parses back to the same numbers with formula labels neutralised;
// a shared result joins a workshop in one tap; the report prints on at most
// 2 pages; axe and screenshots at 360 and 1280, light and dark, and at 500.
import { mkdirSync } from 'node:fs';
import { test, expect, open, bank, percent, axe, download, today, screensDir, scrollsSideways } from './helpers.mjs';
import { fingerprint, sharePayload } from './links.mjs';

// ------------------------------------------------ share links, as share.rs writes them

const FINGERPRINT = fingerprint(bank);
/** A `#r=` payload for the built-in bank (links.mjs). */
const payload = (options) => sharePayload(bank, options);

const inGroup = bank.groups.map((g) => bank.questions.map((q, i) => (q.group === g.id ? i : -1)).filter((i) => i >= 0));

/** Person p: a full assessment every fourth person, else a quick check with its own draw. */
function person(p, name) {
  const full = p % 4 === 0;
  const asked = full ? bank.questions.map((_, i) => i) : inGroup.flatMap((qs) => {
    const a = p % qs.length;
    return [qs[a], qs[(a + 1 + (p % 4)) % qs.length]];
  });
  const pick = (i) => (p * 7 + i * 3 + ((p * i) % 5)) % 4;
  const scores = bank.groups.map((g, gi) => {
    const mine = asked.filter((i) => bank.questions[i].group === g.id);
    return percent(mine.reduce((s, i) => s + bank.questions[i].options[pick(i)].score, 0), mine.length);
  });
  return { payload: payload({ asked, pick, name }), scores, length: full ? 'full' : 'quick', name };
}

/** The rounded mean as the README defines it: halves away from zero, in whole numbers. */
const mean = (values) => Math.floor((2 * values.reduce((a, b) => a + b, 0) + values.length) / (2 * values.length));

const FORMULA = '=HYPERLINK("http://x.example","Click")';
const people = Array.from({ length: 20 }, (_, p) => person(p, p === 0 ? 'Ana López' : p === 1 ? FORMULA : undefined));

/** The pasted text: a chat export, with every kind of bad line, and the line numbers of each. */
function chat(base) {
  const lines = ['Leadership programme, day 2 (chat export)'];
  const at = { noise: [1] };
  people.forEach((x, p) => {
    lines.push(`[09:${String(p).padStart(2, '0')}] Person ${p}: ${base}#r=${x.payload}`);
    if (p % 6 === 5) {
      lines.push('', 'thanks, see you after lunch');
      at.noise.push(lines.length);
    }
  });
  const add = (key, text) => { lines.push(text); at[key] = lines.length; };
  add('duplicate', `again: ${base}#r=${people[3].payload}`);
  const other = payload({ asked: inGroup.flatMap((qs) => qs.slice(0, 2)), pick: () => 1, print: '00000000deadbeef' });
  add('otherBank', `${base}#r=${other}`);
  const p5 = people[5].payload;
  add('tampered', `${base}#r=${p5.slice(0, 9)}${p5[9] === 'A' ? 'B' : 'A'}${p5.slice(10)}`);
  add('bye', 'Bye all!');
  at.noise.push(at.bye);
  return { text: lines.join('\n'), at };
}

const WORKSHOP = 'Leadership 2027';

async function openWorkshops(page) {
  await page.goto('./?workshop');
  await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible();
}

async function createWorkshop(page, name = WORKSHOP) {
  await page.getByLabel('Name of a new workshop').fill(name);
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

async function paste(page, text) {
  await page.getByLabel('Share links, or text that contains them').fill(text);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
}

/** The team table as numbers: [mean, lowest, highest] per group, in bank order. */
async function teamTable(page) {
  return page.locator('table.pr-team-scores tbody tr').evaluateAll((rows) =>
    rows.map((r) => [...r.querySelectorAll('td')].map((td) => Number(td.textContent))));
}

function expectedTeam(list) {
  return bank.groups.map((_, g) => {
    const s = list.map((x) => x.scores[g]);
    return [mean(s), Math.min(...s), Math.max(...s)];
  });
}

/** RFC 4180, as a spreadsheet reads it. */
function parseCsv(text) {
  const rows = []; let row = []; let field = ''; let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\r') { /* CRLF */ } else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; } else field += c;
  }
  return rows;
}

/** A workshop of `n` stored as the app stores it, with varied scores. */
function storedWorkshop(name, n) {
  const entries = Array.from({ length: n }, (_, k) => ({
    number: k + 1,
    added: '2025-03-14',
    length: k % 3 ? 'quick' : 'full',
    scores: bank.groups.map((_, g) => (k % 3 ? [0, 17, 33, 50, 67, 83, 100] : [0, 17, 33, 50, 56, 61, 67, 72, 83, 100])[(k * (g + 3) + g * g + (k >> 3)) % (k % 3 ? 7 : 10)]),
    key: `${FINGERPRINT}-${k.toString(16).padStart(8, '0')}`,
  }));
  return JSON.stringify({ format: 1, name, bank: FINGERPRINT, next: n + 1, entries });
}

async function seed(page, name, json) {
  await page.evaluate(([key, value, index]) => {
    localStorage.setItem(key, value);
    localStorage.setItem('partner-radar/workshops', JSON.stringify(index));
  }, [`partner-radar/workshop/${name}`, json, [name]]);
}

// ---------------------------------------------------------------------- tests

test('20 links pasted with noise give the exact means, band and n; bad lines are named by number', async ({ page, baseURL }) => {
  expect(new Set(people.map((x) => x.payload)).size).toBe(20);
  await openWorkshops(page);
  await expect(page.getByText('There are no workshops on this device yet.')).toBeVisible();
  await createWorkshop(page);
  await expect(page.getByText(/^No results yet/)).toBeVisible();
  const { text, at } = chat(new URL('./', baseURL).href);
  await paste(page, text);

  await expect(page.locator('.pr-add-summary')).toHaveText('Added 20 results.');
  const problems = await page.locator('.pr-add-problems li').allTextContents();
  expect(problems).toEqual([
    `Line ${at.duplicate}: the same result as Participant 4, which is already in the workshop.`,
    `Line ${at.otherBank}: this link was made with a different set of scenarios, so it cannot join this workshop.`,
    `Line ${at.tampered}: this link is damaged, incomplete or has been changed.`,
    `Lines ${at.noise.slice(0, -1).join(', ')} and ${at.noise.at(-1)} have no results link.`,
  ]);

  // n, the means, the lowest and highest, the averages, strongest and weakest.
  await expect(page.locator('.pr-team-n dd')).toHaveText('20');
  const expected = expectedTeam(people);
  expect(await teamTable(page)).toEqual(expected);
  const sumSide = (side) => people.flatMap((x) => bank.groups.map((g, i) => (g.side === side ? x.scores[i] : null)).filter((s) => s !== null));
  await expect(page.locator('.pr-team-highlights .pr-inside dd')).toHaveText(String(mean(sumSide('inside'))));
  await expect(page.locator('.pr-team-highlights .pr-outside dd')).toHaveText(String(mean(sumSide('outside'))));
  const sums = bank.groups.map((_, g) => people.reduce((s, x) => s + x.scores[g], 0));
  const strongest = sums.indexOf(Math.max(...sums));
  const order = sums.map((s, g) => [s, g]).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, g]) => g);
  await expect(page.locator('.pr-team-highlights .pr-strongest dd')).toHaveText(bank.groups[strongest].name);
  await expect(page.locator('.pr-team-highlights .pr-weakest dd')).toHaveText(bank.groups[order[0]].name);
  await expect(page.getByText(/halves away from zero/)).toBeVisible();

  // The radar draws the means (its accessible name lists them).
  const label = await page.locator('.pr-team-chart svg.radar-chart').getAttribute('aria-label');
  for (const [g, group] of bank.groups.entries()) expect(label).toContain(`${group.name} ${expected[g][0]}`);
  // The band from the lowest to the highest score, and each person as a faint outline that can be switched off.
  await expect(page.locator('.pr-team-chart g.radar-band')).toHaveCount(1);
  await expect(page.locator('.pr-team-chart g.radar-outlines polyline')).toHaveCount(20);
  await page.getByLabel('Show each person').uncheck();
  await expect(page.locator('.pr-team-chart g.radar-outlines')).toHaveCount(0);
  await expect(page.locator('.pr-team-chart g.radar-band')).toHaveCount(1);
  await page.getByLabel('Show each person').check();
  await expect(page.locator('.pr-team-chart g.radar-outlines')).toHaveCount(1);

  // A dot per person in each group's plot, and team advice for the two weakest groups.
  for (const plot of await page.locator('.pr-dots-people').all()) await expect(plot.locator('circle')).toHaveCount(20);
  await expect(page.locator('.pr-team-advice h3')).toHaveText([order[0], order[1]].map((g) => new RegExp(`^${bank.groups[g].name}`)));
  const firstAdvice = bank.groups[order[0]];
  const band = (s) => (s < 40 ? 'low' : s < 70 ? 'mid' : 'high');
  await expect(page.locator('.pr-team-advice .pr-advice').first()).toHaveText(firstAdvice.team_advice[band(expected[order[0]][0])]);

  // Participants: the name given when sharing, else "Participant N".
  const labels = await page.locator('.pr-participants-table tbody th').allTextContents();
  expect(labels).toEqual(people.map((x, p) => x.name ?? `Participant ${p + 1}`));

  // Kept on this device: a reload and a reopen show the same team.
  await page.reload();
  await page.getByRole('button', { name: `Open ${WORKSHOP}` }).click();
  expect(await teamTable(page)).toEqual(expected);
  const stored = await page.evaluate((k) => localStorage.getItem(k), `partner-radar/workshop/${WORKSHOP}`);
  for (const x of people) expect(stored).not.toContain(x.payload);
  for (const q of bank.questions.slice(0, 5)) expect(stored).not.toContain(`"${q.id}"`);
});

test('the CSV parses back to the same numbers, and a formula label is neutralised', async ({ page, baseURL }) => {
  await openWorkshops(page);
  await createWorkshop(page);
  await paste(page, chat(new URL('./', baseURL).href).text);
  await expect(page.locator('.pr-team-n dd')).toHaveText('20');
  const csvFile = await download(page, 'Download scores (CSV)');
  expect(csvFile.name).toBe(`partner-radar-workshop-${today()}.csv`);
  const csv = csvFile.bytes.toString('utf8');
  expect(csv.startsWith('\ufeff')).toBe(true);
  const rows = parseCsv(csv.slice(1));
  expect(rows[0]).toEqual(['label', 'date', 'length', ...bank.groups.map((g) => g.id)]);
  expect(rows.slice(1)).toEqual(people.map((x, p) => [
    p === 1 ? `'${FORMULA}` : x.name ?? `Participant ${p + 1}`,
    today(),
    x.length,
    ...x.scores.map(String),
  ]));
});

test('the team chart downloads as SVG, with or without each person, and as a 2x PNG', async ({ page, baseURL }) => {
  await openWorkshops(page);
  await createWorkshop(page);
  await paste(page, chat(new URL('./', baseURL).href).text);
  await expect(page.locator('.pr-team-n dd')).toHaveText('20');
  const expected = expectedTeam(people);

  const downloadSvg = async () => {
    const file = await download(page, 'Download chart (SVG)');
    expect(file.name).toBe(`partner-radar-${today()}.svg`);
    const text = file.bytes.toString('utf8');
    return page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const screen = document.querySelector('.pr-team-chart svg.radar-chart');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        title: doc.querySelector('title')?.textContent ?? '',
        width: +doc.documentElement.getAttribute('width'),
        height: +doc.documentElement.getAttribute('height'),
        polylines: doc.querySelectorAll('polyline').length,
        onScreen: screen.querySelectorAll('polyline').length,
      };
    }, text);
  };
  // The file is the team radar on screen: the means named in its title, and
  // the same outlines, band and mean drawn.
  const withEach = await downloadSvg();
  expect(withEach.error).toBeNull();
  for (const [g, group] of bank.groups.entries()) expect(withEach.title).toContain(`${group.name} ${expected[g][0]}`);
  expect(withEach.polylines).toBe(withEach.onScreen);
  // Switching the people off leaves them out of the file as well.
  await page.getByLabel('Show each person').uncheck();
  await expect(page.locator('.pr-team-chart g.radar-outlines')).toHaveCount(0);
  const without = await downloadSvg();
  expect(without.polylines).toBe(without.onScreen);
  expect(withEach.polylines - without.polylines).toBe(20);

  const pngFile = await download(page, 'Download chart (PNG)');
  expect(pngFile.name).toBe(`partner-radar-${today()}.png`);
  const png = pngFile.bytes;
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  // IHDR: width and height, big-endian, at bytes 16 and 20.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([2 * without.width, 2 * without.height]);
});

test('numbers stay after a removal, clearing asks first, and a damaged saved result is reported while the rest load', async ({ page, baseURL }) => {
  await openWorkshops(page);
  await createWorkshop(page);
  const base = new URL('./', baseURL).href;
  await paste(page, people.slice(0, 3).map((x) => `${base}#r=${x.payload}`).join('\n'));
  await page.getByRole('button', { name: 'Remove Participant 3' }).click();
  await expect(page.locator('.pr-team-n dd')).toHaveText('2');
  await paste(page, `${base}#r=${people[2].payload}\n${base}#r=${people[3].payload}`);
  await expect(page.locator('.pr-participants-table tbody th')).toHaveText(['Ana López', FORMULA, 'Participant 4', 'Participant 5']);

  // A damaged entry in storage: reported, kept, and the rest load.
  const key = `partner-radar/workshop/${WORKSHOP}`;
  await page.evaluate((k) => {
    const w = JSON.parse(localStorage.getItem(k));
    w.entries.push({ number: 9, scores: [1, 2] });
    localStorage.setItem(k, JSON.stringify(w));
  }, key);
  await page.reload();
  await page.getByRole('button', { name: `Open ${WORKSHOP}` }).click();
  await expect(page.getByText('1 saved result in this workshop could not be read.', { exact: false })).toBeVisible();
  await expect(page.locator('.pr-team-n dd')).toHaveText('4');

  await page.getByRole('button', { name: 'Clear the workshop' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.pr-team-n dd')).toHaveText('4');
  await page.getByRole('button', { name: 'Clear the workshop' }).click();
  await page.getByRole('button', { name: 'Yes, clear it' }).click();
  await expect(page.getByText(/^No results yet/)).toBeVisible();
  const after = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)), key);
  expect(after.entries).toEqual([]);

  // A .txt file adds the same way, lines numbered in the file.
  await page.locator('#pr-add-file').setInputFiles({ name: 'links.txt', mimeType: 'text/plain', buffer: Buffer.from(`hello\r\n${base}#r=${people[6].payload}\r\n`) });
  await expect(page.locator('.pr-add-summary')).toHaveText('Added 1 result.');
  await expect(page.locator('.pr-add-problems li')).toHaveText(['Line 1 has no results link.']);
  await expect(page.locator('.pr-participants-table tbody th')).toHaveText(['Participant 1']);
  // So does a .csv, such as a form's export: a BOM, a header, quoted fields.
  const form = `\ufeffname,link\r\n"Kim, K.","${base}#r=${people[7].payload}"\r\n"Lee","${base}#r=${people[6].payload}"\r\n`;
  await page.locator('#pr-add-file').setInputFiles({ name: 'form.csv', mimeType: 'text/csv', buffer: Buffer.from(form) });
  await expect(page.locator('.pr-add-summary')).toHaveText('Added 1 result.');
  await expect(page.locator('.pr-add-problems li')).toHaveText([
    'Line 3: the same result as Participant 1, which is already in the workshop.',
    'Line 1 has no results link.',
  ]);
  await expect(page.locator('.pr-participants-table tbody th')).toHaveText(['Participant 1', people[7].name ?? 'Participant 2']);

  // Deleting the workshop asks first, then removes it from the device.
  await page.getByRole('button', { name: 'All workshops' }).click();
  await page.getByRole('button', { name: `Delete ${WORKSHOP}` }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.getByText('There are no workshops on this device yet.')).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBeNull();
});

test('a shared result is added to a workshop in one tap from its read-only page', async ({ page }) => {
  await openWorkshops(page);
  await createWorkshop(page);
  await paste(page, people.slice(0, 2).map((x) => `#r=${x.payload}`).join('\n'));
  await expect(page.locator('.pr-team-n dd')).toHaveText('2');

  // The participant's QR code opens the shared view on the facilitator's tablet.
  await page.goto(`./#r=${people[7].payload}`);
  await expect(page.locator('.pr-shared-title')).toHaveText('Shared result');
  await expect(page.getByLabel('Workshop', { exact: true })).toHaveValue(WORKSHOP);
  await page.getByRole('button', { name: 'Add to workshop' }).click();
  await expect(page.locator('.pr-add-to-workshop [role=status]')).toContainText(`Added to “${WORKSHOP}” as Participant 3.`);
  await page.getByRole('button', { name: 'Add to workshop' }).click();
  await expect(page.locator('.pr-add-to-workshop [role=status]')).toContainText(`This result is already in “${WORKSHOP}”, as Participant 3.`);
  await page.getByRole('link', { name: 'Open the workshops' }).click();
  await page.getByRole('button', { name: `Open ${WORKSHOP}` }).click();
  await expect(page.locator('.pr-team-n dd')).toHaveText('3');
  expect(await teamTable(page)).toEqual(expectedTeam([people[0], people[1], people[7]]));
});

test('a shared result with no workshop yet starts one; a kiosk has no workshop', async ({ page }) => {
  await page.goto(`./#r=${people[8].payload}`);
  await expect(page.locator('.pr-shared-title')).toHaveText('Shared result');
  await page.getByLabel('Name of a new workshop').fill('Tuesday group');
  await page.getByRole('button', { name: 'Add to workshop' }).click();
  await expect(page.locator('.pr-add-to-workshop [role=status]')).toContainText('Added to “Tuesday group” as Participant 1.');

  await page.goto('./?kiosk&workshop');
  await expect(page.getByRole('button', { name: /^Start the quick check/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Workshops' })).toHaveCount(0);
  await page.goto(`./?kiosk#r=${people[8].payload}`);
  await expect(page.locator('.pr-shared-title')).toHaveText('Shared result');
  await expect(page.getByRole('heading', { name: 'Add to a workshop' })).toHaveCount(0);
});

/** Pages in a PDF that Chromium wrote: one `/Type /Page` object each. */
const pdfPages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;

for (const size of [{ width: 1280, height: 800 }, { width: 794, height: 1123 }]) {
  test(`the team report prints on at most 2 A4 and 2 Letter pages (from a ${size.width} px window)`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto('./');
    await seed(page, 'Big', storedWorkshop('Big', 500));
    await openWorkshops(page);
    await page.getByRole('button', { name: 'Open Big' }).click();
    await expect(page.locator('.pr-team-n dd')).toHaveText('500');
    await page.emulateMedia({ media: 'print' });
    const visibleButtons = await page.locator('#partner-radar button').evaluateAll((bs) => bs.filter((b) => b.getClientRects().length > 0).length);
    expect(visibleButtons).toBe(0);
    await expect(page.locator('.pr-print-date')).toBeVisible();
    await expect(page.locator('.pr-participants')).toBeHidden();
    for (const format of ['A4', 'Letter']) {
      const pdf = await page.pdf({ format, printBackground: true });
      const pages = pdfPages(pdf);
      console.log(`team report, ${format} from ${size.width} px: ${pages} pages`);
      expect(pages).toBeGreaterThan(0);
      expect(pages, format).toBeLessThanOrEqual(2);
    }
    if (size.width === 1280) await page.screenshot({ path: `${screensDir}workshop-print.png`, fullPage: true });
  });
}

// ------------------------------------------------------- accessibility and screens

test.beforeAll(() => mkdirSync(screensDir, { recursive: true }));

async function check(page, name, size, theme) {
  await page.screenshot({ path: `${screensDir}workshop-${name}-${size.width}-${theme}.png`, fullPage: true });
  const wide = await page.evaluate(() => [...document.querySelectorAll('#partner-radar *')]
    .filter((e) => !e.closest('.pr-table-scroll') && e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
    .map((e) => `${e.tagName}.${e.getAttribute('class')}`).slice(0, 5));
  expect(await scrollsSideways(page), `${name} scrolls sideways at ${size.width}px: ${wide}`).toBe(false);
  const inline = await page.locator('#partner-radar [style]:not([style=""])').evaluateAll((es) => es.map((e) => e.outerHTML.slice(0, 120)));
  expect(inline, `${name} has inline styles`).toEqual([]);
  await axe(page, `${name} at ${size.width} in ${theme}`);
}

for (const theme of ['light', 'dark']) {
  for (const size of [{ width: 360, height: 740 }, { width: 768, height: 1024 }, { width: 1280, height: 800 }, { width: 1920, height: 1080 }]) {
    test(`workshop screens at ${size.width} px in ${theme}: no sideways scroll, axe, screenshots`, async ({ page, baseURL }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.setViewportSize(size);
      await openWorkshops(page);
      await check(page, '1-list-empty', size, theme);
      await createWorkshop(page);
      await check(page, '2-empty', size, theme);
      await paste(page, chat(new URL('./', baseURL).href).text);
      await expect(page.locator('.pr-team-n dd')).toHaveText('20');
      await page.locator('.pr-spread-details summary').click();
      await check(page, '3-team-20', size, theme);
      await page.getByRole('button', { name: 'All workshops' }).click();
      await seed(page, 'Big', storedWorkshop('Big', 500));
      await page.reload();
      await page.getByRole('button', { name: 'Open Big' }).click();
      await expect(page.locator('.pr-team-n dd')).toHaveText('500');
      await check(page, '4-team-500', size, theme);
      await page.goto(`./#r=${people[9].payload}`);
      await expect(page.locator('.pr-shared-title')).toHaveText('Shared result');
      await page.getByRole('button', { name: 'Add to workshop' }).click();
      await expect(page.locator('.pr-add-to-workshop [role=status] p').first()).toBeVisible();
      await page.locator('.pr-add-to-workshop').scrollIntoViewIfNeeded();
      await axe(page, `shared with Add to a workshop at ${size.width} in ${theme}`);
      await page.locator('.pr-add-to-workshop').screenshot({ path: `${screensDir}workshop-5-add-from-shared-${size.width}-${theme}.png` });
    });
  }
}
