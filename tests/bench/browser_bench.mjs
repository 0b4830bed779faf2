// In headless Chromium: dealscope's page with a synthetic data set, then the same events in
// vis-timeline, each panned and zoomed by the same script. Prints "@figure" lines (scripts/bench.sh).
//   node tests/bench/browser_bench.mjs WEB_BUILD_DIR DATA_DIR LABEL [--no-vis] [--loads N] [--session SECONDS]
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
// Fresh page loads each for the first frame's time (--loads N).
const loadsAt = flags.indexOf('--loads');
const loads = loadsAt >= 0 ? Number(flags[loadsAt + 1]) : 5;

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
  // The first frame's time is the median of `loads` fresh loads each, dealscope with its pack, without
  // it and vis-timeline alternating, so that each sees the same moments of a busy machine.
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  const firstFrame = async (query) => {
    const { page: p } = await openPage(ctx, { ...viewport, path: `app/index.html${query}#view=timeline`, wait: 'ready', timeout: 300000 });
    const at = await p.evaluate(() => window.dealscope.startup().first_frame_at_ms);
    await p.close();
    return at;
  };
  const visFirstRender = async () => {
    const { page: p } = await openPage(ctx, { ...viewport, path: 'vis.html?events=events.json', wait: 'load' });
    const built = await p.evaluate(() => window.benchReady);
    await p.close();
    return built;
  };
  if (withVis) await visFirstRender();  // its files once first, as the app's
  const packed = await (async () => {
    const { page: p } = await openPage(ctx, { ...viewport, path: 'app/index.html#view=timeline', wait: 'ready', timeout: 300000 });
    const pack = await p.evaluate(() => window.dealscope.state().pack);
    await p.close();
    if (pack !== '') await firstFrame('?pack=none');  // the articles folder's files once, unmeasured
    return pack !== '';
  })();
  const timings = { ours: [], unpacked: [], vis: [], visScript: [] };
  for (let i = 0; i < loads; ++i) {
    timings.ours.push(await firstFrame(''));
    if (packed) timings.unpacked.push(await firstFrame('?pack=none'));
    if (withVis) {
      const built = await visFirstRender();
      timings.vis.push(built.sinceNavigation);
      timings.visScript.push(built.sinceScript);
    }
  }
  const loadsHow = `median of ${loads} fresh page loads, alternating with the others below`;
  figure(`dealscope time to first frame, ${label}`, median(timings.ours) / 1000, 's', `navigation start to the first frame drawn, loopback; ${loadsHow}`);
  if (packed) figure(`dealscope time to first frame without its pack, ${label}`, median(timings.unpacked) / 1000, 's', `the same, ?pack=none: the articles parsed and annotated at start-up; ${loadsHow}`);
  if (withVis) {
    // Since navigation start, as dealscope's first frame: what a reader waits for.
    figure(`vis-timeline first render, ${label}`, median(timings.vis) / 1000, 's', `navigation start to two frames after the Timeline was built (its script downloaded and run, the events fetched); ${loadsHow}`);
    figure(`vis-timeline first render from its script's start, ${label}`, median(timings.visScript) / 1000, 's', `the same without the script's download and parse (how it was measured before 2026-12-05); ${loadsHow}`);
  }

  // One more load, for the breakdown, the heap and the pan and zoom.
  const { page } = await openPage(ctx, { ...viewport, path: 'app/index.html#view=timeline', wait: 'ready', timeout: 300000 });
  const startup = await page.evaluate(() => window.dealscope.startup());
  // Where that time went (docs/performance.md: "Where the first frame's time goes").
  const arrived = Math.max(0, ...startup.files.map((f) => f.arrived_at_ms));
  const stepHow = 'window.dealscope.startup(), one page load';
  figure(`dealscope startup: files arrived, ${label}`, arrived, 'ms', 'the last of the page\'s .js, .wasm, font and pack files, since navigation start');
  figure(`dealscope startup: program began, ${label}`, startup.main_at_ms, 'ms', 'the program\'s start since navigation start (download and compile before it)');
  // The search index is built after the first frame: the heap is read once it is there.
  await page.waitForFunction(() => window.dealscope.startup().steps.some((s) => s.name.startsWith('search index')), null, { timeout: 300000 });
  for (const step of (await page.evaluate(() => window.dealscope.startup())).steps) figure(`dealscope startup: ${step.name}, ${label}`, step.ms, 'ms', stepHow);
  figure(`dealscope wasm heap, ${label}`, await page.evaluate(() => Module.HEAP8.length / 2 ** 20), 'MB', 'WebAssembly memory after loading and building the search index');
  // The same page reading the articles instead of its pack (data.pack, when the build has one).
  if (packed) {
    const { page: unpacked } = await openPage(ctx, { ...viewport, path: 'app/index.html?pack=none#view=timeline', wait: 'ready', timeout: 300000 });
    await unpacked.waitForFunction(() => window.dealscope.startup().steps.some((s) => s.name.startsWith('search index')), null, { timeout: 300000 });
    figure(`dealscope wasm heap without its pack, ${label}`, await unpacked.evaluate(() => Module.HEAP8.length / 2 ** 20), 'MB', 'WebAssembly memory after loading and building the search index');
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
    const { page: vis } = await openPage(ctx, { ...viewport, path: 'vis.html?events=events.json', wait: 'load' });
    await vis.evaluate(() => window.benchReady);
    const theirs = await panAndZoom(vis, (start, end) => window.timeline.setWindow(start, end, { animation: false }));
    figure(`vis-timeline pan/zoom frame median, ${label}`, percentile(theirs, 50), 'ms', how);
    figure(`vis-timeline pan/zoom frame p95, ${label}`, percentile(theirs, 95), 'ms', how);
    await vis.close();
  }
} finally {
  await browser.close();
  server.close();
}
