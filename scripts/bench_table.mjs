// Turns the benchmarks' figure lines into bench/results.json and a Markdown table with native and
// WebAssembly side by side and their ratio.   node scripts/bench_table.mjs FIGURES.jsonl OUT.json OUT.md
import fs from 'node:fs';
import os from 'node:os';

const [input, jsonOut, mdOut] = process.argv.slice(2);
const figures = fs.readFileSync(input, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
const byName = new Map();
for (const f of figures) {
  if (!byName.has(f.name)) byName.set(f.name, { name: f.name, unit: f.unit, how: f.how });
  byName.get(f.name)[f.platform] = f.value;
}
// Throughputs are better higher; for them the ratio is native ÷ wasm, so "2×" always means "wasm is 2× slower".
const higherIsBetter = (unit) => unit.endsWith('/s');
// Figures of the page in Chromium and of the plain-JavaScript baseline stand on their own.
const other = (r) => r.chromium ?? r.javascript;
const browserRows = [...byName.values()].filter((r) => other(r) != null);
const rows = [...byName.values()].filter((r) => other(r) == null).map((r) => {
  const slower = r.native && r.wasm ? (higherIsBetter(r.unit) ? r.native / r.wasm : r.wasm / r.native) : null;
  return { ...r, wasm_slowdown: r.unit === 'MB' ? null : slower };
});
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`;
fs.writeFileSync(jsonOut, JSON.stringify({ date: new Date().toISOString(), machine, figures: rows, chromium: browserRows }, null, 1) + '\n');

const fmt = (v) => (v == null ? '–' : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(v >= 1 ? 2 : 3));
const lines = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}.`,
  '',
  '| figure | native | wasm (node) | wasm slower by | how |',
  '| --- | --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.name} | ${fmt(r.native)} ${r.unit} | ${fmt(r.wasm)} ${r.unit} | ${r.wasm_slowdown ? fmt(r.wasm_slowdown) + '×' : '–'} | ${r.how} |`),
  '',
  'In headless Chromium (the page, and the same events in vis-timeline), and a plain-JavaScript search:',
  '',
  '| figure | value | how |',
  '| --- | --- | --- |',
  ...browserRows.map((r) => `| ${r.name} | ${fmt(other(r))} ${r.unit} | ${r.how} |`),
];
// The goal: panning 100 000 events in dealscope at least 5× faster per frame than vis-timeline with 10 000.
const ours = byName.get('dealscope pan/zoom frame median, 100000 events')?.chromium;
const theirs = byName.get('vis-timeline pan/zoom frame median, 10000 events')?.chromium;
if (ours && theirs) lines.push('', `Pan/zoom frame, dealscope with 100 000 events vs. vis-timeline with 10 000: ${fmt(theirs / ours)}× faster (goal ≥ 5×).`);
fs.writeFileSync(mdOut, lines.join('\n') + '\n');

// A figure measured on one platform only means a benchmark broke on the other.
const missing = rows.filter((r) => r.native == null || r.wasm == null).map((r) => r.name);
if (rows.length < 10 || missing.length > 0 || browserRows.length < 4) {
  console.error(`bench: ${rows.length} figures (${browserRows.length} in Chromium); missing on a platform: ${missing.join(', ') || 'none'}`);
  process.exit(1);
}
