// Browser test of issue 15's "every tap counted": on a phone at 390×844 with 3 device pixels per CSS pixel (slow
// frames), 20 quick taps on "Next →" step 20 events, none lost and none doubled. Needs the built page.
// run: node --test tests/web/taps.test.mjs
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { nextFrames, openPage, sleep } from './page.mjs';

const kTaps = 20;

describe('phone taps (390×844, touch, pixel ratio 3)', () => {
  let opened, page;
  const state = () => page.evaluate(() => window.bplab.state());

  before(async () => {
    opened = await openPage({ width: 390, height: 844, touch: true, pixelRatio: 3 });
    page = opened.page;
    await nextFrames(page);
  });

  after(async () => { await opened?.close(); });

  it(`${kTaps} taps on "Next →" step ${kTaps} events`, async () => {
    const start = await state();
    assert.equal(start.cursor.index, -1);
    const bar = start.view.layout.steps;
    // first row of the step bar: "← Back", then "Next →" (as in touch.test.mjs)
    for (let k = 0; k < kTaps; k++) await page.touchscreen.tap(125, bar.y + 26);
    // the taps may be queued behind slow frames: wait until the count stops moving
    let index = -2;
    for (let waited = 0; waited < 30; waited++) {
      await sleep(1000);
      const now = (await state()).cursor.index;
      if (now === index) break;
      index = now;
    }
    const end = await state();
    assert.ok(end.cursor.events > kTaps, `a step of ${end.cursor.events} events is too short for this test`);
    assert.equal(end.cursor.index, kTaps - 1, `${end.cursor.index + 1} events for ${kTaps} taps`);
    assert.deepEqual(opened.consoleErrors, []);
  });
});
