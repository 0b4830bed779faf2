// The sample story (assets/stories/circular-money.json) as a reader steps through it, at a desktop,
// an embed's, a phone's and a tiny size (touch on the last two): each step draws; the network's
// camera settles on what the step is about, whose nodes stay clear of the step's note; the note
// keeps out from under "Tap to explore", "Done" and the page's links; the chart keeps its size.
// Screenshots of every step.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

import { servePage, shotDir } from '../support/harness.mjs';
import { openPage } from '../support/page.mjs';
import { decodePng, inkShare } from '../support/png.mjs';

const ctx = servePage();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const overlaps = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const box = (array) => ({ x: array[0], y: array[1], width: array[2], height: array[3] });

// The state once the camera has stopped gliding: the step's nodes where they were a moment ago.
async function settled(page) {
  let last = '';
  for (let i = 0; i < 30; ++i) {
    await page.evaluate(() => window.dealscope.wake());
    await sleep(150);
    const s = await page.evaluate(() => window.dealscope.state());
    const now = JSON.stringify([s.view, s.network.focused, s.graphic?.note_box]);
    if (now === last) return s;
    last = now;
  }
  assert.fail('the picture never came to rest');
}

// What the page lays over the canvas and is showing now, as boxes.
async function pageCovers(page) {
  return page.evaluate(() => ['#tap-to-explore span', '#explore-done', '#full-link', '#image-link']
    .map((sel) => document.querySelector(sel))
    .filter((el) => el && el.getClientRects().length > 0 && !el.closest('[hidden]'))
    .map((el) => ({ what: el.id || el.textContent.trim(), ...el.getBoundingClientRect().toJSON() })));
}

for (const [width, height, touch] of [[1280, 800, false], [700, 420, false], [390, 844, true], [320, 240, true]]) {
  test(`every step of the story at ${width}x${height}${touch ? ' (touch)' : ''}: drawn, about its subject, its note under nothing`, async () => {
    const { page, failures } = await openPage(ctx, {
      width, height, mobile: touch, path: 'index.html?embed=1&view=network&story=stories/circular-money.json', wait: 'load',
    });
    await page.waitForFunction(() => window.dealscope.isReady && window.dealscope.story, null, { timeout: 30000 });
    assert.equal(await page.isVisible('#tap-to-explore'), touch, 'the cover shows on touch screens only');
    let canvas = null;
    for (let step = 1; step <= 4; ++step) {
      if (touch && step === 4) await page.tap('#tap-to-explore');  // the last step with "Done" showing instead
      const s = await settled(page);
      // The tap on the pill leaves no pointer on the chart under it (it left a tooltip standing there).
      if (touch && step === 4) assert.equal(s.pointer, false, 'the tap on "Tap to explore" left a pointer on the chart');
      // The chart keeps one size through the steps: the caption bar is as tall as the longest caption needs.
      const now = await page.$eval('#canvas', (c) => c.getBoundingClientRect().toJSON());
      canvas ??= now;
      assert.equal(now.height, canvas.height, `the chart changed its height at step ${step}`);
      const file = path.join(shotDir, `story-${width}x${height}-${step}.png`);
      await page.screenshot({ path: file });
      assert.ok(inkShare(decodePng(fs.readFileSync(file))) > 0.01, `step ${step} shows almost nothing`);
      assert.equal(s.view, step === 3 ? 'timeline' : 'network');
      // Even a tiny story keeps a chart, not a strip under its title and key (it was 50 px at 320x240).
      assert.ok(s.graphic.chart_height >= Math.min(90, canvas.height * 0.45), `step ${step}: the chart is ${s.graphic.chart_height} px of ${canvas.height}`);
      if (s.view === 'network') {
        // A tiny embed has no room for a note beside its nodes (the caption says it); every larger one does.
        const note = s.graphic.note_box ? box(s.graphic.note_box) : { x: -1e4, y: -1e4, width: 0, height: 0 };
        if (height < 400) assert.equal(s.graphic.note_box, null, `step ${step}: a note hides the tiny picture`);
        else assert.ok(note.x >= 0 && note.y >= 0 && note.x + note.width <= width && note.y + note.height <= canvas.height + 1, `step ${step}: the note leaves the picture`);
        for (const c of await pageCovers(page)) assert.ok(!overlaps(note, c), `step ${step}: the note lies under ${c.what}`);
        const ids = s.network.focused.map((n) => n.id);
        assert.ok(ids.length >= 2, `step ${step} stands out nowhere: ${ids}`);
        if (step === 4) for (const id of ['microsoft', 'anthropic', 'nvidia']) assert.ok(ids.includes(id), `step 4 is not about ${id}: ${ids}`);
        for (const n of s.network.focused) {
          const b = box(n.box);
          assert.ok(b.x + b.width / 2 > 0 && b.x + b.width / 2 < width && b.y + b.height / 2 > s.graphic.chart_top && b.y + b.height / 2 < canvas.height,
            `step ${step}: ${n.id} is out of the picture`);
          assert.ok(!overlaps(note, b), `step ${step}: the note hides ${n.id}`);
        }
      } else {
        assert.equal(s.filters.entity, 'openai');
      }
      assert.equal(await page.textContent('#story-step'), `${step}/4`);
      // A finger's target: 44 px on a phone (they were 30 x 24); where the embed is tiny, at least the
      // 24 px WCAG 2.5.8 asks for, so that the chart keeps its room.
      if (touch && step === 1) {
        const least = height > 300 ? 44 : 24;
        for (const id of ['#story-prev', '#story-next']) {
          const b = await page.$eval(id, (el) => el.getBoundingClientRect().toJSON());
          assert.ok(b.width >= least && b.height >= least, `${id} is ${b.width} x ${b.height} px`);
        }
      }
      if (step < 4) await page.click('#story-next');
    }
    assert.deepEqual(failures, []);
    await page.close();
  });
}

test('a story keeps the embed\'s own theme and language at every step (dark, German), and the page\'s links and pill follow the theme', async () => {
  const { page, failures } = await openPage(ctx, {
    width: 390, height: 844, mobile: true, path: 'index.html?embed=1&view=network&theme=dark&lang=de&story=stories/circular-money.json', wait: 'load',
  });
  await page.waitForFunction(() => window.dealscope.isReady && window.dealscope.story, null, { timeout: 30000 });
  const luminance = (rgb) => {
    const [r, g, b] = rgb.match(/[\d.]+/g).slice(0, 3).map(Number);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  for (let step = 1; step <= 4; ++step) {
    const s = await settled(page);
    assert.equal(s.theme, 'dark', `step ${step} went light`);
    assert.equal(s.language, 'de', `step ${step} went English`);
    // The caption in the story's German words (its `captions.de`), not the English `caption`.
    const caption = await page.textContent('#story-caption');
    assert.match(caption, /Milliarde|Rechenleistung/, `step ${step}'s caption is not German: ${caption}`);
    await page.screenshot({ path: path.join(shotDir, `story-dark-de-390x844-${step}.png`) });
    if (step < 4) await page.click('#story-next');
  }
  // The page's own words are German too.
  assert.equal((await page.textContent('#tap-to-explore')).trim(), 'Zum Erkunden tippen');
  // The reader explores (here: OpenAI opened as a tap would), then "Fertig" takes the story back to
  // the step its caption describes.
  await page.tap('#tap-to-explore');
  await page.evaluate(() => window.dealscope.applyLink('#view=network&entity=openai&theme=dark&lang=de'));
  assert.equal((await settled(page)).selected_entity, 'openai');
  await page.tap('#explore-done');
  const back = await settled(page);
  assert.equal(back.selected_event, 'anthropic-azure-30b', 'Done left the reader\'s selection instead of the step\'s');
  assert.equal(back.theme, 'dark');
  // On the dark page the link is dark too, not a pale box, and the pill is light, not black on black.
  const background = async (sel) => luminance(await page.$eval(sel, (e) => getComputedStyle(e).backgroundColor));
  assert.ok(await background('#full-link') < 90, 'the link stands out as a pale box on the dark page');
  assert.ok(await background('#tap-to-explore span') > 150, 'the pill is dark on the dark page');
  assert.deepEqual(failures, []);
  await page.close();
});

test('in the sample post the story keeps its height through its steps, so › stays under the pointer; ← and → step it', async () => {
  const { page, failures } = await openPage(ctx, { width: 1280, height: 800, path: 'embed-example.html', wait: 'load' });
  const handle = (await page.$$('iframe'))[1];
  await handle.scrollIntoViewIfNeeded();
  const frame = await handle.contentFrame();
  await frame.waitForFunction(() => window.dealscope?.isReady && window.dealscope.story, null, { timeout: 30000 });
  await sleep(800);  // the first step's height reaches the post
  await handle.scrollIntoViewIfNeeded();  // grown to it
  const where = async () => {
    const b = await (await frame.$('#story-next')).boundingBox();
    return { x: Math.round(b.x), y: Math.round(b.y), height: Math.round((await handle.boundingBox()).height) };
  };
  const first = await where();
  for (let step = 2; step <= 4; ++step) {
    await page.mouse.click(first.x + 10, first.y + 10);  // where › was at the first step
    await frame.waitForFunction((n) => window.dealscope.story.step === n, step, { timeout: 5000 })
      .catch(() => assert.fail(`a click where › was did not reach step ${step}`));
    await sleep(600);
    assert.deepEqual(await where(), first, `the story moved at step ${step}`);
  }
  await frame.click('#story-caption');  // the reader's keys go to the embed
  await page.keyboard.press('ArrowLeft');
  await frame.waitForFunction(() => window.dealscope.story.step === 3, null, { timeout: 5000 }).catch(() => assert.fail('← did not step back'));
  await page.keyboard.press('ArrowRight');
  await frame.waitForFunction(() => window.dealscope.story.step === 4, null, { timeout: 5000 }).catch(() => assert.fail('→ did not step on'));
  assert.deepEqual(failures, []);
  await page.close();
});
