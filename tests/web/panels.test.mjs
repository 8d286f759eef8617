// Browser tests of the network area's extra tabs and of export/import (issue 5): the computational graph steps to
// the lecture's numbers and shows a parse error without losing the graph; painting on the digits pad with the mouse
// changes the guess; a state exported and imported again gives the same weights, and a bad file changes nothing.
// run: node --test tests/web/
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { nextFrames, openPage } from './page.mjs';

// The digits lesson's config (lesson 17), as `bplab run --lesson digits` prints it, loaded through importState
// with the seed's fresh weights ("theta": "init").
const digitsState = JSON.stringify({ lesson: 17, config: {
  dataset: 'digits', train_fraction: 0.7, data_seed: 1, hidden: [16], hidden_activation: 'tanh',
  output_activation: 'softmax', init: 'xavier', seed: 1, loss: 'softmax_ce', optimizer: 'sgd', alpha: 0.1,
  batch_size: 10 }, network: { theta: 'init' } });

describe('panels', () => {
  let opened, page;
  const state = () => page.evaluate(() => window.bplab.state());

  before(async () => {
    opened = await openPage({ width: 1280, height: 800 });
    page = opened.page;
    await page.locator('#canvas').focus();
  });

  after(async () => { await opened?.close(); });

  it('steps (x + y)z forward and backward to f = −12 and ∂f/∂x = −4 with Space on the graph tab', async () => {
    await page.evaluate(() => window.bplab.openTab('graph'));
    await page.waitForFunction(() => window.bplab.state().view.tab === 'graph');
    const start = (await state()).graph;
    assert.equal(start.expression, '(x + y) * z');
    assert.equal(start.cursor, -1);
    const cursorBefore = (await state()).cursor.index;
    for (let k = 0; k < start.steps; k++) {
      await page.keyboard.press('Space');
      await page.waitForFunction((k) => window.bplab.state().graph.cursor === k, k);
    }
    const s = await state();
    assert.equal(s.cursor.index, cursorBefore, 'Space stepped the graph, not the training trace');
    const node = (name) => s.graph.nodes.find((n) => n.name === name);
    assert.equal(node('f').value, -12);
    assert.equal(node('q').value, 3);
    assert.equal(node('x').gradient, -4);
    assert.equal(node('y').gradient, -4);
    assert.equal(node('z').gradient, 3);
    assert.equal(s.graph.step.direction, 'backward');
    await page.keyboard.press('Backspace');
    await page.waitForFunction((k) => window.bplab.state().graph.cursor === k, start.steps - 2);
  });

  it('shows where and why a typed expression is malformed, and keeps the previous graph', async () => {
    const error = await page.evaluate(() => window.bplab.setGraph('(x + y * z', 'x = -2, y = 5, z = -4'));
    assert.equal(error.in, 'expression');
    assert.ok(error.column >= 1 && error.column <= 11, `column ${error.column}`);
    assert.match(error.message, /column/);
    const s = await state();
    assert.equal(s.graph.expression, '(x + y) * z', 'the old graph stays');
    assert.equal(s.graph.nodes.find((n) => n.name === 'f').value, -12);
    const bad = await page.evaluate(() => window.bplab.setGraph('x * 2', 'x = 1, x ='));
    assert.equal(bad.in, 'variables');
    assert.equal(opened.consoleErrors.length, 0, opened.consoleErrors.join('\n'));
  });

  // Typed keys, each pressed and released within a frame: ImGui's input queue must keep every one (Ctrl+A too).
  it('reads an expression typed into its box (Enter), and a typo there shows the error', async () => {
    await page.evaluate(() => window.bplab.openTab('graph'));  // also when run on its own
    await page.waitForFunction(() => window.bplab.state().view.tab === 'graph');
    await nextFrames(page);
    // the expression box is the first text field of the tab; a click there gives it the keys
    const box = (await state()).view.graph_box;
    // ImGui activates the field on the frame after the click: type only once it has the keyboard
    const focus = async () => {
      await page.mouse.click(box.left + 20, box.top + box.height / 2);
      await page.waitForFunction(() => window.bplab.state().view.keyboard_captured === true, null, { timeout: 15000 });
      await nextFrames(page);
    };
    await focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('x * y + max(x, z');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.bplab.state().graph.error !== null);
    assert.equal((await state()).graph.expression, '(x + y) * z');
    await focus();  // Enter left the box
    await page.keyboard.press('Control+A');
    await page.keyboard.type('tanh(x * y) + max(x, z)');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.bplab.state().graph.error === null);
    const s = await state();
    assert.equal(s.graph.expression, 'tanh(x * y) + max(x, z)');
    assert.equal(s.graph.cursor, -1);
    await page.evaluate(() => window.bplab.setGraph('(x + y) * z', 'x = -2, y = 5, z = -4'));
  });

  it('exports the state and imports it again with the same weights; a bad file changes nothing', async () => {
    await page.evaluate(() => { window.bplab.openTab('network'); window.bplab.step('batch'); window.bplab.step('batch'); });
    const exported = await page.evaluate(() => window.bplab.exportState());
    const before = JSON.parse(exported);
    const csv = await page.evaluate(() => window.bplab.exportTraceCsv());
    assert.match(csv, /^index,phase,example,layer,unit,formula,numbers,result\n0,"forward"/);
    await page.evaluate(() => window.bplab.reset());
    assert.notDeepEqual((await state()).network.theta, before.network.theta);
    const problems = await page.evaluate((text) => window.bplab.importState(text), exported);
    assert.deepEqual(problems, []);
    const after = await state();
    assert.deepEqual(after.network.theta, before.network.theta);
    assert.deepEqual(after.config, before.config);

    const broken = JSON.parse(exported);
    broken.network.theta[0][0][1] = 'heavy';
    broken.config.alpha = -3;
    const refused = await page.evaluate((text) => window.bplab.importState(text), JSON.stringify(broken));
    assert.ok(refused.some((p) => /network\.theta\[0\]\[0\]\[1\]/.test(p)), refused.join('\n'));
    assert.deepEqual((await state()).network.theta, before.network.theta, 'the previous state stays');
    assert.ok((await page.evaluate(() => window.bplab.importState('{'))).length > 0);
    await assert.rejects(page.evaluate(() => window.bplab.importState(42)), /expected a string/);
  });

  it('painting on the digits pad with the mouse changes the guess', async () => {
    assert.deepEqual(await page.evaluate((text) => window.bplab.importState(text), digitsState), []);
    await page.evaluate(() => window.bplab.openTab('digits'));
    await page.waitForFunction(() => window.bplab.state().view.tab === 'digits' && window.bplab.state().view.pad.size > 0);
    await page.evaluate(() => window.bplab.play('train'));
    await page.waitForFunction(() => window.bplab.epoch() >= 3, null, { timeout: 90000 });
    await page.evaluate(() => window.bplab.pause());
    const { pad } = (await state()).view;
    const at = (x, y) => [pad.left + (x / 8) * pad.size, pad.top + (y / 8) * pad.size];
    // a vertical stroke: a "1"
    await page.mouse.move(...at(4, 1));
    await page.mouse.down();
    for (let y = 1.5; y <= 7; y += 0.5) await page.mouse.move(...at(4, y));
    await page.mouse.up();
    await nextFrames(page);
    const one = (await state()).digits;
    assert.equal(one.pad_empty, false);
    assert.ok(one.first >= 0 && one.second >= 0 && one.first !== one.second);
    // a horizontal bar on top and a diagonal: a "7"
    await page.mouse.move(...at(1, 1));
    await page.mouse.down();
    for (let x = 1.5; x <= 7; x += 0.5) await page.mouse.move(...at(x, 1));
    for (let t = 0; t <= 1; t += 0.1) await page.mouse.move(...at(7 - 3 * t, 1 + 6 * t));
    await page.mouse.up();
    await nextFrames(page);
    const seven = (await state()).digits;
    assert.notDeepEqual(seven.probability, one.probability, 'more ink, another answer');
    assert.equal(opened.consoleErrors.length, 0, opened.consoleErrors.join('\n'));
  });
});
