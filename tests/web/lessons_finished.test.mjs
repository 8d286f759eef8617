// Browser tests of issue 14's lessons 5, 10 and 12, through the JS API's state: lesson 5's gradient size tab and its
// dead/saturated marks, lesson 10's dropout factors, lesson 12's one difference formula on the tab it opens.
// Needs the built page (./build_wasm.sh). run: node --test tests/web/lessons_finished.test.mjs
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { nextFrames, openPage } from './page.mjs';

describe('lessons finished to the lecture', () => {
  let opened, page;
  const state = () => page.evaluate(() => window.bplab.state());
  const open = async (lesson) => {
    await page.evaluate((n) => window.bplab.loadLesson(n), lesson);
    // the tab the lesson opens comes to the front, then the App measures what it shows
    for (let k = 0; k < 2; k++) await nextFrames(page);
    return state();
  };

  before(async () => { opened = await openPage({ width: 1280, height: 800 }); page = opened.page; });
  after(async () => { await opened?.close(); });

  it('lesson 5 opens the gradient size tab: sigmoid gradients shrink towards the input, ReLU beside them', async () => {
    const s = await open(5);
    assert.equal(s.lesson, 5);
    const health = s.view.health;
    assert.ok(health, 'the gradient size tab is in front, so the state has the numbers');
    assert.equal(health.compared_g, 'relu');
    const net = health.net.layers, relu = health.compared.layers;
    assert.equal(net.length, 5);  // 2-6-6-6-6-1: Θ⁽¹⁾ … Θ⁽⁵⁾
    const ratio = (layers) => layers[0].mean_abs_delta / layers[3].mean_abs_delta;
    assert.ok(ratio(net) < 0.05, `sigmoid: first/last hidden mean |δ| ${ratio(net)}`);
    assert.ok(ratio(relu) > 10 * ratio(net), `ReLU ${ratio(relu)} against sigmoid ${ratio(net)}`);
    assert.equal(health.net.units.length, 6);  // the layers' units, input first
    for (const layer of health.net.units)
      for (const unit of layer) assert.ok(['healthy', 'dead', 'saturated'].includes(unit), unit);
    assert.equal(health.net.dead, 0);  // sigmoid units cannot die
    assert.deepEqual(opened.consoleErrors, []);
  });

  it('lesson 10 trains with dropout: the event carries m and 1/(1 − p) as their own factors', async () => {
    const s0 = await open(10);
    assert.equal(s0.lesson, 10);
    assert.equal(s0.view.health, null, 'lesson 5\'s numbers are not computed elsewhere');
    await page.evaluate(() => window.bplab.step('event'));
    const e = (await state()).cursor.event;
    assert.equal(e.phase, 'forward');
    assert.ok(e.dropout, JSON.stringify(e));
    assert.ok(e.dropout.m === 0 || e.dropout.m === 1);
    assert.equal(e.dropout.rescale, 1.25);
    assert.match(e.formula, /· m\S* \/ \(1 − p\)/);
    assert.ok(e.numbers.includes(`· ${e.dropout.m} / (1 − 0.2) = `), e.numbers);
    assert.ok(!e.numbers.includes('dropout mask'));
  });

  it('lesson 12 names one formula: the caption, the lecture\'s −2.5 line and the gradient check tab agree', async () => {
    const s = await open(12);
    assert.equal(s.lesson, 12);
    const check = s.view.gradcheck;
    const forward = '(J(Θ + h) − J(Θ)) / h';
    assert.equal(check.difference, 'forward');
    assert.ok(check.formula.includes(`numeric = ${forward}`), check.formula);
    assert.ok(s.caption.includes(forward), s.caption);
    assert.ok(check.worked.some((line) => line.includes(`dΘ ≈ ${forward} = (1.25322 − 1.25347) / 0.0001 = −2.5`)),
      JSON.stringify(check.worked));
    assert.ok(check.computed, 'the tab the lesson opens ran the check');
    const other = await open(16);  // the other lessons keep the central quotient
    assert.equal(other.view.gradcheck.difference, 'central');
    assert.deepEqual(other.view.gradcheck.worked, []);
  });
});
