// Export → import is a continuation (issue 18): in the browser, a state trained 100 steps, exported and imported
// into a fresh page, trains 100 more to the same weights and loss as 200 steps straight; the cursor comes back to
// the event it was on; a file whose Θ has the right weight count but the wrong shape is refused.
// run: node --test tests/web/continuation.test.mjs
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './page.mjs';

// Configs imported with the seed's fresh weights; each is trained on the page, then exported.
const base = { dataset: 'circle', points: 120, noise: 0.1, hidden: [4, 3], seed: 3, schedule: 'constant',
  dropout: 0, batch_size: 10 };
const configs = {
  sgd: { ...base, optimizer: 'sgd', alpha: 0.3 },
  momentum: { ...base, optimizer: 'momentum', alpha: 0.1 },
  adam: { ...base, optimizer: 'adam', alpha: 0.01 },
  rmsprop: { ...base, optimizer: 'rmsprop', alpha: 0.01 },
  'mini-batch of 7 with dropout': { ...base, optimizer: 'adam', alpha: 0.01, batch_size: 7, dropout: 0.2 },
  'step-decay schedule': { ...base, optimizer: 'sgd', alpha: 0.5, schedule: 'step', decay_every: 2, decay_factor: 0.5 },
};
const withFreshWeights = (config) => JSON.stringify({ config, network: { theta: 'init' } });

describe('export → import continues bit for bit', () => {
  let first, fresh;
  const importInto = (page, text) => page.evaluate((t) => window.bplab.importState(t), text);
  const steps = (page, n) => page.evaluate((count) => { for (let k = 0; k < count; k++) window.bplab.step('batch'); }, n);
  const snapshot = (page) => page.evaluate(() => {
    const s = window.bplab.state();
    return { theta: s.network.theta, steps: s.steps, epoch: s.epoch, loss: window.bplab.loss() };
  });

  before(async () => {
    first = await openPage({ width: 1024, height: 700 });
    fresh = await openPage({ width: 1024, height: 700 });
  });
  after(async () => { await first?.close(); await fresh?.close(); });

  for (const [name, config] of Object.entries(configs)) {
    it(`${name}: 100 steps, export, import into another page, 100 steps = 200 steps straight`, async () => {
      assert.deepEqual(await importInto(first.page, withFreshWeights(config)), []);
      await steps(first.page, 100);
      const exported = await first.page.evaluate(() => window.bplab.exportState());
      await steps(first.page, 100);
      const straight = await snapshot(first.page);
      assert.equal(straight.steps, 200);

      assert.deepEqual(await importInto(fresh.page, exported), []);
      const imported = await snapshot(fresh.page);
      assert.equal(imported.steps, 100);
      assert.equal(imported.epoch, JSON.parse(exported).epoch);
      await steps(fresh.page, 100);
      const continued = await snapshot(fresh.page);
      // JSON numbers are written as the shortest text that reads back to the same double: equal text, equal bits
      assert.deepEqual(continued.theta, straight.theta);
      assert.equal(continued.loss, straight.loss);
      assert.equal(continued.epoch, straight.epoch);
      assert.equal(continued.steps, 200);
    });
  }

  it('the cursor comes back: step 1, event 4 is step 1, event 4', async () => {
    assert.deepEqual(await importInto(first.page, withFreshWeights(configs.momentum)), []);
    const there = await first.page.evaluate(() => {
      for (let k = 0; k < 5; k++) window.bplab.step('event');
      return window.bplab.state().cursor;
    });
    assert.equal(there.index, 4);
    const exported = await first.page.evaluate(() => window.bplab.exportState());
    assert.deepEqual(await importInto(fresh.page, exported), []);
    const back = await fresh.page.evaluate(() => window.bplab.state());
    assert.equal(back.cursor.index, 4);
    assert.equal(back.steps, JSON.parse(exported).steps);
    assert.deepEqual(back.cursor.event, there.event);
    assert.deepEqual(back.network.theta, JSON.parse(exported).network.theta);
  });

  it('refuses a Θ with the right weight count but the wrong shape, and keeps the lab as it was', async () => {
    const page = fresh.page;
    const exported = JSON.parse(await page.evaluate(() => window.bplab.exportState()));
    const before = await snapshot(page);
    const transposed = structuredClone(exported);
    delete transposed.training;
    const t = transposed.network.theta[0];  // 4 × 3 → 3 × 4
    transposed.network.theta[0] = t[0].map((_, j) => t.map((row) => row[j]));
    const refused = await importInto(page, JSON.stringify(transposed));
    assert.equal(refused[0],
      "nothing imported: 'network.theta[0]' (Θ⁽¹⁾) must be 4 × 3 (4 units, 2 inputs + bias); the file has 3 × 4");
    const empty = await importInto(page, JSON.stringify({ ...transposed, network: { theta: [] } }));
    assert.match(empty[0], /^nothing imported: the file has no weights \(theta\)/);
    const hex = await importInto(page, '{"config": {"alpha": 0x1p-3}, "network": {"theta": "init"}}');
    assert.match(hex[0], /^nothing imported: not valid JSON: line 1, column 22: hexadecimal/);
    assert.deepEqual(await snapshot(page), before);
  });
});
