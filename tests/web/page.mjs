// Shared by the browser tests: serve the built page (dist/, or BPLAB_SITE) from this process on 127.0.0.1, open it
// in Debian's Chromium (headless, WebGL2 on SwiftShader) through playwright-core, and decode screenshots.
// Nothing is left running: the server and the browser close with the test file.
import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const site = path.resolve(process.env.BPLAB_SITE || path.join(repo, 'dist'));
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Under scripts/test_sanitized.sh (BPLAB_SANITIZER_CHECK=1, a page built with ASan + UBSan): the page's console is
// echoed to stderr, and close() fails when any line was a sanitizer's report, so a test file whose page reported
// something fails even when its own assertions passed.
const sanitizerCheck = Boolean(process.env.BPLAB_SANITIZER_CHECK);
const sanitizerReport = /AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer|runtime error:/;

export function serve(root) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm' };
  const server = http.createServer((request, response) => {
    const name = new URL(request.url, 'http://x').pathname.replace(/^\/$/, '/index.html');
    const file = path.join(root, decodeURIComponent(name));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    // no-store: scripts/bench_web.mjs measures cold loads with this server too
    response.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream',
      'cache-control': 'no-store' });
    response.end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// Decodes the 8-bit RGB/RGBA, non-interlaced PNGs Chromium's screenshots are into RGBA bytes.
export function decodePng(png) {
  let at = 8, width = 0, height = 0, channels = 0;
  const idat = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at), type = png.toString('latin1', at + 4, at + 8), data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0); height = data.readUInt32BE(4);
      assert.equal(data[8], 8, 'PNG bit depth'); assert.equal(data[12], 0, 'PNG interlace');
      channels = { 2: 3, 6: 4 }[data[9]];
      assert.ok(channels, `PNG colour type ${data[9]}`);
    } else if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat)), stride = width * channels;
  const rows = Buffer.alloc(stride * height), rgba = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)], line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const left = i >= channels ? rows[y * stride + i - channels] : 0;
      const up = y > 0 ? rows[(y - 1) * stride + i] : 0;
      const upLeft = y > 0 && i >= channels ? rows[(y - 1) * stride + i - channels] : 0;
      const p = left + up - upLeft, pa = Math.abs(p - left), pb = Math.abs(p - up), pc = Math.abs(p - upLeft);
      const predictor = [0, left, up, (left + up) >> 1, pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft][filter];
      rows[y * stride + i] = (line[i] + predictor) & 0xff;
    }
  }
  for (let p = 0; p < width * height; p++) {
    for (let c = 0; c < 3; c++) rgba[p * 4 + c] = rows[p * channels + c];
    rgba[p * 4 + 3] = channels === 4 ? rows[p * channels + 3] : 255;
  }
  return { width, height, rgba };
}

// Opens the page at the given viewport size and waits for window.bplab. Collects console errors and requests to
// any other host. close() ends the browser, the server and the temporary profile.
// touch: a phone (touch events, mobile viewport) instead of a mouse; pixelRatio: the device pixels per CSS pixel.
// extraArgs: more Chromium flags (e.g. --disable-webgl); waitReady: false to return before window.bplab exists;
// initScript: a function run in the page before any of its own scripts (e.g. to listen for CSP violations).
// colorScheme, reducedMotion: the system preferences the page sees ('dark' and 'no-preference' unless told).
// firstVisit: keep the first visit's "start here" card; otherwise the page is told it was dismissed, as for a
// returning student, so that the card covers nothing the other tests click.
export async function openPage({ width = 960, height = 600, touch = false, extraArgs = [], waitReady = true,
  initScript, firstVisit = false, pixelRatio = 1,
  colorScheme = 'dark', reducedMotion = 'no-preference' } = {}) {
  assert.ok(fs.existsSync(path.join(site, 'index.html')), `no site in ${site}: run ./build_wasm.sh`);
  const server = await serve(site);
  const base = `http://127.0.0.1:${server.address().port}/`;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'bplab-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath, headless: true, viewport: { width, height }, hasTouch: touch, isMobile: touch,
    deviceScaleFactor: pixelRatio,
    // the system's preferences (the page's first theme follows prefers-color-scheme): dark, the lab's default
    colorScheme, reducedMotion,
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      '--disable-quic', '--disable-default-apps', '--disable-extensions', ...extraArgs],
  });
  if (!firstVisit) {
    await context.addInitScript(() => {
      try { localStorage.setItem('bplab.start-card.v1', 'dismissed'); } catch (e) { /* no storage: the card shows */ }
    });
  }
  const page = context.pages()[0] || await context.newPage();
  if (initScript) await page.addInitScript(initScript);
  const consoleErrors = [], foreignRequests = [], sanitizerReports = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
    if (!sanitizerCheck) return;
    process.stderr.write(`[page ${message.type()}] ${message.text()}\n`);
    if (sanitizerReport.test(message.text())) sanitizerReports.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(base) && !/^(data|blob):/.test(request.url())) foreignRequests.push(request.url());
  });
  await page.goto(base);
  if (waitReady) await page.waitForFunction(() => window.bplab !== undefined, null, { timeout: 60000 });
  const close = async () => {
    await context.close();
    server.close();
    fs.rmSync(profile, { recursive: true, force: true });
    assert.deepEqual(sanitizerReports, [], 'the sanitizers reported these (the full report is on stderr)');
  };
  return { page, consoleErrors, foreignRequests, sanitizerReports, close, base };
}

// Resolves after the page has drawn two more frames (so a screenshot shows the state just set). The app draws on
// demand only: it is asked for frames first.
export function nextFrames(page) {
  return page.evaluate(() => new Promise((resolve) => {
    window.bplab?.requestFrames?.();
    requestAnimationFrame(() => requestAnimationFrame(resolve));
  }));
}

// One finger dragged vertically from (x, y0) to (x, y1) in `steps` moves, two frames after each (a touch screen's
// page: playwright's touchscreen only taps).
export async function touchDrag(page, x, y0, y1, steps = 8) {
  const client = await page.context().newCDPSession(page);
  const touch = (type, y) => client.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
  await touch('touchStart', y0);
  for (let k = 1; k <= steps; k++) {
    await touch('touchMove', y0 + (y1 - y0) * k / steps);
    await nextFrames(page);
  }
  await touch('touchEnd');
  await nextFrames(page);
  await client.detach();
}
