// Browser test of "predict, then reveal" (issue 14, item 8): in lesson 16 with the mode on, each next value is hidden
// — from the equation place, the network view and the accessibility layer's text — until the student predicts it or
// it is revealed; a wrong then a right prediction of a δ are scored per kind; stepping on waits for them; the graph
// tab asks its values and gradients the same way.
// run: node --test tests/web/predict.test.mjs
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { nextFrames, openPage, sleep } from './page.mjs';

const shots = '/tmp/predict14';

describe('predict, then reveal', () => {
  let opened, page;
  const state = () => page.evaluate(() => window.bplab.state());
  const a11yText = () => page.evaluate(() => document.getElementById('a11y').textContent);
  // The value as the lab prints it: the numbers' text after its last " = ".
  const printed = (numbers) => numbers.slice(numbers.lastIndexOf(' = ') + 3);
  // Reveals what is hidden and steps on until the event's phase is `phase`.
  const revealUntil = async (phase) => {
    for (let k = 0; k < 200; ++k) {
      const s = await state();
      if (s.predict.pending && s.cursor.event.phase === phase) return s;
      if (s.predict.pending) await page.evaluate(() => window.bplab.reveal());
      else await page.evaluate(() => window.bplab.step('event'));
    }
    throw new Error(`no ${phase} event reached`);
  };

  before(async () => {
    fs.mkdirSync(shots, { recursive: true });
    opened = await openPage({ width: 1280, height: 800 });
    page = opened.page;
    const base = page.url().replace(/#.*$/, '');
    await page.goto(`${base}#lesson=16`);
    await page.waitForFunction(() => window.bplab?.a11y !== undefined, null, { timeout: 60000 });
    await nextFrames(page);
  });

  after(async () => { await opened?.close(); });

  it('hides a hidden δ until a wrong, then a right prediction; scores them; stepping waits', async () => {
    await page.evaluate(() => window.bplab.setPredict(true));
    let s = await state();
    assert.equal(s.predict.on, true);
    assert.equal(s.predict.tolerance, 'within 5 % or 0.01');

    s = await revealUntil('hidden δ');
    assert.equal(s.predict.asked.kind, 'δ');
    assert.match(s.predict.asked.numbers, / = \?$/);
    const truth = s.cursor.event.result, shown = printed(s.cursor.event.numbers);
    assert.equal(JSON.stringify(s.predict).includes(String(truth)), false, 'the state\'s predict section has no answer');
    // the gradient check's table (one example's ∂J/∂Θ, from which δ follows) waits too
    assert.equal(s.view.gradcheck.withheld, s.predict.asked.symbol);
    // the accessibility layer reads 4 times a second: give it two reads
    await sleep(700);
    await nextFrames(page);
    const live = await a11yText();
    assert.ok(live.includes('Hidden delta'), `the live region says the event: ${live.slice(0, 300)}`);
    assert.equal(live.includes(shown), false, `"${shown}" is not in the page's text before the reveal`);
    await page.screenshot({ path: `${shots}/predict-pending-1280x800.png` });

    // stepping on is refused while the value is hidden
    const cursor = s.cursor.index;
    await page.evaluate(() => window.bplab.step('event'));
    await page.evaluate(() => window.bplab.step('phase'));
    assert.equal((await state()).cursor.index, cursor);

    // a malformed prediction: a message, nothing else changes
    const refusal = await page.evaluate(() => window.bplab.predict('about a half'));
    assert.match(refusal, /'about a half' is not a number/);
    s = await state();
    assert.equal(s.predict.pending, true);
    assert.equal(s.predict.tallies['δ'].tries, 0);

    // wrong
    assert.equal(await page.evaluate((v) => window.bplab.predict(v), truth + 1), '');
    s = await state();
    assert.equal(s.predict.pending, false);
    assert.equal(s.predict.outcome.within, false);
    assert.equal(s.view.gradcheck.withheld, null);
    assert.ok(Math.abs(s.predict.outcome.absolute_error - 1) < 1e-9);
    assert.deepEqual(s.predict.tallies['δ'], { within: 0, tries: 1 });
    await sleep(700);
    assert.ok((await a11yText()).includes(shown), 'revealed: the live region says the value');

    // the next δ: right (typed as the lab prints it, with a true minus sign)
    s = await revealUntil('hidden δ');
    assert.notEqual(s.cursor.index, cursor);
    assert.equal(await page.evaluate((v) => window.bplab.predict(v), printed(s.cursor.event.numbers)), '');
    s = await state();
    assert.equal(s.predict.outcome.within, true);
    assert.deepEqual(s.predict.tallies['δ'], { within: 1, tries: 2 });
    assert.match(s.predict.score, /δ: 1\/2 within 5 % or 0\.01/);
    await nextFrames(page);
    await page.screenshot({ path: `${shots}/predict-revealed-1280x800.png` });

    // Shift+R reveals without a prediction, unscored
    await page.evaluate(() => window.bplab.step('event'));
    await nextFrames(page);
    s = await state();
    if (s.predict.pending) {
      await page.keyboard.press('Shift+R');
      await page.waitForFunction(() => !window.bplab.state().predict.pending, null, { timeout: 10000 });
      s = await state();
      assert.equal(s.predict.outcome.predicted, false);
      assert.equal(s.predict.tallies['δ'].tries + s.predict.tallies['∂J/∂Θ'].tries, 2);
    }
  });

  it('the graph tab asks each node\'s value and gradient', async () => {
    await page.evaluate(() => window.bplab.openTab('graph'));
    await nextFrames(page);
    await page.evaluate(() => window.bplab.graphStep('next'));
    await nextFrames(page);
    let s = await state();
    assert.equal(s.predict.pending, true);
    assert.equal(s.predict.asked.kind, 'value');
    assert.match(s.view.step_bar.status, / = \?$/, `the status line hides it: ${s.view.step_bar.status}`);
    // stepping on waits
    await page.evaluate(() => window.bplab.graphStep('next'));
    assert.equal((await state()).graph.cursor, 0);
    const value = s.graph.nodes.find((n) => n.name === s.predict.asked.symbol).value;
    assert.equal(await page.evaluate((v) => window.bplab.predict(v), value), '');
    s = await state();
    assert.deepEqual(s.predict.tallies.value, { within: 1, tries: 1 });
    // on to the first gradient after the seed
    for (let k = 0; k < 20 && !(s.predict.pending && s.predict.asked.kind === '∂f/∂'); ++k) {
      if (s.predict.pending) await page.evaluate(() => window.bplab.reveal());
      else await page.evaluate(() => window.bplab.graphStep('next'));
      s = await state();
    }
    assert.equal(s.predict.asked.kind, '∂f/∂');
    await nextFrames(page);
    await page.screenshot({ path: `${shots}/predict-graph-1280x800.png` });
    assert.equal(await page.evaluate(() => window.bplab.predict(0.5)), '');
    s = await state();
    assert.equal(s.predict.tallies['∂f/∂'].tries, 1);
  });

  it('turning the mode off shows everything and frees stepping; a new lesson starts the score again', async () => {
    await page.evaluate(() => window.bplab.openTab('network'));
    await page.evaluate(() => window.bplab.step('event'));
    await page.evaluate(() => window.bplab.setPredict(false));
    let s = await state();
    assert.equal(s.predict.pending, false);
    const cursor = s.cursor.index;
    await page.evaluate(() => window.bplab.step('event'));
    assert.notEqual((await state()).cursor.index, cursor);
    await page.evaluate(() => window.bplab.loadLesson(3));
    s = await state();
    assert.equal(s.predict.score, '');
  });
});

describe('predict on a touch screen', () => {
  let opened, page;
  before(async () => {
    opened = await openPage({ width: 1280, height: 800, touch: true });
    page = opened.page;
    const base = page.url().replace(/#.*$/, '');
    await page.goto(`${base}#lesson=16&predict=1`);
    await page.waitForFunction(() => window.bplab?.a11y !== undefined, null, { timeout: 60000 });
    await nextFrames(page);
  });
  after(async () => { await opened?.close(); });

  it('a tap on the field opens a page text field (the on-screen keyboard\'s) whose Enter predicts', async () => {
    assert.equal((await page.evaluate(() => window.bplab.state())).predict.on, true, 'predict=1 in the link');
    await page.evaluate(() => window.bplab.step('event'));
    await nextFrames(page);
    await nextFrames(page);
    const asked = await page.evaluate(() => window.bplab.a11y().predict);
    assert.equal(asked.pending, true);
    const [x, y, w, h] = asked.box;
    assert.ok(w > 0 && h > 0, `the field was drawn: ${asked.box}`);
    await page.touchscreen.tap(x + w / 2, y + h / 2);
    await page.waitForFunction(() => document.activeElement?.id === 'predict-field', null, { timeout: 5000 });
    assert.equal(await page.evaluate(() => document.getElementById('predict-field').inputMode), 'decimal');
    await page.keyboard.type('0.5');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.bplab.state().predict.tallies.z.tries === 1, null, { timeout: 5000 });
    assert.equal(await page.evaluate(() => document.getElementById('predict-field').hidden), true);
  });
});
