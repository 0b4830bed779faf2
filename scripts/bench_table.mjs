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
const rows = [...byName.values()].map((r) => {
  const slower = r.native && r.wasm ? (higherIsBetter(r.unit) ? r.native / r.wasm : r.wasm / r.native) : null;
  return { ...r, wasm_slowdown: r.unit === 'MB' ? null : slower };
});
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`;
fs.writeFileSync(jsonOut, JSON.stringify({ date: new Date().toISOString(), machine, figures: rows }, null, 1) + '\n');

const fmt = (v) => (v == null ? '–' : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(v >= 1 ? 2 : 3));
const lines = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}.`,
  '',
  '| figure | native | wasm (node) | wasm slower by | how |',
  '| --- | --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.name} | ${fmt(r.native)} ${r.unit} | ${fmt(r.wasm)} ${r.unit} | ${r.wasm_slowdown ? fmt(r.wasm_slowdown) + '×' : '–'} | ${r.how} |`),
];
fs.writeFileSync(mdOut, lines.join('\n') + '\n');

// A figure measured on one platform only means a benchmark broke on the other.
const missing = rows.filter((r) => r.native == null || r.wasm == null).map((r) => r.name);
if (rows.length < 10 || missing.length > 0) {
  console.error(`bench: ${rows.length} figures; missing on a platform: ${missing.join(', ') || 'none'}`);
  process.exit(1);
}
