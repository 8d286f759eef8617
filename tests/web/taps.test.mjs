// Browser test of issue 15's "every tap counted": on a phone at 390×844 with 3 device pixels per CSS pixel (slow
// frames), 20 quick taps on "Next →" step 20 events: none lost (ImGui gets a tap's down and up in separate frames,
// the render-on-demand loop keeps drawing while input is queued, and the step bar keeps its height, so the button
// stays under the finger) and none doubled, and the pointer goes with the finger; 20 taps on the place switcher's
// tabs each bring their place to the front. Needs the built page.
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
    // where "Next →" is before the first tap: a finger taps on there, so the button must stay put
    const next = start.view.step_bar.next;
    for (let k = 0; k < kTaps; k++) await page.touchscreen.tap(next.x + next.w / 2, next.y + next.h / 2);
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
    // the finger gone, the pointer is gone too: no hover tooltip stays up over the button tapped last
    await nextFrames(page);
    assert.equal((await page.evaluate(() => window.bplab.touchTargets())).pointer, null);
    assert.deepEqual(opened.consoleErrors, []);
  });

  it(`${kTaps} taps on the place switcher's tabs each bring their place to the front`, async () => {
    const names = { Network: 'network', Data: 'data', Equation: 'equation', Lesson: 'controls', Loss: 'loss' };
    const tabs = (await page.evaluate(() => window.bplab.touchTargets())).switcher;
    assert.equal(tabs.length, 5);
    for (let k = 1; k <= kTaps; k++) {
      const tab = tabs[k % tabs.length];  // never the one in front: the first tap goes to "Data"
      await page.touchscreen.tap(tab.x + tab.w / 2, tab.y + tab.h / 2);
      await page.waitForFunction((want) => window.bplab.touchTargets().front === want, names[tab.label],
        { timeout: 15000 });
    }
    assert.deepEqual(opened.consoleErrors, []);
  });
});
