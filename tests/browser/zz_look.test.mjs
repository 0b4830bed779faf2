import { test } from 'node:test';
import path from 'node:path';
import { waitForApp } from '../support/chromium.mjs';
import { servePage, shotDir } from '../support/harness.mjs';
import { clickTarget, openPage } from '../support/page.mjs';
const ctx = servePage();
test('zz look', async () => {
  const { page } = await openPage(ctx, { width: 1280, height: 800 });
  await waitForApp(page, { frames: 3 });
  await page.screenshot({ path: path.join(shotDir, 'zz-timeline-1280.png') });
  const s = await page.evaluate(() => window.dealscope.state());
  console.log(JSON.stringify(s.time || s.view_time || Object.keys(s)));
  await page.close();
});
