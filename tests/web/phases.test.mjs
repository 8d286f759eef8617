// Browser test of the lecture's pace: the phase keys walk one lesson-16 step (a mini-batch of 10, 164 events) from
// nothing traced to its update in six presses, at a 1024×768 projector in projector mode; Ctrl+← comes back by
// phase; F finishes an example; bplab.step('phase') is the same move.
// Needs the built page (./build_wasm.sh). run: node --test tests/web/
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { nextFrames, openPage } from './page.mjs';

describe('phase stepping', () => {
  let opened, page;
  const cursor = () => page.evaluate(() => {
    const c = window.bplab.state().cursor;
    return { index: c.index, events: c.events, phase: c.event.phase, example: c.event.example };
  });
  const settle = async () => { for (let k = 0; k < 4; k++) await nextFrames(page); };
  const press = async (key) => { await page.keyboard.press(key); await settle(); };

  before(async () => {
    opened = await openPage({ width: 1024, height: 768 });
    page = opened.page;
    const base = page.url().replace(/#.*$/, '');
    await page.goto(`${base}#lesson=16&proj=1`);
    await page.waitForFunction(() => window.bplab?.state().lesson === 16, null, { timeout: 30000 });
    await page.locator('#canvas').click({ position: { x: 5, y: 5 } });
    await settle();
  });

  after(async () => { await opened?.close(); });

  it('six Ctrl+→ presses reach the update of a lesson-16 step, one phase each', async () => {
    assert.equal((await cursor()).index, -1, 'nothing traced when the lesson opens');
    const phases = [];
    for (let k = 0; k < 6; k++) {
      await press('Control+ArrowRight');
      phases.push((await cursor()).phase);
    }
    assert.deepEqual(phases, ['forward', 'loss', 'output δ', 'hidden δ', 'gradient', 'update']);
    const at = await cursor();
    assert.equal(at.events, 164, 'a 2-4-2-1 step over a mini-batch of 10');
    assert.ok(at.index > 140, `the update is at the step's end (event ${at.index + 1} of ${at.events})`);
  });

  it('Ctrl+← goes back phase by phase; F finishes the example; bplab.step("phase") moves as the key does', async () => {
    await press('Control+ArrowLeft');  // the update's start is where we are: back to the gradients
    assert.equal((await cursor()).phase, 'gradient');
    await press('Control+ArrowLeft');
    const hidden = await cursor();
    assert.deepEqual([hidden.phase, hidden.example], ['hidden δ', 9], "the last example's hidden δs come just before");
    await press('[');
    assert.equal((await cursor()).phase, 'output δ');
    await press('Control+ArrowLeft');
    await press('Control+ArrowLeft');
    const forward = await cursor();
    assert.deepEqual([forward.phase, forward.example], ['forward', 9]);
    await press('f');
    const finished = await cursor();
    assert.deepEqual([finished.phase, finished.example], ['hidden δ', 9]);
    await page.evaluate(() => window.bplab.step('phase'));
    await settle();
    assert.equal((await cursor()).phase, 'gradient');
    await assert.rejects(page.evaluate(() => window.bplab.step('phases')), /unknown kind "phases".*phase_back/);
  });
});
