// Browser tests of the network view (issue 3, item 3): every node is drawn where view.nodes says, a node turns
// from grey to its activation colour at its forward event, hovering nodes and edges raises no error, clicking an
// edge types a weight (and a value out of range is refused), Shift+click picks a loss-surface axis.
// Needs the built page (./build_wasm.sh). run: node --test tests/web/
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { decodePng, nextFrames, openPage } from './page.mjs';

const kBackground = [28, 28, 33];  // the windows' background, theme.cpp: (0.11, 0.11, 0.13)

describe('network view', () => {
  let opened, page;
  const state = () => page.evaluate(() => window.bplab.state());
  const node = (s, l, j) => s.view.nodes.find((n) => n.l === l && n.j === j);
  // The page as drawn now, and the pixel at (x, y) in CSS pixels of such a shot.
  const shoot = async () => { await nextFrames(page); return decodePng(await page.screenshot()); };
  const at = (shot, x, y) => {
    const k = (Math.round(y) * shot.width + Math.round(x)) * 4;
    return Array.from(shot.rgba.subarray(k, k + 3));
  };
  const pixel = async (x, y) => at(await shoot(), x, y);
  const differs = (a, b, by) => a.some((v, k) => Math.abs(v - b[k]) > by);
  // Inside a node but off its centre, where the printed value would be.
  const fillPoint = (n) => [n.x, n.y - 0.65 * n.r];
  // A point a third of the way along the edge Θ⁽ˡ⁾ᵢⱼ (lecture numbering; j = 0: from the bias unit).
  const edgePoint = (s, l, i, j, t = 0.3) => {
    const from = node(s, l, j), to = node(s, l + 1, i);
    // edges leave a unit from the right of its thumbnail (network_layout.cpp: a gap of 3 + 0.1 r, then 1.8 r)
    const x0 = from.x + (j === 0 ? from.r : 2.9 * from.r + 3), x1 = to.x - to.r;
    return [x0 + t * (x1 - x0), from.y + t * (to.y - from.y)];
  };

  before(async () => {
    opened = await openPage({ width: 1280, height: 800 });
    page = opened.page;
    await page.locator('#canvas').focus();
    await page.waitForFunction(() => window.bplab.state().view.nodes.length > 0, null, { timeout: 20000 });
  });

  after(async () => { await opened?.close(); });

  it('draws every node of the 2-4-2-1 network, bias units included, where view.nodes says', async () => {
    const s = await state();
    assert.deepEqual(s.network.sizes, [2, 4, 2, 1]);
    assert.equal(s.view.nodes.length, 2 + 1 + 4 + 1 + 2 + 1 + 1);
    for (const l of [1, 2, 3]) assert.ok(node(s, l, 0), `bias unit of layer ${l}`);
    assert.equal(node(s, 4, 0), undefined, 'the output layer has no bias unit');
    const shot = await shoot();
    for (const n of s.view.nodes) {
      const [x, y] = fillPoint(n);
      const rgb = at(shot, x, y);
      assert.ok(differs(rgb, kBackground, 25), `node l=${n.l} j=${n.j} at (${x}, ${y}) is background: ${rgb}`);
    }
  });

  it('a node turns from grey to its activation colour at its forward event', async () => {
    let s = await state();
    assert.equal(s.cursor.index, -1);
    const first = node(s, 2, 1), second = node(s, 2, 2);
    await page.evaluate(() => window.bplab.step('event'));  // computes a₁⁽²⁾
    s = await state();
    assert.equal(s.cursor.event.phase, 'forward');
    assert.equal(s.cursor.event.layer, 2);
    assert.equal(s.cursor.event.unit, 1);
    const shot = await shoot();
    const computed = at(shot, ...fillPoint(first)), waiting = at(shot, ...fillPoint(second));
    assert.deepEqual(waiting, [58, 58, 66], 'a₂⁽²⁾ is not computed yet: grey');
    assert.ok(differs(computed, [58, 58, 66], 30), `a₁⁽²⁾ is computed: ${computed}`);
    await page.evaluate(() => window.bplab.step('event'));  // computes a₂⁽²⁾
    assert.ok(differs(await pixel(...fillPoint(second)), [58, 58, 66], 30), 'a₂⁽²⁾ after its event');
  });

  it('hovering nodes and edges shows tooltips and logs no error', async () => {
    const s = await state();
    for (const [l, j] of [[1, 0], [1, 1], [2, 3], [3, 0], [4, 1]]) {  // a bias, an input, hidden units, the output
      await page.mouse.move(node(s, l, j).x, node(s, l, j).y);
      await nextFrames(page);
    }
    for (const [l, i, j] of [[1, 1, 0], [1, 2, 1], [2, 1, 3], [3, 1, 2]]) {
      await page.mouse.move(...edgePoint(s, l, i, j));
      await nextFrames(page);
    }
    await page.mouse.move(2, 2);
    assert.deepEqual(opened.consoleErrors, []);
  });

  it('clicking an edge types a new weight; a value beyond ±1e6 is refused and the old one stays', async () => {
    let s = await state();
    await page.mouse.click(...edgePoint(s, 1, 1, 0));  // Θ₁₀⁽¹⁾
    await nextFrames(page);
    await page.keyboard.type('0.625');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.bplab.state().network.theta[0][0][0] === 0.625, null, { timeout: 10000 });
    s = await state();
    assert.equal(s.cursor.index, -1, "the step being shown ends with the edit");

    await page.mouse.click(...edgePoint(s, 1, 1, 0));
    await nextFrames(page);
    await page.keyboard.type('1e9');
    await page.keyboard.press('Enter');
    await nextFrames(page);
    await nextFrames(page);
    s = await state();
    assert.equal(s.network.theta[0][0][0], 0.625, 'refused: the old value stays');
    await page.keyboard.press('Escape');  // closes the editor
    await nextFrames(page);
  });

  it('Shift+click on an edge picks it as a loss-surface axis', async () => {
    const s = await state();
    // Shift held over whole frames, as a hand does
    await page.keyboard.down('Shift');
    await nextFrames(page);
    await page.mouse.click(...edgePoint(s, 2, 1, 3));  // Θ₁₃⁽²⁾
    await nextFrames(page);
    await page.keyboard.up('Shift');
    await page.waitForFunction(() => {
      const surface = window.bplab.state().surface;
      return surface.mode === 'picked' && JSON.stringify(surface.weights[0]) === '[2,1,3]';
    }, null, { timeout: 10000 });
    assert.deepEqual(opened.consoleErrors, []);
  });
});
