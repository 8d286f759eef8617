// Browser test of the input features (issue 14, item 7): a link with feat= on the spiral builds a network whose input
// layer holds those features, the page's state names them, training lowers the loss; a malformed feat= is named in a
// notice and changes nothing.
// Needs the built page (./build_wasm.sh). run: node --test tests/web/features.test.mjs
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { nextFrames, openPage, sleep } from './page.mjs';

describe('input features', () => {
  let opened, page;
  const state = () => page.evaluate(() => window.bplab.state());
  const all = ['x1', 'x2', 'x1sq', 'x2sq', 'x1x2', 'sinx1', 'sinx2'];

  before(async () => {
    opened = await openPage({ width: 1280, height: 800 });
    page = opened.page;
    await page.goto(`${opened.base}#lesson=16&ds=spiral&feat=${all.join(',')}&hidden=6&alpha=0.1`);
    await page.waitForFunction(() => window.bplab !== undefined && window.bplab.state().config.dataset === 'spiral',
      null, { timeout: 60000 });
  });

  after(async () => {
    assert.deepEqual(opened?.consoleErrors ?? [], []);
    await opened?.close();
  });

  it('the link\'s features are the input layer, and training on them lowers the loss', async () => {
    const start = await state();
    assert.deepEqual(start.config.features, all);
    assert.deepEqual(start.network.sizes, [7, 6, 1]);
    const first = start.loss.train;
    await page.evaluate(() => window.bplab.play('train'));
    await page.waitForFunction(() => window.bplab.state().epoch >= 30, null, { timeout: 120000 });
    await page.evaluate(() => window.bplab.pause());
    const trained = await state();
    assert.deepEqual(trained.config.features, all);
    assert.ok(trained.loss.train < 0.8 * first, `the loss fell: ${first} -> ${trained.loss.train}`);
    await nextFrames(page);
  });

  it('a malformed feat= is named and changes nothing', async () => {
    await page.evaluate(() => window.bplab.pause());
    await sleep(100);
    const before = await state();
    const notices = await page.evaluate(() => window.bplab.setHash('feat=x1,cube'));
    assert.ok(notices.some((n) => n.includes("'feat' must be a list of 1 to 7 of x1, x2")), JSON.stringify(notices));
    const after = await state();
    assert.deepEqual(after.config, before.config);
    assert.deepEqual(after.network.sizes, [7, 6, 1]);
  });

  it('a click on a feature in the network view\'s input column leaves it out (a new network of 6 inputs)', async () => {
    assert.deepEqual(await page.evaluate((h) => window.bplab.setHash(h), `lesson=16&ds=spiral&feat=${all.join(',')}`), []);
    await nextFrames(page);
    const inputs = (await state()).view.nodes.filter((n) => n.l === 1);
    const x = Math.min(...inputs.map((n) => n.x)) - 85;  // the column's images, left of the input nodes
    // from above the first input downwards until a click lands on the first row (x₁)
    let features = all;
    for (let y = Math.min(...inputs.map((n) => n.y)) - 60; y < 400 && features.length === all.length; y += 6) {
      await page.mouse.click(x, y);
      await nextFrames(page);
      features = (await state()).config.features;
    }
    assert.deepEqual(features, all.slice(1), 'the first row is x1');
    assert.equal((await state()).network.sizes[0], 6);
  });

  it('x1,x2,x1x2 alone: three inputs', async () => {
    assert.deepEqual(await page.evaluate(() => window.bplab.setHash('lesson=16&ds=spiral&feat=x1,x2,x1x2')), []);
    const s = await state();
    assert.deepEqual(s.config.features, ['x1', 'x2', 'x1x2']);
    assert.equal(s.network.sizes[0], 3);
  });
});
