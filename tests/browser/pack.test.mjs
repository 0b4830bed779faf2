// The page reads its data set from data.pack (dealscope-cli pack) instead of parsing and annotating
// the articles, and shows the same; a pack it cannot use — cut short, of another kind, not there —
// is a warning naming it, and the articles are read instead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

import { servePage, webDir } from '../support/harness.mjs';
import { openPage } from '../support/page.mjs';

const ctx = servePage();
const state = (page) => page.evaluate(() => window.dealscope.state());
const steps = (s) => s.startup.steps.map((step) => step.name);
// Counts the page's requests for the articles folder (dealscope-folder.data), which it needs only
// when it has no pack it can use.
const countFolderFetches = (counter) => (p) => p.on('request', (r) => { if (r.url().endsWith('/dealscope-folder.data')) counter.n += 1; });

test('the page starts from its pack and shows what it shows when it reads the articles', async () => {
  const withPack = { n: 0 };
  const { page, failures } = await openPage(ctx, { width: 1280, height: 800, path: '#view=events', prepare: countFolderFetches(withPack) });
  const packed = await state(page);
  assert.equal(withPack.n, 0, 'the articles folder was downloaded though the pack was used');
  assert.equal(packed.pack, 'data.pack');
  assert.ok(steps(packed).includes('pack (read, check, index names)'), steps(packed).join(', '));
  assert.ok(!steps(packed).includes('annotate'), 'the pack\'s articles were annotated again');
  assert.deepEqual(packed.problems, []);
  assert.deepEqual(failures, []);
  // The app's files were asked for while the page was read (preloads in its head), each once: the
  // fetches of dealscope_api.js took what the preloads brought.
  const asked = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => [e.name.split('/').pop(), e.initiatorType]));
  for (const file of ['dealscope.wasm', 'ui-font-1x.atlas', 'data.pack', 'dealscope.js']) {
    assert.deepEqual(asked.filter(([name]) => name === file), [[file, 'link']], `${file}: ${JSON.stringify(asked)}`);
  }

  const withoutPack = { n: 0 };
  const { page: read, failures: readFailures } = await openPage(ctx, { width: 1280, height: 800, path: '?pack=none#view=events', prepare: countFolderFetches(withoutPack) });
  const folder = await state(read);
  assert.equal(withoutPack.n, 1);
  assert.equal(folder.pack, '');
  assert.ok(steps(folder).includes('annotate'));
  // Articles with their mentions counted by kind, events, claims, entities: the same.
  for (const key of ['articles', 'events', 'claims', 'entities', 'date_range']) assert.deepEqual(packed[key], folder[key], key);
  assert.ok(packed.articles.every((a) => a.mentions && a.mentions.entity > 0));
  // And the same search results (the index is built from what the pack holds).
  const found = (p) => p.evaluate(() => { window.dealscope.search('OpenAI Milliarden'); return window.dealscope.state().search_results; });
  const hits = await found(page);
  assert.ok(hits.length > 3);
  assert.deepEqual(hits, await found(read));
  assert.deepEqual(readFailures, []);
  await page.close();
  await read.close();
});

test('a pack cut short, a file that is not a pack, or one not there is a warning, and the articles are read', async () => {
  const whole = fs.readFileSync(path.join(webDir, 'data.pack'));
  const cases = [
    { name: 'cut.pack', body: whole.subarray(0, whole.length >> 1), says: /^cut\.pack: pack is cut short: \d+ bytes of \d+; the articles were read instead$/ },
    { name: 'other.pack', body: Buffer.from('{"entities": []}'), says: /^other\.pack: not a dealscope pack .*; the articles were read instead$/ },
    { name: 'gone.pack', status: 404, says: /^gone\.pack: could not be fetched: HTTP 404; the articles were read instead$/ },
  ];
  // Another site's pack is not fetched at all: a link cannot put someone else's data under this page's name.
  {
    let fetched = false;
    const { page } = await openPage(ctx, {
      width: 1280, height: 800, path: '?pack=https://example.org/fake.pack',
      prepare: (p) => p.route('https://example.org/**', (route) => { fetched = true; route.abort(); }),
    });
    const s = await state(page);
    assert.equal(s.pack, '');
    assert.ok(s.problems.some((p) => p.place === 'https://example.org/fake.pack' && /not on this site/.test(p.reason)), JSON.stringify(s.problems));
    assert.equal(fetched, false);
    await page.close();
  }
  for (const c of cases) {
    const folderFetches = { n: 0 };
    const { page, warnings } = await openPage(ctx, {
      width: 1280, height: 800, path: `?pack=${c.name}`,
      prepare: async (p) => {
        countFolderFetches(folderFetches)(p);
        await p.route(`**/${c.name}`, (route) => route.fulfill({ status: c.status ?? 200, body: c.body ?? 'not found' }));
      },
    });
    const s = await state(page);
    assert.equal(folderFetches.n, 1, `${c.name}: the articles folder was not fetched once`);
    assert.equal(s.pack, '', c.name);
    const shown = s.problems.map((p) => `${p.place}: ${p.reason}`);
    assert.ok(shown.some((line) => c.says.test(line)), `${c.name}: ${shown.join(' | ')}`);
    assert.ok(warnings.some((w) => w.includes(c.name)), `${c.name}: no console warning`);
    assert.ok(!warnings.some((w) => w.includes("unknown key 'pack'")), warnings.join(' | '));
    assert.ok(s.events > 40, `${c.name}: the articles' events were not loaded`);
    assert.ok(steps(s).includes('annotate'));
    await page.close();
  }
});

test('without a usable pack and without the articles folder, the page says what it could not download', async () => {
  const { page } = await openPage(ctx, {
    width: 1280, height: 800, path: '?pack=none', wait: 'load',
    prepare: (p) => p.route('**/dealscope-folder.data', (route) => route.fulfill({ status: 404, body: 'not found' })),
  });
  const status = page.locator('#status');
  await status.filter({ hasText: 'could not start' }).waitFor({ timeout: 30000 });
  assert.match(await status.textContent(), /could not start: could not download the articles \(dealscope-folder\.data: HTTP 404\)/);
  await page.close();
});
