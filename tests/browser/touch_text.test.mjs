// Text from a phone's on-screen keyboard: a tap on an ImGui text field focuses a real <input>, so
// a keyboard opens, and what the keyboard sends — inserted text, a composed word, a deletion,
// Enter — lands in the field. A mouse click leaves the keys with the canvas as before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';

import { waitForApp } from '../support/chromium.mjs';
import { servePage, shotDir } from '../support/harness.mjs';
import { openPage } from '../support/page.mjs';

const ctx = servePage();
const state = (page) => page.evaluate(() => window.dealscope.state());
const focused = (page) => page.evaluate(() => document.activeElement && (document.activeElement.id || document.activeElement.tagName));

test('on a phone a tap on the search field opens a keyboard, and typed, composed and deleted text and Enter reach the search', async () => {
  const { page, failures } = await openPage(ctx, { width: 390, height: 844, deviceScaleFactor: 2, mobile: true });
  const cdp = await page.context().newCDPSession(page);
  const tap = async ([x, y, w, h]) => {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: x + w / 2, y: y + h / 2 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await waitForApp(page, { frames: 4 });
  };
  const settled = async () => waitForApp(page, { frames: 4 });

  await tap((await state(page)).targets.search);
  assert.equal(await focused(page), 'ds-touch-text', 'a tap on the search field focused no text field: no keyboard would open');
  // Plain insertion, as a keyboard without composition sends it (no keydown carries the letters).
  await cdp.send('Input.insertText', { text: 'Nvid' });
  await settled();
  assert.equal((await state(page)).query, 'Nvid');
  // A composing keyboard (most phone keyboards): the word grows while composed, then is committed.
  await cdp.send('Input.imeSetComposition', { text: 'i', selectionStart: 1, selectionEnd: 1 });
  await settled();
  assert.equal((await state(page)).query, 'Nvidi', 'composed text did not reach the field');
  await cdp.send('Input.imeSetComposition', { text: 'ia', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.insertText', { text: 'ia' });
  await settled();
  assert.equal((await state(page)).query, 'Nvidia');
  // The keyboard's delete key.
  for (const type of ['keyDown', 'keyUp']) {
    await cdp.send('Input.dispatchKeyEvent', { type, key: 'Backspace', code: 'Backspace', windowsVirtualKeyCode: 8 });
  }
  await settled();
  let s = await state(page);
  assert.equal(s.query, 'Nvidi');
  assert.ok(s.search_results.length > 0, 'no search results for "Nvidi"');
  await page.screenshot({ path: path.join(shotDir, 'web-phone-search-typed.png') });
  // Enter opens the first result (and clears the search), as on a desktop.
  for (const type of ['keyDown', 'keyUp']) {
    await cdp.send('Input.dispatchKeyEvent', { type, key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 });
  }
  await settled();
  s = await state(page);
  assert.equal(s.query, '', 'Enter did not open the first result');
  assert.equal(s.selected_entity, 'nvidia');

  // A tap elsewhere lets the field go, and the keyboard with it.
  await tap(s.targets['tab:network']);
  assert.notEqual(await focused(page), 'ds-touch-text', 'the keyboard stayed open after a tap outside the field');
  assert.deepEqual(failures, []);
  await page.close();
});

test('with a mouse a click on the search field keeps the keys on the canvas', async () => {
  const { page, failures } = await openPage(ctx, { width: 1280, height: 800 });
  const t = (await state(page)).targets.search;
  await page.mouse.click(t[0] + t[2] / 2, t[1] + t[3] / 2);
  await waitForApp(page, { frames: 4 });
  assert.equal(await focused(page), 'canvas');
  await page.keyboard.type('AMD');
  await waitForApp(page, { frames: 4 });
  assert.equal((await state(page)).query, 'AMD');
  assert.deepEqual(failures, []);
  await page.close();
});
