// Input as browsers deliver it: the wheel scrolls the timeline's lanes and Ctrl+wheel zooms, a notch
// by the same amount whether it comes in pixels (Chromium) or lines (Firefox); a pen taps and drags like a mouse; taps land; a phone's
// detail sheet goes with a swipe or a tap outside.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';

import { waitForApp } from '../support/chromium.mjs';
import { servePage, shotDir } from '../support/harness.mjs';
import { openPage } from '../support/page.mjs';

const ctx = servePage();
const state = (page) => page.evaluate(() => window.dealscope.state());
const spanDays = (s) => (Date.parse(s.timeline.end) - Date.parse(s.timeline.start)) / 864e5;

// A wheel event as a given browser sends it, over the middle of the timeline.
async function wheel(page, init) {
  await page.evaluate((w) => {
    const canvas = document.getElementById('canvas');
    canvas.dispatchEvent(new WheelEvent('wheel', { clientX: 640, clientY: 400, bubbles: true, cancelable: true, ...w }));
  }, init);
  await waitForApp(page);
}

test('the wheel scrolls the lanes, says how to zoom, and leaves the dates alone', async () => {
  const { page, failures } = await openPage(ctx, { width: 1280, height: 800, path: '#view=timeline' });
  const before = await state(page);
  const lane = before.targets['earlier:openai'];
  assert.ok(lane, `the OpenAI lane's marker of earlier deals: ${Object.keys(before.targets).join(', ')}`);
  assert.ok(!before.targets['timeline:zoom-hint']);

  await wheel(page, { deltaY: 100, deltaMode: 0 });  // one notch down
  const after = await state(page);
  assert.equal(spanDays(after), spanDays(before), 'a plain wheel does not zoom');
  const moved = after.targets['earlier:openai'];
  assert.ok(!moved || moved[1] < lane[1] - 30, `the lanes scroll up: ${lane[1]} → ${moved && moved[1]}`);
  assert.ok(after.targets['timeline:zoom-hint'], 'the hint says how to zoom');
  await page.waitForFunction(() => !window.dealscope.state().targets['timeline:zoom-hint'], null, { timeout: 5000 });
  assert.deepEqual(failures, []);
  await page.close();
});

test('a Ctrl+wheel notch in pixels (Chromium) and in lines (Firefox) zooms the same way and as far', async () => {
  const { page, failures } = await openPage(ctx, { width: 1280, height: 800, path: '#view=timeline' });
  const home = await state(page);
  const span = spanDays(home);

  await wheel(page, { deltaY: -100, deltaMode: 0, ctrlKey: true });  // Chromium: one notch up, in pixels
  const chromium = spanDays(await state(page));
  assert.ok(chromium < span * 0.98, `a notch up should zoom in: ${span} → ${chromium} days`);

  await page.evaluate((link) => window.dealscope.applyLink(link), home.link);
  await waitForApp(page);
  assert.ok(Math.abs(spanDays(await state(page)) - span) <= 1);  // links keep whole days
  await wheel(page, { deltaY: -3, deltaMode: 1, ctrlKey: true });  // Firefox: the same notch, in lines
  const firefox = spanDays(await state(page));
  assert.ok(Math.abs(firefox - chromium) / chromium < 0.02, `pixels gave ${chromium} days, lines ${firefox}`);

  await wheel(page, { deltaY: 3, deltaMode: 1, ctrlKey: true });  // and back down: zooms out again
  assert.ok(spanDays(await state(page)) > firefox);
  assert.deepEqual(failures, []);
  await page.close();
});

test('a pen taps a tab and drags the timeline like a mouse', async () => {
  const { page, failures } = await openPage(ctx, { width: 1280, height: 800, path: '#view=timeline' });
  const cdp = await page.context().newCDPSession(page);
  const pen = async (type, x, y, buttons = 1) => {
    await cdp.send('Input.dispatchMouseEvent', {
      type, x, y, button: 'left', buttons, clickCount: 1, pointerType: 'pen', force: 0.5,
    });
  };
  const before = await state(page);
  // Drag across the timeline's plot from right to left: later dates come into view.
  await pen('mouseMoved', 900, 450, 0);
  await pen('mousePressed', 900, 450);
  for (let x = 880; x >= 700; x -= 20) await pen('mouseMoved', x, 450);
  await pen('mouseReleased', 700, 450, 0);
  await waitForApp(page);
  const after = await state(page);
  assert.ok(Date.parse(after.timeline.start) > Date.parse(before.timeline.start),
    `pen drag did not pan: ${before.timeline.start} → ${after.timeline.start}`);

  // Tap the Network tab where the last frame drew it.
  const t = (await state(page)).targets['tab:network'];
  const [tx, ty] = [t[0] + t[2] / 2, t[1] + t[3] / 2];
  await pen('mouseMoved', tx, ty, 0);
  await pen('mousePressed', tx, ty);
  await pen('mouseReleased', tx, ty, 0);
  await waitForApp(page);
  assert.equal((await state(page)).view, 'network');
  assert.deepEqual(failures, []);
  await page.close();
});

// A tap lands where the pointer was not in the frame before: ImGui 1.86 lets a tab take a press only
// where the pointer hovered a frame earlier, so the platform holds such a press back one frame.
for (const vp of [{ name: 'phone', width: 390, height: 844, deviceScaleFactor: 2, mobile: true, hasTouch: true },
  { name: 'desktop', width: 1280, height: 800, deviceScaleFactor: 1 }]) {
  test(`20 of 20 taps on tabs switch the view at ${vp.name} size`, async () => {
    const { page, failures } = await openPage(ctx, vp);
    const cdp = await page.context().newCDPSession(page);
    const tap = async (x, y) => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    let hits = 0;
    for (let k = 0; k < 20; ++k) {
      const want = k % 2 === 0 ? 'flows' : 'network';
      const t = (await state(page)).targets[`tab:${want}`];
      assert.ok(t, `tab:${want} not drawn`);
      await tap(t[0] + t[2] / 2, t[1] + t[3] / 2);
      // A tap takes four frames (the pointer moves there, presses, releases, lifts); the count starts
      // after the tap, or one frame into it: five leave room for both.
      await waitForApp(page, { frames: 5 });
      const s = await state(page);
      hits += s.view === want;
      // The lifted finger leaves no pointer behind, so nothing stays hovered (no tooltip stays up).
      assert.equal(s.pointer, false, `a pointer stayed after tap ${k + 1}`);
    }
    assert.equal(hits, 20, `${hits} of 20 taps switched the view`);
    assert.deepEqual(failures, []);
    await page.close();
  });
}

test('on a phone the detail sheet grows with a swipe up its handle, and goes with a swipe down or a tap on the chart above it', async () => {
  const { page, failures } = await openPage(ctx, { width: 390, height: 844, deviceScaleFactor: 2, mobile: true, path: '#view=timeline' });
  const cdp = await page.context().newCDPSession(page);
  const touch = async (points) => {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [points[0]] });
    for (const p of points.slice(1)) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [p] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await waitForApp(page, { frames: 4 });
  };
  const open = async () => {
    await page.evaluate(() => window.dealscope.select('ms-openai-2019-investment'));
    await waitForApp(page, { frames: 3 });
    const s = await state(page);
    assert.equal(s.detail, 'ms-openai-2019-investment');
    return s.targets['sheet:close'];
  };
  // A swipe up the handle enlarges the sheet; a swipe down makes it small again, another closes it.
  let close = await open();
  assert.ok(close, 'no sheet drawn');
  const swipe = async (dy) => {
    const handleY = close[1] + close[3] / 2;
    await touch([{ x: 195, y: handleY }, ...[1, 2, 3, 4, 5].map((k) => ({ x: 195, y: handleY + (dy * k) / 5 }))]);
    close = (await state(page)).targets['sheet:close'];
  };
  const small = close[1];
  await swipe(-100);
  assert.ok(close && close[1] < small - 200, `the swipe up did not enlarge the sheet (${small} → ${close && close[1]})`);
  await page.screenshot({ path: path.join(shotDir, 'web-phone-sheet-tall.png') });
  await swipe(100);
  assert.equal((await state(page)).selected_event, 'ms-openai-2019-investment', 'the swipe down closed an enlarged sheet');
  assert.ok(Math.abs(close[1] - small) < 2, 'the swipe down did not make the sheet small again');
  await swipe(100);
  assert.equal((await state(page)).selected_event, null, 'the swipe did not close the sheet');
  // A tap on the chart above the sheet, where no mark is (the lane names).
  close = await open();
  await touch([{ x: 30, y: close[1] - 40 }]);
  assert.equal((await state(page)).selected_event, null, 'the tap outside did not close the sheet');
  await open();
  await page.screenshot({ path: path.join(shotDir, 'web-phone-sheet.png') });
  assert.deepEqual(failures, []);
  await page.close();
});

test('on a phone a finger held still shows what hovering shows and taps nothing; a tap then acts as before', async () => {
  const { page, failures } = await openPage(ctx, { width: 390, height: 844, deviceScaleFactor: 2, mobile: true, hasTouch: true });
  const cdp = await page.context().newCDPSession(page);
  const press = async ([x, y, w, h], ms) => {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: x + w / 2, y: y + h / 2 }] });
    await new Promise((done) => setTimeout(done, ms));
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await waitForApp(page, { frames: 5 });
  };
  // A tab held: the view stays; the pointer stays where the finger was.
  const before = (await state(page)).view;
  const other = before === 'network' ? 'flows' : 'network';
  await press((await state(page)).targets[`tab:${other}`], 800);
  let s = await state(page);
  assert.equal(s.view, before, 'a long press switched the view');
  assert.equal(s.pointer, true, 'a long press left no pointer to hover with');

  // An unknown name in the user's article, held: its description shows (the hovered mention), and
  // the menu a tap opens does not.
  await page.evaluate(() => window.dealscope.addArticle('notiz', 'Partner\n\nIm Mai hatten Lumora und Nvidia eine Partnerschaft geschlossen.\n'));
  await page.waitForFunction(() => window.dealscope.state().targets['unknown-name']);
  await press((await state(page)).targets['unknown-name'], 800);
  s = await state(page);
  assert.equal(s.hovered_mention && s.hovered_mention.text, 'Lumora');
  assert.equal(s.targets['menu-hand-event'], undefined, 'a long press opened the menu');
  // A tap on it opens the menu, and leaves no pointer behind.
  await press(s.targets['unknown-name'], 30);
  s = await state(page);
  assert.ok(s.targets['menu-hand-event'], 'a tap did not open the menu');
  assert.equal(s.pointer, false);
  await page.screenshot({ path: path.join(shotDir, 'web-phone-own-article-menu.png') });
  assert.deepEqual(failures, []);
  await page.close();
});

// A swipe up or down scrolls the list under the finger and clicks nothing; the timeline follows the
// finger down its lanes.
test('on a phone a swipe scrolls the list under the finger and opens nothing', async () => {
  const { page, failures } = await openPage(ctx, { width: 390, height: 844, deviceScaleFactor: 2, mobile: true, path: '#view=flows' });
  const cdp = await page.context().newCDPSession(page);
  const swipe = async (x, fromY, toY) => {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: fromY }] });
    await waitForApp(page, { frames: 2 });
    for (let k = 1; k <= 10; ++k) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: fromY + (toY - fromY) * k / 10 }] });
      await waitForApp(page, { frames: 1 });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await waitForApp(page, { frames: 4 });
  };
  const flows = (s) => Object.entries(s.targets).filter(([name]) => name.startsWith('flow:'));
  let s = await state(page);
  const [name, before] = flows(s)[0];
  assert.ok(before, 'no flow row drawn');
  await swipe(195, 600, 350);
  s = await state(page);
  const after = s.targets[name];
  assert.ok(!after || after[1] < before[1] - 150, `the list did not follow the finger: row at ${before[1]}, then ${after && after[1]}`);
  assert.equal(s.view, 'flows');
  assert.equal(s.detail, null, 'the swipe opened a row');
  assert.equal(s.pointer, false, 'a pointer stayed after the swipe');
  // And back down: the first row is where it was.
  await swipe(195, 350, 600);
  s = await state(page);
  assert.ok(s.targets[name] && Math.abs(s.targets[name][1] - before[1]) < 2, 'the swipe down did not bring the list back');
  assert.deepEqual(failures, []);
  await page.close();
});
