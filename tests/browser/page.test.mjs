// The built page in real Chromium: loads without errors, lists the seed articles, draws text,
// follows the viewport's size and pixel ratio. Screenshots go to build/screenshots/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

import { repoRoot, waitForApp } from '../support/chromium.mjs';
import { servePage, shotDir } from '../support/harness.mjs';
import { openPage } from '../support/page.mjs';
import { decodePng, inkShare, luminanceVariance } from '../support/png.mjs';

const seedFiles = fs.readdirSync(path.join(repoRoot, 'assets/articles')).filter((f) => f.endsWith('.txt')).sort();

const ctx = servePage();

const viewports = [
  { name: 'desktop', width: 1280, height: 800, deviceScaleFactor: 1 },
  { name: 'phone', width: 390, height: 844, deviceScaleFactor: 3, mobile: true },
];

for (const vp of viewports) {
  test(`page at ${vp.width}x${vp.height} (${vp.name}) lists the seed articles and is not blank`, async () => {
    const { page, failures } = await openPage(ctx, vp);

    const state = await page.evaluate(() => window.dealscope.state());
    assert.deepEqual(state.articles.map((a) => a.file), seedFiles);
    assert.equal(state.articles[0].title, 'Microsoft investiert 10 Milliarden US-Dollar in die ChatGPT-Mutter OpenAI');
    assert.equal(state.articles[2].publisher, 'Mindverse');
    assert.equal(state.articles[2].date.value, '2024-10-21');
    // The same annotators run in WebAssembly: the gazetteer is packaged and mentions are found.
    assert.ok(state.entities >= 70, `only ${state.entities} entities loaded`);
    assert.equal(state.articles[4].mentions.money, 12);  // as in tests/gold/004_99e61aca6c01c1f9.json
    assert.ok(state.articles[4].mentions.entity > 40);
    assert.deepEqual(state.problems, []);
    assert.equal(state.font.fallback, false);
    assert.equal(state.display.width, vp.width);
    assert.equal(state.display.height, vp.height);
    assert.equal(state.display.pixel_ratio, vp.deviceScaleFactor);

    // The canvas backing store matches the device pixels, so text is sharp on HiDPI screens.
    const backing = await page.evaluate(() => [document.getElementById('canvas').width, document.getElementById('canvas').height]);
    assert.deepEqual(backing, [vp.width * vp.deviceScaleFactor, vp.height * vp.deviceScaleFactor]);

    const file = path.join(shotDir, `web-${vp.name}.png`);
    await page.screenshot({ path: file });
    const image = decodePng(fs.readFileSync(file));
    assert.ok(luminanceVariance(image) > 50, 'canvas looks blank');
    assert.ok(inkShare(image) > 0.005, 'almost no text drawn');

    // The reader: every seed opens; the article with the most page furniture is kept as a screenshot.
    for (const id of seedFiles.map((f) => f.replace(/\.txt$/, ''))) {
      assert.equal(await page.evaluate((i) => window.dealscope.select(i), id), true);
      await waitForApp(page);
      assert.equal((await page.evaluate(() => window.dealscope.state())).selected_article, id);
    }
    assert.equal(await page.evaluate(() => window.dealscope.select('no-such-article')), false);
    await page.evaluate(() => window.dealscope.select('004_99e61aca6c01c1f9'));
    await waitForApp(page);
    const reader = path.join(shotDir, `web-${vp.name}-reader.png`);
    await page.screenshot({ path: reader });
    assert.ok(inkShare(decodePng(fs.readFileSync(reader))) > 0.01, 'reader shows almost no text');

    assert.deepEqual(failures, []);
    await page.close();
  });
}

test('a browser window resize reaches the app', async () => {
  const { page, failures } = await openPage(ctx, { width: 1000, height: 700 });
  await page.setViewportSize({ width: 640, height: 480 });
  await waitForApp(page, { frames: 3 });
  const state = await page.evaluate(() => window.dealscope.state());
  assert.equal(state.display.width, 640);
  assert.equal(state.display.height, 480);
  const backing = await page.evaluate(() => document.getElementById('canvas').width);
  assert.equal(backing, 640);
  assert.deepEqual(failures, []);
  await page.close();
});

test('pointing at a highlighted entity shows its value; clicking selects it', async () => {
  const { page, failures } = await openPage(ctx, { width: 1280, height: 800 });
  await page.evaluate(() => window.dealscope.select('004_99e61aca6c01c1f9'));
  await waitForApp(page);
  // The pointer rests on the middle of the first known name the reader drew (a target it reports).
  await page.waitForFunction(() => window.dealscope.state().targets['known-name']);
  const t = (await page.evaluate(() => window.dealscope.state())).targets['known-name'];
  await page.mouse.move(t[0] + t[2] / 2, t[1] + t[3] / 2);
  await waitForApp(page, { frames: 2 });
  const hovered = (await page.evaluate(() => window.dealscope.state())).hovered_mention;
  assert.ok(hovered && hovered.kind === 'entity' && hovered.known, `no known entity under the pointer: ${JSON.stringify(hovered)}`);
  await page.mouse.down();
  await waitForApp(page, { frames: 1 });
  await page.mouse.up();
  await waitForApp(page, { frames: 2 });
  assert.equal((await page.evaluate(() => window.dealscope.state())).selected_entity, hovered.entity);
  await page.screenshot({ path: path.join(shotDir, 'web-desktop-entity-selected.png') });
  assert.deepEqual(failures, []);
  await page.close();
});

for (const vp of viewports) {
  test(`events view and a quote opened in its article at ${vp.name} size`, async () => {
    const { page, failures } = await openPage(ctx, vp);
    assert.equal(await page.evaluate(() => window.dealscope.setView('events')), true);
    assert.equal(await page.evaluate(() => window.dealscope.select('ms-openai-2019-investment')), true);
    await waitForApp(page, { frames: 3 });
    let state = await page.evaluate(() => window.dealscope.state());
    assert.equal(state.view, 'events');
    assert.equal(state.selected_event, 'ms-openai-2019-investment');
    assert.ok(state.events >= 40);
    await page.screenshot({ path: path.join(shotDir, `web-${vp.name}-events.png`) });

    assert.equal(await page.evaluate(() => window.dealscope.openSource('oracle-texas-datacenter-talks', 0)), true);
    assert.equal(await page.evaluate(() => window.dealscope.openSource('oracle-texas-datacenter-talks', 7)), false);
    await waitForApp(page, { frames: 4 });
    state = await page.evaluate(() => window.dealscope.state());
    assert.equal(state.view, 'articles');
    assert.equal(state.selected_article, '002_c2d40a6ec8a499e2');
    assert.equal(state.cited.article, '002_c2d40a6ec8a499e2');
    const shot = path.join(shotDir, `web-${vp.name}-cited.png`);
    await page.screenshot({ path: shot });
    // The quote is highlighted in Okabe–Ito yellow somewhere on screen.
    const image = decodePng(fs.readFileSync(shot));
    let yellow = 0;
    for (let i = 0; i < image.pixels.length; i += image.channels) {
      const [r, g, b] = [image.pixels[i], image.pixels[i + 1], image.pixels[i + 2]];
      if (r > 230 && g > 220 && b < 170 && b > 90) yellow++;
    }
    assert.ok(yellow > 500, `cited quote not visibly highlighted (${yellow} yellow pixels)`);
    assert.deepEqual(failures, []);
    await page.close();
  });
}
