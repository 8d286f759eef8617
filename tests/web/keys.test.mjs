// Browser tests of key routing: a lesson, theme or step key fires only as that key. '*' and '(' (the 8 and 9 keys
// with Shift on a US keyboard, or those keys with a typed '*' / '(' and no Shift at all, as a script sends them) open
// no lesson, a 't' typed into a text field leaves the theme alone, while the real keys still work.
// Needs the built page (./build_wasm.sh). run: node --test tests/web/
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { nextFrames, openPage } from './page.mjs';

describe('key routing', () => {
  let opened, page, base;
  const state = () => page.evaluate(() => window.bplab.state());
  const view = async () => {
    const s = await state();
    return { lesson: s.lesson, theme: s.view.theme, cursor: s.cursor.index, playing: s.playing };
  };
  // A key that was going to act has done so after a few frames (the route and the input queue take one each).
  const settle = async () => { for (let k = 0; k < 4; k++) await nextFrames(page); };

  before(async () => {
    opened = await openPage({ width: 1280, height: 800 });
    page = opened.page;
    base = page.url().replace(/#.*$/, '');
    await page.goto(`${base}#lesson=4`);
    await page.waitForFunction(() => window.bplab?.state().lesson === 4, null, { timeout: 30000 });
    await page.locator('#canvas').focus();
    await settle();
  });

  after(async () => { await opened?.close(); });

  it("'*', '(' and Shift+8 typed on the page open no lesson; 8, then 1 and 7, still do", async () => {
    const start = await view();
    await page.keyboard.type('*(');
    await page.keyboard.press('Shift+8');
    await page.keyboard.press('Shift+9');
    await settle();
    assert.deepEqual(await view(), start, 'a lesson key fired from another character');
    await page.keyboard.press('8');
    await page.waitForFunction(() => window.bplab.state().lesson === 8, null, { timeout: 10000 });
    await page.keyboard.press('1');
    await page.keyboard.press('7');
    await page.waitForFunction(() => window.bplab.state().lesson === 17, null, { timeout: 10000 });
    await page.evaluate(() => window.bplab.loadLesson(4));
    await settle();
  });

  it("'t' switches the theme on the page, but not when typed into a text field (nor does '*' open a lesson)", async () => {
    const theme = (await view()).theme;
    const other = theme === 'light' ? 'dark' : 'light';
    await page.keyboard.press('t');
    await page.waitForFunction((t) => window.bplab.state().view.theme === t, other, { timeout: 10000 });
    await page.keyboard.press('Shift+T');  // a chord of its own: not T
    await settle();
    assert.equal((await view()).theme, other, 'Shift+T switched the theme');

    await page.evaluate(() => window.bplab.openTab('graph'));
    await page.waitForFunction(() => window.bplab.state().view.tab === 'graph');
    await settle();
    const box = (await state()).view.graph_box;
    await page.mouse.click(box.left + 20, box.top + box.height / 2);
    await page.waitForFunction(() => window.bplab.state().view.keyboard_captured === true, null, { timeout: 15000 });
    const inField = await view();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('t*(8 t');  // a typo on purpose: Enter below leaves the graph as it was
    await settle();
    assert.deepEqual(await view(), inField, 'a key typed into the field acted on the app');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.bplab.state().graph.error !== null, null, { timeout: 10000 });
    await page.waitForFunction(() => window.bplab.state().view.keyboard_captured === false, null, { timeout: 10000 });
    await settle();
    assert.deepEqual(await view(), inField, 'Enter that left the field also stepped');
    await page.evaluate(() => window.bplab.setGraph('(x + y) * z', 'x = -2, y = 5, z = -4'));
    await page.evaluate(() => window.bplab.openTab('network'));
    await page.keyboard.press('t');  // out of the field the key works again
    await page.waitForFunction((t) => window.bplab.state().view.theme === t, theme, { timeout: 10000 });
    assert.deepEqual(opened.consoleErrors, []);
  });

  it('Space steps one event, Alt+3 opens lesson 13', async () => {
    const before = await view();
    await page.keyboard.press('Space');
    await page.waitForFunction((c) => window.bplab.state().cursor.index === c + 1, before.cursor, { timeout: 10000 });
    await page.keyboard.press('Alt+3');
    await page.waitForFunction(() => window.bplab.state().lesson === 13, null, { timeout: 10000 });
  });
});
