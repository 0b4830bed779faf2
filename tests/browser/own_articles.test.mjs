// The user's own articles in real Chromium: a file chosen through the picker or dropped on the page
// is parsed and annotated by the same core and opened in the reader; a binary file and a 6 MB file
// are refused with a visible message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { openPage, waitForApp, watchForFailures } from '../support/chromium.mjs';
import { servePage, shotDir } from '../support/harness.mjs';

const ctx = servePage();
const state = (page) => page.evaluate(() => window.dealscope.state());
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dealscope-own-'));

test('a chosen or dropped file opens in the reader with its entities highlighted', async () => {
  const page = await openPage(ctx.browser, { width: 1280, height: 800 });
  const failures = watchForFailures(page);
  await page.goto(ctx.baseUrl);
  await waitForApp(page);
  const file = path.join(tmp, 'eigener-artikel.txt');
  fs.writeFileSync(file, 'Nvidia will in OpenAI investieren\n\nNvidia will bis zu 100 Milliarden Dollar in OpenAI investieren, ' +
    'berichtete Reuters im September 2025. Oracle und SoftBank sind am Projekt Stargate beteiligt.\n');
  await page.setInputFiles('#file-input', file);
  await waitForApp(page, { frames: 3 });
  let s = await state(page);
  assert.equal(s.selected_article, 'eigener-artikel');
  assert.equal(s.view, 'articles');
  const added = s.articles.find((a) => a.id === 'eigener-artikel');
  assert.ok(added.mentions.entity >= 4, JSON.stringify(added.mentions));
  assert.ok(added.mentions.money >= 1);
  await page.screenshot({ path: path.join(shotDir, 'web-desktop-own-article.png') });

  // Dropped onto the page.
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['Microsoft und Anthropic\n\nMicrosoft investiert bis zu fünf Milliarden Dollar in Anthropic.\n'], 'notiz.md', { type: 'text/markdown' }));
    document.getElementById('canvas').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => window.dealscope.state().selected_article === 'notiz');
  s = await state(page);
  assert.ok(s.articles.find((a) => a.id === 'notiz').mentions.entity >= 2);
  assert.deepEqual(failures, []);
  await page.close();
});

test('a binary file and a 6 MB file are refused with a visible message', async () => {
  const page = await openPage(ctx.browser, { width: 1280, height: 800 });
  const failures = watchForFailures(page);
  await page.goto(ctx.baseUrl);
  await waitForApp(page);
  const before = (await state(page)).articles.length;
  const binary = path.join(tmp, 'bild.png');
  fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  await page.setInputFiles('#file-input', binary);
  await page.waitForSelector('#notice:not([hidden])');
  assert.match(await page.textContent('#notice'), /bild\.png.*binary/);
  await page.screenshot({ path: path.join(shotDir, 'web-desktop-refused-file.png') });

  const huge = path.join(tmp, 'gross.txt');
  fs.writeFileSync(huge, 'a'.repeat(6 * 1024 * 1024));
  await page.setInputFiles('#file-input', huge);
  await page.waitForFunction(() => document.getElementById('notice').textContent.includes('gross.txt'));
  assert.match(await page.textContent('#notice'), /larger than 5 MB/);
  assert.equal((await state(page)).articles.length, before);
  assert.deepEqual(failures.filter((f) => !f.includes('dealscope:')), []);
  await page.close();
});
