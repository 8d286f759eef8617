// Browser tests of render on demand (issue 15): a paused lab with nothing changing draws no frames and leaves the
// page's main thread idle; input, the JS API and playing draw again. Needs the built page (./build_wasm.sh).
// run: node --test tests/web/idle.test.mjs
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, sleep } from './page.mjs';

const kIdleSeconds = 5;

describe('render on demand', () => {
  let opened, page, client;
  // frames the app drew (frameTimes is the one call that does not itself ask for frames)
  const drawn = () => page.evaluate(() => window.bplab.frameTimes().frames);
  const taskSeconds = async () => {
    const { metrics } = await client.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'TaskDuration').value;
  };
  // frames drawn over `seconds` with nothing happening, and the main thread's busy share meanwhile
  const idle = async (seconds) => {
    const frames = await drawn(), busy = await taskSeconds(), start = Date.now();
    await sleep(seconds * 1000);
    const wall = (Date.now() - start) / 1000;
    return { frames: (await drawn()) - frames, share: ((await taskSeconds()) - busy) / wall };
  };

  before(async () => {
    opened = await openPage({ width: 960, height: 600 });
    page = opened.page;
    client = await page.context().newCDPSession(page);
    await client.send('Performance.enable');
    await sleep(1500);  // the start's frames (and the settling after them) are over
  });

  after(async () => { await opened?.close(); });

  it(`a paused lab draws nothing for ${kIdleSeconds} s and its main thread is < 5 % busy`, async () => {
    assert.equal((await page.evaluate(() => window.bplab.state())).playing, false);
    await sleep(1000);  // the state() call above asked for frames: let them settle
    const { frames, share } = await idle(kIdleSeconds);
    console.log(`idle: ${frames} frames drawn in ${kIdleSeconds} s, main thread ${(100 * share).toFixed(1)} % busy`);
    assert.ok(frames <= 1, `${frames} frames drawn while nothing changed`);
    assert.ok(share < 0.05, `the main thread was ${(100 * share).toFixed(1)} % busy`);
    assert.equal(await page.evaluate(() => document.getElementById('bplab-crash').hidden), true,
      'the watchdog took the quiet loop for a dead one');
  });

  it('a mouse move draws frames, then the page rests again', async () => {
    const before = await drawn();
    await page.mouse.move(300, 200);
    await page.mouse.move(320, 220);
    await sleep(300);
    assert.ok(await drawn() > before, 'no frame after the mouse moved');
    await sleep(1000);
    assert.ok((await idle(1)).frames <= 1, 'frames went on after the input settled');
  });

  it('a call of the JS API is drawn: a step shows without any input', async () => {
    const before = await drawn();
    await page.evaluate(() => window.bplab.step('event'));
    await sleep(300);
    assert.ok(await drawn() > before, 'the step was not drawn');
  });

  it('playing draws frame after frame; pausing rests again', async () => {
    await page.evaluate(() => window.bplab.play());
    const playing = await idle(1);
    assert.ok(playing.frames >= 5, `${playing.frames} frames in 1 s while playing`);
    await page.evaluate(() => window.bplab.pause());
    await sleep(1000);
    assert.ok((await idle(1)).frames <= 1, 'frames went on after the pause');
    assert.deepEqual(opened.consoleErrors, []);
  });
});
