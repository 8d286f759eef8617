// Reliability of the page: it survives a lost WebGL context, says clearly when there is no WebGL2, keeps to its
// Content-Security-Policy, asks no other host, and its JS API refuses bad arguments with a clear error.
// run: node --test tests/web/            (test.sh does, after ./build_wasm.sh)
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { decodePng, nextFrames, openPage, sleep } from './page.mjs';

// Counts the heatmap's class colours in the plot square: both show once the boundary is drawn.
async function heatmapColours(page) {
  const { plot } = (await page.evaluate(() => window.bplab.state())).view;
  const shot = decodePng(await page.screenshot({ clip: { x: plot.left, y: plot.top, width: plot.size, height: plot.size } }));
  let orange = 0, blue = 0;
  for (let p = 0; p < shot.width * shot.height; p++) {
    const [r, , b] = shot.rgba.subarray(p * 4, p * 4 + 3);
    if (r - b > 30 && r > 180) orange++;
    if (b - r > 30 && b > 150) blue++;
  }
  const total = shot.width * shot.height;
  return { orange: orange / total, blue: blue / total };
}

// Share of light (text) pixels in the top-left panel: ImGui's text is drawn there whenever ImGui draws at all.
async function panelTextShare(page) {
  const shot = decodePng(await page.screenshot({ clip: { x: 0, y: 0, width: 280, height: 300 } }));
  let light = 0;
  for (let p = 0; p < shot.width * shot.height; p++) {
    const [r, g, b] = shot.rgba.subarray(p * 4, p * 4 + 3);
    if (r > 170 && g > 170 && b > 170) light++;
  }
  return light / (shot.width * shot.height);
}

// Records every CSP violation the page reports, from before its first script runs.
function listenForCspViolations() {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`));
}

describe('page reliability', () => {
  let opened, page;

  before(async () => {
    opened = await openPage({ width: 960, height: 600, initScript: listenForCspViolations });
    page = opened.page;
    await page.evaluate(() => window.bplab.play('train'));
    await page.waitForFunction(() => window.bplab.epoch() >= 10, null, { timeout: 60000 });
  });

  after(async () => { await opened?.close(); });

  it('has a Content-Security-Policy that allows no other host and no inline code but its own', async () => {
    const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content);
    assert.ok(csp, 'no CSP meta tag');
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
    assert.doesNotMatch(csp, /unsafe-inline|@INLINE_|https?:|\*/);
  });

  it('survives a lost WebGL context: state kept, GL rebuilt, the boundary drawn again', async () => {
    const before = await heatmapColours(page);
    assert.ok(before.orange > 0.1 && before.blue > 0.05, `heatmap before: ${JSON.stringify(before)}`);
    const textBefore = await panelTextShare(page);
    assert.ok(textBefore > 0.01, `panel text before: ${textBefore}`);
    await page.evaluate(() => window.bplab.pause());
    assert.ok(await page.evaluate(() => window.bplab.surfaceView('open,2d')));  // its GL objects go and come back too
    await nextFrames(page);
    const kept = await page.evaluate(() => ({ epoch: window.bplab.epoch(), loss: window.bplab.loss() }));

    await page.evaluate(() => {
      window.__lose = document.getElementById('canvas').getContext('webgl2').getExtension('WEBGL_lose_context');
      window.__lose.loseContext();
    });
    await page.waitForFunction(() => document.getElementById('canvas').getContext('webgl2').isContextLost());
    await sleep(500);  // frames run while the context is gone: nothing may throw
    const status = await page.evaluate(() => document.getElementById('status').textContent);
    assert.match(status, /graphics context was lost/);
    const during = await page.evaluate(() => ({ epoch: window.bplab.epoch(), loss: window.bplab.loss() }));
    assert.deepEqual(during, kept);

    await page.evaluate(() => window.__lose.restoreContext());
    await page.waitForFunction(() => !document.getElementById('canvas').getContext('webgl2').isContextLost());
    await sleep(300);
    await nextFrames(page);
    const hidden = await page.evaluate(() => document.getElementById('status').classList.contains('hidden'));
    assert.ok(hidden, 'the status message stays after the restore');
    const after = await page.evaluate(() => ({ epoch: window.bplab.epoch(), loss: window.bplab.loss() }));
    assert.deepEqual(after, kept, 'the lab state changed across the context loss');
    const colours = await heatmapColours(page);
    assert.ok(colours.orange > 0.1 && colours.blue > 0.05, `heatmap after the restore: ${JSON.stringify(colours)}`);
    const textAfter = await panelTextShare(page);  // ImGui's own GL objects are back too
    assert.ok(textAfter > 0.5 * textBefore, `panel text after the restore: ${textAfter} (before ${textBefore})`);
    const surface = (await page.evaluate(() => window.bplab.state())).surface;
    assert.ok(!surface || !/could not|fail/i.test(surface.notice || ''), `surface after the restore: ${JSON.stringify(surface?.notice)}`);

    await page.evaluate(() => window.bplab.play('train'));  // and it goes on training
    await page.waitForFunction((epoch) => window.bplab.epoch() > epoch, kept.epoch, { timeout: 30000 });
  });

  it('the JS API refuses bad arguments with a clear error and leaves the state alone', async () => {
    await page.evaluate(() => window.bplab.pause());
    const before = await page.evaluate(() => window.bplab.epoch());
    const errors = await page.evaluate(() => {
      const attempts = [() => window.bplab.step(42), () => window.bplab.step('sideways'), () => window.bplab.step({}),
        () => window.bplab.play('fast'), () => window.bplab.play(7), () => window.bplab.pause('yes'),
        () => window.bplab.goToStep('3'), () => window.bplab.goToStep(NaN), () => window.bplab.goToStep(Infinity),
        () => window.bplab.surfaceView(3), () => window.bplab.surfaceView(null), () => window.bplab.surfaceBenchmark(-1),
        () => window.bplab.surfaceCompare('sideways'), () => window.bplab.surfaceCompare('random', 1e9)];
      return attempts.map((attempt) => { try { attempt(); return null; } catch (e) { return e.message; } });
    });
    for (const message of errors) assert.match(message ?? 'no error thrown', /^bplab\.\w+: /);
    assert.equal(await page.evaluate(() => window.bplab.epoch()), before);
  });

  it('reports no CSP violation, no console error and no request to another host', async () => {
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    assert.deepEqual(opened.consoleErrors, []);
    assert.deepEqual(opened.foreignRequests, []);
  });
});

describe('a browser without WebGL', () => {
  let opened;
  const requested = [];

  before(async () => {
    opened = await openPage({ waitReady: false, extraArgs: ['--disable-webgl', '--disable-3d-apis'] });
    opened.page.on('request', (request) => requested.push(request.url()));
    await opened.page.waitForFunction(() => document.getElementById('status').textContent.includes('WebGL2'),
      null, { timeout: 30000 });
  });

  after(async () => { await opened?.close(); });

  it('gets a clear message instead of a blank canvas, and the app is not even loaded', async () => {
    const status = await opened.page.evaluate(() => {
      const box = document.getElementById('status');
      const style = getComputedStyle(box);
      return { text: box.textContent, shown: style.display !== 'none', error: box.classList.contains('error') };
    });
    assert.match(status.text, /needs WebGL2/);
    assert.ok(status.shown && status.error, JSON.stringify(status));
    await sleep(500);
    assert.equal(await opened.page.evaluate(() => window.bplab), undefined);
    assert.ok(!requested.some((url) => /\.wasm$|backprop_lab\.js$/.test(url)), requested.join(', '));
    assert.deepEqual(opened.consoleErrors, []);
    assert.deepEqual(opened.foreignRequests, []);
  });
});
