// Where the page's first frame's time goes, with its pack and without (?pack=none): LOADS fresh
// page loads each, alternating, and the median of each step. Prints "@figure" lines like
// browser_bench.mjs; docs/performance.md quotes them.
//   node tests/bench/startup_bench.mjs [WEB_BUILD_DIR] [LOADS]
import path from 'node:path';

import { startServer } from '../../scripts/serve.mjs';
import { launchChromium, repoRoot } from '../support/chromium.mjs';
import { openPage } from '../support/page.mjs';

const webDir = path.resolve(process.argv[2] || path.join(repoRoot, 'build/web-release'));
const loads = Number(process.argv[3] || 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

const server = await startServer(webDir, 0);
const browser = await launchChromium();
const ctx = { browser, baseUrl: `http://127.0.0.1:${server.address().port}/` };
const runs = { 'with its pack': [], 'reading the articles': [] };
try {
  // Once first, unmeasured: the server compresses each file on its first request (browser_bench.mjs).
  await (await openPage(ctx, { width: 1280, height: 800, wait: 'ready', timeout: 300000 })).page.close();
  for (let i = 0; i < loads; ++i) {
    for (const [label, query] of [['with its pack', ''], ['reading the articles', '?pack=none']]) {
      const { page } = await openPage(ctx, { width: 1280, height: 800, path: query, wait: 'ready', timeout: 300000 });
      const startup = await page.evaluate(() => window.dealscope.startup());
      const pack = await page.evaluate(() => window.dealscope.state().pack);
      if ((label === 'with its pack') !== (pack !== '')) throw new Error(`${label}: the page's pack was '${pack}'`);
      runs[label].push(startup);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
for (const [label, all] of Object.entries(runs)) {
  const how = `median of ${loads} page loads, headless Chromium on loopback, window.dealscope.startup()`;
  const line = (name, values) => {
    console.log(`${label}: ${name}: ${median(values).toFixed(0)} ms (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`);
    console.log(`@figure ${JSON.stringify({ name: `startup ${label}: ${name}`, value: median(values), unit: 'ms', how })}`);
  };
  line('files arrived', all.map((s) => Math.max(0, ...s.files.map((f) => f.arrived_at_ms))));
  line('program began', all.map((s) => s.main_at_ms));
  for (const name of all[0].steps.map((s) => s.name)) line(name, all.map((s) => s.steps.find((x) => x.name === name)?.ms ?? 0));
  line('first frame drawn', all.map((s) => s.first_frame_at_ms));
}
