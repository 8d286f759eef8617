// Browser tests of the PNG export (issue 15): the exported frame is clean — no hover tooltip, no hovered node — at
// the canvas's device pixels, whole or one place alone, and the export panel says the file's size. Needs the built
// page (./build_wasm.sh). run: node --test tests/web/png_export.test.mjs
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { decodePng, nextFrames, openPage, sleep } from './page.mjs';

const kRatio = 2;

describe('PNG export', () => {
  let opened, page;
  const state = () => page.evaluate(() => window.bplab.state());
  // bplab.exportPng(place), and the downloaded file
  const exportPng = async (place) => {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 20000 }),
      page.evaluate((p) => window.bplab.exportPng(p), place)]);
    return { name: download.suggestedFilename(), bytes: fs.readFileSync(await download.path()) };
  };
  const differing = (a, b) => {
    let count = 0;
    for (let i = 0; i < a.rgba.length; i += 4)
      if (a.rgba[i] !== b.rgba[i] || a.rgba[i + 1] !== b.rgba[i + 1] || a.rgba[i + 2] !== b.rgba[i + 2]) count++;
    return count;
  };

  before(async () => {
    opened = await openPage({ width: 960, height: 600, pixelRatio: kRatio });
    page = opened.page;
    await nextFrames(page);
  });

  after(async () => { await opened?.close(); });

  it('has no tooltip while the pointer hovers a node: it equals a frame drawn without hover', async () => {
    const node = (await state()).view.nodes.find((n) => n.l === 2 && n.j === 1);
    assert.ok(node, 'no node (2, 1) in the network view');
    // the pointer away from everything (the equation place's empty lower part): the reference frame
    const { equation } = (await state()).view.layout;
    await page.mouse.move(equation.x + equation.w / 2, equation.y + equation.h - 10);
    await sleep(800);
    const clean = decodePng((await exportPng('lab')).bytes);
    // on the node: the page shows its tooltip, the export does not
    await page.mouse.move(node.x, node.y);
    await sleep(1000);  // past ImGui's hover delay
    const screen = decodePng(await page.screenshot());
    const hovered = await exportPng('lab');
    const picture = decodePng(hovered.bytes);
    assert.equal(picture.width, 960 * kRatio, 'the canvas\'s device pixels');
    assert.equal(picture.height, 600 * kRatio);
    assert.equal(differing(picture, clean), 0, 'the export differs from the frame drawn without hover');
    // the screen, at device pixels too, does show the hover (so the comparison above could fail)
    assert.equal(screen.width, picture.width);
    assert.ok(differing(screen, clean) > 500, 'no tooltip on screen: the test hovered nothing');
    assert.equal(hovered.name, 'backprop_lab.png');
    // the pointer is back after the export: the page still shows the tooltip
    await nextFrames(page);
    assert.ok(differing(decodePng(await page.screenshot()), clean) > 500, 'the hover was lost after the export');
  });

  it('on a touch screen, has no pinned tooltip either, and the tooltip stays pinned after the export', async () => {
    const phone = await openPage({ width: 390, height: 844, touch: true, pixelRatio: kRatio });
    try {
      const p = phone.page;
      const targets = () => p.evaluate(() => window.bplab.touchTargets());
      const exportPhone = async () => {
        const [download] = await Promise.all([p.waitForEvent('download', { timeout: 20000 }),
          p.evaluate(() => window.bplab.exportPng('network'))]);
        return decodePng(fs.readFileSync(await download.path()));
      };
      await nextFrames(p);
      const clean = await exportPhone();
      const node = (await targets()).nodes.find((n) => n.layer === 1 && n.unit === 0);
      await p.touchscreen.tap(node.x, node.y);
      await p.waitForFunction(() => window.bplab.touchTargets().pinned !== null, null, { timeout: 10000 });
      await nextFrames(p);
      const pinned = await exportPhone();
      assert.equal(differing(pinned, clean), 0, 'the export shows the pinned tooltip');
      await nextFrames(p);
      const after = await targets();
      assert.deepEqual(after.pinned, { layer: 1, unit: 0 }, 'the pin was lost after the export');
      assert.ok(after.tip && after.tip.w > 0, 'the tooltip is drawn again');
      assert.deepEqual(phone.consoleErrors, []);
    } finally {
      await phone.close();
    }
  });

  it('exports one place alone, and the message says the file\'s size', async () => {
    const { data } = (await state()).view.layout;
    const file = await exportPng('data');
    const picture = decodePng(file.bytes);
    assert.equal(file.name, 'backprop_lab_data.png');
    assert.ok(Math.abs(picture.width - data.w * kRatio) <= 1 && Math.abs(picture.height - data.h * kRatio) <= 1,
      `${picture.width} x ${picture.height} for a ${data.w} x ${data.h} place`);
    await nextFrames(page);
    const message = (await state()).view.files_message;
    assert.match(message, /^downloaded backprop_lab_data\.png \([0-9.,]+ (bytes|KB|MB), \d+ × \d+ px\)$/, message);
    assert.ok(file.bytes.length < 0.2 * picture.width * picture.height * 4,
      `${file.bytes.length} bytes: the PNG is barely compressed`);
    const refused = await page.evaluate(() => { try { window.bplab.exportPng('nowhere'); return ''; } catch (e) { return e.message; } });
    assert.match(refused, /no place "nowhere"/);
    assert.deepEqual(opened.consoleErrors, []);
  });
});
