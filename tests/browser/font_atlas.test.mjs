// The UI font arrives as an atlas made at build time for the screen's pixel ratio (no rasterising at
// start-up), and draws exactly what the font rasterised in the browser draws. At a ratio without an
// atlas, or when the atlas is cut short or missing, the font file is fetched and rasterised, with a
// warning naming what was refused; so is a ratio the page changes to later (zoom, another screen).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

import { servePage, webDir } from '../support/harness.mjs';
import { openPage } from '../support/page.mjs';
import { waitForApp } from '../support/chromium.mjs';
import { decodePng } from '../support/png.mjs';

const ctx = servePage();
const state = (page) => page.evaluate(() => window.dealscope.state());
// Which font files the page asked for, by name.
const fontFilesAsked = (page) => page.evaluate(() => performance.getEntriesByType('resource')
  .map((e) => e.name.split('/').pop()).filter((name) => name.startsWith('ui-font')));
const canvasPixels = async (page) => decodePng(await page.locator('canvas').screenshot()).pixels;
const atlasRequests = (handler) => (p) => p.route(/ui-font-[\d.]+x\.atlas$/, handler);

for (const ratio of [1, 2]) {
  test(`at a pixel ratio of ${ratio} the font is the atlas made for it, and draws what the rasterised font draws`, async () => {
    const viewport = { width: 1280, height: 800, deviceScaleFactor: ratio, path: '#view=timeline' };
    const { page, failures } = await openPage(ctx, viewport);
    const s = await state(page);
    assert.equal(s.font.path, `/fonts/ui-font-${ratio}x.atlas`);
    assert.equal(s.font.fallback, false);
    assert.deepEqual(await fontFilesAsked(page), [`ui-font-${ratio}x.atlas`], 'the font file was downloaded beside the atlas');
    assert.ok(s.startup.steps.some((step) => step.name.startsWith('font')), JSON.stringify(s.startup.steps));
    assert.deepEqual(s.problems, []);
    assert.deepEqual(failures, []);

    // The same page with the atlas not there: the font is fetched and rasterised, and the canvas is
    // the same. The build's rasteriser (native) and the page's (WebAssembly) round a few edge pixels
    // differently, by one step of 255 (36 channel values of 4 million at a ratio of 1).
    const { page: rasterised } = await openPage(ctx, { ...viewport, prepare: atlasRequests((route) => route.fulfill({ status: 404, body: '' })) });
    const r = await state(rasterised);
    assert.equal(r.font.path, '/fonts/ui.otf');
    assert.deepEqual(r.problems, [], 'an atlas the server does not have is no problem: the font is used');
    const [a, b] = [await canvasPixels(page), await canvasPixels(rasterised)];
    assert.equal(a.length, b.length);
    let differing = 0, most = 0;
    for (let i = 0; i < a.length; i += 1) {
      if (a[i] === b[i]) continue;
      differing += 1;
      most = Math.max(most, Math.abs(a[i] - b[i]));
    }
    assert.ok(most <= 1 && differing < a.length / 10000, `${differing} of ${a.length} channel values differ, by up to ${most}`);
    await page.close();
    await rasterised.close();
  });
}

test('at a pixel ratio without an atlas the font file is fetched and rasterised', async () => {
  const { page, failures } = await openPage(ctx, { width: 1280, height: 800, deviceScaleFactor: 1.25 });
  const s = await state(page);
  assert.equal(s.font.path, '/fonts/ui.otf');
  assert.deepEqual(await fontFilesAsked(page), ['ui-font.otf']);
  assert.deepEqual(s.problems, []);
  assert.deepEqual(failures, []);
  await page.close();
});

test('an atlas cut short is refused by name, and the font is rasterised instead', async () => {
  const whole = fs.readFileSync(path.join(webDir, 'ui-font-1x.atlas'));
  const { page, warnings } = await openPage(ctx, {
    width: 1280, height: 800,
    prepare: atlasRequests((route) => route.fulfill({ status: 200, contentType: 'application/octet-stream', body: whole.subarray(0, whole.length >> 1) })),
  });
  // The app asks for the font once it has refused the atlas, and draws with it when it comes.
  await page.waitForFunction(() => window.dealscope.state().font.path === '/fonts/ui.otf', null, { timeout: 10000 });
  const s = await state(page);
  assert.equal(s.font.fallback, false);
  const refused = s.problems.filter((p) => p.place === '/fonts/ui-font-1x.atlas');
  assert.equal(refused.length, 1, JSON.stringify(s.problems));
  assert.match(refused[0].reason, /^prepared font atlas not used \(damaged: .*\); the font is rasterised instead$/);
  assert.ok(warnings.some((w) => w.includes('prepared font atlas not used')), warnings.join('\n'));
  await page.close();
});

test('zoomed to a pixel ratio without an atlas, the page fetches the font and rasterises it', async () => {
  const { page, failures } = await openPage(ctx, { width: 1280, height: 800, path: '#view=network' });
  assert.equal((await state(page)).font.path, '/fonts/ui-font-1x.atlas');
  // As page zoom at 125 % does: the same window, more device pixels per CSS pixel.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 800, deviceScaleFactor: 1.25, mobile: false });
  // The override fires neither "resize" nor the resolution query's "change" in headless Chromium; a
  // reader's zoom comes with a key or the wheel, which wakes an idle page as this move does.
  await page.mouse.move(640, 400);
  await page.waitForFunction(() => window.dealscope.state().font.path === '/fonts/ui.otf', null, { timeout: 10000 });
  await waitForApp(page);
  const s = await state(page);
  assert.equal(s.display.pixel_ratio, 1.25);
  assert.deepEqual(await fontFilesAsked(page), ['ui-font-1x.atlas', 'ui-font.otf']);
  assert.deepEqual(s.problems, []);
  // Back at 100 %: the atlas again, nothing downloaded.
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 800, deviceScaleFactor: 1, mobile: false });
  await page.mouse.move(600, 400);
  await page.waitForFunction(() => window.dealscope.state().font.path === '/fonts/ui-font-1x.atlas', null, { timeout: 10000 });
  assert.deepEqual(await fontFilesAsked(page), ['ui-font-1x.atlas', 'ui-font.otf']);
  assert.deepEqual(failures, []);
  await page.close();
});
