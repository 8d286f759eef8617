// Browser tests of stepping through a training step (issue 3): keys move the cursor and change the formula, the
// page's δs equal the CLI's for the same lesson and seed, a node's pixels change at its forward event, and the JS
// API rejects bad arguments. Needs the built page (./build_wasm.sh); the CLI comparison also needs the native CLI
// (BPLAB_CLI, else build-native/bplab) and is skipped with a message without it.
// run: node --test tests/web/
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { decodePng, nextFrames, openPage, repo } from './page.mjs';

const cliPath = path.resolve(process.env.BPLAB_CLI || path.join(repo, 'build-native', 'bplab'));

describe('stepping', () => {
  let opened, page;
  const state = () => page.evaluate(() => window.bplab.state());
  // Presses a key and waits until the frame loop has handled it (the cursor index moved, or `until` holds).
  const press = async (key, until) => {
    const before = (await state()).cursor.index;
    await page.keyboard.press(key);
    await page.waitForFunction(
      ([was, check]) => {
        const s = window.bplab.state();
        return check ? new Function('s', `return ${check}`)(s) : s.cursor.index !== was;
      },
      [before, until], { timeout: 10000 });
    return state();
  };

  before(async () => {
    opened = await openPage({ width: 1280, height: 800 });
    page = opened.page;
    await page.locator('#canvas').focus();
  });

  after(async () => { await opened?.close(); });

  it('opens paused on the backprop lesson with nothing traced', async () => {
    const s = await state();
    assert.equal(s.lesson, 16);
    assert.equal(s.playing, false);
    assert.equal(s.cursor.index, -1);
    assert.equal(s.steps, 0);
  });

  it('Space moves the cursor one event and the formula changes; Backspace goes back', async () => {
    const first = await press('Space');
    assert.equal(first.cursor.index, 0);
    assert.equal(first.cursor.event.phase, 'forward');
    assert.match(first.cursor.event.formula, /z₁⁽²⁾ = Θ₁₀⁽¹⁾/);
    const second = await press('Space');
    assert.equal(second.cursor.index, 1);
    assert.notEqual(second.cursor.event.formula, first.cursor.event.formula);
    assert.notEqual(second.cursor.event.numbers, first.cursor.event.numbers);
    const back = await press('Backspace');
    assert.equal(back.cursor.index, 0);
    assert.equal(back.cursor.event.formula, first.cursor.event.formula);
    const right = await press('ArrowRight');
    assert.equal(right.cursor.index, 1);
    const left = await press('ArrowLeft');
    assert.equal(left.cursor.index, 0);
  });

  it('Shift+→ moves a layer, Shift+← back, Enter to the end of the mini-batch step', async () => {
    const layer = await press('Shift+ArrowRight');
    assert.equal(layer.cursor.event.layer, 3, JSON.stringify(layer.cursor.event));
    const back = await press('Shift+ArrowLeft');
    assert.equal(back.cursor.event.layer, 2);
    const end = await press('Enter');
    assert.equal(end.cursor.index, end.cursor.events - 1);
    assert.equal(end.cursor.event.phase, 'update');
  });

  it('? shows the help overlay and Esc closes it', async () => {
    await page.keyboard.press('?');
    await page.waitForFunction(() => window.bplab.state().view.help === true, null, { timeout: 10000 });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => window.bplab.state().view.help === false, null, { timeout: 10000 });
  });

  it('the JS API steps by kind and rejects unknown kinds with a clear error', async () => {
    await page.evaluate(() => window.bplab.reset());
    await page.evaluate(() => window.bplab.step('event'));
    assert.equal((await state()).cursor.index, 0);
    await page.evaluate(() => window.bplab.step('layer'));
    assert.equal((await state()).cursor.event.layer, 3);
    await page.evaluate(() => window.bplab.step('layer_back'));
    assert.equal((await state()).cursor.event.layer, 2);
    await page.evaluate(() => window.bplab.step('example'));
    assert.equal((await state()).cursor.event.example, 1);
    const error = await page.evaluate(() => {
      try { window.bplab.step('sideways'); return null; } catch (e) { return `${e.constructor.name}: ${e.message}`; }
    });
    assert.match(error, /^Error: bplab\.step: unknown kind "sideways" \(use one of: event, back, layer/);
    const modeError = await page.evaluate(() => {
      try { window.bplab.play('fast'); return null; } catch (e) { return e.message; }
    });
    assert.match(modeError, /bplab\.play: unknown mode "fast"/);
    assert.equal((await state()).cursor.event.example, 1, 'a rejected call changes nothing');
  });

  it("after a full backward pass the page's δ equal the CLI's for the same lesson and seed", async (t) => {
    if (!fs.existsSync(cliPath)) {
      t.skip(`no native CLI at ${cliPath} (build build-native, or set BPLAB_CLI)`);
      return;
    }
    const stepsBefore = 7;
    const page_state = await page.evaluate((n) => {
      window.bplab.reset();
      for (let k = 0; k < n; k++) window.bplab.step('batch');  // n whole steps, each traced
      window.bplab.step('event');                               // into step n + 1
      while (window.bplab.state().cursor.event.phase !== 'gradient') window.bplab.step('layer');
      return window.bplab.state();
    }, stepsBefore);
    assert.equal(page_state.steps, stepsBefore + 1);
    const example = page_state.cursor.example;
    const cli = JSON.parse(execFileSync(cliPath, ['run', '--lesson', 'backprop', '--steps', String(stepsBefore),
      '--example', String(example.index)], { encoding: 'utf8' }));
    assert.equal(cli.example.index, example.index);
    assert.equal(example.layers.length, cli.example.layers.length);
    for (let l = 1; l < example.layers.length; l++) {
      assert.ok(Array.isArray(example.layers[l].delta), `layer ${l + 1}: δ not computed`);
      assert.deepEqual(example.layers[l].delta, cli.example.layers[l].delta, `δ of layer ${l + 1}`);
      assert.deepEqual(example.layers[l].a, cli.example.layers[l].a, `a of layer ${l + 1}`);
    }
  });

  it("a node's pixels change colour at its forward event", async () => {
    await page.evaluate(() => { window.bplab.reset(); window.bplab.step('event'); });  // cursor at z₁⁽²⁾
    await nextFrames(page);
    const s = await state();
    const node = s.view.nodes.find((n) => n.l === 2 && n.j === 2);  // computed by the next event
    assert.ok(node, `no node (2, 2) in ${JSON.stringify(s.view.nodes)}`);
    const half = Math.max(2, Math.floor(node.r * 0.5));
    const clip = { x: node.x - half, y: node.y - half, width: 2 * half, height: 2 * half };
    const meanColour = async () => {
      const shot = decodePng(await page.screenshot({ clip }));
      const sum = [0, 0, 0];
      for (let p = 0; p < shot.width * shot.height; p++) for (let c = 0; c < 3; c++) sum[c] += shot.rgba[p * 4 + c];
      return sum.map((v) => v / (shot.width * shot.height));
    };
    const pending = await meanColour();
    await page.evaluate(() => window.bplab.step('event'));
    await nextFrames(page);
    const after = await state();
    assert.equal(after.cursor.event.layer, 2);
    assert.equal(after.cursor.event.unit, 2);
    const computed = await meanColour();
    const distance = Math.hypot(...pending.map((v, c) => v - computed[c]));
    assert.ok(distance > 40, `node colour ${pending.map(Math.round)} -> ${computed.map(Math.round)}`);
  });

  it('plays: events when playing events, training when playing train; pause stops', async () => {
    await page.evaluate(() => { window.bplab.reset(); window.bplab.play('events'); });
    await page.waitForFunction(() => window.bplab.state().cursor.index >= 2, null, { timeout: 20000 });
    await page.evaluate(() => window.bplab.play('train'));
    await page.waitForFunction(() => window.bplab.state().epoch >= 1, null, { timeout: 30000 });
    await page.evaluate(() => window.bplab.pause());
    const paused = await state();
    await nextFrames(page);
    assert.equal((await state()).steps, paused.steps);
    assert.equal(paused.playing, false);
  });

  it('the timeline goes back over the last 256 steps and forward again to the same weights', async () => {
    const r = await page.evaluate(() => {
      window.bplab.reset();
      for (let k = 0; k < 300; k++) window.bplab.step('batch');
      const end = window.bplab.state();
      const back = window.bplab.goToStep(0);  // clamped to the oldest step kept
      const early = window.bplab.state();
      const again = window.bplab.goToStep(end.steps);
      return { end, back, early, again, final: window.bplab.state() };
    });
    assert.equal(r.end.steps, 300);
    assert.equal(r.end.view.timeline.first, 300 - 256);
    assert.equal(r.back, 300 - 256);
    assert.equal(r.early.steps, 300 - 256);
    assert.notDeepEqual(r.early.network.theta, r.end.network.theta);
    assert.equal(r.again, 300);
    assert.deepEqual(r.final.network.theta, r.end.network.theta, 'replayed steps reach the same weights');
    const error = await page.evaluate(() => { try { window.bplab.goToStep('x'); } catch (e) { return e.message; } });
    assert.match(error, /bplab\.goToStep: want a step number/);
  });

  it('keys do not step while a text field has the keyboard', async () => {
    await page.evaluate(() => { window.bplab.reset(); window.bplab.step('batch'); window.bplab.step('batch'); });
    await nextFrames(page);
    const s = await state();
    const t = s.view.timeline;
    assert.ok(t.w > 0, `timeline not shown: ${JSON.stringify(t)}`);
    // Ctrl+click turns the timeline slider into a text field
    await page.keyboard.down('Control');
    await page.mouse.click(t.x + t.w / 2, t.y + t.h / 2);
    await page.keyboard.up('Control');
    await page.waitForFunction(() => window.bplab.state().view.keyboard_captured, null, { timeout: 10000 });
    for (const key of ['Space', 'Backspace', 'ArrowRight', 'Enter']) await page.keyboard.press(key);
    await nextFrames(page);
    const typing = await state();
    assert.equal(typing.cursor.index, s.cursor.index, 'a key typed into the field moved the cursor');
    assert.equal(typing.steps, s.steps);
    await page.mouse.click(t.x + t.w / 2, t.y - 200);  // click elsewhere: the field lets go of the keyboard
    await page.waitForFunction(() => !window.bplab.state().view.keyboard_captured, null, { timeout: 10000 });
    const stepped = await press('Space');
    assert.notEqual(stepped.cursor.index, typing.cursor.index);
  });

  it('logs no console errors and asks no other host', () => {
    assert.deepEqual(opened.consoleErrors, []);
    assert.deepEqual(opened.foreignRequests, []);
  });
});
