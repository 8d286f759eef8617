// Browser tests of a phone (issues 5 and 15): at 390×844 with touch, one place at a time behind a place switcher,
// text of at least 13 px, a tap presses a button, and a one-finger drag scrolls a panel. Needs the built page (./build_wasm.sh).
// run: node --test tests/web/
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { nextFrames, openPage, touchDrag } from './page.mjs';

describe('phone (390×844, touch)', () => {
  let opened, page;
  const state = () => page.evaluate(() => window.bplab.state());

  before(async () => {
    opened = await openPage({ width: 390, height: 844, touch: true });
    page = opened.page;
    await nextFrames(page);
  });

  after(async () => { await opened?.close(); });

  it('shows one place at a time, full width, under a switcher of large tabs, with large enough text', async () => {
    const s = await state();
    const { layout } = s.view;
    const targets = await page.evaluate(() => window.bplab.touchTargets());
    assert.equal(targets.front, 'network');
    assert.deepEqual(targets.switcher.map((t) => t.label), ['Network', 'Data', 'Equation', 'Lesson', 'Loss']);
    for (const name of ['network', 'steps']) {
      const r = layout[name];
      assert.ok(r.w >= 389 && r.h >= 100, `${name}: ${JSON.stringify(r)}`);
      assert.ok(r.y >= 0 && r.y + r.h <= 844.5, `${name} off screen: ${JSON.stringify(r)}`);
    }
    assert.ok(layout.network.y + layout.network.h <= layout.steps.y + 0.5, 'the network above the step bar');
    for (const name of ['equation', 'data', 'controls']) assert.equal(layout[name].w, 0, `${name} is behind`);
    assert.ok(s.view.text_scale >= 1, 'the UI font (16 px) is not shrunk');
  });

  it('a tap on "Next →" steps one event', async () => {
    const next = (await state()).view.step_bar.next;
    assert.equal((await state()).cursor.index, -1);
    await page.touchscreen.tap(next.x + next.w / 2, next.y + next.h / 2);
    await page.waitForFunction(() => window.bplab.state().cursor.index === 0, null, { timeout: 10000 });
  });

  it('a one-finger drag up over the controls scrolls them (the step bar stays put)', async () => {
    const lesson = (await page.evaluate(() => window.bplab.touchTargets())).switcher.find((t) => t.label === 'Lesson');
    await page.touchscreen.tap(lesson.x + lesson.w / 2, lesson.y + lesson.h / 2);
    await page.waitForFunction(() => window.bplab.touchTargets().front === 'controls', null, { timeout: 10000 });
    await nextFrames(page);
    const before = await state();
    const r = before.view.layout.controls;
    await touchDrag(page, r.x + r.w / 2, r.y + r.h - 20, r.y + 20);
    const after = await state();
    assert.ok(after.view.controls_scroll > before.view.controls_scroll,
      `controls scroll ${before.view.controls_scroll} -> ${after.view.controls_scroll}`);
    assert.deepEqual(opened.consoleErrors, []);
  });
});
