// The phone's menu: a tap outside it closes it and does nothing else (it used to reach what was
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

test('on a phone a tap outside the open menu closes it and switches nothing under it', async () => {
  const { page, failures } = await openPage(ctx, { width: 390, height: 844, deviceScaleFactor: 2, mobile: true, path: '#view=timeline' });
  let s = await state(page);
  const tab = s.targets['tab:conflicts'];
  await page.touchscreen.tap(...middle(s.targets.menu));
  await waitForApp(page, { frames: 5 });
  s = await state(page);
  assert.ok(s.targets.image, 'the menu did not open');
  // The left end of the Conflicts tab, which the menu (at the right edge) leaves uncovered.
  const outside = [tab[0] + 4, tab[1] + tab[3] / 2];
  assert.ok(outside[0] < s.targets.image[0] - 16, `the tap at x ${outside[0]} would be inside the menu`);
  await page.touchscreen.tap(...outside);
  await waitForApp(page, { frames: 5 });
  s = await state(page);
  assert.equal(s.targets.image, undefined, 'the menu stayed open');
  assert.equal(s.view, 'timeline', 'the closing tap also switched the view');
  // The same tap with the menu closed switches it.
  await page.touchscreen.tap(...outside);
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
