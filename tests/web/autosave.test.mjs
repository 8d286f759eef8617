// Autosave and restore (issue 18): the state is kept in localStorage a moment after it changes and when the page is
// hidden; after a reload "Restore your last session?" brings back the same weights; a link in the URL opens the link
// and keeps the offer (the saved session is not overwritten until the student changes something); a crashed module
// shows a banner whose "Reload and restore" brings the work back; without localStorage the lab still runs.
// run: node --test tests/web/autosave.test.mjs   (after ./build_wasm.sh)
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { nextFrames, openPage, sleep } from './page.mjs';

const slotKey = 'bplab.autosave.v1';
const state = (page) => page.evaluate(() => window.bplab.state());
// the slot's wrapper (src/app/autosave.h) and the state inside it, or null
const slot = (page) => page.evaluate((key) => {
  const text = localStorage.getItem(key);
  if (!text) return null;
  const saved = JSON.parse(text);
  return { ...saved, state: JSON.parse(saved.state) };
}, slotKey);
const ready = (page) => page.waitForFunction(() => window.bplab !== undefined, null, { timeout: 60000 });
// A fresh load of `url` (a goto to the same page with only another hash would not reload it).
async function load(page, url) {
  await page.goto('about:blank');
  await page.goto(url);
  await ready(page);
  await nextFrames(page);
}
// Trains at least `steps` updates, pauses, and waits for the throttled save of that state.
async function trainAndWaitForSave(page, steps) {
  await page.evaluate(() => window.bplab.play('train'));
  await page.waitForFunction((n) => window.bplab.state().steps >= n, steps, { timeout: 20000 });
  await page.evaluate(() => window.bplab.pause());
  const trained = await state(page);
  await page.waitForFunction(([key, n]) => {
    const text = localStorage.getItem(key);
    return text !== null && JSON.parse(text).steps === n;
  }, [slotKey, trained.steps], { timeout: 10000 });
  return trained;
}

describe('autosave and restore', () => {
  let page, close, base, consoleErrors;
  const restoredSteps = {};
  before(async () => ({ page, close, base, consoleErrors } = await openPage({ width: 1280, height: 800 })));
  after(async () => close && close());

  it('a fresh page offers nothing and writes nothing until something changes', async () => {
    const s = await state(page);
    assert.equal(s.view.autosave.on, true);
    assert.equal(s.view.autosave.offer, null);
    await sleep(2500);
    assert.equal(await slot(page), null, 'the lesson as it opens is nothing of the student\'s');
  });

  it('train, reload: the prompt shows what is saved; Enter restores the same weights', async () => {
    const before = await trainAndWaitForSave(page, 37);
    const saved = await slot(page);
    assert.equal(saved.lesson, 16);
    assert.deepEqual(saved.state.network, before.network, 'the slot holds the weights as trained');
    await page.reload();
    await ready(page);
    await nextFrames(page);
    const offered = await state(page);
    assert.equal(offered.view.autosave.offer.summary,
      `Lesson 16 · Backprop through the MLP — ${before.steps} steps, saved just now`);
    assert.equal(offered.view.autosave.offer.after_link, false);
    assert.notDeepEqual(offered.network, before.network, 'the page opened with the lesson\'s own weights');
    assert.equal(offered.view.keyboard_captured, true, 'the prompt is modal: the lab\'s keys wait for the answer');
    await page.locator('#canvas').focus();
    await page.keyboard.press('Enter');
    await nextFrames(page);
    const after = await state(page);
    assert.equal(after.view.autosave.offer, null);
    assert.deepEqual(after.network, before.network, 'the restored weights are the saved ones');
    assert.equal(after.lesson, 16);
    assert.deepEqual(after.config, before.config);
    restoredSteps.enter = [after.steps, before.steps];
  });

  it('a link in the URL opens the link and keeps the offer; the saved session stays until a change', async () => {
    const before = await trainAndWaitForSave(page, 41);
    await load(page, `${base}#lesson=3`);
    const opened = await state(page);
    assert.equal(opened.lesson, 3, 'the link takes precedence');
    assert.equal(opened.view.autosave.offer.after_link, true);
    assert.match(opened.view.autosave.offer.summary, new RegExp(`^Lesson 16 · .* — ${before.steps} steps, saved`));
    assert.equal(opened.view.keyboard_captured, false, 'the link\'s lab stays usable beside the offer');
    await page.evaluate(() => { window.bplab.saveSession(); });  // page hide: still nothing new to save
    await sleep(2500);
    assert.equal((await slot(page)).lesson, 16, 'opening the link did not overwrite the saved session');
    // the student works in the link's state: that is now what is kept; the offer still brings the old one back
    await page.evaluate(() => window.bplab.step('batch'));
    await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).lesson === 3, slotKey, { timeout: 10000 });
    assert.deepEqual(await page.evaluate(() => window.bplab.restoreSession()), []);
    const restored = await state(page);
    assert.equal(restored.lesson, 16);
    assert.deepEqual(restored.network, before.network);
    assert.equal(restored.view.autosave.offer, null);
    restoredSteps.link = [restored.steps, before.steps];
  });

  it('"Start fresh" (Esc) keeps the lesson and the saved session until something changes', async () => {
    const saved = (await trainAndWaitForSave(page, 12)).network;
    await load(page, base);
    assert.ok((await state(page)).view.autosave.offer);
    await page.locator('#canvas').focus();
    await page.keyboard.press('Escape');
    await nextFrames(page);
    const fresh = await state(page);
    assert.equal(fresh.view.autosave.offer, null);
    assert.equal(fresh.steps, 0);
    assert.notDeepEqual(fresh.network, saved);
    await sleep(2500);
    assert.deepEqual((await slot(page)).state.network, saved);
  });

  for (const [kind, error] of [['memory', /RuntimeError: memory access out of bounds/], ['trap', /RuntimeError: unreachable/],
    ['abort', /abort/]]) {
    it(`a crash of the module (${kind}) shows the banner; "Reload and restore" brings the work back`, async () => {
      await load(page, base);
      await page.evaluate(() => window.bplab.dismissSession());
      const before = await trainAndWaitForSave(page, 23);
      await page.evaluate((k) => window.bplab.testCrash(k), kind);
      await page.waitForSelector('#bplab-crash:not([hidden])', { timeout: 10000 });
      const text = await page.textContent('#bplab-crash-text');
      assert.match(text, /^Backprop Lab stopped \(error: /);
      assert.match(text, error);
      assert.match(text, /Your work up to \d{1,2}:\d{2}:\d{2}.* is saved\./);
      const frames = await page.evaluate(() => window.bplab.frameTimes().frames);
      await sleep(300);
      assert.equal(await page.evaluate(() => window.bplab.frameTimes().frames), frames, 'the frame loop is dead');
      await Promise.all([page.waitForNavigation(), page.click('#bplab-crash-restore')]);
      await ready(page);
      await nextFrames(page);
      const after = await state(page);
      assert.equal(after.view.autosave.offer, null, 'restored without asking');
      assert.deepEqual(after.network, before.network);
      assert.equal(await page.isHidden('#bplab-crash'), true);
    });
  }

  it('a frame loop that stops without an error is noticed too', async () => {
    await load(page, base);
    await page.evaluate(() => window.bplab.dismissSession());
    await page.evaluate(() => Module.pauseMainLoop());
    await page.waitForSelector('#bplab-crash:not([hidden])', { timeout: 10000 });
    assert.match(await page.textContent('#bplab-crash-text'), /the frame loop stopped/);
  });

  // export → import restores the run's counters, so a restored session goes on at the step it was saved at
  it('the restored session has the saved step count', () => {
    for (const route of ['enter', 'link']) {
      const [restored, saved] = restoredSteps[route] ?? [];
      assert.ok(saved > 0, `${route}: steps were trained before the reload (${saved})`);
      assert.equal(restored, saved, `${route}: the restored step count`);
    }
  });
});

describe('autosave without storage', () => {
  it('localStorage that throws (private mode, file://) still loads and runs the lab', async () => {
    const { page, close, consoleErrors } = await openPage({
      initScript: () => {
        const refuse = () => { throw new DOMException('storage is disabled', 'SecurityError'); };
        Object.defineProperty(window, 'localStorage', { get: refuse, configurable: true });
        Object.defineProperty(window, 'sessionStorage', { get: refuse, configurable: true });
      },
    });
    try {
      const s = await page.evaluate(() => window.bplab.state());
      assert.match(s.view.autosave.error, /storage is unavailable/);
      assert.equal(s.view.autosave.offer, null);
      await page.evaluate(() => window.bplab.play('train'));
      await page.waitForFunction(() => window.bplab.state().steps >= 15, null, { timeout: 20000 });
      await page.evaluate(() => { window.bplab.pause(); window.bplab.saveSession(); });
      await sleep(2500);
      await nextFrames(page);
      const after = await page.evaluate(() => window.bplab.state());
      assert.ok(after.steps >= 15, `steps ${after.steps}`);
      assert.match(after.view.autosave.error, /refused/);
      assert.equal(await page.isHidden('#bplab-crash'), true);
      assert.deepEqual(consoleErrors, []);
    } finally {
      await close();
    }
  });
});
