// Browser tests of a phone (issue 5): at 390×844 with touch, every place is on screen with text of at least 13 px,
// a tap presses a button, and a one-finger drag scrolls a panel. Needs the built page (./build_wasm.sh).
// run: node --test tests/web/
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { nextFrames, openPage } from './page.mjs';

describe('phone (390×844, touch)', () => {
  let opened, page;
  const state = () => page.evaluate(() => window.bplab.state());

  before(async () => {
    opened = await openPage({ width: 390, height: 844, touch: true });
    page = opened.page;
    await nextFrames(page);
  });

  after(async () => { await opened?.close(); });

  it('stacks every place on the screen, apart, with large enough text', async () => {
    const s = await state();
    const { layout } = s.view;
    const names = ['equation', 'network', 'data', 'controls', 'steps'];
    for (const name of names) {
      const r = layout[name];
      assert.ok(r.w >= 389 && r.h >= 100, `${name}: ${JSON.stringify(r)}`);
      assert.ok(r.y >= 0 && r.y + r.h <= 844.5, `${name} off screen: ${JSON.stringify(r)}`);
    }
    const sorted = names.map((n) => layout[n]).sort((a, b) => a.y - b.y);
    for (let k = 1; k < sorted.length; k++) assert.ok(sorted[k].y >= sorted[k - 1].y + sorted[k - 1].h - 0.5);
    assert.ok(s.view.text_scale >= 1, 'the UI font (16 px) is not shrunk');
  });

  it('a tap on "Next →" steps one event', async () => {
    const { step_bar: bar } = { step_bar: (await state()).view.layout.steps };
    assert.equal((await state()).cursor.index, -1);
    // first row of the step bar: "← Back", then "Next →" (window padding 12, 32 px tall touch buttons)
    await page.touchscreen.tap(125, bar.y + 26);
    await page.waitForFunction(() => window.bplab.state().cursor.index === 0, null, { timeout: 10000 });
  });

  it('a one-finger drag up over the controls scrolls them (the step bar stays put)', async () => {
    const before = await state();
    const r = before.view.layout.controls;
    const client = await page.context().newCDPSession(page);
    const x = r.x + r.w / 2, y0 = r.y + r.h - 20, y1 = r.y + 20;
    const touch = (type, y) => client.send('Input.dispatchTouchEvent',
      { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    await touch('touchStart', y0);
    for (let k = 1; k <= 8; k++) {
      await touch('touchMove', y0 + (y1 - y0) * k / 8);
      await nextFrames(page);
    }
    await touch('touchEnd');
    await nextFrames(page);
    const after = await state();
    assert.ok(after.view.controls_scroll > before.view.controls_scroll,
      `controls scroll ${before.view.controls_scroll} -> ${after.view.controls_scroll}`);
    assert.deepEqual(opened.consoleErrors, []);
  });
});
