// The native desktop app in a real X server (Xvfb): draws the article list, saves a screenshot,
// and survives a missing assets folder with an error line instead of aborting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { repoRoot } from '../support/chromium.mjs';
import { decodePng, inkShare, luminanceVariance } from '../support/png.mjs';

const app = process.env.DEALSCOPE_NATIVE_APP || path.join(repoRoot, 'build/native-debug/dealscope');
const shotDir = path.join(repoRoot, 'build/screenshots');

function runUnderXvfb(args) {
  // Never the developer's own saved articles (~/.local/share/dealscope) unless a test names a file.
  const own = args.includes('--user-data') ? [] : ['--user-data', 'none'];
  return spawnSync('xvfb-run', ['-a', '-s', '-screen 0 1280x800x24', app, ...own, ...args], {
    encoding: 'utf8', timeout: 60000,
  });
}

test('desktop app draws the seed articles under Xvfb', () => {
  fs.mkdirSync(shotDir, { recursive: true });
  const shot = path.join(shotDir, 'desktop-native.png');
  fs.rmSync(shot, { force: true });
  const run = runUnderXvfb(['--frames', '10', '--screenshot', shot]);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stderr.match(/^(error|warning):/m), null, run.stderr);
  const image = decodePng(fs.readFileSync(shot));
  assert.equal(image.width, 1280);
  assert.equal(image.height, 800);
  assert.ok(luminanceVariance(image) > 50, 'screenshot looks blank');
  assert.ok(inkShare(image) > 0.005, 'almost no text drawn');
});

test('a missing assets folder is an error line, not an abort', () => {
  const shot = path.join(shotDir, 'desktop-missing-assets.png');
  const run = runUnderXvfb(['--assets', '/nonexistent/dealscope', '--frames', '3', '--screenshot', shot]);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stderr, /^error: \/nonexistent\/dealscope\/articles: article folder is missing$/m);
  assert.ok(luminanceVariance(decodePng(fs.readFileSync(shot))) > 20, 'error screen is blank');
});

test('the user\'s saved articles and events are restored from their file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dealscope-user-'));
  const file = path.join(dir, 'user-data.json');
  const note = 'Nvidia investiert\n\nNvidia will bis zu 100 Milliarden Dollar in OpenAI investieren, berichtete Reuters am 22. September 2025.\n';
  const saved = JSON.stringify({ format: 'dealscope-user-data', version: 1, articles: [{ name: 'notiz.txt', text: note }], events: [] });
  fs.writeFileSync(file, saved);
  const shot = path.join(shotDir, 'desktop-user-article.png');
  const run = runUnderXvfb(['--user-data', file, '--select', 'notiz', '--frames', '4', '--screenshot', shot]);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stderr.match(/^(error|warning):/m), null, run.stderr);  // "--select: no article" if not restored
  // The single document of earlier versions is carried over into records at once …
  const store = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.equal(store.layout, 2);
  assert.deepEqual(Object.keys(store.records), ['article:notiz']);
  assert.equal(store.records['article:notiz'].article.text, note);
  // … and a run that changes nothing rewrites nothing.
  const carried = fs.readFileSync(file, 'utf8');
  const again = runUnderXvfb(['--user-data', file, '--select', 'notiz', '--frames', '2']);
  assert.equal(again.status, 0, again.stderr);
  assert.equal(fs.readFileSync(file, 'utf8'), carried);
  assert.ok(!fs.existsSync(`${file}.unreadable-1`));
  fs.rmSync(dir, { recursive: true, force: true });
});

test('bad command-line arguments are a usage error', () => {
  const run = spawnSync(app, ['--frames'], { encoding: 'utf8' });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /usage: dealscope/);
});

test('--export-svg writes the picture dealscope-cli picture writes, without a window', () => {
  const file = path.join(os.tmpdir(), `dealscope-network-${process.pid}.svg`);
  const desktop = spawnSync(app, ['--export-svg', file, '--view', 'network', '--user-data', 'none'], { encoding: 'utf8', timeout: 60000 });
  assert.equal(desktop.status, 0, desktop.stderr);
  const cli = process.env.DEALSCOPE_CLI || path.join(repoRoot, 'build/native-debug/dealscope-cli');
  const fromCli = spawnSync(cli, ['picture', '--view', 'network'], { encoding: 'utf8' });
  assert.equal(fs.readFileSync(file, 'utf8'), fromCli.stdout);
  fs.rmSync(file);
  const bad = spawnSync(app, ['--export-svg', file, '--view', 'articles', '--user-data', 'none'], { encoding: 'utf8', timeout: 60000 });
  assert.equal(bad.status, 1);
});
