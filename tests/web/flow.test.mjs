// Browser tests of the lecture flow (issue 13, items 1, 3, 6 and 7): lesson 17 opens the same — untrained, paused —
// by the URL, the JS API, the keys and an import; inside a slide's iframe focus=1 gives the lab the keys at load
// (Space and → step it, the host page never scrolls) and a hint says when the keys are not the lab's; a link
// carries the network area's tab, the loss-surface experiment and the cursor into a new page; a refused import is
// said in the notice bar; a first visit shows the "start here" card, which "Got it" dismisses for good and which a
// link never shows. Needs the built page (./build_wasm.sh). run: node --test tests/web/flow.test.mjs
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { nextFrames, openPage, sleep } from './page.mjs';

const ready = (page) => page.waitForFunction(() => window.bplab !== undefined, null, { timeout: 60000 });

describe('lecture flow', () => {
  let opened, page, base;
  const state = () => page.evaluate(() => window.bplab.state());
  const open = async (hash) => {
    await page.goto(`${base}#${hash}`);
    await ready(page);
    await nextFrames(page);
  };

  before(async () => {
    opened = await openPage({ width: 1280, height: 800 });
    page = opened.page;
    base = page.url().replace(/#.*$/, '');
  });

  after(async () => { await opened?.close(); });

  it('lesson 17 opens untrained and paused by every route, ready to train fast on Play', async () => {
    const start = (s, route) => {
      assert.equal(s.lesson, 17, route);
      assert.equal(s.steps, 0, `${route}: untrained`);
      assert.equal(s.playing, false, `${route}: paused`);
      assert.equal(s.view.steps_per_frame, 25, `${route}: the digits lesson's training speed`);
      assert.equal(s.view.tab, 'digits', route);
    };
    await open('lesson=17');
    await sleep(500);  // a lesson that trained itself would have moved by now
    start(await state(), 'the URL');
    await open('lesson=16');
    await page.evaluate(() => window.bplab.loadLesson(17));
    await nextFrames(page);
    await sleep(500);
    start(await state(), 'bplab.loadLesson');
    await page.evaluate(() => window.bplab.loadLesson(16));
    await page.keyboard.press('PageDown');
    await page.waitForFunction(() => window.bplab.state().lesson === 17, null, { timeout: 10000 });
    await nextFrames(page);
    await sleep(500);
    start(await state(), 'PageDown');
    const exported = await page.evaluate(() => window.bplab.exportState());
    await page.evaluate(() => window.bplab.loadLesson(3));
    assert.deepEqual(await page.evaluate((text) => window.bplab.importState(text), exported), []);
    await nextFrames(page);
    start(await state(), 'an import');
    // and another lesson gets its own speed back
    await page.evaluate(() => window.bplab.loadLesson(3));
    assert.equal((await state()).view.steps_per_frame, 5);
  });

  it('a link carries the tab, the loss-surface experiment and its 3-D camera, and the cursor into a new page', async () => {
    await open('lesson=13');
    assert.equal(await page.evaluate(() => window.bplab.surfaceView('race,3d,start=1.5:-1,yaw=0.75,pitch=1.1,dist=4')), true);
    await page.evaluate(() => { for (let k = 0; k < 4; k++) window.bplab.step('event'); });
    await nextFrames(page);
    const before = await state();
    assert.equal(before.view.tab, 'surface');
    assert.match(before.view.surface_view, /race.*start=1.5:-1.*3d,yaw=0.75,pitch=1.1,dist=4/);
    const link = await page.evaluate(() => window.bplab.link());
    assert.doesNotMatch(link, /tab=/, "the surface is lesson 13's own tab: not written");
    assert.match(link, /surf=/);
    const other = await page.context().newPage();
    await other.goto(`${base}#${link}`);
    await ready(other);
    await other.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const after = await other.evaluate(() => window.bplab.state());
    assert.equal(after.lesson, 13);
    assert.equal(after.view.tab, 'surface');
    assert.equal(after.view.surface_view, before.view.surface_view);
    assert.equal(after.surface.view, '3d');
    assert.equal(after.cursor.index, before.cursor.index);
    assert.equal(after.steps, before.steps);
    assert.deepEqual(after.view.notices, []);
    await other.close();
    // the graph tab of lesson 16 too; and a lesson's own tab is not written
    await open('lesson=16');
    await page.evaluate(() => window.bplab.openTab('surface'));
    await nextFrames(page);
    const surfaceLink = await page.evaluate(() => window.bplab.link());
    assert.match(surfaceLink, /tab=surface/);
    await open('lesson=3');
    await open(surfaceLink);
    assert.equal((await state()).view.tab, 'surface', 'a tab that is not the lesson\'s own reopens too');
    await open('lesson=15');
    assert.doesNotMatch(await page.evaluate(() => window.bplab.link()), /tab=/);
  });

  it('an exported State JSON reopens the tab, the loss-surface experiment and the cursor', async () => {
    await open('lesson=13');
    assert.equal(await page.evaluate(() => window.bplab.surfaceView('race,start=1.5:-1')), true);
    await page.evaluate(() => { window.bplab.step('event'); for (let k = 0; k < 4; k++) window.bplab.step('event'); });
    await nextFrames(page);
    const before = await state();
    const text = await page.evaluate(() => window.bplab.exportState());
    assert.equal(JSON.parse(text).display.tab, 'surface');
    await open('lesson=3');
    assert.deepEqual(await page.evaluate((t) => window.bplab.importState(t), text), []);
    await nextFrames(page);
    await nextFrames(page);
    const after = await state();
    assert.equal(after.lesson, 13);
    assert.equal(after.view.tab, 'surface');
    assert.equal(after.view.surface_view, before.view.surface_view);
    assert.equal(after.cursor.index, before.cursor.index);
    assert.equal(after.steps, before.steps);
    // lesson 16 with the surface tab opened by hand: a tab that is not the lesson's own comes back too
    await open('lesson=16');
    await page.evaluate(() => window.bplab.openTab('surface'));
    await nextFrames(page);
    const other = await page.evaluate(() => window.bplab.exportState());
    await open('lesson=2');
    assert.deepEqual(await page.evaluate((t) => window.bplab.importState(t), other), []);
    await nextFrames(page);
    await nextFrames(page);
    assert.equal((await state()).view.tab, 'surface');
  });

  it('a refused import is said in the notice bar at the top, and the lab stays as it was', async () => {
    await open('lesson=3&steps=7');
    const problems = await page.evaluate(() => window.bplab.importState('{"lesson": 3, "theta": [[1, 2'));
    assert.ok(problems.length > 0);
    const s = await state();
    assert.equal(s.steps, 7);
    assert.match(s.view.notices[0], /^nothing imported: /);
    await page.screenshot({ path: '/tmp/flow-import-refused.png' });
  });
});

describe('inside a slide', () => {
  let opened, page, base;
  before(async () => {
    opened = await openPage({ width: 1100, height: 700 });
    page = opened.page;
    base = page.url().replace(/#.*$/, '');
  });
  after(async () => { await opened?.close(); });

  const slide = async (hash) => {
    await page.route('**/slide.html', (route) => route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><body style="margin:0"><h1>Slide</h1><iframe id="lab" ' +
            `src="index.html#${hash}" width="900" height="560" style="border:0"></iframe>` +
            '<div style="height:3000px">the rest of the deck</div></body>',
    }));
    await page.goto(new URL('slide.html', base).href);
    const frame = await (await page.waitForSelector('#lab')).contentFrame();
    await frame.waitForFunction(() => window.bplab?.state().lesson === 16, null, { timeout: 60000 });
    await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.unroute('**/slide.html');
    return frame;
  };
  const hint = (frame) => frame.evaluate(() => !document.getElementById('focus-hint').hidden);

  it('focus=1: the lab has the keys at load; Space and → step it, the host page stays put, no hint', async () => {
    const frame = await slide('lesson=16&hide=controls,loss&focus=1');
    assert.equal(await frame.evaluate(() => document.activeElement.id), 'canvas');
    assert.equal(await hint(frame), false);
    assert.deepEqual(await frame.evaluate(() => window.bplab.state().view.notices), [], 'focus=1 is no notice');
    for (const key of ['Space', 'Space', 'ArrowRight']) {
      await page.keyboard.press(key);
      await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    }
    assert.equal(await frame.evaluate(() => window.bplab.state().cursor.index), 2, 'three events stepped');
    assert.equal(await page.evaluate(() => window.scrollY), 0, 'the host page did not scroll');
    const outline = await frame.evaluate(() => getComputedStyle(document.getElementById('canvas')).outlineStyle);
    assert.equal(outline, 'solid', 'a thin outline says the lab has the keys');
  });

  it('without focus=1 the hint shows until a click gives the lab the keys', async () => {
    const frame = await slide('lesson=16&hide=controls,loss');
    assert.equal(await hint(frame), true);
    await page.screenshot({ path: '/tmp/flow-iframe-hint.png' });
    const box = await (await page.$('#lab')).boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    assert.equal(await hint(frame), false);
    await page.keyboard.press('Space');
    await frame.waitForFunction(() => window.bplab.state().cursor.index === 0, null, { timeout: 10000 });
    assert.equal(await page.evaluate(() => window.scrollY), 0);
    await page.mouse.click(5, 5);  // back to the host: the hint again
    assert.equal(await hint(frame), true);
  });
});

describe('first visit', () => {
  let opened, page, base;
  const card = () => page.evaluate(() => window.bplab.state().view.autosave.start_card);
  before(async () => {
    opened = await openPage({ width: 1280, height: 800, firstVisit: true });
    page = opened.page;
    base = page.url().replace(/#.*$/, '');
    await nextFrames(page);
  });
  after(async () => { await opened?.close(); });

  it('fresh storage shows the card; "Got it" dismisses it for good; Space steps beneath it', async () => {
    const shown = await card();
    assert.ok(shown && shown.button.w > 0, JSON.stringify(shown));
    await page.screenshot({ path: '/tmp/flow-start-card-1280.png' });
    await page.mouse.click(shown.button.x + shown.button.w / 2, shown.button.y + shown.button.h / 2);
    await nextFrames(page);
    assert.equal(await card(), null);
    assert.equal(await page.evaluate(() => localStorage.getItem('bplab.start-card.v1')), 'dismissed');
    await page.goto(base);
    await ready(page);
    await nextFrames(page);
    assert.equal(await page.evaluate(() => window.bplab.state().view.autosave.offer), null, 'nothing was saved');
    assert.equal(await card(), null, 'remembered');
    // the card takes no keys: with it up, Space steps
    await page.evaluate(() => localStorage.removeItem('bplab.start-card.v1'));
    await page.goto(base);
    await ready(page);
    await nextFrames(page);
    assert.ok(await card());
    await page.locator('#canvas').focus();  // as after a click: the keys go to the lab, not to the document
    await nextFrames(page);
    await page.keyboard.press('Space');
    await page.waitForFunction(() => window.bplab.state().cursor.index === 0, null, { timeout: 10000 });
    // a link opened later (a pasted lesson) puts the card away
    await page.evaluate(() => window.bplab.setHash('lesson=2'));
    await nextFrames(page);
    assert.equal(await card(), null);
  });

  it('never when the URL names a lesson, nor beside the restore prompt', async () => {
    await page.evaluate(() => localStorage.clear());
    await page.goto('about:blank');
    await page.goto(`${base}#lesson=3`);
    await ready(page);
    await nextFrames(page);
    assert.equal(await card(), null, '#lesson=3');
    // a saved session: the restore prompt, no card
    await page.evaluate(() => { window.bplab.step('event'); window.bplab.saveSession(); });
    await page.evaluate(() => localStorage.removeItem('bplab.start-card.v1'));
    await page.goto('about:blank');
    await page.goto(base);
    await ready(page);
    await nextFrames(page);
    const s = await page.evaluate(() => window.bplab.state().view.autosave);
    assert.ok(s.offer, 'the restore prompt is up');
    assert.equal(s.start_card, null);
  });

  it('on a touch screen the card speaks of taps', async () => {
    const phone = await openPage({ width: 390, height: 844, touch: true, firstVisit: true });
    try {
      await nextFrames(phone.page);
      assert.ok(await phone.page.evaluate(() => window.bplab.state().view.autosave.start_card));
      await phone.page.screenshot({ path: '/tmp/flow-start-card-390.png' });
    } finally {
      await phone.close();
    }
  });
});
