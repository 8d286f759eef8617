// Browser tests of issue 15's phones: at 390×844 (upright) and 844×390 (on its side), with touch and 3 device
// pixels per CSS pixel, every button of the step bar, every tab of the place switcher and of the tab bars is at
// least 44 CSS px a side; the network place is at least 300 px wide; a tap a little beside a small node pins its
// tooltip inside the window until a tap elsewhere; the switcher brings the data plot (≥ 300 px) to the front.
// Needs the built page (./build_wasm.sh).
// run: node --test tests/web/phone.test.mjs
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { nextFrames, openPage, touchDrag } from './page.mjs';

const kTap = 44;  // CSS px: ui/tap_target.h

for (const [width, height] of [[390, 844], [844, 390]]) {
  const portrait = height > width;
  describe(`phone ${width}×${height} (touch, pixel ratio 3)`, () => {
    let opened, page;
    const targets = () => page.evaluate(() => window.bplab.touchTargets());
    const tapOn = (r) => page.touchscreen.tap(r.x + r.w / 2, r.y + r.h / 2);

    before(async () => {
      opened = await openPage({ width, height, touch: true, pixelRatio: 3 });
      page = opened.page;
      await page.evaluate(() => window.bplab.loadLesson(1));
      await nextFrames(page);
      await nextFrames(page);
    });

    after(async () => { await opened?.close(); });

    it('every step-bar button, switcher tab and tab-bar tab is at least 44 × 44 CSS px', async () => {
      const t = await targets();
      assert.ok(t.phone);
      assert.equal(t.portrait, portrait);
      assert.ok(t.step_bar.length >= 10, `step bar: ${t.step_bar.map((b) => b.label)}`);
      assert.ok(t.switcher.length >= 4, `switcher: ${t.switcher.map((b) => b.label)}`);
      assert.ok(t.tabs.length >= 1);
      for (const [group, list] of [['step bar', t.step_bar], ['switcher', t.switcher], ['tabs', t.tabs]])
        for (const b of list) {
          assert.ok(b.w >= kTap - 0.01 && b.h >= kTap - 0.01, `${group} "${b.label}": ${b.w.toFixed(1)} × ${b.h.toFixed(1)}`);
          assert.ok(b.y >= 0 && b.y + b.h <= height + 0.5, `${group} "${b.label}" off screen`);
        }
      const next = t.step_bar.find((b) => b.label === 'Next →'), back = t.step_bar.find((b) => b.label === '← Back');
      assert.ok(next && back, 'large Back and Next');
      assert.ok(next.w >= 2 * kTap && back.w >= 2 * kTap, `Next ${next.w} wide, Back ${back.w}`);
      assert.ok(t.places.steps.h <= (portrait ? 0.42 : 0.34) * height, `the step bar is ${t.places.steps.h} px tall`);
    });

    it('the network place is at least 300 CSS px wide, and the data beside it on a phone on its side', async () => {
      const t = await targets();
      assert.equal(t.front, 'network');
      assert.ok(t.places.network.w >= 300, JSON.stringify(t.places.network));
      if (!portrait) {
        assert.ok(t.places.data, 'the data beside the network');
        assert.ok(t.places.data.x >= t.places.network.x + t.places.network.w - 0.5);
      }
    });

    it('a tap beside a small node pins its tooltip inside the window; a tap elsewhere takes it away', async () => {
      const t = await targets();
      const node = t.nodes.find((n) => n.layer === 1 && n.unit === 0);
      assert.ok(node, 'a hidden unit');
      // a fingertip's miss: beyond the drawn node, within its 22 px reach
      const off = Math.min(20, Math.max(node.r + 4, 12));
      assert.ok(node.reach >= kTap / 2 && off <= node.reach, `reach ${node.reach}, off ${off}`);
      await page.touchscreen.tap(node.x, node.y + off);
      await page.waitForFunction(() => window.bplab.touchTargets().pinned !== null, null, { timeout: 10000 });
      await nextFrames(page);
      await nextFrames(page);
      const pinned = await targets();
      assert.deepEqual(pinned.pinned, { layer: 1, unit: 0 });
      const tip = pinned.tip;
      assert.ok(tip && tip.w > 0, 'a tooltip is drawn');
      assert.ok(tip.x >= 0 && tip.y >= 0 && tip.x + tip.w <= width + 0.5 && tip.y + tip.h <= height + 0.5,
        `tooltip ${JSON.stringify(tip)} outside ${width}×${height}`);
      // still there frames later (the finger is gone)
      await nextFrames(page);
      assert.deepEqual((await targets()).pinned, { layer: 1, unit: 0 });
      // a tap elsewhere: on the place switcher's tab in front (which changes nothing else)
      const front = pinned.switcher.find((s) => s.label === 'Network');
      await tapOn(front);
      await page.waitForFunction(() => window.bplab.touchTargets().pinned === null, null, { timeout: 10000 });
    });

    it('the switcher brings each place to the front with a tap', async () => {
      const t = await targets();
      const names = { Network: 'network', Data: 'data', Equation: 'equation', Lesson: 'controls', Loss: 'loss' };
      for (const tab of [...t.switcher.slice(1), t.switcher[0]]) {
        await tapOn(tab);
        await page.waitForFunction((want) => window.bplab.touchTargets().front === want, names[tab.label],
          { timeout: 10000 });
        await nextFrames(page);
        const now = await targets();
        const place = now.places[names[tab.label]];
        assert.ok(place && place.w >= 300, `${tab.label}: ${JSON.stringify(place)}`);
        if (tab.label === 'Data') {
          const plot = (await page.evaluate(() => window.bplab.state())).view.plot;
          assert.ok(plot.size >= 300, `the data plot is ${plot.size} px`);
        }
      }
      assert.deepEqual(opened.consoleErrors, []);
    });

    it('a tap on a data point pins its tooltip inside the window; a tap elsewhere takes it away', async () => {
      await page.evaluate(() => window.bplab.loadLesson(1));  // two gaussian clusters: points are near most taps
      await nextFrames(page);
      if (portrait) {
        const data = (await targets()).switcher.find((t) => t.label === 'Data');
        await tapOn(data);
        await page.waitForFunction(() => window.bplab.touchTargets().front === 'data', null, { timeout: 10000 });
      }
      await nextFrames(page);
      const plot = (await page.evaluate(() => window.bplab.state())).view.plot;
      assert.ok(plot.size > 100, `plot ${JSON.stringify(plot)}`);
      let pinned = -1;
      for (const [fx, fy] of [[0.75, 0.25], [0.25, 0.75], [0.7, 0.3], [0.3, 0.7], [0.5, 0.5], [0.8, 0.2], [0.2, 0.8]]) {
        await page.touchscreen.tap(plot.left + fx * plot.size, plot.top + fy * plot.size);
        await nextFrames(page);
        await nextFrames(page);
        pinned = (await targets()).point_pinned;
        if (pinned >= 0) break;
      }
      assert.ok(pinned >= 0, 'no tap found a point');
      await nextFrames(page);
      const tip = (await targets()).point_tip;
      assert.ok(tip && tip.w > 0, 'a tooltip is drawn');
      assert.ok(tip.x >= 0 && tip.y >= 0 && tip.x + tip.w <= width + 0.5 && tip.y + tip.h <= height + 0.5,
        `tooltip ${JSON.stringify(tip)} outside ${width}×${height}`);
      const next = (await targets()).step_bar.find((b) => b.label === 'Next →');
      await tapOn(next);
      await page.waitForFunction(() => window.bplab.touchTargets().point_pinned === -1, null, { timeout: 10000 });
    });

    it('a lesson brings the place of the tab it opens to the front (the gradient check: the equation place)', async () => {
      await page.evaluate(() => window.bplab.loadLesson('gradient-check'));
      await page.waitForFunction(() => window.bplab.touchTargets().front === 'equation', null, { timeout: 10000 });
      await page.evaluate(() => window.bplab.loadLesson('gradient-descent'));  // the loss surface: the network place
      await page.waitForFunction(() => window.bplab.touchTargets().front === 'network', null, { timeout: 10000 });
      await nextFrames(page);
      assert.ok((await targets()).tabs.some((t) => t.label === 'Loss surface'));
      assert.equal((await page.evaluate(() => window.bplab.state())).view.tab, 'surface');
    });

    it('upright, the digits pad is a finger wide over its guess, and a vertical stroke on it paints without scrolling', async () => {
      if (!portrait) return;  // on its side the pad stays beside the guess
      await page.evaluate(() => window.bplab.loadLesson(17));
      try {
        await page.evaluate(() => window.bplab.openTab('digits'));
        await page.waitForFunction(() => window.bplab.state().view.tab === 'digits' && window.bplab.state().view.pad.size > 0,
          null, { timeout: 10000 });
        await nextFrames(page);
        const before = (await page.evaluate(() => window.bplab.state())).view.pad;
        assert.ok(before.size >= 5 * kTap, `pad ${JSON.stringify(before)}`);
        // a "1" drawn upwards: a slow drag up, which anywhere else on the panel scrolls it down (touch.test.mjs)
        await touchDrag(page, before.left + before.size / 2, before.top + before.size * 0.85, before.top + before.size * 0.15);
        const after = await page.evaluate(() => window.bplab.state());
        assert.equal(after.digits.pad_empty, false, 'the stroke painted');
        assert.equal(after.view.pad.top, before.top, 'the panel did not scroll under the stroke');
      } finally {  // back where the next test expects it, whatever happened here
        await page.evaluate(() => window.bplab.loadLesson('gradient-descent'));
        await page.waitForFunction(() => window.bplab.state().view.tab === 'surface', null, { timeout: 10000 });
      }
    });

    it('a tab bar too narrow for its tabs has ◀ and ▶ a fingertip wide; ▶ and ◀ bring the next and previous tab', async () => {
      // ImGui's own scrolling arrows are 14 px wide; the steppers are the finger's way to the tabs out of view
      const tab = async () => (await page.evaluate(() => window.bplab.state())).view.tab;
      const stepper = async (label) => (await targets()).tabs.find((t) => t.label === label);
      const next = await stepper('▶'), previous = await stepper('◀');
      // On its side the network place is wider, and the graph tab widens it further (the graph takes the data's
      // room), so the steppers come and go with the tab in front: the stepping is tested upright.
      if (!portrait) return;
      assert.ok(next && previous, `tabs: ${(await targets()).tabs.map((t) => t.label)}`);
      assert.ok(next.w >= kTap - 0.01 && next.h >= kTap - 0.01, `▶ ${next.w} × ${next.h}`);
      assert.equal(await tab(), 'surface');
      await tapOn(next);
      await page.waitForFunction(() => window.bplab.state().view.tab === 'graph', null, { timeout: 10000 });
      await tapOn(await stepper('▶'));
      await page.waitForFunction(() => window.bplab.state().view.tab === 'digits', null, { timeout: 10000 });
      await tapOn(await stepper('◀'));
      await page.waitForFunction(() => window.bplab.state().view.tab === 'graph', null, { timeout: 10000 });
      // ImGui scrolls the bar to the tab in front over a few frames
      await page.waitForFunction((w) => window.bplab.touchTargets().tabs.some((t) => t.label === 'Graph' && t.x >= 0 &&
        t.x + t.w <= w + 0.5), width, { timeout: 10000 });
    });
  });
}
