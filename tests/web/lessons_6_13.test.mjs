// Browser tests of issue 14's lessons 6 and 13, through the JS API's state: lesson 6's three runs of 3, 6 and 20
// hidden units on its own tab, training with Play; lesson 13's loss surface marking the network's own (w, b) and
// drawing its run, its presets acting on the network.
// Needs the built page (./build_wasm.sh). run: node --test tests/web/lessons_6_13.test.mjs
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { nextFrames, openPage, sleep } from './page.mjs';

describe('lessons 6 and 13', () => {
  let opened, page;
  const state = () => page.evaluate(() => window.bplab.state());
  const open = async (lesson) => {
    await page.evaluate((n) => window.bplab.loadLesson(n), lesson);
    for (let k = 0; k < 2; k++) await nextFrames(page);  // the lesson's tab comes to the front, then it is drawn
    return state();
  };

  before(async () => { opened = await openPage({ width: 1280, height: 800 }); page = opened.page; });
  after(async () => { await opened?.close(); });

  it('lesson 6 opens three runs of 3, 6 and 20 hidden units on one data set; they train with Play', async () => {
    const s0 = await open(6);
    assert.equal(s0.lesson, 6);
    assert.equal(s0.view.tab, 'capacity');
    const c0 = s0.view.capacity;
    assert.equal(c0.built, true);
    assert.deepEqual(c0.runs.map((r) => r.hidden), [3, 6, 20]);
    assert.ok(c0.runs.every((r) => r.train_points === c0.runs[0].train_points && r.epoch === 0), JSON.stringify(c0));
    await page.evaluate(() => window.bplab.play('train'));
    await page.waitForFunction(() => window.bplab.state().view.capacity.runs[0].epoch >= 3, null, { timeout: 30000 });
    await page.evaluate(() => window.bplab.pause());
    await nextFrames(page);
    const c1 = (await state()).view.capacity;
    assert.ok(c1.steps > 0);
    assert.ok(c1.runs.every((r) => r.epoch === c1.runs[0].epoch), 'the three advance by the same steps');
    for (let k = 0; k < 3; k++)
      assert.notEqual(c1.runs[k].train_loss, c0.runs[k].train_loss, `run ${k} trained`);
    // with its tab hidden the three stand still
    await page.evaluate(() => window.bplab.openTab('network'));
    await nextFrames(page);
    await nextFrames(page);
    assert.equal((await state()).view.tab, 'network');
    await page.evaluate(() => window.bplab.play('train'));
    await sleep(500);
    await page.evaluate(() => window.bplab.pause());
    await nextFrames(page);
    assert.equal((await state()).view.capacity.steps, c1.steps);
    assert.deepEqual(opened.consoleErrors, []);
  });

  it('lesson 13 marks the network\'s own (w, b) on the surface; after Play the marker is the network\'s Θ', async () => {
    const s0 = await open(13);
    assert.equal(s0.lesson, 13);
    assert.equal(s0.surface.follows, true, JSON.stringify(s0.surface));
    assert.deepEqual(s0.surface.marker, [-2, -2]);  // the lecture's start, the network's preset Θ⁽¹⁾ = [b  w]
    await page.evaluate(() => window.bplab.play('train'));
    await page.waitForFunction(() => window.bplab.state().steps >= 20, null, { timeout: 30000 });
    await page.evaluate(() => window.bplab.pause());
    await nextFrames(page);
    const s1 = await state();
    const [b, w] = s1.network.theta.flat(Infinity);
    assert.deepEqual(s1.surface.marker, [w, b]);
    assert.equal(s1.surface.paths[0].length, s1.steps + 1, 'the start and a point per update');
    assert.deepEqual(s1.surface.paths[0].last, [w, b]);
    assert.notDeepEqual([w, b], [-2, -2]);
  });
});
