// The student's own data in the browser (issue 15 item 4): a CSV loaded through the JS API and through the file
// input, previewed, trained on and exported; a bad file named by line and column with the lab left as it was; a
// point added on the plot; the points in a link.
// run: node --test tests/web/own_data.test.mjs
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, nextFrames } from './page.mjs';

// Two classes on either side of the line x₁ + x₂ = 0, with a header and a text label column.
const rows = [];
for (let i = 0; i < 40; i++) {
  const a = ((i * 37) % 41) / 4 - 5, b = ((i * 53) % 43) / 4.3 - 5;
  rows.push(`${a},${b},${a + b > 0 ? 'above' : 'below'}`);
}
const csv = `width,height,side\n${rows.join('\n')}\n`;

describe('own data: CSV → preview → train → export', () => {
  let lab;
  before(async () => { lab = await openPage({ width: 1280, height: 800 }); });
  after(async () => { await lab?.close(); });
  const state = () => lab.page.evaluate(() => window.bplab.state());

  it('a CSV through the JS API: preview, columns, train, export with the points', async () => {
    const page = lab.page;
    assert.deepEqual(await page.evaluate((t) => window.bplab.loadCsv(t, 'sides.csv'), csv), []);
    const dialog = await page.evaluate(() => window.bplab.dataDialog());
    assert.equal(dialog.open, true);
    assert.deepEqual(dialog.columns.map((c) => c.name), ['width', 'height', 'side']);
    assert.deepEqual(dialog.columns.map((c) => c.type), ['numbers', 'numbers', 'text']);
    assert.equal(dialog.rows, 40);
    assert.deepEqual(dialog.choice, { features: [0, 1], label: 2, regression: false });
    assert.deepEqual(await page.evaluate(() => window.bplab.useCsv()), []);
    const before = await state();
    assert.equal(before.config.dataset, 'custom');
    assert.equal(before.config.custom_data.y.length, 40);
    assert.deepEqual(before.config.custom_data.classes, ['below', 'above']);  // in order of appearance
    await page.evaluate(() => { for (let k = 0; k < 300; k++) window.bplab.step('batch'); });
    const after = await state();
    assert.equal(after.steps, 300);
    assert.ok(after.loss.train < before.loss.train, `loss ${before.loss.train} → ${after.loss.train}`);
    const exported = JSON.parse(await page.evaluate(() => window.bplab.exportState()));
    assert.deepEqual(exported.config.custom_data, before.config.custom_data);
    await nextFrames(page);
    assert.deepEqual(lab.consoleErrors, []);
  });

  it('a CSV through the file input element', async () => {
    const page = lab.page;
    const regression = `x,y\n${[...Array(30).keys()].map((i) => `${i / 10},${(2 * i) / 10 + 0.5}`).join('\n')}\n`;
    await page.setInputFiles('#bplab-data', { name: 'line.csv', mimeType: 'text/csv', buffer: Buffer.from(regression) });
    await page.waitForFunction(() => window.bplab.dataDialog().source === 'line.csv');
    const dialog = await page.evaluate(() => window.bplab.dataDialog());
    assert.deepEqual(dialog.choice, { features: [0], label: 1, regression: true });
    assert.deepEqual(await page.evaluate(() => window.bplab.useCsv()), []);
    const s = await state();
    assert.equal(s.config.custom_data.task, 'regression');
    assert.equal(s.config.output_activation, 'linear');
  });

  it('a CSV file dropped on the page opens its preview', async () => {
    const page = lab.page;
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
      document.querySelector('canvas').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, csv);
    await page.waitForFunction(() => window.bplab.dataDialog().source === 'dropped.csv');
    const dialog = await page.evaluate(() => window.bplab.dataDialog());
    assert.equal(dialog.rows, 40);
    assert.deepEqual(dialog.problems, []);
  });

  it('a bad file is named by line and column and the lab stays as it was', async () => {
    const page = lab.page;
    const link = await page.evaluate(() => window.bplab.link());
    const problems = await page.evaluate(() => window.bplab.loadCsv('a,b,c\n1,2,x\n1,2\n', 'bad.csv'));
    assert.deepEqual(problems, ['bad.csv: line 3: 2 cells, but the header has 3 columns']);
    const notNumber = await page.evaluate(() => window.bplab.loadCsv('a,b,c\n1,q,x\n1,2,y\n', 'q.csv'));
    assert.deepEqual(notNumber, []);  // the table reads; the choice names the cell
    assert.deepEqual(await page.evaluate(() => window.bplab.useCsv({ features: [0, 1], label: 2 })),
      ["line 2, column 2 'q' is not a number (column 2 'b' is a feature)"]);
    assert.equal(await page.evaluate(() => window.bplab.link()), link);
  });

  it('points clicked on a custom set travel in the link', async () => {
    const page = lab.page;
    assert.deepEqual(await page.evaluate((t) => window.bplab.loadCsv(t, 'sides.csv'), csv), []);
    assert.deepEqual(await page.evaluate(() => window.bplab.useCsv()), []);
    assert.equal(await page.evaluate(() => window.bplab.editPoint(1.25, -2.5, 1)), true);
    const s = await state();
    assert.equal(s.config.custom_data.y.length, 41);
    const link = await page.evaluate(() => window.bplab.link());
    assert.match(link, /&data=b:2~/);
    assert.match(link, /1\.25,-2\.5,1/);
    assert.equal(await page.evaluate(() => window.bplab.editPoint(1.25, -2.5, 0, true)), true);
    assert.equal((await state()).config.custom_data.y.length, 40);
  });

  it('a click on the plot adds a point of the chosen class, a shift-click removes the nearest', async () => {
    const page = lab.page;
    assert.deepEqual(await page.evaluate((t) => window.bplab.loadCsv(t, 'sides.csv'), csv), []);
    assert.deepEqual(await page.evaluate(() => window.bplab.useCsv()), []);
    await nextFrames(page);
    const { plot } = (await state()).view;
    assert.ok(plot.size > 100, `the plot is ${plot.size} px`);
    const count = async () => (await state()).config.custom_data.y.length;
    await page.mouse.click(plot.left + plot.size * 0.9, plot.top + plot.size * 0.1);  // top right: large x₁, x₂
    await nextFrames(page);
    assert.equal(await count(), 41);
    const added = (await state()).config.custom_data;
    assert.equal(added.y[40], 0);  // class 0, the window's default
    assert.ok(added.x[80] > 0 && added.x[81] > 0, `the point went to (${added.x[80]}, ${added.x[81]})`);
    await page.keyboard.down('Shift');
    await page.mouse.click(plot.left + plot.size * 0.9, plot.top + plot.size * 0.1);
    await page.keyboard.up('Shift');
    await nextFrames(page);
    assert.equal(await count(), 40);
  });
});

describe('own data on a touch screen', () => {
  let lab;
  before(async () => { lab = await openPage({ width: 1280, height: 800, touch: true }); });
  after(async () => { await lab?.close(); });

  it('a tap on the plot adds a point, a long press removes the nearest', async () => {
    const page = lab.page;
    assert.deepEqual(await page.evaluate((t) => window.bplab.loadCsv(t, 'sides.csv'), csv), []);
    assert.deepEqual(await page.evaluate(() => window.bplab.useCsv()), []);
    await nextFrames(page);
    const state = () => page.evaluate(() => window.bplab.state());
    const count = async () => (await state()).config.custom_data.y.length;
    const { plot } = (await state()).view;
    const x = plot.left + plot.size * 0.5, y = plot.top + plot.size * 0.5;
    await page.touchscreen.tap(x, y);
    await nextFrames(page);
    assert.equal(await count(), 41);
    const touch = await page.context().newCDPSession(page);
    await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    await new Promise((resolve) => setTimeout(resolve, 1200));  // longer than the 0.6 s of a long press
    await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await nextFrames(page);
    assert.equal(await count(), 40, 'the long press removed one point and its release added none');
  });
});
