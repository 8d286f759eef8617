// Browser test of the loss surface sampled on the CPU where the GPU path does not take the network: lesson 17
// (digits, 64-16-10, J over 1,258 training examples). The map appears coarse at once and refines (17 × 17, 33 × 33,
// then 65 × 65), completes within seconds, follows training, and the page asks for no frames once it is done.
// run: node --test tests/web/surface_cpu.test.mjs       (after ./build_wasm.sh)
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, sleep } from './page.mjs';

describe('loss surface on the CPU (lesson 17)', () => {
  let page, errors, close, base;
  const surface = async () => (await page.evaluate(() => window.bplab.state())).surface;

  before(async () => {
    ({ page, consoleErrors: errors, close, base } = await openPage({ width: 1280, height: 800 }));
    await page.goto(`${base}#lesson=17`);
    await page.waitForFunction(() => window.bplab && window.bplab.state().lesson === 17, null, { timeout: 60000 });
  });

  after(async () => { await close?.(); });

  it('samples coarse to fine and completes within a few seconds', async () => {
    const started = Date.now();
    assert.ok(await page.evaluate(() => window.bplab.surfaceView('2d')));
    const seen = new Set();
    let s;
    for (let k = 0; k < 8000; k++) {
      s = await surface();
      seen.add(s.detail);
      if (s.complete) break;
      await sleep(25);
    }
    const seconds = (Date.now() - started) / 1000;
    console.log(`lesson 17 surface: complete after ${seconds.toFixed(2)} s (details seen: ${[...seen].join(', ')})`);
    assert.equal(s.complete, true, `not complete after ${seconds} s: ${JSON.stringify(s)}`);
    assert.equal(s.evaluator, 'cpu', 'the digits network is sampled on the CPU');
    assert.equal(s.resolution, 65);
    assert.equal(s.detail, 65);
    // seconds on an idle machine; the bound leaves room for a machine busy with other builds
    assert.ok(seconds < 120, `took ${seconds} s`);
    assert.ok([...seen].some((d) => d === 17 || d === 33), `no coarse level seen: ${[...seen]}`);
    assert.ok(s.max > s.min && s.min <= s.centre_loss && s.centre_loss <= s.max, JSON.stringify(s));
  });

  it('follows training: refreshes a full grid again and again, and reports the rate', async () => {
    await page.evaluate(() => window.bplab.play('train'));
    const rates = [];
    for (let k = 0; k < 240 && !(rates.length >= 6 && rates.at(-1) > 0); k++) {
      await sleep(1000);
      rates.push((await surface()).refreshes_per_second);
    }
    await page.evaluate(() => window.bplab.pause());
    console.log(`lesson 17 surface while training: ${rates.map((r) => r.toFixed(2)).join(', ')} refreshes/s`);
    // the first seconds may still count the first grid's completion; later ones only refreshes while training
    assert.ok(rates.slice(3).some((r) => r > 0), `no refresh while training: ${rates}`);
    await page.waitForFunction(() => window.bplab.state().surface.complete, null, { timeout: 180000 });
    assert.deepEqual(errors, []);
  });
});
