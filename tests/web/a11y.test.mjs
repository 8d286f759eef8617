// Browser tests of the accessibility layer (issue 16): axe-core finds no moderate, serious or critical violation,
// the live region says each stepped event with the numbers bplab.state() reports, the lab runs from the keyboard
// alone through the DOM controls, and the accessibility tree names every control.
// Needs the built page (./build_wasm.sh) and axe-core in tests/web/node_modules (scripts/setup.sh).
// run: node --test tests/web/a11y.test.mjs
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { nextFrames, openPage } from './page.mjs';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// The numbers of a text as the lab writes them (lab/teach/notation.h): −0.146, 12, 1.2e−7.
const numbersIn = (text) => text.match(/−?[0-9]+(\.[0-9]+)?(e−?[0-9]+)?/g) || [];

// Every number of `numbers`, the same digits, in the same order, in `sentence`.
function assertSaysNumbers(numbers, sentence) {
  let from = 0;
  for (const n of numbersIn(numbers)) {
    const at = sentence.indexOf(n, from);
    assert.ok(at >= 0, `"${sentence}" does not say ${n} (after position ${from}) of "${numbers}"`);
    from = at + n.length;
  }
}

describe('accessibility', () => {
  let opened, page;
  const state = () => page.evaluate(() => window.bplab.state());
  const narration = () => page.evaluate(() => document.getElementById('a11y-live').textContent);
  // Presses `key` and waits until the live region says something new.
  const pressAndHear = async (key) => {
    const before = await narration();
    await page.keyboard.press(key);
    await page.waitForFunction((was) => document.getElementById('a11y-live').textContent !== was, before,
      { timeout: 10000 });
    return narration();
  };
  const focusedName = () => page.evaluate(() => {
    const e = document.activeElement;
    return e && e.closest('#a11y-controls') ? (e.labels?.[0]?.textContent || e.textContent).trim() : null;
  });
  // Tab (only Tab) until the control named `name` has the focus.
  const tabTo = async (name) => {
    for (let k = 0; k < 60; k++) {
      await page.keyboard.press('Tab');
      const focused = await focusedName();
      if (focused && focused.startsWith(name)) return;
    }
    assert.fail(`Tab never reached the control "${name}"`);
  };
  const runAxe = () => page.evaluate(async (source) => {
    if (!window.axe) (0, eval)(source);
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help }));
  }, axeSource);

  before(async () => {
    opened = await openPage({ width: 1280, height: 800 });
    page = opened.page;
    await page.waitForFunction(() => window.bplab.a11y !== undefined, null, { timeout: 30000 });
  });

  after(async () => { await opened?.close(); });

  it('axe-core finds no moderate, serious or critical violation, with the controls hidden and shown', async () => {
    const hidden = await runAxe();
    await page.locator('#a11y-lesson').focus();  // the controls' panel is drawn while one of them has the focus
    assert.equal(await page.locator('#a11y-controls').evaluate((e) => e.getBoundingClientRect().width > 100), true);
    const shown = await runAxe();
    console.log('axe violations (hidden, shown):', JSON.stringify(hidden), JSON.stringify(shown));
    for (const v of [...hidden, ...shown])
      assert.ok(!['moderate', 'serious', 'critical'].includes(v.impact), `axe: ${v.impact} ${v.id}: ${v.help} (${v.nodes} nodes)`);
    await page.locator('#canvas').focus();
    assert.equal(await page.locator('#a11y-controls').evaluate((e) => e.getBoundingClientRect().width), 1,
      'the controls are out of sight again when the focus leaves them');
  });

  it("Space steps one event and the live region says it with bplab.state()'s numbers, in both verbosities", async () => {
    await page.evaluate(() => { window.bplab.loadLesson(16); window.bplab.setNarration('formula'); });
    await page.locator('#canvas').focus();
    const transcript = [];
    for (let k = 0; k < 6; k++) {
      const said = await pressAndHear('Space');
      const s = await state();
      assert.equal(s.cursor.index, k);
      assertSaysNumbers(s.cursor.event.numbers, said);
      assert.match(said, new RegExp(`^${s.cursor.event.phase === 'forward' ? 'Forward pass' : 'Loss'}, example 1 of 10`));
      transcript.push(said);
    }
    console.log('live region, lesson 16:\n' + transcript.join('\n'));
    await page.evaluate(() => window.bplab.setNarration('result'));
    const said = await pressAndHear('Space');
    const s = await state();
    assert.ok(said.length < transcript[0].length, `result only is shorter: ${said}`);
    assert.ok(said.endsWith(numbersIn(s.cursor.event.numbers).at(-1)), `${said} ends with the result of ${s.cursor.event.numbers}`);
    await page.evaluate(() => window.bplab.setNarration('formula'));
    const headings = await page.evaluate(() => [...document.querySelectorAll('#a11y-status h1, #a11y-status h2, #a11y-status h3')]
      .map((h) => h.textContent));
    assert.equal(headings[0], 'Lesson 16: ' + (await page.evaluate(() => window.bplab.a11y().lesson.title)));
    assert.match(headings[1], /^Phase: (forward|loss)/);
    assert.match(headings[2], /^Event 7 of \d+: /);
  });

  it('a keyboard alone opens a lesson, trains, steps one event and exports the state through the DOM controls', async () => {
    await page.evaluate(() => { window.bplab.loadLesson(16); document.activeElement?.blur(); });
    await tabTo('Lesson');
    await page.keyboard.press('ArrowUp');  // lesson 15
    await tabTo('Open lesson');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.bplab.state().lesson === 15, null, { timeout: 10000 });
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowDown');  // back to 16, the network lesson
    await tabTo('Open lesson');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => window.bplab.state().lesson === 16, null, { timeout: 10000 });
    await tabTo('Next epoch');
    await page.keyboard.press('Enter');  // trains up to the end of an epoch
    await page.waitForFunction(() => window.bplab.state().epoch >= 1, null, { timeout: 20000 });
    const trained = await state();
    await tabTo('Next event');
    const said = await (async () => {
      const before = await narration();
      await page.keyboard.press('Space');
      await page.waitForFunction((was) => document.getElementById('a11y-live').textContent !== was, before);
      return narration();
    })();
    const stepped = await state();
    assert.ok(stepped.steps >= trained.steps && stepped.cursor.index >= 0, 'one event stepped');
    assertSaysNumbers(stepped.cursor.event.numbers, said);
    await tabTo('Export state');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    assert.equal(exported.lesson, 16);
    assert.equal(exported.cursor.index, stepped.cursor.index);
    assert.match(await page.locator('#a11y-message').textContent(), /exported/);
    // a setting through its control: α typed and confirmed with Enter (keys on the controls never reach the canvas)
    await tabTo('Learning rate α');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('0.25');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.bplab.state().config.alpha === 0.25, null, { timeout: 10000 });
  });

  it('the accessibility tree names every control', async () => {
    await page.locator('#a11y-lesson').focus();
    const tree = await page.locator('#a11y').ariaSnapshot();
    console.log('accessibility tree:\n' + tree);
    const controls = tree.split('\n').filter((line) => /- (button|combobox|spinbutton|textbox|checkbox)\b/.test(line));
    const unnamed = controls.filter((line) => !/- \w+ "[^"]+"/.test(line));
    assert.deepEqual(unnamed, [], 'controls without a name');
    const focusable = await page.locator('#a11y-controls').evaluate((e) => e.querySelectorAll('button, select, input').length);
    assert.equal(controls.length, focusable, 'every control is in the tree');
    for (const name of ['Play', 'Next event', 'Back one event', 'Next phase', 'Open lesson', 'Presentation mode', 'Export state'])
      assert.ok(controls.some((line) => line.includes(`"${name}`)), `the tree has "${name}"`);
  });
});

describe('colour and motion preferences', () => {
  it('the colour-blind-safe palette: the JS API, the DOM control and a link set it; links and State JSON carry it', async () => {
    const { page, close, consoleErrors } = await openPage({ width: 1280, height: 800 });
    try {
      const palette = () => page.evaluate(() => window.bplab.state().view.palette);
      assert.equal(await palette(), 'standard');
      await page.evaluate(() => window.bplab.setPalette('cb'));
      assert.equal(await palette(), 'cb');
      assert.match(await page.evaluate(() => window.bplab.link()), /palette=cb/);
      await assert.rejects(page.evaluate(() => window.bplab.setPalette('rainbow')), /use "standard" or "cb"/);
      assert.equal(await palette(), 'cb', 'a refused palette changes nothing');
      await page.locator('#a11y-palette').focus();
      await page.keyboard.press('ArrowUp');  // the DOM select, by keyboard: back to the standard colours
      await page.waitForFunction(() => window.bplab.state().view.palette === 'standard');
      assert.deepEqual(await page.evaluate(() => window.bplab.setHash('lesson=12&palette=cb')), []);
      assert.equal(await palette(), 'cb');
      const notices = await page.evaluate(() => window.bplab.setHash('lesson=12&palette=rainbow'));
      assert.match(notices.join(' '), /'palette': no palette 'rainbow'/);
      // a State JSON (and so the autosave) carries it: exported with cb, imported over the standard colours
      const text = await page.evaluate(() => window.bplab.exportState());
      assert.equal(JSON.parse(text).display.palette, 'cb');
      await page.evaluate(() => window.bplab.setPalette('standard'));
      assert.deepEqual(await page.evaluate((t) => window.bplab.importState(t), text), []);
      assert.equal(await palette(), 'cb');
      assert.deepEqual(consoleErrors, []);
    } finally {
      await close();
    }
  });

  it('a light system preference opens the light theme; reduced motion keeps the lab paused', async () => {
    const { page, close } = await openPage({ width: 1024, height: 768, colorScheme: 'light', reducedMotion: 'reduce' });
    try {
      await page.waitForFunction(() => window.bplab.a11y !== undefined);
      const s = await page.evaluate(() => window.bplab.state());
      assert.equal(s.view.theme, 'light');
      assert.equal(s.playing, false);
      // a simulated descent path on lesson 13's surface appears whole at once instead of being revealed step by
      // step (the lesson's own path is the network's run, drawn as it trains)
      await page.evaluate(() => window.bplab.loadLesson(13));
      assert.ok(await page.evaluate(() => window.bplab.surfaceView('simulated')));
      await page.waitForFunction(() => window.bplab.state().surface.total_steps > 0, null, { timeout: 30000 });
      await nextFrames(page, 3);
      const surface = (await page.evaluate(() => window.bplab.state())).surface;
      assert.equal(surface.shown_steps, surface.total_steps);
    } finally {
      await close();
    }
  });
});
