// Debian's Chromium driven by playwright-core (installed by scripts/setup.sh into .cache/node).
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(repoRoot, '.cache/node/package.json'));
const { chromium } = require('playwright-core');

// Playwright gives every launch a fresh, temporary profile (user data dir) and removes it on close.
// `extraArgs`: benchmarks lift the 60 Hz cap so a frame's interval is its cost.
// `gpuCompositing`: SwiftShader stands in for the GPU, so frames are composited as with one. With
// --disable-gpu every frame's commit reads the WebGL canvas back for the software compositor and
// waits 30–70 ms for it on the main thread, which the Long Tasks API counts as the page's; a page
// with a GPU does not wait so (main_thread_tasks.mjs).
export function launchChromium(extraArgs = [], { gpuCompositing = false } = {}) {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', ...(gpuCompositing ? ['--use-angle=swiftshader'] : ['--disable-gpu']), '--disable-quic',
      '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--enable-unsafe-swiftshader', ...extraArgs],
  });
}

// A page with its own context: viewport, device pixel ratio and touch as on the device it stands for.
// Tests open the served page through openPage in page.mjs, which builds on this.
export async function newPage(browser, { width, height, deviceScaleFactor = 1, mobile = false }) {
  const context = await browser.newContext({
    viewport: { width, height }, deviceScaleFactor, isMobile: mobile, hasTouch: mobile,
  });
  const page = await context.newPage();
  page.on('close', () => context.close().catch(() => {}));
  return page;
}

// Records everything that counts as a page failure: console errors, uncaught exceptions, failed
// or erroring requests.
export function watchForFailures(page) {
  const failures = [];
  page.on('console', (msg) => { if (msg.type() === 'error') failures.push(`console error: ${msg.text()}`); });
  page.on('pageerror', (err) => failures.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => failures.push(`request failed: ${req.url()} (${req.failure()?.errorText})`));
  page.on('response', (res) => { if (res.status() >= 400) failures.push(`HTTP ${res.status()}: ${res.url()}`); });
  return failures;
}

// Waits for window.dealscope.isReady, in a page or in an embed's frame.
export function waitForReady(pageOrFrame, { timeout = 30000 } = {}) {
  return pageOrFrame.waitForFunction(() => window.dealscope && window.dealscope.isReady, null, { timeout });
}

// Waits for window.dealscope.isReady and then for `frames` more frames to be drawn.
export async function waitForApp(page, { timeout = 30000, frames = 2 } = {}) {
  await waitForReady(page, { timeout });
  // The app is idle when nothing changes; ask it for frames so the wait ends. A wake owes four
  // frames and then half a second: on a loaded machine, where a frame takes longer than 125 ms,
  // that is fewer than five, so the wait wakes it again for as long as frames are missing.
  const start = await page.evaluate(() => { window.dealscope.wake(); return window.dealscope.state().frames_rendered; });
  await page.waitForFunction((n) => {
    const drawn = window.dealscope.state().frames_rendered;
    if (drawn < n) window.dealscope.wake();
    return drawn >= n;
  }, start + frames, { timeout });
}
