// The served page opened the way every browser test (and the browser benchmark) needs it: its own
// context, failures watched from the first request, the address loaded, the app waited for.
import { newPage, waitForApp, waitForReady, watchForFailures } from './chromium.mjs';

// Console warnings from the first load on, for tests that check what a bad link reports.
function watchForWarnings(page) {
  const warnings = [];
  page.on('console', (msg) => { if (msg.type() === 'warning') warnings.push(msg.text()); });
  return warnings;
}

// What "loaded" means: the app drawing ('app'), the app ready but not yet asked for frames
// ('ready', so the benchmark's time to first frame is not stretched), or only the load event
// ('load', for host pages that embed the app and pages that are not the app).
const waits = {
  app: (page, timeout) => waitForApp(page, { timeout }),
  ready: (page, timeout) => waitForReady(page, { timeout }),
  load: async () => {},
};

// `ctx` is servePage()'s { browser, baseUrl }; `path` is what follows the base address (a file, a
// query, a fragment), appended as written so hostile links reach the page unchanged. `prepare(page)`
// runs before the page loads: init scripts, permissions and listeners that must see the first load.
export async function openPage(ctx, {
  width, height, deviceScaleFactor = 1, mobile = false,
  path = '', prepare = async () => {}, wait = 'app', timeout = 30000,
}) {
  if (!(wait in waits)) throw new Error(`openPage: unknown wait '${wait}'`);
  const page = await newPage(ctx.browser, { width, height, deviceScaleFactor, mobile });
  const failures = watchForFailures(page);
  const warnings = watchForWarnings(page);
  await prepare(page);
  await page.goto(`${ctx.baseUrl}${path}`);
  await waits[wait](page, timeout);
  return { page, failures, warnings };
}

// Clicks the middle of a target the last frame drew (state().targets); fails if it was not drawn. A
// press where the pointer was not is held back a frame, then comes the release, then the frame that
// draws the result: five frames leave room for all of it.
export async function clickTarget(page, name) {
  const s = await page.evaluate(() => window.dealscope.state());
  const t = s.targets[name];
  if (!t) throw new Error(`${name} was not drawn; drawn: ${Object.keys(s.targets).join(', ')}`);
  await page.mouse.click(t[0] + t[2] / 2, t[1] + t[3] / 2);
  await waitForApp(page, { frames: 5 });
}

// Pastes `text` on the page as the clipboard would (a paste event with text/plain), with the
// canvas focused, as after a user's Ctrl+V.
export async function pasteText(page, text) {
  await page.evaluate(() => document.getElementById('canvas').focus());
  await page.evaluate((pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}
