// Browser smoke test of the built page (dist/, or BPLAB_SITE): it starts, draws with WebGL2, trains when played.
// run: node --test tests/web/            (test.sh does, after ./build_wasm.sh)
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { decodePng, openPage, sleep } from './page.mjs';

describe('web page', () => {
  let opened, page;

  before(async () => {
    opened = await openPage({ width: 960, height: 600 });
    page = opened.page;
    await page.evaluate(() => window.bplab.play('train'));  // the page opens paused, ready to step
  });

  after(async () => { await opened?.close(); });

  it('draws into a WebGL2 context', async () => {
    const isWebGL2 = await page.evaluate(() => {
      const gl = document.getElementById('canvas').getContext('webgl2');  // the existing context, if it is WebGL2
      return gl instanceof WebGL2RenderingContext && !gl.isContextLost();
    });
    assert.ok(isWebGL2);
  });

  it('fills the window with a devicePixelRatio-sized canvas', async () => {
    const size = await page.evaluate(() => {
      const canvas = document.getElementById('canvas');
      return { width: canvas.width, height: canvas.height, ratio: devicePixelRatio, css: [innerWidth, innerHeight] };
    });
    assert.equal(size.width, Math.round(size.css[0] * size.ratio));
    assert.equal(size.height, Math.round(size.css[1] * size.ratio));
  });

  it('shows the decision boundary heatmap in both class colours', async () => {
    // Untrained, the network answers ≈ 0.5 everywhere (pale grey); after a few epochs both classes show.
    await page.waitForFunction(() => window.bplab.epoch() >= 10, null, { timeout: 60000 });
    const { plot } = (await page.evaluate(() => window.bplab.state())).view;
    assert.ok(plot.size > 100, `plot too small: ${JSON.stringify(plot)}`);
    const shot = decodePng(await page.screenshot({ clip: { x: plot.left, y: plot.top, width: plot.size, height: plot.size } }));
    let orange = 0, blue = 0;
    for (let p = 0; p < shot.width * shot.height; p++) {
      const [r, g, b] = shot.rgba.subarray(p * 4, p * 4 + 3);
      // hue relative to the heatmap's neutral grey (232, 234, 235)
      if (r - b > 30 && r > 180) orange++;
      if (b - r > 30 && b > 150) blue++;
    }
    // The points alone cover a few per cent of the plot; only the heatmap covers this much.
    const total = shot.width * shot.height;
    assert.ok(orange > 0.1 * total, `orange covers ${(100 * orange / total).toFixed(1)}% of the plot`);
    assert.ok(blue > 0.05 * total, `blue covers ${(100 * blue / total).toFixed(1)}% of the plot`);
  });

  it('colours every clear-cut boundary pixel with the class the CPU computes (WebGL2, both ways of reading Θ, and features computed per pixel)', async () => {
    const check = await page.evaluate(() => window.bplab.checkBoundary(96));
    assert.equal(check.problem, '', check.problem);
    assert.equal(check.networks, 10);
    assert.ok(check.checked > 0.5 * 10 * 96 * 96, `only ${check.checked} pixels were clear-cut`);
    assert.equal(check.disagreeing, 0);
  });

  it('evaluates every activation of the core table on the GPU as core does (WebGL2, generated GLSL)', async () => {
    const check = await page.evaluate(() => window.bplab.checkActivations());
    assert.equal(check.problem, '', check.problem);
    // every activation but softmax (a whole layer's), at z = -3, -0.5, 0, 0.5, 3
    assert.ok(check.activations >= 9, `only ${check.activations} activations`);
    assert.equal(check.values, 5 * check.activations);
    assert.equal(check.disagreeing, 0);
  });

  it('trains: the exported loss falls and the epoch advances', async () => {
    const first = await page.evaluate(() => ({ loss: window.bplab.loss(), epoch: window.bplab.epoch() }));
    await sleep(3000);
    const later = await page.evaluate(() => ({ loss: window.bplab.loss(), epoch: window.bplab.epoch() }));
    assert.ok(later.epoch > first.epoch, `epoch ${first.epoch} -> ${later.epoch}`);
    assert.ok(later.loss < first.loss, `loss ${first.loss} -> ${later.loss}`);
    const state = await page.evaluate(() => window.bplab.state());
    assert.equal(state.playing, true);
    assert.equal(state.view.play_mode, 'train');
    assert.equal(typeof state.config, 'object');
  });

  it('logs no console errors and asks no other host', () => {
    assert.deepEqual(opened.consoleErrors, []);
    assert.deepEqual(opened.foreignRequests, []);
  });
});
