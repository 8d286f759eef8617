// Browser smoke test of the built page (dist/, or BPLAB_SITE): Debian's Chromium, headless, WebGL2 on SwiftShader,
// driven by playwright-core. The page is served from this process on 127.0.0.1, so nothing is left running.
// run: node --test tests/web/            (test.sh does, after ./build_wasm.sh)
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const site = path.resolve(process.env.BPLAB_SITE || path.join(repo, 'dist'));
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function serve(root) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm' };
  const server = http.createServer((request, response) => {
    const name = new URL(request.url, 'http://x').pathname.replace(/^\/$/, '/index.html');
    const file = path.join(root, decodeURIComponent(name));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' });
    response.end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// Decodes the 8-bit RGB/RGBA, non-interlaced PNGs Chromium's screenshots are into RGBA bytes.
function decodePng(png) {
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

describe('web page', () => {
  let server, context, page, base, profile;
  const consoleErrors = [], foreignRequests = [];

  before(async () => {
    assert.ok(fs.existsSync(path.join(site, 'index.html')), `no site in ${site}: run ./build_wasm.sh`);
    server = await serve(site);
    base = `http://127.0.0.1:${server.address().port}/`;
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'bplab-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath, headless: true, viewport: { width: 960, height: 600 },
      args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
        '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
        '--disable-quic', '--disable-default-apps', '--disable-extensions'],
    });
    page = context.pages()[0] || await context.newPage();
    page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
    page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
    page.on('request', (request) => {
      if (!request.url().startsWith(base) && !/^(data|blob):/.test(request.url())) foreignRequests.push(request.url());
    });
    await page.goto(base);
    await page.waitForFunction(() => window.bplab !== undefined, null, { timeout: 60000 });
  });

  after(async () => {
    await context?.close();
    server?.close();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

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
    const { plot } = await page.evaluate(() => window.bplab.state());
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

  it('trains: the exported loss falls and the epoch advances', async () => {
    const first = await page.evaluate(() => ({ loss: window.bplab.loss(), epoch: window.bplab.epoch() }));
    await sleep(3000);
    const later = await page.evaluate(() => ({ loss: window.bplab.loss(), epoch: window.bplab.epoch() }));
    assert.ok(later.epoch > first.epoch, `epoch ${first.epoch} -> ${later.epoch}`);
    assert.ok(later.loss < first.loss, `loss ${first.loss} -> ${later.loss}`);
    const state = await page.evaluate(() => window.bplab.state());
    assert.equal(state.paused, false);
    assert.equal(typeof state.config, 'object');
  });

  it('logs no console errors and asks no other host', () => {
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(foreignRequests, []);
  });
});
