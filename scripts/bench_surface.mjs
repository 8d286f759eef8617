// Benchmark: how often the loss surface refreshes in the browser (headless Chromium, WebGL2 on SwiftShader).
//   1. window.bplab.surfaceBenchmark(N): N refreshes of a 64 × 64 grid (sampled 65 × 65) over the 250 training
//      examples of a 2-8-8-1 tanh network, 5 training steps before each: recentre on the new Θ, evaluate on the GPU,
//      read back. Prints refreshes per second.
//   2. the live page: the panel open, training running, the state's refreshes_per_second over a few seconds.
// usage: node scripts/bench_surface.mjs [N]         (after ./build_wasm.sh; NODE_PATH=tests/web/node_modules)
import { openPage } from '../tests/web/page.mjs';

const count = Number(process.argv[2] || 30);
const { page, close } = await openPage({ width: 1280, height: 800 });
try {
  await page.evaluate(() => { window.bplab.surfaceView('2d'); window.bplab.play('train'); });
  await page.waitForFunction(() => window.bplab.state().surface.complete, null, { timeout: 60000 });
  const evaluator = (await page.evaluate(() => window.bplab.state())).surface.evaluator;
  await page.evaluate(() => window.bplab.surfaceBenchmark(3));  // warm-up: builds the 2-8-8-1 program
  const rate = await page.evaluate((n) => window.bplab.surfaceBenchmark(n), count);
  console.log(`surface benchmark (2-8-8-1 tanh, 250 examples, 65x65, GPU=${evaluator}): ${rate.toFixed(1)} refreshes/s over ${count}`);
  const samples = [];
  for (let k = 0; k < 5; k++) {
    await new Promise((resolve) => setTimeout(resolve, 1100));
    samples.push((await page.evaluate(() => window.bplab.state())).surface.refreshes_per_second);
  }
  const state = await page.evaluate(() => window.bplab.state());
  console.log(`live page (default network ${state.config.hidden ? '2-' + state.config.hidden.join('-') + '-1' : ''}, ` +
              `training on): ${samples.map((s) => s.toFixed(1)).join(', ')} refreshes/s`);
} finally {
  await close();
}
