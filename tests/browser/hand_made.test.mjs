// What the user makes by hand over their own article, through the mouse as a user would: an unknown
// name made an entity from the reader's menu, an event written by hand over a sentence no rule read
// (its one party made an entity from inside the editor) — both kept over a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { waitForApp } from '../support/chromium.mjs';
import { servePage, shotDir } from '../support/harness.mjs';
import { clickTarget, openPage } from '../support/page.mjs';

const ctx = servePage();
const state = (page) => page.evaluate(() => window.dealscope.state());
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dealscope-hand-'));

// Made-up firms, in our own words.
const article = 'Neue Partnerschaft\n\n' +
  'Im Mai hatten Lumora und Nvidia eine Partnerschaft geschlossen.\n\n' +
  'Das Münchner Start-up Quarzwerk baut seit 2024 Kühlsysteme für Rechenzentren.\n';

test('an unknown name becomes an entity from the reader, an event is written by hand, and both survive a reload', async () => {
  const { page, failures } = await openPage(ctx, { width: 1280, height: 800 });
  const file = path.join(tmp, 'partnerschaft.txt');
  fs.writeFileSync(file, article);
  await page.setInputFiles('#file-input', file);
  await page.waitForFunction(() => window.dealscope.state().selected_article === 'partnerschaft');
  await waitForApp(page, { frames: 3 });
  // The candidate names Lumora, which dealscope does not know: it cannot be accepted as it is.
  assert.match(await page.evaluate(() => window.dealscope.acceptCandidate('partnerschaft', 0, {})), /entity/);

  // Click the first unknown name (Lumora), then "New entity „Lumora“…", then "Create".
  await clickTarget(page, 'unknown-name');
  await clickTarget(page, 'menu-new-entity');
  await page.screenshot({ path: path.join(shotDir, 'web-desktop-new-entity.png') });
  await clickTarget(page, 'new-entity-create');
  let s = await state(page);
  assert.deepEqual(s.user.entities, ['lumora']);
  assert.match(s.user.notice, /Lumora is saved as an entity/);
  // Read again: the candidate names the new entity and is accepted unchanged.
  assert.equal(await page.evaluate(() => window.dealscope.acceptCandidate('partnerschaft', 0, {})), '');
  s = await state(page);
  assert.equal(s.user.events.length, 1);

  // Quarzwerk is the only unknown name left: from its menu, an event by hand over its sentence.
  await page.evaluate(() => window.dealscope.select('partnerschaft'));
  await waitForApp(page, { frames: 3 });
  await clickTarget(page, 'unknown-name');
  await clickTarget(page, 'menu-hand-event');
  await page.screenshot({ path: path.join(shotDir, 'web-desktop-hand-event.png') });
  s = await state(page);
  assert.ok(s.targets['participant-new-entity'], 'the sentence\'s unknown party is offered as a new entity');
  await clickTarget(page, 'participant-new-entity');
  await clickTarget(page, 'new-entity-create');
  await waitForApp(page, { frames: 3 });
  // An amount the sentence does not give, typed with a German decimal comma into an empty field.
  await clickTarget(page, 'amount-add');
  await clickTarget(page, 'amount');
  await page.keyboard.type('12,5');
  await waitForApp(page, { frames: 3 });
  await clickTarget(page, 'candidate-accept');
  s = await state(page);
  assert.deepEqual([...s.user.entities].sort(), ['lumora', 'quarzwerk']);
  assert.equal(s.user.events.length, 2, s.user.notice);
  const events = JSON.parse(await page.evaluate(() => window.dealscope.exportEvents('json')));
  const byHand = (events.events || events).find((e) => e.participants.some((p) => p.entity === 'quarzwerk'));
  assert.ok(byHand, 'the hand event was not exported');
  assert.equal(byHand.amounts[0].value, 12.5e6, 'the amount typed as "12,5" (millions) was read otherwise');
  // Said where it was added, with the way to see it.
  await clickTarget(page, 'show-added-event');
  s = await state(page);
  assert.equal(s.view, 'timeline');
  assert.ok(s.user.events.includes(s.selected_event), `selected: ${s.selected_event}`);
  // Its lane is near the bottom (one event): the timeline scrolls to it, so its mark is drawn.
  await waitForApp(page, { frames: 3 });
  s = await state(page);
  assert.notEqual(s.timeline.selected_x, null, 'the added event is out of sight on the timeline');
  await page.screenshot({ path: path.join(shotDir, 'web-desktop-shown-on-timeline.png') });
  await page.waitForFunction(() => window.dealscope.state().user.saved);

  await page.reload();
  await waitForApp(page);
  s = await state(page);
  assert.deepEqual([...s.user.entities].sort(), ['lumora', 'quarzwerk']);
  assert.equal(s.user.events.length, 2);
  // Both names are known now when the article is read again: no unknown name is left to click.
  await page.evaluate(() => window.dealscope.select('partnerschaft'));
  await waitForApp(page, { frames: 3 });
  s = await state(page);
  assert.equal(s.targets['unknown-name'], undefined);
  assert.deepEqual(failures, []);
  await page.close();
});
