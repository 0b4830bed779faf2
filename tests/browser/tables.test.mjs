// The user's own spreadsheet in real Chromium: a range pasted on the page (tab-separated, as the
// clipboard carries it) and a CSV chosen through the picker become events that the timeline, the
// network and the flows show, with the names nobody knew as new entities; they survive a reload,
// and the Events view exports them in the layouts other tools read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';

import { repoRoot, waitForApp } from '../support/chromium.mjs';
import { servePage, shotDir } from '../support/harness.mjs';
import { clickTarget, openPage, pasteText } from '../support/page.mjs';

const ctx = servePage();
const state = (page) => page.evaluate(() => window.dealscope.state());
const saved = (page) => page.waitForFunction(() => window.dealscope.state().user.saved);

// As a spreadsheet puts a copied range on the clipboard: cells by tabs, rows by CRLF.
const range = [
  ['date', 'type', 'from', 'to', 'amount', 'currency', 'qualifier', 'status'],
  ['2024-06', 'compute deal', 'Helios Compute', 'OpenAI', '$2.5bn', '', '', 'announced'],
  ['Q3 2025', 'Investition', 'NVIDIA', 'Anthropic', '1,5 Mrd. €', '', '', 'abgeschlossen'],
  ['2025-02-30', 'investment', 'SoftBank', 'OpenAI', '40000000000', 'USD', '', 'reported'],
].map((row) => row.join('\t')).join('\r\n') + '\r\n';

test('a range pasted from a spreadsheet becomes events in the timeline, the network and the flows, and survives a reload', async () => {
  const { page, failures } = await openPage(ctx, { width: 1280, height: 800 });
  const before = await state(page);
  await page.evaluate(() => window.dealscope.setView('network'));
  await waitForApp(page);
  const nodesBefore = (await state(page)).network.nodes;

  await pasteText(page, range);
  await page.waitForFunction(() => window.dealscope.state().user.events.length === 2);
  await waitForApp(page, { frames: 3 });
  let s = await state(page);
  assert.equal(s.view, 'timeline');
  assert.deepEqual(s.user.entities, ['helios-compute']);
  assert.equal(s.events, before.events + 2);
  // The bad row is named by line and column, and the rest is kept.
  assert.match(s.user.notice, /^pasted table \(dealscope columns\): 2 events and 1 new name imported, 1 row left out; error: pasted table:line 4, column date: '2025-02-30' is not a date/);
  assert.ok(s.timeline.marks + s.timeline.clusters > 0);
  await page.screenshot({ path: path.join(shotDir, 'web-desktop-table-timeline.png') });

  await page.evaluate(() => window.dealscope.setView('network'));
  await waitForApp(page, { frames: 3 });
  s = await state(page);
  assert.ok(s.network.nodes >= nodesBefore + 1, `${s.network.nodes} nodes, ${nodesBefore} before`);
  await page.screenshot({ path: path.join(shotDir, 'web-desktop-table-network.png') });

  await page.evaluate(() => window.dealscope.setView('flows'));
  await waitForApp(page, { frames: 3 });
  s = await state(page);
  assert.ok(s.flows.rows.some((r) => r.from === 'Helios Compute' && r.to === 'OpenAI'), JSON.stringify(s.flows.rows.slice(0, 5)));

  // The detail says where it comes from: a table, not an article.
  assert.ok(await page.evaluate(() => window.dealscope.select('table-pasted-table-2')));
  await waitForApp(page, { frames: 2 });
  assert.equal((await state(page)).detail, 'table-pasted-table-2');
  await page.screenshot({ path: path.join(shotDir, 'web-desktop-table-detail.png') });

  await saved(page);
  await page.reload();
  await waitForApp(page, { frames: 3 });
  s = await state(page);
  assert.deepEqual(s.user.entities, ['helios-compute']);
  assert.deepEqual(s.user.events.sort(), ['table-pasted-table-2', 'table-pasted-table-3']);

  // Exported for Kumu, the events name the new firm; as dealscope's columns they import back.
  await page.evaluate(() => window.dealscope.setFilter({ types: ['compute_deal'] }));
  const kumu = await page.evaluate(() => window.dealscope.exportEvents('kumu-connections'));
  assert.ok(kumu.startsWith('From,To,Type,Amount,Currency,Date,Description,Source\r\n'), JSON.stringify(kumu.slice(0, 300)));
  assert.ok(kumu.includes('Helios Compute,OpenAI,compute deal,2500000000,USD,2024-06'), kumu);
  assert.equal(await page.evaluate(() => window.dealscope.exportEvents('no-such-layout')), '');
  assert.deepEqual(failures, []);
  await page.close();
});

test('a CSV chosen through the picker is imported; German Excel\'s semicolons and a phone-sized screen', async () => {
  const { page, failures } = await openPage(ctx, { width: 390, height: 844, mobile: true });
  await page.setInputFiles('#file-input', path.join(repoRoot, 'tests/core/tables/sheets/german-excel.csv'));
  await page.waitForFunction(() => window.dealscope.state().user.events.length === 2);
  await waitForApp(page, { frames: 3 });
  const s = await state(page);
  assert.match(s.user.notice, /^german-excel\.csv \(dealscope columns\): 2 events imported$/);
  assert.equal(s.view, 'timeline');
  await page.screenshot({ path: path.join(shotDir, 'web-phone-table-timeline.png') });
  assert.deepEqual(failures, []);
  await page.close();
});

test('a new name from a table is offered under Your names, renamed by typing, then moved to a known entity, and it stays so after a reload', async () => {
  const { page, failures } = await openPage(ctx, { width: 1280, height: 800 });
  await pasteText(page, range);
  await page.waitForFunction(() => window.dealscope.state().user.events.length === 2);
  await waitForApp(page, { frames: 3 });
  assert.match((await state(page)).user.notice, /Check new names under Entities → Your names\.$/);
  // The notice sits at the foot of the page, off the top bar, and goes with its ×.
  const box = await page.evaluate(() => document.getElementById('notice').getBoundingClientRect().toJSON());
  assert.ok(box.top > 400, JSON.stringify(box));

  await clickTarget(page, 'your-name:helios-compute');
  assert.equal((await state(page)).detail, 'helios-compute');
  await clickTarget(page, 'entity-name');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Helios Compute Ltd');
  await waitForApp(page, { frames: 5 });  // the typed letters drawn into the field before the click
  await clickTarget(page, 'entity-rename');
  // Renamed in the user's data (what the notice says for a moment; a later notice may replace it).
  await page.waitForFunction(() => (window.dealscope.exportUserData() || '').includes('"Helios Compute Ltd"'));
  await page.screenshot({ path: path.join(shotDir, 'web-desktop-table-new-name.png') });

  await clickTarget(page, 'entity-same-as');
  await page.keyboard.type('orac');
  await waitForApp(page, { frames: 3 });
  await clickTarget(page, 'same-as:oracle');
  await page.screenshot({ path: path.join(shotDir, 'web-desktop-table-same-as.png') });
  await clickTarget(page, 'entity-move');
  await page.waitForFunction(() => window.dealscope.state().user.entities.length === 0);
  let s = await state(page);
  assert.equal(s.user.notice, 'Helios Compute Ltd is now Oracle (1 event).');
  assert.equal(s.detail, 'oracle');  // the panel stays on the firm the user was looking at
  await page.click('#notice-close');
  assert.equal(await page.evaluate(() => document.getElementById('notice').hidden), true);

  await saved(page);
  await page.reload();
  await waitForApp(page, { frames: 3 });
  s = await state(page);
  assert.deepEqual(s.user.entities, []);
  assert.deepEqual(s.user.events.sort(), ['table-pasted-table-2', 'table-pasted-table-3']);
  // Through the API too, with a reason when it cannot be done.
  assert.match(await page.evaluate(() => window.dealscope.editEntity('openai', { name: 'Open AI' })), /is not one of your names/);
  assert.deepEqual(failures, []);
  await page.close();
});

test('a new name on a phone, in German and dark: the Entities page lists it and opens its editor', async () => {
  const { page, failures } = await openPage(ctx, { width: 390, height: 844, mobile: true });
  await page.evaluate(() => { window.dealscope.setLanguage('de'); window.dealscope.setTheme('dark'); });
  await pasteText(page, range);
  await page.waitForFunction(() => window.dealscope.state().user.events.length === 2);
  await waitForApp(page, { frames: 3 });
  await page.screenshot({ path: path.join(shotDir, 'web-phone-de-table-notice.png') });
  await clickTarget(page, 'tab:entities');
  await page.screenshot({ path: path.join(shotDir, 'web-phone-de-your-names.png') });
  await clickTarget(page, 'your-name:helios-compute');
  assert.equal((await state(page)).detail, 'helios-compute');
  await page.screenshot({ path: path.join(shotDir, 'web-phone-de-new-name.png') });
  await clickTarget(page, 'entity-kind');
  await clickTarget(page, 'kind:investor');
  await page.waitForFunction(() => window.dealscope.state().user.notice === 'Helios Compute: saved.');
  assert.deepEqual(failures, []);
  await page.close();
});
