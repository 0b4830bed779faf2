// The page's main-thread tasks, from a Chrome trace: how long each took, and how much of that was
// the page's own work. Headless Chromium without a GPU composites in software: each frame's commit
// reads the WebGL canvas back (GLES2::ReadPixels, waiting for SwiftShader to draw it) and waits for
// the compositor's software raster, 40–70 ms at 1280×800 even when the page only moves the mouse.
// The Long Tasks API counts that wait; a machine with a GPU does not have it. So both figures are
// kept: the task, and the task without its commit.

const categories = 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel,gpu';

// Starts tracing the page; the returned function stops it and returns the main thread's tasks.
export async function traceMainThread(page) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const complete = new Promise((resolve) => cdp.on('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  return async () => {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    return mainThreadTasks(events);
  };
}

// [{ ms, ownMs, cpuMs }] for every task of the renderer's main thread (the thread that runs the
// page's animation frames); ownMs leaves out the frame commits nested in it; cpuMs is the thread's
// time on a core. On two cores shared with the GPU process's software rasteriser the main thread
// waits for a core now and then: a task of 6.6 ms on the core took 50 ms on the clock.
export function mainThreadTasks(events) {
  const frame = events.find((e) => e.name === 'FireAnimationFrame');
  if (!frame) return [];
  const main = events.filter((e) => e.pid === frame.pid && e.tid === frame.tid && e.ph === 'X');
  const commits = main.filter((e) => e.name === 'Commit');
  return main.filter((e) => e.name === 'ThreadControllerImpl::RunTask').map((task) => {
    const end = task.ts + task.dur;
    const waited = commits.filter((c) => c.ts >= task.ts && c.ts + c.dur <= end).reduce((sum, c) => sum + c.dur, 0);
    return { ms: task.dur / 1000, ownMs: (task.dur - waited) / 1000, cpuMs: (task.tdur ?? task.dur) / 1000 };
  });
}
