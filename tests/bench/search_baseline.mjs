// A plain-JavaScript search over the same synthetic data set and the same queries as scale_bench:
// what a page without dealscope's core would do (lower-case and spell out umlauts once, then
// indexOf over entity names, event summaries and article texts, at most 80 article hits).
//   node tests/bench/search_baseline.mjs DATA_DIR LABEL
import fs from 'node:fs';
import path from 'node:path';

const [dataDir, label] = process.argv.slice(2);
const fold = (s) => s.toLowerCase().replaceAll('ä', 'ae').replaceAll('ö', 'oe').replaceAll('ü', 'ue').replaceAll('ß', 'ss');
const entities = JSON.parse(fs.readFileSync(path.join(dataDir, 'entities.json'), 'utf8')).entities;
const events = JSON.parse(fs.readFileSync(path.join(dataDir, 'events.json'), 'utf8')).events;
const articleDir = path.join(dataDir, 'articles');
const articles = fs.readdirSync(articleDir).filter((f) => f.endsWith('.txt')).sort().map((f) => fold(fs.readFileSync(path.join(articleDir, f), 'utf8')));
const names = entities.map((e) => [e.name, ...(e.aliases ?? [])].map(fold));
const summaries = events.map((e) => fold(e.summary.de));

function search(query) {
  const q = fold(query).trim();
  const hits = { entities: [], events: [], articles: [] };
  names.forEach((n, i) => { if (n.some((x) => x.includes(q))) hits.entities.push(i); });
  summaries.forEach((s, i) => { if (s.includes(q)) hits.events.push(i); });
  for (let a = 0; a < articles.length && hits.articles.length < 80; ++a) {
    for (let at = articles[a].indexOf(q); at >= 0 && hits.articles.length < 80; at = articles[a].indexOf(q, at + q.length)) hits.articles.push([a, at]);
  }
  return hits;
}

// The queries of scale_bench: 20 entity names spread over the gazetteer, then words, a phrase, a miss.
const queries = [];
for (let i = 0; i < 20; ++i) queries.push(entities[Math.floor((i * entities.length) / 20)].name);
queries.push('Rechenleistung', 'Milliarden', 'Kredit', 'Finanzierungsrunde', 'Grafikprozessoren', 'über eine Beteiligung', 'Aktie', 'xyzzy', 'ka', 'März 2024');
const rounds = 20;  // as scale_bench
for (let warmUp = 0; warmUp < 5; ++warmUp) for (const q of queries) search(q);  // warm up the JIT
const times = [];
for (let rep = 0; rep < rounds; ++rep) {
  for (const q of queries) {
    const t = performance.now();
    search(q);
    times.push(performance.now() - t);
  }
}
times.sort((a, b) => a - b);
const how = `${queries.length} queries × ${rounds} over ${articles.length} articles, indexOf on pre-folded text, node ${process.version}`;
for (const [p, name] of [[50, 'p50'], [99, 'p99']]) {
  const value = times[Math.min(times.length - 1, Math.round((p / 100) * (times.length - 1)))];
  console.log(`plain JavaScript search ${name}, ${label}: ${value.toFixed(2)} ms (${how})`);
  console.log(`@figure ${JSON.stringify({ name: `plain JavaScript search ${name}, ${label}`, value, unit: 'ms', how })}`);
}
