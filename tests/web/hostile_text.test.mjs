// Hostile sizes and hostile timing, where they once killed the page (issue 18): huge texts through the JS API and
// the file picker ("memory access out of bounds" from a string copied onto the 5 MiB wasm stack), and lessons
// switched faster than the network view's thumbnails refresh (a unit index past the old network's images).
// After each, the page must be alive: bplab.state() answers, frames keep coming and Space still steps.
// run: node --test tests/web/hostile_text.test.mjs   (BPLAB_SITE=dir for another build of the page)
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nextFrames, openPage } from './page.mjs';

const frames = (page) => page.evaluate(() => window.bplab.frameTimes().frames);

// Alive: no uncaught error since `errorsBefore`, state() answers, the frame counter moves, and Space (focus on the
// canvas) moves the cursor of the lesson it opens.
async function assertAlive(opened, errorsBefore = 0) {
  const { page, consoleErrors } = opened;
  assert.deepEqual(consoleErrors.slice(errorsBefore).filter((e) => /out of bounds|RuntimeError|uncaught|abort/i.test(e)), []);
  const before = await frames(page);
  await nextFrames(page);
  await nextFrames(page);
  assert.ok(await frames(page) > before, 'the frame counter stopped');
  await page.evaluate(() => window.bplab.loadLesson(16));
  await nextFrames(page);
  const index = (await page.evaluate(() => window.bplab.state())).cursor.index;
  await page.locator('#canvas').focus();
  await page.keyboard.press('Space');
  await nextFrames(page);
  assert.notEqual((await page.evaluate(() => window.bplab.state())).cursor.index, index, 'Space did not step');
}

describe('hostile text sizes', () => {
  let opened, page;
  before(async () => { opened = await openPage({ width: 1280, height: 800 }); page = opened.page; });
  after(async () => { await opened?.close(); });

  it('importState of 1.31 M characters reaches the parser through the heap and is refused as JSON', async () => {
    const problems = await page.evaluate(() => window.bplab.importState('x'.repeat(1310720)));
    assert.equal(problems.length, 1);
    assert.match(problems[0], /not valid JSON/);
    await assertAlive(opened);
  });

  it('importState of 20 M characters is refused by its size, and nothing changes', async () => {
    await page.evaluate(() => { window.bplab.loadLesson(3); window.bplab.step('epoch'); });
    const before = await page.evaluate(() => window.bplab.exportState());
    const problems = await page.evaluate(() => window.bplab.importState('x'.repeat(20 * 1024 * 1024)));
    assert.deepEqual(problems, ['the file is 20 MB; the limit is 16 MB']);
    assert.equal(await page.evaluate(() => window.bplab.exportState()), before, 'the lab changed');
    await assertAlive(opened);
  });

  it('setGraph with 1.4 M characters is refused by its size and keeps the graph', async () => {
    await page.evaluate(() => window.bplab.setGraph('(x + y) * z', 'x = -2, y = 5, z = -4'));
    const graphBefore = (await page.evaluate(() => window.bplab.state())).graph;
    const error = await page.evaluate(() => window.bplab.setGraph('x'.repeat(1400000), 'x = 1'));
    assert.equal(error.in, 'expression');
    assert.match(error.message, /^the expression is 1\.3 MB; the limit is 4,000 bytes$/);
    const variables = await page.evaluate(() => window.bplab.setGraph('x', 'x = ' + '1'.repeat(1400000)));
    assert.equal(variables.in, 'variables');
    assert.deepEqual((await page.evaluate(() => window.bplab.state())).graph, graphBefore);
    await assertAlive(opened);
  });

  it('a link over its limit in UTF-8 bytes is refused with its size', async () => {
    const before = await page.evaluate(() => window.bplab.exportState());
    // 'é' is two bytes in UTF-8: 600,000 of them are over the 1 MiB limit although the string is not
    const notices = await page.evaluate(() => window.bplab.setHash('lesson=3&x=' + 'é'.repeat(600000)));
    assert.deepEqual(notices, ['Link not opened: nothing in it could be used, so the lab is as it was.',
      'the link is 1,200,011 bytes long (UTF-8); a link may have at most 1,048,576']);
    assert.equal(await page.evaluate(() => window.bplab.exportState()), before, 'the lab changed');
    await assertAlive(opened);
  });

  it('the Import… file picker checks a 20 MB file\'s size before reading it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bplab-hostile-'));
    const file = path.join(dir, 'huge.json');
    fs.writeFileSync(file, Buffer.alloc(20 * 1024 * 1024, 0x20));
    try {
      const before = await page.evaluate(() => window.bplab.exportState());
      // The picker is made by the Import… button (Module.bplabPickImport): made here without opening a dialog,
      // and its answer recorded on the way to the app.
      await page.evaluate(() => {
        HTMLInputElement.prototype.click = function () {};
        Module.bplabPickImport();
        const importFile = window.bplab.importFile;
        window.bplab.importFile = async (picked) => (window.pickedProblems = await importFile(picked));
      });
      await page.setInputFiles('#bplab-import', file);
      await page.waitForFunction(() => window.pickedProblems !== undefined, null, { timeout: 20000 });
      assert.deepEqual(await page.evaluate(() => window.pickedProblems), ['the file is 20 MB; the limit is 16 MB']);
      assert.equal(await page.evaluate(() => window.bplab.exportState()), before, 'the lab changed');
      await assertAlive(opened);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('lessons switched faster than the thumbnails refresh', () => {
  let opened, page;
  before(async () => { opened = await openPage({ width: 1280, height: 800 }); page = opened.page; });
  after(async () => { await opened?.close(); });

  it('500 switches, one frame apart, training every third, leave the page drawing', async () => {
    const lessons = 17;  // bplab lessons
    const done = await page.evaluate(async (count) => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      let seed = 12345;  // a small LCG: the same sequence every run
      const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
      for (let k = 0; k < 500; ++k) {
        window.bplab.loadLesson(1 + Math.floor(next() * count));
        if (k % 3 === 0) window.bplab.play('train');
        await frame();
      }
      return 500;
    }, lessons);
    assert.equal(done, 500);
    await assertAlive(opened);
  });

  it('lessons 1 and 3 alternated 200 times, two frames apart, leave the page drawing', async () => {
    await page.evaluate(async () => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      for (let k = 0; k < 200; ++k) {
        window.bplab.loadLesson(k % 2 === 0 ? 1 : 3);
        window.bplab.play('train');
        await frame();
        await frame();
      }
    });
    await assertAlive(opened);
  });
});
