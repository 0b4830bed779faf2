// The marker at a timeline's edge ("◀ 1 earlier") counts a lane's events beyond the view; on a phone
// a tap on it widens the view to them, so the marker explains itself by what it does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';

import { waitForApp } from '../support/chromium.mjs';
import { servePage, shotDir } from '../support/harness.mjs';
import { openPage } from '../support/page.mjs';

const ctx = servePage();
const state = (page) => page.evaluate(() => window.dealscope.state());

test('on a phone a tap on an edge marker widens the timeline to the events it counted', async () => {
  const { page, failures } = await openPage(ctx, { width: 390, height: 844, deviceScaleFactor: 2, mobile: true, path: '#view=timeline' });
  const cdp = await page.context().newCDPSession(page);
  const before = await state(page);
  const name = Object.keys(before.targets).find((k) => k.startsWith('earlier:'));
  assert.ok(name, `no edge marker drawn; drawn: ${Object.keys(before.targets).join(', ')}`);
  const t = before.targets[name];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: t[0] + t[2] / 2, y: t[1] + t[3] / 2 }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await waitForApp(page, { frames: 5 });
  const after = await state(page);
  assert.ok(Date.parse(after.timeline.start) < Date.parse(before.timeline.start),
    `the tap did not widen the view back in time: ${before.timeline.start} → ${after.timeline.start}`);
  // The other end stays: what was in view is still there, and the earlier event joined it.
  assert.equal(after.timeline.end, before.timeline.end, 'the view moved away from what it showed');
  assert.equal(after.selected_event, before.selected_event, 'the tap selected something under the marker');
  await page.screenshot({ path: path.join(shotDir, 'web-phone-timeline-after-edge-tap.png') });
  assert.deepEqual(failures, []);
  await page.close();
});
