// The single-file page (dist/backprop_lab_offline.html, wasm inside) from file:// in headless Chromium: it starts,
// draws with WebGL2, answers the JS API, and asks no host for anything — not even the file's own folder.
// run: node --test tests/web/
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { site } from './page.mjs';

const file = path.join(site, 'backprop_lab_offline.html');

describe('offline page', () => {
  let context, page, profile;
  const consoleErrors = [], requests = [];

  before(async () => {
    assert.ok(fs.existsSync(file), `no ${file}: run ./build_wasm.sh`);
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'bplab-offline-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, viewport: { width: 960, height: 600 },
      args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
        '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
        '--disable-quic', '--disable-default-apps', '--disable-extensions'],
    });
    page = context.pages()[0] || await context.newPage();
    page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
    page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(file).href);
    await page.waitForFunction(() => window.bplab !== undefined, null, { timeout: 60000 });
  });

  after(async () => {
    await context?.close();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  it('is one file of at most 1.5 MB gzip', () => {
    const gzip = zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
    assert.ok(gzip <= 1.5 * 1024 * 1024, `${Math.round(gzip / 1024)} KB gzip`);
  });

  it('starts from file:// with a WebGL2 canvas and a working JS API', async () => {
    const isWebGL2 = await page.evaluate(() => {
      const gl = document.getElementById('canvas').getContext('webgl2');
      return gl instanceof WebGL2RenderingContext && !gl.isContextLost();
    });
    assert.ok(isWebGL2);
    const s = await page.evaluate(() => { window.bplab.step('event'); return window.bplab.state(); });
    assert.equal(s.lesson, 16);
    assert.equal(s.cursor.index, 0);
    assert.equal(s.graph.expression, '(x + y) * z');
    assert.deepEqual(consoleErrors, []);
  });

  it('requests nothing but the file itself (and its inline data)', () => {
    const others = requests.filter((url) => url !== pathToFileURL(file).href && !/^(data|blob):/.test(url));
    assert.deepEqual(others, []);
  });
});
