#!/usr/bin/env node
// The browser half of scripts/bench.sh: loads the built page (dist/) in headless Chromium (SwiftShader WebGL2) at
// 1280×800 and prints one line per figure, "name: value unit":
//   start-up (navigation to the end of the first frame; bytes of everything the page loaded, raw and gzip -9),
//   frame time (median and p95 of the page's own frame timer, default lesson training), the idle page (paused:
//   main-thread busy share over 5 s, frames drawn),
//   training throughput of the page's WASM, the boundary shader alone, and the loss-surface refresh rate.
// With --program, SITE_DIR holds the bench program (bplab_bench.js and .wasm) and
// bench/bench_program.html instead of the page: its training and evaluation lines, run by Chromium's WASM engine
// (scripts/bench.sh compares today's core with commit 4e51a4b's that way, whose page needs the older ImGui).
// usage: node scripts/bench_web.mjs [--program] [SITE_DIR] [SECONDS]      (playwright-core from tests/web)
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { chromium } = createRequire(path.join(repo, 'tests', 'web', 'package.json'))('playwright-core');
const { serve, sleep } = await import(path.join(repo, 'tests', 'web', 'page.mjs'));  // the browser tests' server

const program = process.argv.includes('--program');
const positional = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const site = path.resolve(positional[0] || 'dist');
const seconds = Number(positional[1] || 2);
const line = (name, value, unit) => console.log(`${name}: ${value} ${unit}`);

function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

// Training and the digits evaluation, measured by the page's own WASM (the app paused).
async function throughput(page) {
  for (const [h1, h2, name] of [[4, 2, '2-4-2-1'], [8, 8, '2-8-8-1']]) {
    const rate = await page.evaluate(([a, b, s]) => window.bplab.benchTrain(a, b, s), [h1, h2, seconds]);
    line(`train_${name}_chromium`, rate.toFixed(0), 'examples/s');
  }
  const digits = await page.evaluate((s) => {
    const hook = window.Module && window.Module._bplab_bench_digits_evaluation;
    return typeof hook === 'function' ? hook(s) : null;
  }, seconds);
  line('eval_digits_test_chromium', digits === null ? 'n/a' : digits.toFixed(0), 'examples/s');
}

if (!fs.existsSync(path.join(site, program ? 'bench_program.html' : 'index.html'))) {
  console.error(`bench_web: no site in ${site} (run ./build_wasm.sh)`);
  process.exit(1);
}
const server = await serve(site);
const base = `http://127.0.0.1:${server.address().port}/`;
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'bplab-bench-'));
let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
    viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1,
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      '--disable-quic', '--disable-default-apps', '--disable-extensions'],
  });
  const page = context.pages()[0] || await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));

  // ---- start-up: a cold load (fresh profile, nothing cached) -----------------------------------------------------
  const loaded = [];
  page.on('response', async (response) => {
    try { loaded.push({ url: response.url(), body: await response.body() }); } catch { /* data: URLs */ }
  });
  if (program) {
    await page.goto(`${base}bench_program.html?seconds=${seconds}`);
    await page.waitForFunction(() => window.benchDone === true, null, { timeout: 600000, polling: 1000 });
    const lines = await page.evaluate(() => window.benchLines);
    for (const text of lines) if (/^(train_2-[0-9-]+_chromium|eval_)/.test(text)) console.log(text);
  } else {
    await page.goto(base);
    await page.waitForFunction(() => window.bplab && window.bplab.firstFrameMs() !== undefined, null,
      { timeout: 60000 });
  }
  if (!program) {
    line('startup_first_frame_chromium', (await page.evaluate(() => window.bplab.firstFrameMs())).toFixed(0), 'ms');
    await sleep(500);  // let the last response bodies arrive
    const raw = loaded.reduce((sum, r) => sum + r.body.length, 0);
    const gzip = loaded.reduce((sum, r) => sum + zlib.gzipSync(r.body, { level: 9 }).length, 0);
    line('page_bytes_raw', raw, `bytes (${loaded.length} files)`);
    line('page_bytes_gzip', gzip, 'bytes');

    // ---- frame time: the default lesson, training (free-running), with the panels the page opens ------------------
    await page.evaluate(() => { if (window.bplab.play) window.bplab.play('train'); });  // older pages train at once
    await sleep(2000);  // past start-up
    const before = await page.evaluate(() => window.bplab.frameTimes().frames);
    await sleep(Math.max(3000, 2500 * seconds));
    const timer = await page.evaluate(() => window.bplab.frameTimes());
    const fresh = timer.ms.slice(-Math.min(timer.ms.length, timer.frames - before)).sort((a, b) => a - b);
    line('frame_median_chromium_1280x800', quantile(fresh, 0.5).toFixed(1), `ms (${fresh.length} frames)`);
    line('frame_p95_chromium_1280x800', quantile(fresh, 0.95).toFixed(1), 'ms');

    // ---- idle: paused with nothing changing (render on demand): frames drawn, the main thread's busy share --------
    await page.evaluate(() => window.bplab.pause(true));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await sleep(1500);  // the pause's own frames settle
    const taskSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
    const idleFrames = await page.evaluate(() => window.bplab.frameTimes().frames), idleBusy = await taskSeconds();
    const idleStart = Date.now();
    await sleep(5000);
    const idleShare = ((await taskSeconds()) - idleBusy) / ((Date.now() - idleStart) / 1000);
    const idleDrawn = (await page.evaluate(() => window.bplab.frameTimes().frames)) - idleFrames;
    line('idle_main_thread_chromium', (100 * idleShare).toFixed(1), `% busy over 5 s, paused (${idleDrawn} frames drawn)`);

    // ---- throughput measured inside the page (the app paused, so its frames do not compete) ------------------------
    await page.evaluate(() => window.bplab.pause(true));
    await throughput(page);
    // A 512×512 plot, drawn 20 times; older pages (no boundaryGridSize) evaluate every pixel.
    const gpu = await page.evaluate(() => ({
      ms: window.bplab.benchBoundaryGpu(8, 8, 512, 20),
      grid: window.bplab.boundaryGridSize ? window.bplab.boundaryGridSize(512) : 512,
    }));
    line('boundary_gpu_2-8-8-1_chromium', (gpu.grid * gpu.grid / gpu.ms * 1000).toFixed(0),
      `points/s (network evaluations, ${gpu.grid}x${gpu.grid} grid)`);
    line('boundary_gpu_draw_512x512_2-8-8-1_chromium', gpu.ms.toFixed(1), 'ms per draw of a 512x512 plot');

    // The loss surface's refresh rate comes from the surface renderer's own JS function (2-8-8-1 tanh, 250
    // examples, 64 × 64, training in between), when the page has one.
    const surface = await page.evaluate(() => {
      const bench = window.bplab.surfaceBenchmark;
      return typeof bench === 'function' ? bench(20) : null;
    });
    if (surface === null) {
      line('surface_refresh_64x64_2-8-8-1_chromium', 'n/a', '(not available yet: the page has no bplab.surfaceBenchmark)');
    } else {
      line('surface_refresh_64x64_2-8-8-1_chromium', Number(surface).toFixed(1), 'refreshes/s');
    }

  }
  if (errors.length) console.error(`bench_web: page errors: ${errors.join('; ')}`);
} finally {
  await context?.close();
  server.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
