// Browser tests of lecture mode (issue 5): every lesson opens (from the URL and from the JS API) with its caption
// and no console error; a link round-trips the state through a reload; an iframe's hide= leaves those places out;
// a bad field in the URL shows a notice while the rest applies; presentation mode (once "projector mode") and the
// themes.
// Needs the built page (./build_wasm.sh). run: node --test tests/web/
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { nextFrames, openPage } from './page.mjs';

describe('lecture mode', () => {
  let opened, page, base;
  const state = () => page.evaluate(() => window.bplab.state());
  // Navigates to base#hash and waits until the app shows `lesson`.
  const openHash = async (hash, lesson) => {
    await page.goto(`${base}#${hash}`);
    await page.waitForFunction((n) => window.bplab?.state().lesson === n, lesson, { timeout: 30000 });
    return state();
  };
  const relevant = (s) => ({ lesson: s.lesson, config: s.config, steps: s.steps, epoch: s.epoch,
    cursor: s.cursor.index, event: s.cursor.event, network: s.network });

  before(async () => {
    opened = await openPage({ width: 1280, height: 800 });
    page = opened.page;
    base = page.url().replace(/#.*$/, '');
  });

  after(async () => { await opened?.close(); });

  it('every lesson opens from the JS API with its caption and title, and no console error', async () => {
    const lessons = await page.evaluate(() => {
      const seen = [];
      for (let n = 1; n <= 17; n++) {
        window.bplab.loadLesson(n);
        const s = window.bplab.state();
        seen.push({ n, lesson: s.lesson, caption: s.caption, steps: s.steps, cursor: s.cursor.index });
      }
      return seen;
    });
    for (const l of lessons) {
      assert.equal(l.lesson, l.n);
      assert.ok(l.caption.length > 40, `lesson ${l.n} caption: ${JSON.stringify(l.caption)}`);
      assert.equal(l.steps, 0);
      assert.equal(l.cursor, -1);
    }
    assert.equal(new Set(lessons.map((l) => l.caption)).size, 17, 'each lesson has its own caption');
    await nextFrames(page);
    assert.deepEqual(opened.consoleErrors, []);
    const error = await page.evaluate(() => { try { window.bplab.loadLesson(18); } catch (e) { return e.message; } });
    assert.match(error, /bplab\.loadLesson: no lesson 18/);
    const typo = await page.evaluate(() => { try { window.bplab.loadLesson(2.5); } catch (e) { return e.message; } });
    assert.match(typo, /bplab\.loadLesson: want a lesson number such as 3/);
    await page.evaluate(() => window.bplab.loadLesson('xor'));
    assert.equal((await state()).lesson, 3);
  });

  it('every lesson opens from the URL (#lesson=N) with no console error', async () => {
    for (let n = 1; n <= 17; n++) {
      const s = await openHash(`lesson=${n}`, n);
      assert.ok(s.caption.length > 40, `lesson ${n}`);
      assert.deepEqual(s.view.notices, [], `lesson ${n}: ${s.view.notices}`);
    }
    await nextFrames(page);
    assert.deepEqual(opened.consoleErrors, []);
  });

  it('lesson 13 opens the exact two-parameter regression surface (not a projection); other lessons the network plane', async () => {
    const exact = (surface) => {
      assert.equal(surface.mode, 'exact', JSON.stringify(surface));
      assert.equal(surface.problem, 'linear_regression');
      assert.equal(surface.experiment, 'learning_rate');
    };
    await page.evaluate(() => window.bplab.loadLesson(16));
    await page.evaluate(() => window.bplab.loadLesson(13));
    await nextFrames(page);
    let { surface } = await state();
    exact(surface);
    assert.equal(surface.open, true, 'the lesson shows its loss-surface tab');
    await page.waitForFunction(() => window.bplab.state().surface.complete, null, { timeout: 30000 });
    assert.equal((await state()).surface.banner, '', 'the good α does not diverge');

    await page.evaluate(() => window.bplab.loadLesson(16));
    await nextFrames(page);
    ({ surface } = await state());
    assert.equal(surface.mode, 'random');
    assert.equal(surface.span, 1);

    exact((await openHash('lesson=13', 13)).surface);  // a link to the lesson too
  });

  it('PageDown / PageUp and number keys move between lessons; two digits make 10–17', async () => {
    await openHash('lesson=4', 4);
    await page.locator('#canvas').focus();
    const waitLesson = (n) => page.waitForFunction((x) => window.bplab.state().lesson === x, n, { timeout: 10000 });
    await page.keyboard.press('PageDown');
    await waitLesson(5);
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');
    await waitLesson(3);
    await page.keyboard.press('8');
    await waitLesson(8);
    await page.keyboard.press('1');
    await page.keyboard.press('7');
    await waitLesson(17);
    await page.keyboard.press('Alt+2');
    await waitLesson(12);
  });

  const walk = (title, hash, size) => it(title, async () => {
    // The lessons whose subject lives in another tab of the network area; every other lesson shows the network.
    const own = { 6: 'capacity', 13: 'surface', 15: 'graph', 17: 'digits' };
    const expected = (n) => own[n] ?? 'network';
    await page.setViewportSize(size);
    await openHash(hash, 1);
    await page.locator('#canvas').focus();
    const arrive = async (n) => {
      await page.waitForFunction((x) => window.bplab.state().lesson === x, n, { timeout: 10000 });
      await nextFrames(page);  // a lesson selects its tab in the frame after it opens
      await nextFrames(page);
      return (await state()).view.tab;
    };
    const seen = [];
    for (let n = 2; n <= 17; n++) {
      await page.keyboard.press('PageDown');
      seen.push([n, await arrive(n)]);
    }
    for (let n = 16; n >= 1; n--) {
      await page.keyboard.press('PageUp');
      seen.push([n, await arrive(n)]);
    }
    for (const [n, tab] of seen) assert.equal(tab, expected(n), `lesson ${n} shows the ${tab} tab`);
    // the JS API's route too, from the lesson whose tab is the loss surface
    await page.evaluate(() => window.bplab.loadLesson(13));
    assert.equal(await arrive(13), 'surface');
    await page.evaluate(() => window.bplab.loadLesson(16));
    assert.equal(await arrive(16), 'network');
    // what a fresh link to each lesson shows, in the same mode
    for (const n of [13, 15, 17, 1]) {
      const fresh = await openHash(hash.replace('lesson=1', `lesson=${n}`), n);
      await nextFrames(page);
      await nextFrames(page);
      assert.equal((await state()).view.tab, expected(n), `a fresh #lesson=${n} shows ${fresh.view.tab}`);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });
  walk('walking lessons 1→17 with PageDown and back with PageUp shows each lesson its own tab, as its link does',
       'lesson=1', { width: 1280, height: 800 });
  walk('the same walk at 1024×768 in presentation mode: each lesson its own tab, controls and loss away',
       'lesson=1&proj=1', { width: 1024, height: 768 });

  it('a copied link reopens the same state after a reload (α, hidden layers, weight edit, steps, cursor)', async () => {
    const notices = await page.evaluate(() => window.bplab.setHash('lesson=16&alpha=0.07&hidden=3,2&seed=11'));
    assert.deepEqual(notices, []);
    await page.evaluate(() => {
      window.bplab.editWeight(2, 1, 2, 0.625);  // Θ⁽²⁾₁₂ before training: part of the starting weights
      window.bplab.step('batch');
      window.bplab.step('batch');
      for (let k = 0; k < 5; k++) window.bplab.step('event');
    });
    const before = await state();
    assert.equal(before.config.hidden.join(','), '3,2');
    assert.ok(before.steps >= 3 && before.cursor.index >= 0, `steps ${before.steps}, cursor ${before.cursor.index}`);
    const link = await page.evaluate(() => window.bplab.copyLink());
    assert.match(link, /^lesson=16&/);
    assert.match(link, /alpha=0\.07/);
    assert.match(link, /w=/);
    assert.equal(new URL(page.url()).hash, `#${link}`, 'Copy link puts the state in the address bar');
    await page.reload();
    await page.waitForFunction((n) => window.bplab?.state().steps === n, before.steps, { timeout: 30000 });
    const after = await state();
    assert.deepEqual(relevant(after), relevant(before));
    assert.deepEqual(after.view.notices, []);
  });

  it('a weight typed during training gives a link that starts from the current weights', async () => {
    await page.evaluate(() => {
      window.bplab.setHash('lesson=3');
      window.bplab.play('train');
    });
    await page.waitForFunction(() => window.bplab.state().steps >= 20, null, { timeout: 30000 });
    await page.evaluate(() => { window.bplab.pause(); window.bplab.editWeight(1, 2, 0, -1.5); });
    const before = await state();
    const link = await page.evaluate(() => window.bplab.copyLink());
    await page.reload();
    await page.waitForFunction(() => window.bplab?.state().lesson === 3, null, { timeout: 30000 });
    const after = await state();
    assert.deepEqual(after.network, before.network, link);
    assert.equal(after.steps, 0);
  });

  it('an invalid field shows a notice and the rest applies', async () => {
    const s = await openHash('lesson=11&alpha=banana&seed=9&hidden=5', 11);
    assert.equal(s.view.notices.length, 1, JSON.stringify(s.view.notices));
    assert.match(s.view.notices[0], /'alpha' must be a number/);
    assert.equal(s.config.seed, 9);
    assert.deepEqual(s.config.hidden, [5]);
    const unknown = await openHash('lesson=2&hide=bogus&theme=purple', 2);
    assert.equal(unknown.view.notices.length, 2, JSON.stringify(unknown.view.notices));
    assert.deepEqual(unknown.view.hidden, []);
  });

  it('an iframe with #lesson=3&hide=controls,loss leaves those places out and gives the room to the rest', async () => {
    await page.route('**/embed.html', (route) => route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><body style="margin:0"><iframe id="lab" src="index.html#lesson=3&hide=controls,loss" ' +
            'width="900" height="560" style="border:0"></iframe></body>',
    }));
    await page.goto(new URL('embed.html', base).href);
    const frame = await (await page.waitForSelector('#lab')).contentFrame();
    await frame.waitForFunction(() => window.bplab?.state().lesson === 3, null, { timeout: 30000 });
    await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const s = await frame.evaluate(() => window.bplab.state());
    assert.deepEqual(s.view.hidden, ['controls', 'loss']);
    const { layout } = s.view;
    assert.equal(layout.controls.w * layout.controls.h, 0);
    assert.equal(layout.loss.w * layout.loss.h, 0);
    assert.equal(layout.network.x, 0, 'the centre column starts at the left edge');
    assert.ok(layout.data.x + layout.data.w >= 899, 'the data view reaches the right edge');
    assert.ok(s.view.plot.size > 200, `plot ${JSON.stringify(s.view.plot)}`);
    await page.goto(base);
    await page.waitForFunction(() => window.bplab !== undefined, null, { timeout: 30000 });
  });

  it('inside a slide iframe a click gives the lab the keys: Space and → step it and never scroll the host page', async () => {
    await page.route('**/slide.html', (route) => route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><body style="margin:0"><h1>Slide</h1><iframe id="lab" ' +
            'src="index.html#lesson=16&hide=controls,loss" width="900" height="560" style="border:0"></iframe>' +
            '<div style="height:3000px">the rest of the deck</div></body>',
    }));
    await page.goto(new URL('slide.html', base).href);
    const frame = await (await page.waitForSelector('#lab')).contentFrame();
    await frame.waitForFunction(() => window.bplab?.state().lesson === 16, null, { timeout: 30000 });
    await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const box = await (await page.$('#lab')).boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    assert.equal(await frame.evaluate(() => window.bplab.state().cursor.index), -1);
    for (const key of ['Space', 'Space', 'ArrowRight']) {
      await page.keyboard.press(key);
      await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    }
    assert.equal(await frame.evaluate(() => window.bplab.state().cursor.index), 2, 'three events stepped');
    assert.equal(await page.evaluate(() => window.scrollY), 0, 'the host page did not scroll');
    await page.goto(base);
    await page.waitForFunction(() => window.bplab !== undefined, null, { timeout: 30000 });
  });

  it('projector text: the step bar fits its place (the ? button at the right is not cut off, no row is hidden)', async () => {
    const cases = [[1280, 800, 1.5], [1280, 800, 2], [1280, 800, 2.5], [1024, 768, 1.5], [1024, 768, 2], [1024, 768, 2.5]];
    for (const [width, height, scale] of cases) {
      await page.setViewportSize({ width, height });
      await page.evaluate((s) => { window.bplab.setProjector(true, s); window.bplab.step('event'); }, scale);
      await nextFrames(page);
      await nextFrames(page);  // the layout takes the height the bar measured in the frame before
      const { view } = await state();
      const where = `${width}×${height} at ${scale}×: ${JSON.stringify(view.step_bar)} in ${JSON.stringify(view.layout.steps)}`;
      assert.ok(view.step_bar.right > 0 && view.step_bar.right <= view.layout.steps.w, where);
      assert.ok(view.step_bar.height <= view.layout.steps.h + 0.5, where);
    }
    await page.evaluate(() => window.bplab.setProjector(false));
    await page.setViewportSize({ width: 1280, height: 800 });
    await nextFrames(page);
  });

  it('projector mode (URL flag and JS API) enlarges the text and turns the light theme on; the theme is selectable', async () => {
    const s = await openHash('lesson=9&proj=1', 9);
    assert.equal(s.view.projector, true);
    assert.equal(s.view.theme, 'light');
    await nextFrames(page);
    const big = (await state()).view;
    assert.ok(big.content_scale >= 1.5, 'formulas and node values at least 1.5×');
    assert.ok(big.text_scale < big.content_scale, 'the chrome stays smaller than the content');
    assert.equal(big.controls_shown, false, 'the controls place is away');
    await page.locator('#canvas').focus();
    // the layout follows in the frame after the key's
    const controls = (shown) => page.waitForFunction((x) => window.bplab.state().view.controls_shown === x, shown,
                                                     { timeout: 5000 });
    // an earlier test reloaded the page: the restore prompt (modal, it holds the keys) would take the C
    await page.evaluate(() => window.bplab.dismissSession?.());
    await nextFrames(page);
    await page.keyboard.press('c');
    await controls(true);  // C brings the controls back
    await page.keyboard.press('c');
    await controls(false);  // and takes them away again
    await page.evaluate(() => window.bplab.setTheme('dark'));
    assert.equal((await state()).view.theme, 'dark');
    await page.evaluate(() => window.bplab.setProjector(false));
    await nextFrames(page);
    const off = await state();
    assert.equal(off.view.projector, false);
    assert.equal(off.view.text_scale, 1);
    assert.equal(off.view.content_scale, 1);
    assert.equal(off.view.controls_shown, true);
    const error = await page.evaluate(() => { try { window.bplab.setProjector(true, 9); } catch (e) { return e.message; } });
    assert.match(error, /scale must be a number in \[1\.5, 2\.5\]/);
    assert.deepEqual(opened.consoleErrors, []);
  });
});
