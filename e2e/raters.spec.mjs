// How others see you: a person finishes, invites three raters (each in a
// browser context of their own, as on their own devices), the raters answer
// as they believe the person would act and send back reply links, and the
// person lays the replies over their own radar. Also: refused replies, a
// reply opened by its link, the share link with others' means, host events
// and axe on every new screen.
import { test, expect, open, start, answer, axe, bank, percent, optionScoring, questionByScenario, download, screensDir, QUICK } from './helpers.mjs';
import { reseal } from './links.mjs';

/** Per group (bank order), the score each rater or the person picks for every scenario of it. */
const PERSON = [3, 3, 3, 3, 3, 1];
const RATERS = [
  [3, 2, 3, 3, 1, 2],
  [3, 2, 3, 2, 1, 2],
  [3, 1, 2, 3, 1, 3],
];
const RELATIONSHIPS = ['I report to them', 'Peer', 'I am their manager'];

const groupOf = (q) => bank.groups.findIndex((g) => g.id === q.group);
const byGroup = (picks) => ({ pick: (q) => picks[groupOf(q)] });
/** A group score when every one of its scenarios scored `pick`. */
const scoreOf = (pick) => percent(2 * pick, 2);
/** Mean of integers, rounded with halves up, as the README says. */
const mean = (xs) => Math.floor((2 * xs.reduce((a, b) => a + b, 0) + xs.length) / (2 * xs.length));

/** The scenario text of the legend, without the rater's "Picture … in this situation." and "Here, “you” means …" lines. */
async function scenarioText(page) {
  return page.locator('legend').evaluate((el) => [...el.childNodes]
    .filter((n) => !(n.classList && (n.classList.contains('pr-picture') || n.classList.contains('pr-you-means'))))
    .map((n) => n.textContent).join(''));
}

/** Answers a rater's attempt with `picks`, checking the wording on every scenario. */
async function rateAll(page, name, picks, total) {
  for (let i = 0; i < total; i++) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Scenario ${i + 1} of ${total}`);
    await expect(page.locator('.pr-picture')).toHaveText(`Picture ${name} in this situation.`);
    await expect(page.locator('.pr-you-means')).toHaveText(`Here, “you” means ${name === 'a colleague' ? 'the colleague who asked' : name}.`);
    await expect(page.locator('#pr-instruction')).toHaveText(`What would ${name} most likely do?`);
    const q = questionByScenario(await scenarioText(page));
    await page.getByText(optionScoring(q, picks[groupOf(q)]).text, { exact: true }).click();
    await page.getByRole('button', { name: i === total - 1 ? /^See results/ : /^Next/ }).click();
  }
}

/** axe with every violation counted, and a screenshot, in light and dark at 360, 768, 1280 and 1920 px. */
async function axeEverywhere(page, name, clip) {
  for (const scheme of ['light', 'dark']) {
    // Without motion, so no colour is caught mid-transition by axe.
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    for (const width of [360, 768, 1280, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      await axe(page, `${name} ${scheme} ${width}`, { all: true });
      await page.screenshot({ path: `${screensDir}${name}-${scheme}-${width}.png`, fullPage: true });
      if (clip) await page.locator(clip).screenshot({ path: `${screensDir}${name}-clip-${scheme}-${width}.png` });
    }
  }
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('a person invites three raters and lays their replies over the radar', async ({ page, browser, baseURL }) => {
  test.setTimeout(240_000);
  const events = [];
  await page.exposeFunction('__hostEvent', (detail) => events.push(detail));
  await page.addInitScript(() => {
    for (const type of ['invite-created', 'reply-added']) {
      document.addEventListener(`partner-radar:${type}`, (e) => window.__hostEvent(e.detail), true);
    }
  });
  await open(page);
  await start(page, 'quick');
  const asked = await answer(page, byGroup(PERSON), 0, QUICK, QUICK);
  expect(asked).toHaveLength(QUICK);
  await expect(page.getByRole('heading', { name: 'Your partnership radar', level: 1 })).toBeVisible();

  // The invitation, with a first name and a message the person may edit.
  const invite = page.locator('.pr-invite');
  await invite.getByLabel('Your first name (optional)').fill('  Sam   ');
  await invite.getByRole('button', { name: 'Make an invitation link' }).click();
  const inviteUrl = await invite.locator('.pr-hand-over-link').inputValue();
  expect(inviteUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/tools\/partner-radar\/#i=[A-Za-z0-9_-]+$/);
  expect(inviteUrl.split('#i=')[1].length).toBeLessThanOrEqual(200);
  const message = invite.getByLabel('Message to send with the link (you can change it)');
  await expect(message).toHaveValue(new RegExp(inviteUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await message.fill(`Hello team, please answer: ${inviteUrl}`);
  await expect(message).toHaveValue(`Hello team, please answer: ${inviteUrl}`);
  await expect(invite.locator('.pr-qr-code svg')).toBeVisible();
  await axeEverywhere(page, 'invitation', '.pr-invite');

  // Three raters, each on a device of their own.
  const replies = [];
  for (const [k, picks] of RATERS.entries()) {
    const context = await browser.newContext({ baseURL });
    const rater = await context.newPage();
    const problems = [];
    rater.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    rater.on('pageerror', (e) => problems.push(e.message));
    await rater.goto(inviteUrl);
    await expect(rater.getByRole('heading', { level: 1 })).toHaveText('Sam asks how you see them');
    await expect(rater.locator('.pr-points')).toContainText('Nothing is sent anywhere');
    await rater.getByLabel('How do you work with them? (optional)').selectOption({ label: RELATIONSHIPS[k] });
    if (k === 0) await axeEverywhere(rater, 'rater-welcome');
    await rater.getByRole('button', { name: 'Start' }).click();
    if (k === 0) {
      // A rater's progress survives a reload, kept by invitation.
      const q = questionByScenario(await scenarioText(rater));
      await rater.getByText(optionScoring(q, picks[groupOf(q)]).text, { exact: true }).click();
      await rater.getByRole('button', { name: /^Next/ }).click();
      await axeEverywhere(rater, 'rater-scenario');
      await rater.reload();
      await expect(rater.getByRole('heading', { level: 1 })).toHaveText('Sam asks how you see them');
      await rater.getByRole('button', { name: 'Continue' }).click();
      await rater.getByRole('button', { name: 'Back' }).click();
    }
    await rateAll(rater, 'Sam', picks, QUICK);
    await expect(rater.getByRole('heading', { level: 1 })).toHaveText('Thank you');
    await expect(rater.locator('table')).toHaveCount(0);
    await expect(rater.locator('.radar-chart')).toHaveCount(0);
    const reply = await rater.locator('.pr-hand-over-link').inputValue();
    expect(reply).toMatch(/#v=[A-Za-z0-9_-]+$/);
    expect(reply.split('#v=')[1].length).toBeLessThanOrEqual(200);
    if (k === 0) await axeEverywhere(rater, 'rater-thanks');
    replies.push(reply);
    expect(problems).toEqual([]);
    await context.close();
  }

  // Refused: a tampered reply, and a reply to an invitation this device never made.
  const good = replies[0].split('#v=')[1];
  const flip = (c) => (c === 'A' ? 'B' : 'A');
  const tampered = good.slice(0, 12) + flip(good[12]) + good.slice(13);
  const bytes = Buffer.from(good, 'base64url');
  bytes[5] ^= 0xff; // the invitation id starts after the format and the fingerprint
  const otherInvitation = reseal(bytes);

  const add = page.locator('.pr-add-replies');
  await add.getByLabel('Reply links, one per line').fill([
    replies[0],
    '',
    tampered,
    `see ${replies[1]}`.replace('see ', ''),
    otherInvitation,
    replies[0],
    'thanks for asking!',
  ].join('\n'));
  await add.getByRole('button', { name: 'Add replies' }).click();
  await expect(add.locator('.pr-line-report li')).toHaveText([
    'Line 1: added',
    'Line 3: this reply link is damaged or incomplete: ask for it again',
    'Line 4: added',
    'Line 5: this reply answers an invitation made on another device, or one that was deleted',
    'Line 6: this reply was added already',
    'Line 7: this is not a reply link',
  ]);

  // The third reply arrives as a link opened on this device.
  await page.goto('about:blank');
  await page.goto(replies[2]);
  await expect(page.locator('.pr-reply-notice')).toContainText('Reply added. You now have 3 replies on this attempt.');
  await expect(page.getByRole('heading', { name: 'Your partnership radar', level: 1 })).toBeVisible();
  expect(new URL(page.url()).hash).toBe('');

  // Others' means in the table equal the expected means exactly.
  const you = PERSON.map(scoreOf);
  const others = bank.groups.map((_, g) => mean(RATERS.map((r) => scoreOf(r[g]))));
  const table = page.locator('table.pr-comparison');
  await expect(table.locator('thead th')).toHaveText(['Partnership', 'You', 'Others (n = 3)', 'Others − you']);
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(bank.groups.length);
  for (const [g, group] of bank.groups.entries()) {
    const gap = others[g] - you[g];
    await expect(rows.nth(g).locator('th, td')).toHaveText([group.name, String(you[g]), String(others[g]), gap > 0 ? `+${gap}` : String(gap)]);
  }
  const blind = bank.groups.filter((_, g) => others[g] - you[g] <= -15).map((g) => g.name);
  const hidden = bank.groups.filter((_, g) => others[g] - you[g] >= 15).map((g) => g.name);
  expect(blind.length).toBeGreaterThan(0);
  expect(hidden.length).toBeGreaterThan(0);
  await expect(page.locator('.pr-blind-spots li')).toHaveText(blind);
  await expect(page.locator('.pr-hidden-strengths li')).toHaveText(hidden);
  await expect(page.locator('.pr-few-replies')).toHaveCount(0);
  await expect(page.locator('.pr-raters-from')).toHaveText('Replies from someone who reports to you, a peer and a manager.');

  // The radar carries the others' series, dashed, and the legend names it.
  await expect(page.locator('.radar-chart g.radar-series[data-series="others"]')).toHaveCount(1);
  await expect(page.locator('.pr-legend .pr-line-others')).toHaveText('Others (n = 3)');

  // The downloaded chart carries the others' series too: the file has the
  // screen's layers (series included) plus its own background, and the
  // others' layer is drawn in both.
  const file = (await download(page, 'Download chart (SVG)')).bytes.toString('utf8');
  const layers = await page.evaluate((text) => {
    const counts = (root) => [...root.children].filter((c) => c.localName === 'g').map((g) => g.querySelectorAll('*').length);
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const screen = document.querySelector('.radar-chart');
    const others = [...screen.children].findIndex((g) => g.dataset.series === 'others');
    return { file: counts(doc.documentElement), screen: counts(screen), others };
  }, file);
  expect(layers.others).toBeGreaterThan(0);
  expect(layers.file).toHaveLength(layers.screen.length + 1);
  expect(layers.screen[layers.others]).toBeGreaterThan(0);
  expect(layers.file[layers.others + 1]).toBeGreaterThan(0);

  // Printed, the overlay and its table are on the page.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.radar-chart g.radar-series[data-series="others"]')).toBeVisible();
  await expect(page.locator('table.pr-comparison')).toBeVisible();
  await expect(page.locator('.pr-blind-spots')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // Host events say what happened and nothing about who.
  expect(events.map((e) => e.type)).toEqual(['invite-created', 'reply-added', 'reply-added', 'reply-added']);
  expect(events.filter((e) => e.type === 'reply-added').map((e) => e.replies)).toEqual([1, 2, 3]);
  for (const e of events) {
    expect(Object.keys(e).sort()).toEqual(e.type === 'reply-added' ? ['replies', 'source', 'type', 'version'] : ['source', 'type', 'version']);
  }

  // The share link holds only the person's scores, unless they choose to add the others'.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const keep = page.locator('.pr-keep');
  await keep.getByRole('button', { name: 'Copy link to my results' }).click();
  const plain = await keep.locator('.pr-share-url').inputValue();
  await keep.getByLabel('Include how others see me in the link').check();
  await keep.getByRole('button', { name: 'Copy link to my results' }).click();
  const withOthers = await keep.locator('.pr-share-url').inputValue();
  expect(withOthers).not.toBe(plain);
  const viewer = await browser.newContext({ baseURL });
  const view = await viewer.newPage();
  await view.goto(plain);
  await expect(view.locator('.radar-chart g.radar-series')).toHaveCount(0);
  await view.goto('about:blank');
  await view.goto(withOthers);
  await expect(view.locator('.pr-shared-banner')).toBeVisible();
  await expect(view.locator('.radar-chart g.radar-series[data-series="others"]')).toHaveCount(1);
  await expect(view.locator('table.pr-comparison tbody tr').first().locator('td').nth(1)).toHaveText(String(others[0]));
  await viewer.close();

  // Overlay and replies screens pass axe in light and dark, wide and narrow.
  await axeEverywhere(page, 'overlay', '.pr-chart-and-table');
});

test('one or two replies come with a caution that raters can be told apart', async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  await open(page);
  await start(page, 'quick');
  await answer(page, byGroup(PERSON), 0, QUICK, QUICK);
  await page.locator('.pr-invite').getByRole('button', { name: 'Make an invitation link' }).click();
  const inviteUrl = await page.locator('.pr-invite .pr-hand-over-link').inputValue();
  const context = await browser.newContext({ baseURL });
  const rater = await context.newPage();
  await rater.goto(inviteUrl);
  await expect(rater.getByRole('heading', { level: 1 })).toHaveText('A colleague asks how you see them');
  await rater.getByRole('button', { name: 'Start' }).click();
  await rateAll(rater, 'a colleague', PERSON, QUICK);
  const reply = await rater.locator('.pr-hand-over-link').inputValue();
  await context.close();
  await page.locator('.pr-add-replies').getByLabel('Reply links, one per line').fill(reply);
  await page.locator('.pr-add-replies').getByRole('button', { name: 'Add replies' }).click();
  await expect(page.locator('.pr-few-replies')).toContainText('fewer than 3 replies');
  await expect(page.locator('.pr-gaps')).toContainText('within 15 points');
  // A reply for another bank is refused with its own message.
  const other = Buffer.from(reply.split('#v=')[1], 'base64url');
  other[1] ^= 0x01;
  await page.locator('.pr-add-replies').getByLabel('Reply links, one per line').fill(reseal(other));
  await page.locator('.pr-add-replies').getByRole('button', { name: 'Add replies' }).click();
  await expect(page.locator('.pr-line-report li')).toHaveText(['Line 1: this reply was made with another set of questions']);
});

test('a damaged invitation link gets a notice and the welcome screen, once', async ({ page }) => {
  for (const bad of ['AAAA', '!!not-an-invitation%%', 'A'.repeat(5000)]) {
    await page.goto('about:blank'); // a new document, not a change of fragment
    await page.goto(`./#i=${bad}`);
    await expect(page.getByRole('status').filter({ hasText: /link/ }), bad).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/asks how you see them/);
    await expect(page.getByRole('button', { name: /^Start the full/ })).toBeVisible();
    // The address is cleared, so a reload does not report it again.
    expect(new URL(page.url()).hash).toBe('');
    await page.reload();
    await expect(page.getByRole('button', { name: /^Start the full/ })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /link/ })).toHaveCount(0);
  }
});

test('raters and history can be turned off, and a kiosk has neither', async ({ page }) => {
  const { openWithSettings } = await import('./helpers.mjs');
  await openWithSettings(page, { json: { raters: false, history: false } });
  await start(page, 'quick');
  await answer(page, byGroup(PERSON), 0, QUICK, QUICK);
  await expect(page.getByRole('heading', { name: 'Your partnership radar', level: 1 })).toBeVisible();
  await expect(page.locator('.pr-invite, .pr-add-replies, .pr-history')).toHaveCount(0);
});
