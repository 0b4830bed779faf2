// Several of the user's articles at once — a folder chosen in the picker — arrive as one review of
// deals: two articles that report one deal are one row with both sources and the claim where they
// disagree (also in the Conflicts view); the user keeps them apart and merges them again, rejects a
// deal, accepts one with both sources by mouse; after a reload all of it is still there.
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
const review = async (page) => (await state(page)).user.review;

// Our own words: one investment told twice with different figures, a chip deal, and a file that is no article.
function folderOfArticles() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dealscope-review-'));
  fs.writeFileSync(path.join(dir, 'mistral-de.txt'), 'Nvidia setzt auf Mistral\n\nParis, 9. September 2025. Nvidia investiert ' +
    '2 Milliarden Dollar in Mistral AI, wie das französische Start-up am Dienstag mitteilte. Das Geld fließt in mehreren Tranchen.\n');
  fs.writeFileSync(path.join(dir, 'mistral-en.md'), 'Nvidia doubles down on Mistral\n\nSeptember 10, 2025. Nvidia is investing $2.3 billion ' +
    'in Mistral AI, according to people familiar with the matter. The money arrives in tranches.\n');
  fs.mkdirSync(path.join(dir, 'more'));
  fs.writeFileSync(path.join(dir, 'more', 'chips.txt'), 'Nvidia liefert Chips an Oracle\n\nAustin, 3. März 2024. Oracle kauft bei Nvidia Chips ' +
    'für 4 Milliarden Dollar, teilte der Konzern mit.\n');
  fs.writeFileSync(path.join(dir, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  return dir;
}

test('a folder of articles becomes one review of deals: merged, disputed, kept apart, rejected, accepted, and kept over a reload', async () => {
  const { page, failures } = await openPage(ctx, { width: 1280, height: 800 });
  await page.setInputFiles('#folder-input', folderOfArticles());
  await page.waitForFunction(() => window.dealscope.state().user.review_shown);
  await waitForApp(page, { frames: 3 });
  let s = await state(page);
  assert.equal(s.user.articles, 3, 'the picture is left out');
  assert.match(await page.locator('#notice').innerText(), /3 articles added; 1 file not .txt or .md left out/);
  let deals = s.user.review;
  assert.equal(deals.length, 2, JSON.stringify(deals));
  const investment = deals.find((d) => d.type === 'investment');
  assert.deepEqual(investment.sources.map((x) => x.article), ['mistral-de', 'mistral-en']);
  assert.equal(investment.claims.length, 1);
  assert.deepEqual(investment.claims[0].assertions.map((a) => a.article), ['mistral-de', 'mistral-en']);
  assert.ok(s.targets[`review-apart:${investment.key}`], 'the merged deal offers to keep its reports apart');
  await page.screenshot({ path: path.join(shotDir, 'web-desktop-review.png') });

  // The found claim is in the Conflicts view too.
  await clickTarget(page, 'tab:conflicts');
  await page.screenshot({ path: path.join(shotDir, 'web-desktop-review-conflicts.png') });
  await page.evaluate(() => window.dealscope.showReview());
  await waitForApp(page, { frames: 3 });

  // Undo the merge, then merge again, by mouse.
  await clickTarget(page, `review-apart:${investment.key}`);
  deals = await review(page);
  assert.equal(deals.length, 3);
  assert.ok(deals.every((d) => d.claims.length === 0));
  const apart = deals.find((d) => d.kept_apart);
  await clickTarget(page, `review-merge:${apart.key}`);
  deals = await review(page);
  assert.equal(deals.length, 2);

  // Reject the chip deal; accept the investment through the editor.
  const chips = deals.find((d) => d.type === 'compute_deal');
  await clickTarget(page, `review-reject:${chips.key}`);
  deals = await review(page);
  assert.ok(deals.find((d) => d.key === chips.key).rejected);
  await clickTarget(page, `review-add:${investment.key}`);
  await clickTarget(page, 'candidate-accept');
  s = await state(page);
  assert.equal(s.user.events.length, 1, s.user.notice);
  assert.ok(s.user.review.find((d) => d.key === investment.key).accepted);
  // The accepted deal's row leads to it on the timeline.
  await page.evaluate(() => window.dealscope.showReview());
  await waitForApp(page, { frames: 3 });
  await clickTarget(page, `review-show:${investment.key}`);
  s = await state(page);
  assert.equal(s.view, 'timeline');
  assert.equal(s.selected_event, s.user.events[0]);
  await page.waitForFunction(() => window.dealscope.state().user.saved);

  // After a reload: the accepted event with both sources, the rejection.
  await page.reload();
  await waitForApp(page);
  await page.waitForFunction(() => window.dealscope.state().user.review.length === 2);
  deals = await review(page);
  assert.ok(deals.find((d) => d.key === chips.key).rejected);
  assert.ok(deals.find((d) => d.key === investment.key).accepted);
  const saved = JSON.parse(await page.evaluate(() => window.dealscope.exportUserData()));
  assert.equal(saved.events.length, 1);
  assert.deepEqual(saved.events[0].sources.map((x) => x.article), ['mistral-de', 'mistral-en']);
  assert.deepEqual(failures, []);
  await page.close();
});
