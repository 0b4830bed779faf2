// The phone's menu: a centred sheet; a tap outside it closes it and does nothing else (it used to reach what was
// drawn under the finger as well: a tab, a deal); it carries the overview a desktop shows beside the view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';

import { servePage, shotDir } from '../support/harness.mjs';
import { openPage } from '../support/page.mjs';
import { waitForApp } from '../support/chromium.mjs';

const ctx = servePage();
const state = (page) => page.evaluate(() => window.dealscope.state());
const middle = (t) => [t[0] + t[2] / 2, t[1] + t[3] / 2];

test('on a phone the menu is a centred sheet; a tap outside it closes it and switches nothing under it, as does its ×', async () => {
  const { page, failures } = await openPage(ctx, { width: 390, height: 844, deviceScaleFactor: 2, mobile: true, path: '#view=timeline' });
  let s = await state(page);
  const menu = s.targets.menu;
  await page.touchscreen.tap(...middle(menu));
  await waitForApp(page, { frames: 5 });
  s = await state(page);
  assert.ok(s.targets.image, 'the menu did not open');
  // As wide as the screen less a margin, the same on both sides, below its button, inside the screen.
  const [x, y, w, h] = s.targets['menu:sheet'];
  assert.ok(Math.abs(x - (390 - x - w)) <= 1 && w >= 390 - 24, `the sheet stands at x ${x}, ${w} wide`);
  assert.ok(y >= menu[1] + menu[3] && y + h <= 844, `the sheet runs from y ${y} to ${y + h}`);
  await page.screenshot({ path: path.join(shotDir, 'web-phone-menu-sheet.png') });
  // A tap on the headline above the sheet closes it and does nothing else.
  const outside = [40, menu[1] - 16];
  assert.ok(outside[1] < y, 'the headline is not outside the sheet');
  await page.touchscreen.tap(...outside);
  await waitForApp(page, { frames: 5 });
  s = await state(page);
  assert.equal(s.targets.image, undefined, 'the menu stayed open');
  assert.equal(s.view, 'timeline');
  // Its × closes it, and the tab the sheet covered takes a tap again.
  await page.touchscreen.tap(...middle(s.targets.menu));
  await waitForApp(page, { frames: 5 });
  s = await state(page);
  assert.ok(s.targets['menu:close'], 'the sheet has no ×');
  const [cx, cy, cw] = s.targets['menu:close'];
  assert.ok(cx + cw >= x + w - 24 && cy < y + 24, 'the × is not at the sheet\'s top right');
  await page.touchscreen.tap(...middle(s.targets['menu:close']));
  await waitForApp(page, { frames: 5 });
  s = await state(page);
  assert.equal(s.targets.image, undefined, 'the × left the menu open');
  assert.equal(s.view, 'timeline', 'the × also switched the view');
  await page.touchscreen.tap(...middle(s.targets['tab:conflicts']));
  await waitForApp(page, { frames: 5 });
  assert.equal((await state(page)).view, 'conflicts');
  assert.deepEqual(failures, []);
  await page.close();
});

test('on a phone a source opened from a deal leads back to that deal, not to the list of articles', async () => {
  const { page, failures } = await openPage(ctx, { width: 390, height: 844, deviceScaleFactor: 2, mobile: true, path: '#view=timeline' });
  await page.evaluate(() => window.dealscope.select('ms-openai-10b-2023'));
  await waitForApp(page, { frames: 3 });
  await page.evaluate(() => window.dealscope.openSource('ms-openai-10b-2023', 0));
  await waitForApp(page, { frames: 5 });
  let s = await state(page);
  assert.equal(s.view, 'articles');
  assert.ok(s.targets['reader:back'], 'no way back drawn');
  await page.touchscreen.tap(...middle(s.targets['reader:back']));
  await waitForApp(page, { frames: 5 });
  s = await state(page);
  assert.equal(s.view, 'timeline');
  assert.equal(s.selected_event, 'ms-openai-10b-2023');
  assert.equal(s.selected_article, null);
  assert.deepEqual(failures, []);
  await page.close();
});

test('on a phone the menu carries the overview: a question to start with opens its view and closes the menu', async () => {
  const { page, failures } = await openPage(ctx, { width: 390, height: 844, deviceScaleFactor: 2, mobile: true, path: '#view=timeline' });
  let s = await state(page);
  await page.touchscreen.tap(...middle(s.targets.menu));
  await waitForApp(page, { frames: 5 });
  s = await state(page);
  const question = s.targets['overview:question:1'];  // "Who buys computing power from whom?"
  assert.ok(question, 'the menu has no questions to start with');
  assert.ok(s.targets['overview:flow:0'], 'the menu has no largest flows');
  await page.screenshot({ path: path.join(shotDir, 'web-phone-menu-overview.png') });
  await page.touchscreen.tap(...middle(question));
  await waitForApp(page, { frames: 5 });
  s = await state(page);
  assert.equal(s.targets.image, undefined, 'the menu stayed open');
  assert.notEqual(s.view, 'timeline', 'the question opened no view');
  assert.deepEqual(failures, []);
  await page.close();
});

test('on a phone a reader who lands with no view named meets the overview first; a tapped question or tab goes on from it', async () => {
  const { page, failures } = await openPage(ctx, { width: 390, height: 844, deviceScaleFactor: 2, mobile: true, path: '' });
  let s = await state(page);
  assert.equal(s.overview_first, true);
  assert.ok(s.targets['overview:question:0'], 'the overview shows no questions');
  assert.ok(s.targets['tab:overview'], 'there is no Overview tab');
  await page.screenshot({ path: path.join(shotDir, 'web-phone-overview-first.png') });
  await page.touchscreen.tap(...middle(s.targets['overview:question:1']));  // "Who buys computing power from whom?"
  await waitForApp(page, { frames: 5 });
  s = await state(page);
  assert.equal(s.overview_first, false);
  assert.notEqual(s.view, 'timeline', 'the question led to no view of its own');
  await page.touchscreen.tap(...middle(s.targets['tab:overview']));
  await waitForApp(page, { frames: 5 });
  assert.equal((await state(page)).overview_first, true, 'the Overview tab did not bring the overview back');
  assert.deepEqual(failures, []);
  await page.close();
});
