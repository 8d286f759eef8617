// Browser test of the loss-surface panel (headless Chromium, WebGL2 on SwiftShader): the GPU evaluates the grid and
// agrees with the CPU sampler, the 2-D map and the 3-D height field render, the live path grows while training, and
// the exact problem's experiments (race, diverging α) report their state without NaN.
// run: node --test tests/web/            (test.sh does, after ./build_wasm.sh)
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, decodePng } from './page.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Pixels of the surface picture: how many are not the page's background, and how many distinct colours (in 4-bit
// steps per channel) they have.
async function pictureStats(page) {
  const { picture } = (await page.evaluate(() => window.bplab.state())).surface;
  assert.ok(picture.size > 100, `surface picture too small: ${JSON.stringify(picture)}`);
  const clip = { x: picture.left + 2, y: picture.top + 2, width: picture.size - 4, height: picture.size - 4 };
  const shot = decodePng(await page.screenshot({ clip }));
  const colours = new Set();
  let background = 0;
  for (let p = 0; p < shot.width * shot.height; p++) {
    const [r, g, b] = shot.rgba.subarray(p * 4, p * 4 + 3);
    if (Math.abs(r - 33) < 6 && Math.abs(g - 33) < 6 && Math.abs(b - 41) < 6) background++;  // SurfaceRenderer's clear
    colours.add((r >> 4) << 8 | (g >> 4) << 4 | b >> 4);
  }
  return { total: shot.width * shot.height, background, colours: colours.size };
}

describe('loss surface panel', () => {
  let page, errors, close;

  before(async () => {
    ({ page, consoleErrors: errors, close } = await openPage({ width: 1280, height: 800 }));
    await page.evaluate(() => { window.bplab.surfaceView('2d'); window.bplab.play('train'); });
    await page.waitForFunction(() => window.bplab.state().surface.complete, null, { timeout: 90000 });
  });

  after(async () => { await close?.(); });

  it('evaluates the grid on the GPU in WebGL2', async () => {
    const { surface } = await page.evaluate(() => window.bplab.state());
    assert.equal(surface.evaluator, 'gpu', `notice: ${surface.notice}`);
    assert.equal(surface.mode, 'random');
    assert.equal(surface.resolution, 65);
    assert.ok(surface.min <= surface.centre_loss && surface.centre_loss <= surface.max, JSON.stringify(surface));
  });

  it('agrees with the CPU sampler to float precision', async () => {
    for (const mode of ['random', 'picked']) {
      const result = await page.evaluate((m) => window.bplab.surfaceCompare(m, 33), mode);
      // float32 carries ~7 digits (seen: 6e−7 to 8e−7 relative over 250 examples); 1e−5 leaves a 10× margin and
      // still catches a wrong formula, which is off by 1e−3 and more
      assert.ok(result.relative >= 0 && result.relative < 1e-5, `${mode}: ${JSON.stringify(result)}`);
    }
  });

  it('draws the 2-D map: the picture is covered, in many colours', async () => {
    const stats = await pictureStats(page);
    assert.ok(stats.background < 0.02 * stats.total, `background covers ${stats.background} of ${stats.total} px`);
    assert.ok(stats.colours >= 12, `only ${stats.colours} colours`);
  });

  it('records the descent path while training', async () => {
    const first = (await page.evaluate(() => window.bplab.state())).surface;
    await sleep(2500);
    const later = (await page.evaluate(() => window.bplab.state())).surface;
    assert.ok(later.recorded_points > first.recorded_points, `${first.recorded_points} -> ${later.recorded_points}`);
    assert.ok(later.paths[0].length > first.paths[0].length, `${first.paths[0].length} -> ${later.paths[0].length}`);
    assert.ok(later.refreshes_per_second > 0, 'the surface follows training');
  });

  it('draws the 3-D height field', async () => {
    assert.ok(await page.evaluate(() => window.bplab.surfaceView('3d')));
    await sleep(1000);
    const stats = await pictureStats(page);
    assert.equal((await page.evaluate(() => window.bplab.state())).surface.view, '3d');
    assert.ok(stats.background < 0.85 * stats.total, `the mesh covers ${stats.total - stats.background} px`);
    assert.ok(stats.colours >= 12, `only ${stats.colours} colours`);
  });

  it('runs the optimizer race on the exact problem, one path per optimizer, step by step', async () => {
    assert.ok(await page.evaluate(() => window.bplab.surfaceView('2d,exact,race')));
    await page.waitForFunction(() => window.bplab.state().surface.complete, null, { timeout: 90000 });
    const first = (await page.evaluate(() => window.bplab.state())).surface;
    await sleep(1500);
    const later = (await page.evaluate(() => window.bplab.state())).surface;
    assert.equal(later.paths.length, 4);
    assert.deepEqual(later.paths.map((p) => p.label.split(' ')[0]), ['sgd', 'momentum', 'adam', 'rmsprop']);
    assert.ok(later.shown_steps > first.shown_steps, `${first.shown_steps} -> ${later.shown_steps}`);
    const stats = await pictureStats(page);
    assert.ok(stats.colours >= 12, `only ${stats.colours} colours`);
  });

  it('shows a diverging α as a message, never as NaN', async () => {
    assert.ok(await page.evaluate(() => window.bplab.surfaceView('rate,large')));
    await page.waitForFunction(() => window.bplab.state().surface.banner !== '', null, { timeout: 90000 });
    const text = await page.evaluate(() => JSON.stringify(window.bplab.state().surface));
    assert.match(JSON.parse(text).banner, /diverged at step \d+/);
    assert.doesNotMatch(text, /NaN|Infinity/);
  });

  it('samples on the CPU over several frames where asked (the fallback without float render targets)', async () => {
    // J over 250 examples per cell: the largest grid, 129 × 129, is ~4.2 million examples' losses, many frames'
    // budget (since the batched CPU sampler a 33 × 33 grid fits in one frame)
    await page.evaluate(() => window.bplab.surfaceView('random,cpu,n=128'));
    const counts = [];
    for (let k = 0; k < 400 && !(counts.length && counts.at(-1) === 129 * 129); k++) {
      counts.push((await page.evaluate(() => window.bplab.state())).surface.computed);
      await sleep(50);
    }
    assert.equal((await page.evaluate(() => window.bplab.state())).surface.evaluator, 'cpu');
    assert.ok(counts.some((c) => c > 0 && c < 129 * 129), `cells computed: ${counts.join(' ')}`);
    await page.waitForFunction(() => window.bplab.state().surface.complete, null, { timeout: 90000 });
    assert.ok(await page.evaluate(() => window.bplab.surfaceView('gpu,exact,n=64')));
  });

  it('refuses an unknown view word and keeps the view', async () => {
    assert.equal(await page.evaluate(() => window.bplab.surfaceView('sideways')), false);
    assert.equal((await page.evaluate(() => window.bplab.state())).surface.mode, 'exact');
    errors.splice(0, errors.length, ...errors.filter((e) => !/surface view: unknown/.test(e)));
  });

  it('logs no console errors', () => {
    assert.deepEqual(errors, []);
  });
});
