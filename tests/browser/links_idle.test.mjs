// The page's life in real Chromium: a shared link restores its view and selection, Back and
// Forward step through changes, a hostile link changes nothing, an idle page draws no frames (its
// CPU use over 10 seconds is printed for the README), screen readers get a table, and a lost WebGL
// context comes back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

import { waitForApp } from '../support/chromium.mjs';
import { servePage, webDir } from '../support/harness.mjs';
import { openPage } from '../support/page.mjs';
import { decodePng, luminanceVariance } from '../support/png.mjs';

const ctx = servePage();

const state = (page) => page.evaluate(() => window.dealscope.state());
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

test('a shared link restores view, selection, filters and language; Back and Forward step through changes', async () => {
  const { page, failures } = await openPage(ctx, {
    width: 1280, height: 800, path: '#view=network&event=anthropic-azure-30b&types=compute_deal,investment&lang=de&asof=2025-12-01',
  });
  let s = await state(page);
  assert.equal(s.view, 'network');
  assert.equal(s.selected_event, 'anthropic-azure-30b');
  assert.deepEqual(s.filters.types, ['compute_deal', 'investment']);
  assert.equal(s.language, 'de');
  assert.equal(s.network.as_of, '2025-12-01');
  assert.ok(s.network.highlighted.length > 0, 'the linked event is not highlighted in the network');

  // Each change is a history entry; the address bar follows.
  await page.evaluate(() => window.dealscope.setView('events'));
  await waitForApp(page);
  assert.match(page.url(), /#view=events&event=anthropic-azure-30b/);
  await page.evaluate(() => window.dealscope.select('ms-openai-2019-investment'));
  await waitForApp(page);
  assert.match(page.url(), /event=ms-openai-2019-investment/);
  await page.goBack();
  await waitForApp(page);
  s = await state(page);
  assert.equal(s.view, 'events');
  assert.equal(s.selected_event, 'anthropic-azure-30b');
  await page.goBack();
  await waitForApp(page);
  assert.equal((await state(page)).view, 'network');
  await page.goForward();
  await waitForApp(page);
  assert.equal((await state(page)).view, 'events');
  assert.deepEqual(failures, []);
  await page.close();
});

test('the language and look a reader chose come back on the next visit; a link that names its own wins', async () => {
  const { page, failures } = await openPage(ctx, { width: 1280, height: 800, path: '' });
  assert.equal((await state(page)).language, 'en');
  await page.evaluate(() => { window.dealscope.setLanguage('de'); window.dealscope.setTheme('dark'); });
  await waitForApp(page);
  const base = page.url().split('#')[0];
  await page.goto(base);  // a new visit: no fragment in the address
  await waitForApp(page);
  let s = await state(page);
  assert.equal(s.language, 'de');
  assert.equal(s.theme, 'dark');
  await page.goto(`${base}#view=flows&lang=en`);
  await page.reload();
  await waitForApp(page);
  s = await state(page);
  assert.equal(s.language, 'en', 'the address names its language and it wins');
  assert.equal(s.view, 'flows');
  assert.deepEqual(failures, []);
  await page.close();
});

test('a hostile or broken link changes nothing and only warns', async () => {
  let dialogs = 0;
  const { page, failures, warnings } = await openPage(ctx, {
    width: 1280, height: 800,
    path: '#sel=<script>alert(1)</script>&view=<img src=x onerror=alert(2)>&event=%3Cscript%3E&from=%ZZ',
    prepare: (p) => p.on('dialog', (d) => { dialogs++; d.dismiss(); }),
  });
  const s = await state(page);
  assert.equal(s.view, 'timeline');
  assert.equal(s.selected_event, null);
  assert.deepEqual(s.filters.types, []);
  assert.equal(dialogs, 0);
  assert.ok(warnings.length >= 4, `expected a warning per bad part, got ${JSON.stringify(warnings)}`);
  assert.ok(warnings.every((w) => !w.includes('<')), 'a warning echoes markup');
  // No script of the link's: the only inline scripts are the page's own (its preloads in the head).
  const shipped = (fs.readFileSync(path.join(webDir, 'index.html'), 'utf8').match(/<script>/g) || []).length;
  assert.equal(await page.evaluate(() => document.querySelectorAll('script:not([src])').length), shipped);
  assert.deepEqual(failures, []);
  await page.close();
});

test('an idle page draws no frames; its CPU use over 10 seconds is printed', async () => {
  const { page, failures } = await openPage(ctx, { width: 1280, height: 800 });
  await sleep(800);  // let the last input settle
  const before = (await state(page)).frames_rendered;
  await sleep(3000);
  assert.equal((await state(page)).frames_rendered, before, 'frames were drawn while nothing changed');

  // Input wakes it.
  await page.mouse.move(600, 300);
  await page.mouse.move(620, 320);
  await sleep(200);
  assert.ok((await state(page)).frames_rendered > before, 'the pointer did not wake the page');

  // CPU: the page's task time over 10 idle seconds (Chrome DevTools Protocol metrics).
  await sleep(800);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskTime = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  const t0 = await taskTime();
  await sleep(10000);
  const busy = (await taskTime()) - t0;
  console.log(`idle tab: ${(busy * 1000).toFixed(1)} ms of main-thread task time in 10 s (${(busy / 10 * 100).toFixed(2)} % of one core)`);
  assert.ok(busy < 1.0, `the idle tab was busy for ${busy.toFixed(2)} s of 10 s`);
  assert.deepEqual(failures, []);
  await page.close();
});

test('screen readers get the events as a table that follows the filters, and hear the selection', async () => {
  const { page, failures } = await openPage(ctx, { width: 1280, height: 800 });
  const all = (await state(page)).events;
  const rows = () => page.evaluate(() => document.querySelectorAll('#a11y-events tbody tr').length);
  assert.equal(await rows(), all);
  await page.evaluate(() => window.dealscope.setFilter({ types: ['compute_deal'] }));
  await waitForApp(page);
  assert.equal(await rows(), (await state(page)).filtered_events);
  assert.ok((await rows()) < all);
  await page.evaluate(() => window.dealscope.select('anthropic-azure-30b'));
  await waitForApp(page);
  assert.match(await page.textContent('#announce'), /^Selected: Anthropic buys 30 billion dollars/);
  // Without JavaScript the same events are in the page as a table.
  const html = await (await fetch(ctx.baseUrl)).text();
  const noscript = html.slice(html.indexOf('<noscript>'), html.indexOf('</noscript>'));
  assert.equal((noscript.match(/<tr>/g) || []).length - 1, all);  // one header row
  assert.deepEqual(failures, []);
  await page.close();
});

test('a lost WebGL context is rebuilt and the page draws again', async () => {
  const { page, failures } = await openPage(ctx, { width: 800, height: 600 });
  await page.evaluate(() => new Promise((resolve) => {
    const ext = document.getElementById('canvas').getContext('webgl2').getExtension('WEBGL_lose_context');
    ext.loseContext();
    setTimeout(() => { ext.restoreContext(); setTimeout(resolve, 200); }, 200);
  }));
  await waitForApp(page, { frames: 3 });
  const s = await state(page);
  assert.equal(s.context_restores, 1);
  const shot = await page.screenshot();
  assert.ok(luminanceVariance(decodePng(shot)) > 50, 'blank after the context came back');
  assert.deepEqual(failures, []);
  await page.close();
});
