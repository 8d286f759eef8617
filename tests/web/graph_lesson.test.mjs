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
