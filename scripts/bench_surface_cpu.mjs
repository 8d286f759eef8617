// Runs the surface bench program (bplab_bench_surface.js and .wasm, next to bench/bench_program.html in SITE_DIR)
// in headless Chromium and prints its lines with WHERE = chromium: the CPU loss surface of the digits lesson, by
// the browser's WASM engine. Used by scripts/bench_surface_cpu.sh.
// usage: node scripts/bench_surface_cpu.mjs SITE_DIR [SECONDS]      (playwright-core from tests/web)
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { chromium } = createRequire(path.join(repo, 'tests', 'web', 'package.json'))('playwright-core');
const { serve } = await import(path.join(repo, 'tests', 'web', 'page.mjs'));

const site = path.resolve(process.argv[2] || '.');
const seconds = Number(process.argv[3] || 2);
if (!fs.existsSync(path.join(site, 'bench_program.html')) || !fs.existsSync(path.join(site, 'bplab_bench_surface.js'))) {
  console.error(`bench_surface_cpu: no bench_program.html and bplab_bench_surface.js in ${site}`);
  process.exit(1);
}
const server = await serve(site);
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'bplab-bench-surface-'));
let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const page = context.pages()[0] || await context.newPage();
  page.on('console', (message) => { if (message.type() === 'error') console.error(message.text()); });
  await page.goto(`http://127.0.0.1:${server.address().port}/bench_program.html?program=bplab_bench_surface&seconds=${seconds}`);
  await page.waitForFunction(() => window.benchDone === true, null, { timeout: 600000, polling: 500 });
  for (const line of await page.evaluate(() => window.benchLines)) console.log(line);
} finally {
  await context?.close();
  server.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
