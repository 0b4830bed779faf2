// dealscope-cli as a user runs it: JSON on stdout, problems on stderr, exit 0 / 1 usage / 2 input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { repoRoot } from '../support/chromium.mjs';

const cli = process.env.DEALSCOPE_CLI || path.join(repoRoot, 'build/native-debug/dealscope-cli');
const articles = path.join(repoRoot, 'assets/articles');
const run = (...args) => spawnSync(cli, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dealscope-cli-'));

test('parse prints blocks and sentences whose byte ranges cite the file exactly', () => {
  for (const file of fs.readdirSync(articles).filter((f) => f.endsWith('.txt'))) {
    const result = run('parse', path.join(articles, file));
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, '');
    const article = JSON.parse(result.stdout);
    const bytes = fs.readFileSync(path.join(articles, file));
    assert.equal(article.bytes, bytes.length);
    assert.ok(article.blocks.length > 0 && article.sentences.length > 0);
    for (const s of article.sentences) {
      // The seeds contain no soft hyphens or runs of spaces, so display text equals the cited bytes.
      assert.equal(bytes.subarray(s.start, s.end).toString('utf8'), s.text);
    }
    for (const b of article.blocks) assert.ok(b.kind === 'boilerplate' ? typeof b.boilerplate === 'string' : b.boilerplate === null);
  }
});

test('parse uses the sidecar next to the file, or the one given with --meta', () => {
  const file = path.join(articles, '002_c2d40a6ec8a499e2.txt');
  assert.equal(JSON.parse(run('parse', file).stdout).date.source, 'metadata');
  const meta = path.join(tmp, 'other.meta.json');
  fs.writeFileSync(meta, '{"publisher": "Anderer Verlag"}');
  const other = JSON.parse(run('parse', file, '--meta', meta).stdout);
  assert.equal(other.publisher, 'Anderer Verlag');
  assert.equal(other.date.source, 'text');
  assert.equal(other.date.value, '2024-10-21');
});

test('a broken sidecar is a warning with line and column; the article is still printed', () => {
  const meta = path.join(tmp, 'broken.meta.json');
  fs.writeFileSync(meta, '{\n  "publisher": \n');
  const result = run('parse', path.join(articles, '004_99e61aca6c01c1f9.txt'), '--meta', meta);
  assert.equal(result.status, 0);
  assert.match(result.stderr, /^warning: .*broken\.meta\.json:3:1: .*sidecar ignored$/m);
  assert.equal(JSON.parse(result.stdout).kicker, 'Kein Ende bei KI-Wettrüsten');
});

test('usage errors exit 1, input errors exit 2 naming file and byte offset', () => {
  assert.equal(run().status, 1);
  assert.equal(run('frobnicate').status, 1);
  assert.equal(run('parse').status, 1);
  assert.equal(run('parse', 'a.txt', 'b.txt').status, 1);

  const missing = run('parse', path.join(tmp, 'nope.txt'));
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /nope\.txt: file is missing/);

  const latin1 = path.join(tmp, 'latin1.txt');
  fs.writeFileSync(latin1, Buffer.from('Gr\xf6\xdfe Investition', 'latin1'));
  const bad = run('parse', latin1);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /latin1\.txt:byte 2: invalid UTF-8/);
  assert.equal(bad.stdout, '');

  const binary = path.join(tmp, 'image.txt');
  fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  assert.match(run('parse', binary).stderr, /image\.txt:byte 8: binary file/);

  const empty = path.join(tmp, 'empty.txt');
  fs.writeFileSync(empty, '');
  assert.match(run('parse', empty).stderr, /empty\.txt: empty file/);
});

test.after(() => fs.rmSync(tmp, { recursive: true, force: true }));

test('annotate adds mentions whose byte ranges cite the file, with normalised values', () => {
  const file = path.join(articles, '004_99e61aca6c01c1f9.txt');
  const result = run('annotate', file);
  assert.equal(result.status, 0, result.stderr);
  const article = JSON.parse(result.stdout);
  const bytes = fs.readFileSync(file);
  for (const m of article.mentions) {
    assert.equal(bytes.subarray(m.start, m.end).toString('utf8'), m.text);
    assert.equal(typeof m.sentence, 'number');
    assert.equal(typeof m.in_boilerplate, 'boolean');
  }
  const upTo = article.mentions.find((m) => m.kind === 'money' && m.text === '5 Milliarden US-Dollar');
  assert.deepEqual([upTo.value, upTo.currency, upTo.qualifier, upTo.vague], [5e9, 'USD', 'up_to', false]);
  const march = article.mentions.find((m) => m.kind === 'date' && m.text === 'März');
  assert.deepEqual([march.value, march.precision, march.anchored], ['2025-03', 'month', true]);
  const ms = article.mentions.find((m) => m.kind === 'entity' && m.text === 'Microsofts');
  assert.deepEqual([ms.entity, ms.name, ms.entity_kind, ms.known], ['microsoft', 'Microsoft', 'company', true]);
});

test('annotate --date re-anchors relative dates; without any date they stay unanchored', () => {
  const file = path.join(articles, '004_99e61aca6c01c1f9.txt');
  const march = (args) => JSON.parse(run('annotate', file, ...args).stdout).mentions.find((m) => m.text === 'März');
  assert.equal(march(['--date', '2024-06']).value, '2024-03');
  const noMeta = path.join(tmp, 'empty.meta.json');
  fs.writeFileSync(noMeta, '{}');
  const bare = march(['--meta', noMeta]);
  assert.equal(bare.value, 'XXXX-03');
  assert.equal(bare.anchored, false);
  assert.equal(run('annotate', file, '--date', 'next week').status, 1);
});

test('annotate with a broken gazetteer names the problem and exits 2', () => {
  const entities = path.join(tmp, 'entities.json');
  fs.writeFileSync(entities, '{"entities": [{"id": "x", "name": "X", "kind": "company"}, {"id": "x", "name": "Y", "kind": "company"}]}');
  const result = run('annotate', path.join(articles, '000_0fd505e617a80e95.txt'), '--entities', entities);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /entities\.json#\/entities\/1\/id: duplicate id 'x'/);
});

test('annotate warns about an unsupported currency and keeps the amount without one', () => {
  const file = path.join(tmp, 'rubel.txt');
  fs.writeFileSync(file, 'Rohstoffkonzern zahlt Milliarden\n\nDer Konzern zahlte im Mai 2024 rund 40 Milliarden Rubel an den Staat.\n');
  const result = run('annotate', file);
  assert.equal(result.status, 0);
  assert.match(result.stderr, /^warning: .*rubel\.txt:byte \d+: currency 'Rubel' is not supported; the amount is kept without a currency$/m);
  const money = JSON.parse(result.stdout).mentions.find((m) => m.kind === 'money' && !m.vague);
  assert.deepEqual([money.value, money.currency, money.unsupported_currency, money.qualifier], [40e9, null, 'Rubel', 'about']);
});

test('validate passes on the curated data and reports every error in a broken copy', () => {
  const ok = run('validate');
  assert.equal(ok.status, 0, ok.stderr);
  const summary = JSON.parse(ok.stdout);
  assert.equal(summary.errors, 0);
  assert.ok(summary.events >= 40);

  const copy = path.join(tmp, 'data');
  fs.cpSync(path.join(repoRoot, 'assets'), copy, { recursive: true });
  const eventsFile = path.join(copy, 'events.json');
  const data = JSON.parse(fs.readFileSync(eventsFile, 'utf8'));
  data.events[0].participants[0].entity = 'nobody';
  data.events[1].date.value = 'gestern';
  data.events[2].sources[0].quote += ' (bearbeitet)';
  fs.writeFileSync(eventsFile, JSON.stringify(data, null, 1));
  const broken = run('validate', copy);
  assert.equal(broken.status, 2);
  const lines = broken.stderr.trim().split('\n');
  assert.equal(lines.length, 3, broken.stderr);
  assert.match(lines[0], /events\.json#\/events\/0\/participants\/0\/entity: unknown entity 'nobody'$/);
  assert.match(lines[1], /events\.json#\/events\/1\/date\/value: invalid date 'gestern'$/);
  assert.match(lines[2], /events\.json#\/events\/2\/sources\/0\/quote: not found verbatim/);
  assert.equal(JSON.parse(broken.stdout).errors, 3);

  fs.writeFileSync(eventsFile, '{"events": [');
  const syntax = run('validate', copy);
  assert.equal(syntax.status, 2);
  assert.match(syntax.stderr, /events\.json:1:13: /);
});

test('extract prints candidate events in the events.json shape with a confidence', () => {
  const file = path.join(tmp, 'own.txt');
  fs.writeFileSync(file, 'Amazon stockt bei Anthropic auf\n\nAmazon investiert laut Insidern weitere 4 Milliarden Dollar in Anthropic. Das Geld fließt über zwei Jahre.\n');
  const result = run('extract', file, '--date', '2024-03-27');
  assert.equal(result.status, 0, result.stderr);
  const out = JSON.parse(result.stdout);
  assert.equal(out.candidates.length, 1);
  const c = out.candidates[0];
  assert.equal(c.type, 'investment');
  assert.equal(c.status, 'reported');
  assert.deepEqual(c.participants, [{ entity: 'amazon', role: 'investor' }, { entity: 'anthropic', role: 'investee' }]);
  assert.deepEqual([c.amounts[0].value, c.amounts[0].currency], [4e9, 'USD']);
  assert.equal(fs.readFileSync(file).subarray(c.sources[0].start, c.sources[0].end).toString(), c.sources[0].quote);
  assert.ok(c.confidence > 0.5 && c.confidence <= 1);
});

test('a file over 5 MB is refused with its size and how to lift the limit; --max-bytes lifts it', () => {
  const big = path.join(tmp, 'big.txt');
  fs.writeFileSync(big, 'Ein Titel\n\n' + 'Microsoft investiert Geld in OpenAI. '.repeat(150000));
  const size = fs.statSync(big).size;
  assert.ok(size > 5 * 1024 * 1024);
  for (const command of ['parse', 'annotate', 'extract']) {
    const refused = run(command, big);
    assert.equal(refused.status, 2);
    assert.equal(refused.stdout, '');
    assert.match(refused.stderr, new RegExp(`big\\.txt: ${size} bytes, more than the 5242880 an article may have; --max-bytes N raises the limit`));
  }
  const lifted = run('parse', big, '--max-bytes', String(size));
  assert.equal(lifted.status, 0, lifted.stderr);
  assert.equal(JSON.parse(lifted.stdout).bytes, size);
  assert.equal(run('parse', big, '--max-bytes', '5MB').status, 1);
  assert.equal(run('parse', big, '--max-bytes', '-1').status, 1);
});

test('extract proposes at most 12 candidates from one sentence and says so on stderr', () => {
  const file = path.join(tmp, 'list.txt');
  const amounts = Array.from({ length: 400 }, (_, i) => `${(i % 90) + 1} Milliarden Dollar`).join(', ');
  fs.writeFileSync(file, `Eine lange Liste\n\nMicrosoft investiert ${amounts} in OpenAI.\n`);
  const result = run('extract', file);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(JSON.parse(result.stdout).candidates.length, 12);
  assert.match(result.stderr, /^warning: \S*list\.txt:byte \d+: a sentence with 400 amounts: candidates were looked for in the first 12 only$/m);
});

test('events-table prints every curated event as an escaped HTML table row', () => {
  const result = run('events-table');
  assert.equal(result.status, 0, result.stderr);
  const events = JSON.parse(fs.readFileSync(path.join(repoRoot, 'assets/events.json'), 'utf8')).events;
  const rows = result.stdout.match(/<tr><td>/g) || [];
  assert.equal(rows.length, events.length);
  assert.match(result.stdout, /OpenAI&#39;s/);  // apostrophes in summaries are escaped
  assert.doesNotMatch(result.stdout.replace(/<\/?(table|caption|thead|tbody|tr|th|td)( scope="col")?>/g, ''), /[<>]/);
  assert.equal(run('events-table', '/nonexistent/data').status, 2);
});

test('synth refuses counts that would wrap or run for hours, naming the range', () => {
  for (const [flag, value, range] of [['--articles', '18446744073709551617', '1 to 1000000'], ['--articles', '0', '1 to 1000000'],
    ['--events', '99999999999', '0 to 10000000'], ['--entities', '1', '2 to 1000000'], ['--seed', '-3', '0 to 4294967295'], ['--events', '1e3', '0 to 10000000']]) {
    const r = run('synth', '--articles', '2', '--events', '2', flag, value, path.join(tmp, 'never'));
    assert.equal(r.status, 1, `${flag} ${value}`);
    assert.match(r.stderr, new RegExp(`synth: ${flag} takes a number from ${range}`));
  }
  assert.equal(fs.existsSync(path.join(tmp, 'never')), false);
});

test('validate refuses a member said twice and an unknown version, at their pointers', () => {
  const dir = path.join(tmp, 'twice');
  fs.cpSync(path.join(repoRoot, 'assets'), dir, { recursive: true });
  const file = path.join(dir, 'events.json');
  const text = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, text.replace('"version": 1,', '"version": 3,').replace('"status": "completed",', '"status": "completed", "status": "rumored",'));
  const r = run('validate', dir);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^error: \S*events\.json#\/version: unsupported version \(this dealscope reads version 1\)$/m);
  assert.match(r.stderr, /^error: \S*events\.json#\/events\/\d+\/status: "status" appears twice in this object; say it once$/m);
});

test('synth writes a deterministic data set that validates and annotates like the real assets', () => {
  const dirs = ['a', 'b', 'c'].map((n) => path.join(tmp, `synth-${n}`));
  let r = run('synth', '--articles', '20', '--events', '150', '--entities', '40', '--seed', '7', dirs[0]);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout).files, 22);
  run('synth', '--articles', '20', '--events', '150', '--entities', '40', '--seed', '7', dirs[1]);
  run('synth', '--articles', '20', '--events', '150', '--entities', '40', '--seed', '8', dirs[2]);
  const read = (dir, name) => fs.readFileSync(path.join(dir, name), 'utf8');
  for (const name of ['events.json', 'entities.json', 'articles/synth_000020.txt']) assert.equal(read(dirs[0], name), read(dirs[1], name));
  assert.notEqual(read(dirs[0], 'events.json'), read(dirs[2], 'events.json'));

  // Every event loads: its quote is in its article, its entities in the gazetteer.
  r = run('validate', dirs[0]);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), { articles: 20, claims: 0, entities: 40, errors: 0, events: 150, warnings: 0 });

  // The annotators find the made-up companies, the amounts and the dates in the text.
  r = run('annotate', path.join(dirs[0], 'articles/synth_000001.txt'), '--entities', path.join(dirs[0], 'entities.json'));
  assert.equal(r.status, 0, r.stderr);
  const kinds = JSON.parse(r.stdout).mentions.map((m) => `${m.kind}${m.known === false ? '?' : ''}`);
  for (const kind of ['entity', 'money', 'date']) assert.ok(kinds.filter((k) => k === kind).length >= 8, `${kind}: ${kinds.join(' ')}`);

  assert.equal(run('synth', '--articles', '0', dirs[0]).status, 1);
  assert.equal(run('synth', '--articles', '5').status, 1);
  assert.equal(run('synth', '--events', '-3', dirs[0]).status, 1);
});

const sheets = path.join(repoRoot, 'tests/core/tables/sheets');

test('import reads a spreadsheet into a user-data document, names each bad row, and export writes the layouts back', () => {
  const result = run('import', path.join(sheets, 'dealscope.csv'));
  assert.equal(result.status, 2, 'a row was left out');
  assert.match(result.stderr, /dealscope\.csv:line 6, column date: '2025-02-30' is not a date/);
  assert.match(result.stderr, /\(dealscope columns\): 6 rows, 4 events, 2 new names, 2 rows left out/);
  const doc = JSON.parse(result.stdout);
  assert.equal(doc.format, 'dealscope-user-data');
  assert.equal(doc.events.length, 4);
  assert.deepEqual(doc.entities.map((e) => e.id), ['samsung-ventures', 'acme-robotics-gmbh']);
  assert.ok(doc.events.every((e) => e.table && e.table.file.endsWith('dealscope.csv')));

  const clean = run('import', path.join(sheets, 'pasted.tsv'), '--format', 'dealscope');
  assert.equal(clean.status, 0, clean.stderr);
  assert.equal(run('import', path.join(sheets, 'pasted.tsv'), '--format', 'excel').status, 1);

  const kumu = run('export', '--format', 'kumu');
  assert.equal(kumu.status, 0, kumu.stderr);
  assert.ok(kumu.stdout.startsWith('From,To,Type,Amount,Currency,Date,Description,Source\r\n'));
  // One row per giver and receiver: no "A | B" node; events with one party are named on stderr.
  assert.ok(!kumu.stdout.includes(' | '), kumu.stdout);
  assert.match(kumu.stderr, /note: \d+ event\(s\) name only one party/);
  // Exported as dealscope's columns and imported again: every curated event, no problem, no new name.
  const file = path.join(tmp, 'all.csv');
  fs.writeFileSync(file, run('export', '--format', 'dealscope').stdout);
  const back = run('import', file);
  assert.equal(back.status, 0, back.stderr);
  const events = JSON.parse(fs.readFileSync(path.join(repoRoot, 'assets/events.json'), 'utf8')).events;
  assert.equal(JSON.parse(back.stdout).events.length, events.length);
  assert.equal(JSON.parse(back.stdout).entities.length, 0);
});

test('picture writes a view as SVG with its title, names and sources, and refuses a view without one', () => {
  const network = run('picture', '--view', 'network');
  assert.equal(network.status, 0, network.stderr);
  assert.ok(network.stdout.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="1200"'));
  for (const text of ['>Who invests in whom, who buys compute from whom<', '>OpenAI<', '>Microsoft<']) assert.ok(network.stdout.includes(text), text);
  const german = run('picture', '--view', 'flows', '--size', '390x700', '--link', '#lang=de');
  assert.equal(german.status, 0, german.stderr);
  assert.ok(german.stdout.includes('>Geld- und Rechenleistungsflüsse<'));
  assert.equal(run('picture', '--view', 'events').status, 1);
  assert.equal(run('picture', '--view', 'network', '--size', '10x10').status, 1);
});

test('extract reads a folder as JSON Lines or merged, and merge gives the same bytes whatever the order of its input', () => {
  // Two copies of one seed article under other names: the same deals, reported twice.
  const corpus = fs.mkdtempSync(path.join(tmp, 'corpus-'));
  fs.mkdirSync(path.join(corpus, 'more'));
  const seed = fs.readFileSync(path.join(articles, '004_99e61aca6c01c1f9.txt'));
  fs.writeFileSync(path.join(corpus, 'a.txt'), seed);
  fs.writeFileSync(path.join(corpus, 'more', 'b.txt'), seed);
  fs.writeFileSync(path.join(corpus, 'bild.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));  // not text: named, the rest read

  const lines = run('extract', corpus, '--jsonl');
  assert.equal(lines.status, 2, 'a file that could not be read makes exit 2, after the rest');
  assert.match(lines.stderr, /bild\.txt/);
  const records = lines.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(records.map((r) => path.basename(r.file)), ['a.txt', 'b.txt']);
  assert.ok(records.every((r) => r.candidates.length > 0));

  const merged = run('extract', path.join(corpus, 'more'), path.join(corpus, 'a.txt'), '--merge');
  assert.equal(merged.status, 0, merged.stderr);
  const doc = JSON.parse(merged.stdout);
  // Each deal once, quoting both copies; every merge says why.
  const candidates = records[0].candidates.length;
  assert.ok(doc.events.length < 2 * candidates, `${doc.events.length} events from 2 × ${candidates} candidates`);
  assert.ok(doc.events.some((e) => new Set(e.sources.map((s) => s.article)).size === 2));
  assert.ok(doc.merges.length > 0 && doc.merges.every((m) => m.reasons.length === m.members.length - 1));
  assert.match(doc.merges[0].reasons[0], /^same parties and roles/);

  // merge over the JSON Lines: the same document, whatever the order of the lines and files.
  const first = path.join(tmp, 'first.jsonl'), second = path.join(tmp, 'second.jsonl');
  fs.writeFileSync(first, `${JSON.stringify(records[0])}\n`);
  fs.writeFileSync(second, `${JSON.stringify(records[1])}\n\n`);
  const forward = run('merge', first, second), backward = run('merge', second, first);
  assert.equal(forward.status, 0, forward.stderr);
  assert.equal(forward.stdout, backward.stdout);
  assert.equal(forward.stdout, merged.stdout);

  // A broken line is named by its line number and left out; the rest is merged.
  const broken = path.join(tmp, 'broken.jsonl');
  fs.writeFileSync(broken, `${JSON.stringify(records[0])}\n{"article": "x", "candidates": [{"amounts": "lots"}]}\nnot json\n`);
  const partial = run('merge', broken);
  assert.equal(partial.status, 2);
  assert.match(partial.stderr, /broken\.jsonl:line 2: .*left out/);
  assert.match(partial.stderr, /broken\.jsonl:line 3: /);
  assert.ok(JSON.parse(partial.stdout).events.length > 0);

  assert.equal(run('extract', corpus).status, 1, 'a folder needs --jsonl or --merge');
  assert.equal(run('merge').status, 1);
});

test('the reduce spread in parts: extract --split, merge --part and merge --combine give the bytes of one merge', () => {
  const corpus = path.join(repoRoot, 'tests/merging/articles');
  const whole = run('extract', corpus, articles, '--merge');
  assert.equal(whole.status, 0, whole.stderr);
  const dir = fs.mkdtempSync(path.join(tmp, 'split-'));
  const split = run('extract', corpus, articles, '--jsonl', '--split', '3', dir);
  assert.equal(split.status, 0, split.stderr);
  assert.equal(split.stdout, '', 'the lines go to the part files');
  const parts = [0, 1, 2].map((k) => path.join(dir, `part-${k}.jsonl`));
  assert.ok(parts.every((p) => fs.statSync(p).size > 0), 'every part holds deals');
  const merged = parts.map((p, k) => {
    const out = path.join(dir, `merged-${k}.json`);
    const part = run('merge', p, '--part', `${k}/3`);
    assert.equal(part.status, 0, part.stderr);
    fs.writeFileSync(out, part.stdout);
    return out;
  });
  const combined = run('merge', '--combine', ...[...merged].reverse());  // in any order
  assert.equal(combined.status, 0, combined.stderr);
  assert.equal(combined.stdout, whole.stdout);
  // Part 0's lines hold only part 0's deals: merged as part 1, nothing is left.
  assert.ok(JSON.parse(fs.readFileSync(merged[0])).events.length > 0);
  assert.equal(JSON.parse(run('merge', parts[0], '--part', '1/3').stdout).events.length, 0);
  // Refused with a reason: a part out of range, a combine over lines, a missing part file.
  assert.match(run('merge', parts[0], '--part', '3/3').stderr, /--part takes K\/N/);
  assert.match(run('merge', '--combine', parts[0]).stderr, /not the output of dealscope-cli merge/);
  assert.equal(run('merge', '--combine', path.join(dir, 'none.json')).status, 1);
  assert.match(run('extract', corpus, '--merge', '--split', '2', dir).stderr, /--split goes with --jsonl/);
});

test('pack writes the data folder as a pack that --check reads back; a folder with errors or a broken pack is refused', () => {
  const out = path.join(tmp, 'seeds.pack');
  const made = run('pack', path.join(repoRoot, 'assets'), out);
  assert.equal(made.status, 0, made.stderr);
  const summary = JSON.parse(made.stdout);
  assert.equal(summary.articles, 5);
  assert.equal(summary.annotated, 5);
  assert.ok(summary.events > 40 && summary.entities > 700 && summary.mentions > 300);
  assert.equal(summary.bytes, fs.statSync(out).size);
  const checked = run('pack', '--check', out);
  assert.equal(checked.status, 0, checked.stderr);
  assert.deepEqual(JSON.parse(checked.stdout), summary);

  // Cut short or of another kind: refused by name, exit 2.
  const cut = path.join(tmp, 'cut.pack');
  fs.writeFileSync(cut, fs.readFileSync(out).subarray(0, 1000));
  const refused = run('pack', '--check', cut);
  assert.equal(refused.status, 2);
  assert.match(refused.stderr, /^error: .*cut\.pack: pack is cut short: 1000 bytes of \d+$/m);
  assert.match(run('pack', '--check', path.join(repoRoot, 'assets/entities.json')).stderr, /entities\.json: not a dealscope pack/);

  // A folder whose events have an error is not packed: the page would show a pack that fails the checks.
  const broken = path.join(tmp, 'broken-data');
  fs.cpSync(path.join(repoRoot, 'assets'), broken, { recursive: true });
  const events = JSON.parse(fs.readFileSync(path.join(broken, 'events.json'), 'utf8'));
  events.events[0].type = 'no_such_type';
  fs.writeFileSync(path.join(broken, 'events.json'), JSON.stringify(events));
  const notWritten = path.join(tmp, 'broken.pack');
  const result = run('pack', broken, notWritten);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /unknown event type 'no_such_type'/);
  assert.match(result.stderr, /pack: not written: .*broken-data has errors/);
  assert.ok(!fs.existsSync(notWritten));
  assert.equal(run('pack', 'only-one-argument').status, 1);
});
