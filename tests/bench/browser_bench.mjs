// In headless Chromium: dealscope's page with a synthetic data set, then the same events in
// vis-timeline, each panned and zoomed by the same script. Prints "@figure" lines (scripts/bench.sh).
//   node tests/bench/browser_bench.mjs WEB_BUILD_DIR DATA_DIR LABEL [--no-vis]
import fs from 'node:fs';
import path from 'node:path';

import { startServer } from '../../scripts/serve.mjs';
import { launchChromium, repoRoot } from '../support/chromium.mjs';
import { openPage } from '../support/page.mjs';

const [webDir, dataDir, label, ...flags] = process.argv.slice(2);
const withVis = !flags.includes('--no-vis');
// --session SECONDS: a scripted session (views, zoom, search, selection, filters) with the heap
// checked before and after.
const sessionAt = flags.indexOf('--session');
const sessionSeconds = sessionAt >= 0 ? Number(flags[sessionAt + 1]) : 0;
const frames = 120;

// One folder to serve: the app, the baseline page, vis-timeline from npm, the events.
const site = path.join(repoRoot, 'build/bench-site');
fs.rmSync(site, { recursive: true, force: true });
fs.mkdirSync(site, { recursive: true });
fs.symlinkSync(path.resolve(webDir), path.join(site, 'app'));
fs.copyFileSync(path.join(repoRoot, 'tests/bench/vis-timeline.html'), path.join(site, 'vis.html'));
fs.symlinkSync(path.join(repoRoot, '.cache/node/node_modules'), path.join(site, 'node_modules'));
fs.symlinkSync(path.resolve(dataDir, 'events.json'), path.join(site, 'events.json'));

function figure(name, value, unit, how) {
  console.log(`${name}: ${value.toFixed(2)} ${unit} (${how})`);
  console.log(`@figure ${JSON.stringify({ name, value, unit, how })}`);
}
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.round((p / 100) * (xs.length - 1)))];

// The script both get: every frame the window moves 1 % of its width (right, then back) and zooms
// in or out by 1 %; `applyWindow(start, end)` is each page's own way to show those dates.
async function panAndZoom(page, applyWindow) {
  return page.evaluate(async ({ frames, applySource }) => {
    const apply = eval(applySource);  // eslint-disable-line no-eval
    let start = Date.UTC(2016, 0, 1), end = Date.UTC(2026, 0, 1);
    const stamps = [];
    for (let f = 0; f < frames + 10; ++f) {
      const span = end - start;
      start += span * (f % 20 < 10 ? 0.01 : -0.01);
      end = start + span * (f % 40 < 20 ? 0.99 : 1.01);
      apply(start, end);
      stamps.push(await new Promise((resolve) => requestAnimationFrame(resolve)));
    }
    return stamps.slice(10).map((t, i, all) => (i === 0 ? null : t - all[i - 1])).filter((x) => x !== null);
  }, { frames, applySource: applyWindow.toString() });
}

const server = await startServer(site, 0);
// Without the 60 Hz cap a frame's interval is what it costs (script, layout, paint, GL in software).
const browser = await launchChromium(['--disable-frame-rate-limit', '--disable-gpu-vsync']);
const ctx = { browser, baseUrl: `http://127.0.0.1:${server.address().port}/` };
const viewport = { width: 1280, height: 800 };
const how = `${frames} frames of scripted pan and zoom, headless Chromium (software GL), 1280×800, frame interval without the 60 Hz cap`;
try {
  // Once first, unmeasured: the server compresses each file on its first request (brotli over a
  // 200 MB data set took over a second), as a static host does ahead of time. Each measured load has
  // a fresh browser context, so nothing comes from the browser's cache.
  await (await openPage(ctx, { ...viewport, path: 'app/index.html#view=timeline', wait: 'ready', timeout: 300000 })).page.close();
  // Only ready, not asked for frames: the time to first frame is read right after. Large data sets load slowly.
  const { page } = await openPage(ctx, { ...viewport, path: 'app/index.html#view=timeline', wait: 'ready', timeout: 300000 });
  // When the first frame was drawn, by the page's clock: read afterwards, the page may be busy with
  // the search index it builds before the second frame.
  const startup = await page.evaluate(() => window.dealscope.startup());
  figure(`dealscope time to first frame, ${label}`, startup.first_frame_at_ms / 1000, 's', 'navigation start to the first frame drawn, loopback, data set preloaded');
  // Where that time went (docs/performance.md: "Where the first frame's time goes").
  const arrived = Math.max(0, ...startup.files.map((f) => f.arrived_at_ms));
  const stepHow = 'window.dealscope.startup(), one page load';
  figure(`dealscope startup: files arrived, ${label}`, arrived, 'ms', 'the last of the page\'s .js, .wasm and .data files, since navigation start');
  figure(`dealscope startup: program began, ${label}`, startup.main_at_ms, 'ms', 'main() since navigation start (download and compile before it)');
  for (const step of startup.steps) figure(`dealscope startup: ${step.name}, ${label}`, step.ms, 'ms', stepHow);
  figure(`dealscope wasm heap, ${label}`, await page.evaluate(() => Module.HEAP8.length / 2 ** 20), 'MB', 'WebAssembly memory after loading');
  // The same page reading the articles instead of its pack (data.pack, when the build has one).
  if (await page.evaluate(() => window.dealscope.state().pack) !== '') {
    const { page: unpacked } = await openPage(ctx, { ...viewport, path: 'app/index.html?pack=none#view=timeline', wait: 'ready', timeout: 300000 });
    const firstUnpacked = await unpacked.evaluate(() => window.dealscope.startup().first_frame_at_ms);
    figure(`dealscope time to first frame without its pack, ${label}`, firstUnpacked / 1000, 's', 'the same, ?pack=none: the articles parsed and annotated at start-up');
    figure(`dealscope wasm heap without its pack, ${label}`, await unpacked.evaluate(() => Module.HEAP8.length / 2 ** 20), 'MB', 'WebAssembly memory after loading');
    await unpacked.close();
  }
  const ours = await panAndZoom(page, (start, end) => {
    const day = (t) => new Date(t).toISOString().slice(0, 10);
    window.dealscope.applyLink(`#view=timeline&t=${day(start)}..${day(end)}`);
  });
  figure(`dealscope pan/zoom frame median, ${label}`, percentile(ours, 50), 'ms', how);
  figure(`dealscope pan/zoom frame p95, ${label}`, percentile(ours, 95), 'ms', how);
  if (sessionSeconds > 0) {
    const heap = () => page.evaluate(() => ({ used: Module._ds_heap_used() / 2 ** 20, size: Module.HEAP8.length / 2 ** 20 }));
    // One round first, so caches that fill once (layouts, the reader's text) are in the baseline.
    const session = (seconds) => page.evaluate(async (ms) => {
      const api = window.dealscope;
      api.search('Milliarden');
      const ids = api.state().search_results.filter((h) => h.kind === 'event').map((h) => h.id);
      const views = ['timeline', 'network', 'events', 'articles', 'conflicts'];
      const queries = ['Milliarden', 'Kredit', 'Rechenleistung', 'xyzzy', 'März 2024'];
      const end = performance.now() + ms;
      for (let k = 0; performance.now() < end; ++k) {
        api.setView(views[k % views.length]);
        api.search(queries[k % queries.length]);
        if (ids.length) api.openSource(ids[k % ids.length], 0);
        api.setFilter(k % 3 === 0 ? { types: ['investment'] } : k % 3 === 1 ? { from: '2019', to: '2022' } : {});
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      api.setFilter({});
      api.search('');
    }, seconds * 1000);
    await session(Math.min(5, sessionSeconds));
    const before = await heap();
    await session(sessionSeconds);
    const after = await heap();
    const sessionHow = `${sessionSeconds} s of views, searches, sources opened and filters, heap in use (malloc) before and after`;
    figure(`dealscope heap in use before a ${sessionSeconds} s session, ${label}`, before.used, 'MB', sessionHow);
    figure(`dealscope heap growth over a ${sessionSeconds} s session, ${label}`, after.used - before.used, 'MB', sessionHow);
    figure(`dealscope wasm memory growth over a ${sessionSeconds} s session, ${label}`, after.size - before.size, 'MB', 'WebAssembly memory size before and after the session');
  }
  await page.close();

  if (withVis) {
    // Its own fresh context, as the app had; vis.html says when it has drawn (window.benchReady).
    // Its files once first, as the app's (the server compresses on the first request).
    await (await openPage(ctx, { ...viewport, path: 'vis.html?events=events.json', wait: 'load' })).page.close();
    const { page: vis } = await openPage(ctx, { ...viewport, path: 'vis.html?events=events.json', wait: 'load' });
    const built = await vis.evaluate(() => window.benchReady);
    figure(`vis-timeline first render, ${label}`, built / 1000, 's', 'fetch, DataSet and Timeline construction, two frames');
    const theirs = await panAndZoom(vis, (start, end) => window.timeline.setWindow(start, end, { animation: false }));
    figure(`vis-timeline pan/zoom frame median, ${label}`, percentile(theirs, 50), 'ms', how);
    figure(`vis-timeline pan/zoom frame p95, ${label}`, percentile(theirs, 95), 'ms', how);
    await vis.close();
  }
} finally {
  await browser.close();
  server.close();
}
