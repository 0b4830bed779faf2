// Pictures of the views in real Chromium: "Image…" in the top bar saves the view as PNG at twice
// its size or as SVG, drawn from the same scene as the canvas, with title, key and source line.
// The SVG is read with the browser's own XML parser, the PNG decoded to check its size.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

import { waitForApp } from '../support/chromium.mjs';
import { servePage, shotDir } from '../support/harness.mjs';
import { clickTarget, openPage } from '../support/page.mjs';

const ctx = servePage();
const state = (page) => page.evaluate(() => window.dealscope.state());
const sizes = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844, mobile: true },
];

for (const vp of sizes) {
  test(`"Image…" saves the network as PNG at twice its size and as SVG, at ${vp.name} size`, async () => {
    const { page, failures } = await openPage(ctx, vp);
    await page.evaluate(() => window.dealscope.setView('network'));
    await waitForApp(page, { frames: 3 });
    // On a phone "Image…" is in the header's menu.
    const openImage = async () => {
      if (vp.mobile && !(await page.evaluate(() => window.dealscope.state())).targets.image) await clickTarget(page, 'menu');
      await clickTarget(page, 'image');
    };

    // "Link copied" is said on the button itself: a note beside it pushed "Image…" off the page's edge.
    if (!vp.mobile) {
      await clickTarget(page, 'copy-link');
      const t = (await page.evaluate(() => window.dealscope.state())).targets;
      assert.ok(t.image && t.image[0] + t.image[2] <= vp.width, `"Image…" left the page after "Copy link": ${t.image}`);
    }
    await openImage();
    // The menu opens under its button and leaves "Copy link" beside it in sight (opened where the
    // pointer was, it was pushed left over it).
    const drawn = (await page.evaluate(() => window.dealscope.state())).targets;
    const overlaps = (a, b) => a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
    const menu = drawn['image:menu'];
    if (drawn['copy-link']) assert.ok(!overlaps(menu, drawn['copy-link']), `the picture menu covers "Copy link": ${menu} over ${drawn['copy-link']}`);
    assert.ok(menu[1] >= drawn.image[1] + drawn.image[3] - 1, `the picture menu does not open under its button: ${menu} vs ${drawn.image}`);
    let download = page.waitForEvent('download');
    await clickTarget(page, 'image:svg');
    const svgFile = await download;
    assert.equal(svgFile.suggestedFilename(), 'dealscope-network.svg');
    const svg = fs.readFileSync(await svgFile.path(), 'utf8');
    const read = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror').textContent };
      return { root: doc.documentElement.nodeName, width: Number(doc.documentElement.getAttribute('width')),
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent) };
    }, svg);
    assert.equal(read.error, undefined, read.error);
    assert.equal(read.root, 'svg');
    for (const name of ['OpenAI', 'Microsoft', 'Anthropic', 'Nvidia']) assert.ok(read.texts.includes(name), `${name} in ${read.texts.join('|')}`);
    assert.ok(read.texts.some((t) => t.startsWith('Sources: ')));

    await openImage();
    download = page.waitForEvent('download');
    await clickTarget(page, 'image:png');
    const pngFile = await download;
    assert.equal(pngFile.suggestedFilename(), 'dealscope-network.png');
    const png = fs.readFileSync(await pngFile.path());
    assert.equal(png.subarray(1, 4).toString(), 'PNG');
    const width = png.readUInt32BE(16), height = png.readUInt32BE(20);
    assert.equal(width, 2 * read.width, `${width}×${height}`);
    fs.writeFileSync(path.join(shotDir, `picture-network-${vp.name}.png`), png);
    assert.deepEqual(failures, []);
    await page.close();
  });
}

test('pictures of the timeline and flows, in German; a view without a picture has none', async () => {
  const { page, failures } = await openPage(ctx, { width: 1280, height: 800 });
  await page.evaluate(() => window.dealscope.setLanguage('de'));
  await waitForApp(page, { frames: 2 });
  for (const view of ['timeline', 'flows']) {
    const svg = await page.evaluate((v) => window.dealscope.picture(v), view);
    const texts = await page.evaluate((text) => [...new DOMParser().parseFromString(text, 'image/svg+xml').querySelectorAll('text')].map((t) => t.textContent), svg);
    assert.ok(texts.some((t) => t.startsWith('Quellen: ')), texts.join('|'));
    const png = await page.evaluate(async (text) => {
      const blob = await window.dealscope.pngOfSvg(text);
      const bitmap = await createImageBitmap(blob);
      const bytes = new Uint8Array(await blob.arrayBuffer());
      return { width: bitmap.width, height: bitmap.height, bytes: Array.from(bytes) };
    }, svg);
    fs.writeFileSync(path.join(shotDir, `picture-${view}-de.png`), Buffer.from(png.bytes));
    assert.ok(png.width === 2400, `${png.width}`);
  }
  assert.equal(await page.evaluate(() => window.dealscope.picture('events')), null);
  assert.deepEqual(failures, []);
  await page.close();
});

test('an embed offers its view as a picture: "Image ↓" beside "Open full explorer" saves a PNG', async () => {
  const { page, failures } = await openPage(ctx, { width: 700, height: 420, path: 'index.html?embed=1&view=network', wait: 'load' });
  const link = page.locator('#image-link');
  await link.waitFor({ state: 'visible' });
  const download = page.waitForEvent('download');
  await link.click();
  const file = await download;
  assert.equal(file.suggestedFilename(), 'dealscope-network.png');
  const png = fs.readFileSync(await file.path());
  assert.equal(png.readUInt32BE(16), 2 * 700);  // the embed's width, twice
  assert.deepEqual(failures, []);
  await page.close();
});
