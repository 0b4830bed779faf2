// The explorer's views in real Chromium: every tab draws at desktop and phone size, an event
// selected through the API shows up alike in the timeline, network, reader and detail panel,
// filters and search work through window.dealscope, and the keyboard reaches search and selection.
// Screenshots of every view go to build/screenshots/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

import { waitForApp } from '../support/chromium.mjs';
import { servePage, shotDir } from '../support/harness.mjs';
import { openPage } from '../support/page.mjs';
import { decodePng, inkShare, luminanceVariance } from '../support/png.mjs';

const views = ['timeline', 'network', 'flows', 'articles', 'events', 'conflicts'];
const viewports = [
  { name: 'desktop', width: 1280, height: 800, deviceScaleFactor: 1 },
  { name: 'phone', width: 390, height: 844, deviceScaleFactor: 3, mobile: true },
];

const ctx = servePage();

const state = (page) => page.evaluate(() => window.dealscope.state());

for (const vp of viewports) {
  test(`every view draws at ${vp.name} size and agrees on the selected event`, async () => {
    const { page, failures } = await openPage(ctx, vp);
    assert.equal((await state(page)).view, 'timeline');
    assert.equal(await page.evaluate(() => window.dealscope.setView('no-such-view')), false);

    // Nothing selected: each tab, looked at.
    for (const view of views) {
      assert.equal(await page.evaluate((v) => window.dealscope.setView(v), view), true);
      await waitForApp(page, { frames: 3 });
      const drawn = await state(page);
      assert.equal(drawn.view, view);
      if (view === 'network') {
        assert.equal(drawn.network.label_overlaps, 0, 'network labels overlap');
        assert.equal(drawn.network.clipped_labels, 0, 'network labels run out of the view');
        assert.ok(drawn.network.edges === drawn.network.flows, `${drawn.network.edges} of ${drawn.network.flows} flows drawn`);
      }
      if (view === 'timeline') {
        assert.equal(drawn.timeline.hidden, 0, 'seed events hidden in clusters at the landing view');
        assert.ok(drawn.timeline.start > '2018', `landing range starts ${drawn.timeline.start}`);
        assert.ok(drawn.timeline.edge_markers >= 1, 'the 2015 founding has no edge marker');
      }
      if (view === 'flows') assert.ok(drawn.flows.rows.length >= 10, `${drawn.flows.rows.length} flow rows drawn`);
      // No label of the three views overlaps another or is cut, in either language.
      if (['timeline', 'network', 'flows'].includes(view)) {
        for (const language of ['de', 'en']) {
          await page.evaluate((l) => window.dealscope.setLanguage(l), language);
          await waitForApp(page, { frames: 3 });
          const s = (await state(page))[view];
          assert.equal(s.label_overlaps, 0, `${view} labels overlap (${language})`);
          assert.equal(s.clipped_labels, 0, `${view} labels are cut (${language})`);
        }
      }
      const file = path.join(shotDir, `web-${vp.name}-${view}.png`);
      await page.screenshot({ path: file });
      const image = decodePng(fs.readFileSync(file));
      assert.ok(luminanceVariance(image) > 50, `${view} looks blank`);
      assert.ok(inkShare(image) > 0.005, `${view} shows almost nothing`);
    }

    // One event, seen by every view.
    const id = 'ms-openai-2019-investment';
    assert.equal(await page.evaluate((i) => window.dealscope.select(i), id), true);
    for (const view of ['timeline', 'network', 'articles']) {
      await page.evaluate((v) => window.dealscope.setView(v), view);
      await waitForApp(page, { frames: 3 });
      const s = await state(page);
      assert.equal(s.selected_event, id);
      if (view === 'timeline') assert.ok(s.timeline.selected_x > 0, 'selected event has no mark on the timeline');
      if (view === 'network') assert.deepEqual(s.network.highlighted, ['microsoft>openai']);
      if (view !== 'articles' || vp.name === 'desktop') assert.equal(s.detail, id);
      assert.equal(s.cited.article, '001_db88fdc0d8c3c3ba');
      await page.screenshot({ path: path.join(shotDir, `web-${vp.name}-${view}-selected.png`) });
    }
    assert.deepEqual(failures, []);
    await page.close();
  });
}

test('filters and search through window.dealscope; bad filters are reported, not fatal', async () => {
  const { page, failures } = await openPage(ctx, viewports[0]);
  const all = await state(page);
  assert.equal(all.filtered_events, all.events);

  assert.deepEqual(await page.evaluate(() => window.dealscope.setFilter({ types: ['compute_deal'] })), []);
  await waitForApp(page, { frames: 3 });
  let s = await state(page);
  assert.ok(s.filtered_events > 5 && s.filtered_events < all.events, `${s.filtered_events} compute deals`);
  assert.deepEqual(s.filters.types, ['compute_deal']);
  assert.ok(s.timeline.marks < all.timeline.marks);
  await page.screenshot({ path: path.join(shotDir, 'web-desktop-timeline-compute.png') });

  assert.deepEqual(await page.evaluate(() => window.dealscope.setFilter({ entity: 'oracle', from: '2024', to: '2025' })), []);
  s = await state(page);
  assert.equal(s.filters.entity, 'oracle');
  assert.equal(s.filters.from, '2024-01-01');
  assert.equal(s.filters.to, '2025-12-31');

  const problems = await page.evaluate(() => window.dealscope.setFilter({ types: ['nope', '<script>'], from: 'soon', colour: 'red' }));
  assert.equal(problems.length, 4);
  s = await state(page);
  assert.deepEqual(s.filters.types, []);
  assert.equal(s.filtered_events, all.events);

  // Umlaut spelling does not matter; the match is the article's own spelling.
  await page.evaluate(() => window.dealscope.search('Gespraeche'));
  await waitForApp(page, { frames: 2 });
  s = await state(page);
  const text = s.search_results.filter((r) => r.kind === 'article');
  assert.ok(text.length > 0, 'no article text found for "Gespraeche"');
  assert.ok(text.every((r) => r.match.toLowerCase() === 'gespräche'), JSON.stringify(text.map((r) => r.match)));
  await page.screenshot({ path: path.join(shotDir, 'web-desktop-search.png') });
  assert.deepEqual(failures, []);
  await page.close();
});

test('keyboard: / focuses search, Enter opens the first result, arrows step through events, Esc clears', async () => {
  const { page, failures } = await openPage(ctx, viewports[0]);
  await page.keyboard.press('/');
  await waitForApp(page, { frames: 2 });
  await page.keyboard.type('oracle');
  await waitForApp(page, { frames: 2 });
  assert.equal((await state(page)).query, 'oracle');
  await page.keyboard.press('Enter');
  await waitForApp(page, { frames: 3 });
  let s = await state(page);
  assert.equal(s.selected_entity, 'oracle');
  assert.equal(s.query, '');

  await page.mouse.click(640, 600);  // leave the search box
  await page.keyboard.press('Escape');
  await waitForApp(page, { frames: 2 });
  assert.equal((await state(page)).selected_entity, null);
  await page.keyboard.press('ArrowRight');
  await waitForApp(page, { frames: 2 });
  const first = (await state(page)).selected_event;
  assert.ok(first, 'ArrowRight selected nothing');
  await page.keyboard.press('ArrowRight');
  await waitForApp(page, { frames: 2 });
  const second = (await state(page)).selected_event;
  assert.notEqual(second, first);
  await page.keyboard.press('ArrowLeft');
  await waitForApp(page, { frames: 2 });
  assert.equal((await state(page)).selected_event, first);
  assert.deepEqual(failures, []);
  await page.close();
});

test('a system set to dark opens the explorer dark; a shared link carries no theme, and an embed keeps its own', async () => {
  const dark = { prepare: (p) => p.emulateMedia({ colorScheme: 'dark' }) };
  const { page, failures } = await openPage(ctx, { ...viewports[0], ...dark });
  const s = await state(page);
  assert.equal(s.theme, 'dark');
  await page.evaluate(() => window.dealscope.select('anthropic-azure-30b'));
  await waitForApp(page, { frames: 3 });
  const link = await page.evaluate(() => location.hash);
  assert.ok(link.includes('event=anthropic-azure-30b') && !link.includes('theme'), `the link names the system look: ${link}`);
  assert.deepEqual(failures, []);
  await page.close();
  const embed = await openPage(ctx, { width: 700, height: 420, path: 'index.html?embed=1&view=timeline', ...dark });
  assert.equal((await state(embed.page)).theme, 'light', 'an embed followed the reader\'s system, not its post');
  await embed.page.close();
});

test('export follows the filters; German UI and dark theme draw', async () => {
  const { page, failures } = await openPage(ctx, viewports[0]);
  const all = await state(page);
  let csv = await page.evaluate(() => window.dealscope.exportEvents('csv'));
  assert.equal(csv.trim().split('\r\n').length, all.events + 1);
  assert.ok(csv.startsWith('id,date,type,from,to,amount,currency'));
  await page.evaluate(() => window.dealscope.setFilter({ types: ['compute_deal'] }));
  csv = await page.evaluate(() => window.dealscope.exportEvents('csv'));
  const rows = csv.trim().split('\r\n').slice(1);
  assert.equal(rows.length, (await state(page)).filtered_events);
  const json = JSON.parse(await page.evaluate(() => window.dealscope.exportEvents('json')));
  assert.ok(json.events.every((e) => e.type === 'compute_deal'));

  await page.evaluate(() => { window.dealscope.setFilter({}); window.dealscope.setLanguage('de'); window.dealscope.setTheme('dark'); });
  await page.evaluate(() => window.dealscope.select('anthropic-azure-30b'));
  await waitForApp(page, { frames: 3 });
  const s = await state(page);
  assert.equal(s.language, 'de');
  assert.equal(s.theme, 'dark');
  const file = path.join(shotDir, 'web-desktop-timeline-de-dark.png');
  await page.screenshot({ path: file });
  const image = decodePng(fs.readFileSync(file));
  // Mostly dark pixels now.
  let dark = 0;
  for (let i = 0; i < image.pixels.length; i += image.channels) if (image.pixels[i] + image.pixels[i + 1] + image.pixels[i + 2] < 150) dark++;
  assert.ok(dark / (image.pixels.length / image.channels) > 0.6, 'dark theme is not dark');
  assert.deepEqual(failures, []);
  await page.close();
});
