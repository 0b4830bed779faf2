// What every browser test file needs: the built page served on a free port, one Chromium for the
// file, and the screenshots folder. Call once at the top level of a test file.
import { before, after } from 'node:test';
import fs from 'node:fs';
import path from 'node:path';

import { startServer } from '../../scripts/serve.mjs';
import { launchChromium, repoRoot } from './chromium.mjs';

export const webDir = process.env.DEALSCOPE_WEB_DIR || path.join(repoRoot, 'build/web-release');
export const shotDir = path.join(repoRoot, 'build/screenshots');

export function servePage() {
  const ctx = { browser: null, baseUrl: '' };
  let server;
  before(async () => {
    server = await startServer(webDir, 0);
    ctx.baseUrl = `http://127.0.0.1:${server.address().port}/`;
    ctx.browser = await launchChromium();
    fs.mkdirSync(shotDir, { recursive: true });
  });
  after(async () => {
    await ctx.browser?.close();
    server?.close();
  });
  return ctx;
}
