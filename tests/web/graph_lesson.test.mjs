// Browser tests of lesson 15's one stepping model (issue 13, item 5): where the graph is the lesson, the step bar's
// Next, Space and bplab.step all move the graph's cursor and never the hidden network's; the status line is about
// the graph; the buttons that mean nothing for a graph are gone; the data place (an unrelated plot) gives its room
// to the graph.
// run: node --test tests/web/graph_lesson.test.mjs
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { nextFrames, openPage } from './page.mjs';

describe('lesson 15: the graph is what steps', () => {
  let opened, page, base;
  const state = () => page.evaluate(() => window.bplab.state());
  const graphAt = (k) => page.waitForFunction((k) => window.bplab.state().graph.cursor === k, k, { timeout: 10000 });

  before(async () => {
    opened = await openPage({ width: 1280, height: 800 });
    page = opened.page;
    base = page.url().replace(/#.*$/, '');
    await page.goto(`${base}#lesson=15`);
    await page.waitForFunction(() => window.bplab !== undefined, null, { timeout: 60000 });
    await page.waitForFunction(() => window.bplab.state().view.step_bar.steps === 'graph', null, { timeout: 10000 });
    await nextFrames(page);
  });

  after(async () => { await opened?.close(); });

  it('opens on the graph, with a status line about the graph and no data plot', async () => {
    const s = await state();
    assert.equal(s.view.tab, 'graph');
    assert.equal(s.graph.cursor, -1);
    assert.match(s.view.step_bar.status, /^graph: nothing computed yet/);
    assert.doesNotMatch(s.view.step_bar.status, /event/);
    assert.equal(s.view.layout.data.w, 0, 'the data place is hidden');
    assert.ok(s.view.layout.network.w > 700, `the graph has the room: ${JSON.stringify(s.view.layout.network)}`);
    await page.screenshot({ path: '/tmp/graph15-lesson15-1280x800.png' });
  });

  it('Next, Space and bplab.step move the graph, never the network', async () => {
    const before = await state();
    const next = before.view.step_bar.next;
    assert.ok(next.w > 0 && next.h > 0, `Next was drawn: ${JSON.stringify(next)}`);
    await page.mouse.click(next.x + next.w / 2, next.y + next.h / 2);
    await graphAt(0);
    await nextFrames(page);
    let s = await state();
    assert.match(s.view.step_bar.status, /^graph step 1 \/ \d+ · forward · node q: q = /);
    assert.equal(s.cursor.index, -1, 'the network\'s cursor stays');

    await page.keyboard.press('Space');
    await graphAt(1);
    await page.evaluate(() => window.bplab.step('event'));
    await graphAt(2);
    // what only the network has does nothing here
    for (const kind of ['phase', 'example', 'finish_example', 'batch', 'epoch'])
      await page.evaluate((kind) => window.bplab.step(kind), kind);
    await page.keyboard.press('Enter');
    await page.keyboard.press('p');
    await nextFrames(page);
    s = await state();
    assert.equal(s.graph.cursor, 2);
    assert.equal(s.cursor.index, -1, 'the network\'s cursor stays');
    assert.equal(s.steps, before.steps, 'the hidden network did not train');
    assert.equal(s.playing, false, 'nothing plays');
    assert.match(s.view.step_bar.status, /^graph step 3 \/ \d+ · backward · /);

    await page.evaluate(() => window.bplab.step('back'));
    await graphAt(1);
    await page.keyboard.press('r');
    await graphAt(-1);
  });

  it('on the network tab the step bar steps the network again, and the data place is back', async () => {
    await page.evaluate(() => window.bplab.openTab('network'));
    await page.waitForFunction(() => window.bplab.state().view.step_bar.steps === 'network', null, { timeout: 10000 });
    await page.evaluate(() => window.bplab.step('event'));
    await page.waitForFunction(() => window.bplab.state().cursor.index === 0, null, { timeout: 10000 });
    await nextFrames(page);
    const s = await state();
    assert.equal(s.graph.cursor, -1);
    assert.match(s.view.step_bar.status, /^event 1 \//);
    assert.ok(s.view.layout.data.w > 0, 'the data place is shown');
  });
});

// Issue 14, item 6: the graph's functions in the browser, stepped through forward and backward; a domain error
// keeps the graph shown and names the sub-expression.
describe('lesson 15: sin, cos, sqrt and division on the graph', () => {
  let opened, page;
  const state = () => page.evaluate(() => window.bplab.state());

  before(async () => {
    opened = await openPage({ width: 1280, height: 800 });
    page = opened.page;
    await page.goto(`${page.url().replace(/#.*$/, '')}#lesson=15`);
    await page.waitForFunction(() => window.bplab !== undefined, null, { timeout: 60000 });
    await nextFrames(page);
  });

  after(async () => { await opened?.close(); });

  it('steps sin(x) * cos(y) + sqrt(x*x + y*y) / y forward, then backward to the exact gradients', async () => {
    const x = 0.5, y = -1.2;
    const error = await page.evaluate(() => window.bplab.setGraph('sin(x) * cos(y) + sqrt(x*x + y*y) / y', 'x = 0.5, y = -1.2'));
    assert.equal(error, null);
    let s = await state();
    assert.equal(s.graph.cursor, -1);
    const f = () => s.graph.nodes.find((n) => n.name === 'f');
    assert.equal(f().value, null, 'nothing computed before the first step');
    const lines = [];
    for (let k = 0; k < s.graph.steps; ++k) {
      await page.evaluate(() => window.bplab.graphStep('next'));
      s = await state();
      assert.equal(s.graph.cursor, k);
      lines.push(`${s.graph.step.direction}: ${s.graph.step.numbers}`);
    }
    assert.match(lines[0], /^forward: q = sin\(0\.5\) = 0\.4794$/);
    assert.ok(lines.some((l) => /^forward: r = cos\(−1\.2\) = 0\.3624$/.test(l)), lines.join('\n'));
    assert.ok(lines.some((l) => /^backward: ∂f\/∂x = /.test(l)), lines.join('\n'));
    const r = Math.sqrt(x * x + y * y);
    const expected = {
      f: Math.sin(x) * Math.cos(y) + r / y,
      dx: Math.cos(x) * Math.cos(y) + (x / r) / y,
      dy: -Math.sin(x) * Math.sin(y) + (y / r) / y - r / (y * y),
    };
    const node = (name) => s.graph.nodes.find((n) => n.name === name);
    assert.ok(Math.abs(f().value - expected.f) < 1e-12, `f = ${f().value}`);
    assert.ok(Math.abs(node('x').gradient - expected.dx) < 1e-12, `∂f/∂x = ${node('x').gradient}`);
    assert.ok(Math.abs(node('y').gradient - expected.dy) < 1e-12, `∂f/∂y = ${node('y').gradient}`);
    for (let k = 0; k < 3; ++k) await page.evaluate(() => window.bplab.graphStep('back'));
    assert.equal((await state()).graph.cursor, s.graph.steps - 4);
    await nextFrames(page);
    await page.screenshot({ path: '/tmp/graph14-sin-cos-1280x800.png' });
    assert.equal(opened.consoleErrors.length, 0, opened.consoleErrors.join('\n'));
  });

  it('sqrt of a negative number and division by zero are errors that keep the graph', async () => {
    const before = (await state()).graph.expression;
    const sqrt = await page.evaluate(() => window.bplab.setGraph('2 * sqrt(x - 1)', 'x = 0.5'));
    assert.equal(sqrt.in, 'expression');
    assert.equal(sqrt.column, 5);
    assert.match(sqrt.message, /'sqrt\(x - 1\)' is undefined at 'x - 1' = −0\.5: sqrt needs x > 0/);
    const division = await page.evaluate(() => window.bplab.setGraph('x / (x - y)', 'x = 2, y = 2'));
    assert.match(division.message, /division by zero: 'x - y' = 0/);
    assert.equal((await state()).graph.expression, before, 'the graph shown stays');
    const unknown = await page.evaluate(() => window.bplab.setGraph('sinh(x)', 'x = 1'));
    assert.match(unknown.message, /unknown function 'sinh' \(known: .*sin, cos, sqrt, abs\)/);
  });
});
