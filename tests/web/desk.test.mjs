// Browser tests of the laptop screen (issue 15, item 2): at 1280 × 800 and 1366 × 768 every lesson's controls fit
// their place without scrolling (view.controls_overflow, ImGui's own scroll range, is 0); + over a hidden column
// adds a unit to it (config.hidden changes); hovering a neuron puts its map on the data plot (view.data_map and the
// plot's pixels change), and leaving it brings h(x) back.
// Needs the built page (./build_wasm.sh). run: node --test tests/web/desk.test.mjs
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { decodePng, nextFrames, openPage } from './page.mjs';

const kLessons = 17;

for (const [width, height] of [[1280, 800], [1366, 768]]) {
  describe(`one screen at ${width} × ${height}`, () => {
    let opened;
    after(async () => { await opened?.close(); });

    it('every lesson\'s controls are in view without scrolling', async () => {
      opened = await openPage({ width, height });
      const { page } = opened;
      await page.waitForFunction(() => window.bplab.state().view.nodes.length > 0, null, { timeout: 20000 });
      const overflow = [];
      for (let lesson = 1; lesson <= kLessons; lesson++) {
        await page.evaluate((n) => window.bplab.loadLesson(n), lesson);
        await nextFrames(page);
        await nextFrames(page);
        const s = await page.evaluate(() => window.bplab.state());
        if (!s.view.controls_shown) continue;  // a lesson that hides them (none today) has nothing to fit
        if (s.view.controls_overflow > 0) overflow.push(`lesson ${lesson}: ${s.view.controls_overflow} px`);
      }
      assert.deepEqual(overflow, [], 'controls that need scrolling');
      assert.deepEqual(opened.consoleErrors, []);
    });
  });
}

describe('network view + and −, and a neuron\'s map on the data plot', () => {
  let opened, page;
  const state = () => page.evaluate(() => window.bplab.state());
  after(async () => { await opened?.close(); });

  it('+ over hidden layer 2 adds a unit to it; − takes it away', async () => {
    opened = await openPage({ width: 1280, height: 800 });
    page = opened.page;
    await page.waitForFunction(() => window.bplab.state().view.layer_buttons.length > 0, null, { timeout: 20000 });
    const before = await state();
    const hidden = before.config.hidden;
    const button = (s, change, l) => s.view.layer_buttons.find((b) => b.change === change && b.l === l);
    const plus = button(before, 'add_unit', 2);
    assert.ok(plus && plus.enabled, `an enabled + over layer 2: ${JSON.stringify(before.view.layer_buttons)}`);
    await page.mouse.click(plus.x + plus.w / 2, plus.y + plus.h / 2);
    await nextFrames(page);
    const added = await state();
    assert.deepEqual(added.config.hidden, [hidden[0] + 1, ...hidden.slice(1)]);
    assert.equal(added.network.sizes[1], hidden[0] + 1);
    const minus = button(added, 'remove_unit', 2);
    await page.mouse.click(minus.x + minus.w / 2, minus.y + minus.h / 2);
    await nextFrames(page);
    assert.deepEqual((await state()).config.hidden, hidden);
    const more = button(await state(), 'add_layer', 1);
    await page.mouse.click(more.x + more.w / 2, more.y + more.h / 2);
    await nextFrames(page);
    assert.equal((await state()).config.hidden.length, hidden.length + 1);
    assert.deepEqual(opened.consoleErrors, []);
  });

  it('hovering a hidden neuron shows its map on the data plot; leaving restores h(x)', async () => {
    const plotPixels = async () => {
      await nextFrames(page);
      const s = await state();
      const plot = s.view.plot;
      const shot = decodePng(await page.screenshot({
        clip: { x: plot.left + 4, y: plot.top + 4, width: plot.size - 8, height: plot.size - 8 } }));
      return { s, rgba: shot.rgba };
    };
    const base = await plotPixels();
    assert.equal(base.s.view.data_map, 'h');
    const unit = base.s.view.nodes.find((n) => n.l === 2 && n.j === 1);
    await page.mouse.move(unit.x, unit.y);
    const hovered = await plotPixels();
    assert.equal(hovered.s.view.data_map, 'a2_1');
    let changed = 0;
    for (let k = 0; k < base.rgba.length; k += 4)
      if (Math.abs(base.rgba[k] - hovered.rgba[k]) + Math.abs(base.rgba[k + 2] - hovered.rgba[k + 2]) > 30) changed++;
    assert.ok(changed > base.rgba.length / 4 / 20, `only ${changed} plot pixels changed`);
    await page.mouse.move(5, 795);  // off the network view
    const left = await plotPixels();
    assert.equal(left.s.view.data_map, 'h');
    assert.deepEqual(Array.from(left.rgba), Array.from(base.rgba), 'h(x) back as before');
    assert.deepEqual(opened.consoleErrors, []);
  });
});
