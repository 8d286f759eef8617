// The headless CLI, run as a teacher would: JSON on stdout, usage and exit code 2 on bad arguments.
// usage: BPLAB=path/to/bplab node --test tests/cli/cli.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const bplab = process.env.BPLAB;
assert.ok(bplab && fs.existsSync(bplab), 'set BPLAB to the bplab executable');

function run(...args) {
  const r = spawnSync(bplab, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const json = (...args) => {
  const r = run(...args);
  assert.equal(r.code, 0, r.err);
  return JSON.parse(r.out);
};

test('bad arguments print the usage and exit with 2', () => {
  for (const args of [[], ['fly'], ['run', '--steps'], ['run', '--steps', '-1'], ['run', '--steps', '12x'],
    ['run', '--lesson', '99'], ['run', '--bogus', '1'], ['gradcheck', '--h', '0'], ['run', '--example', '99999'],
    ['run', '--config', '/nonexistent.json'], ['gradcheck', '--difference', 'sideways'], ['run', 'stray']]) {
    const r = run(...args);
    assert.equal(r.code, 2, `bplab ${args.join(' ')} → ${r.code}`);
    assert.match(r.err, /bplab: /, `no message for ${args.join(' ')}`);
    assert.equal(r.out, '', 'nothing on stdout');
  }
  assert.match(run('fly').err, /unknown command 'fly'/);
  assert.match(run('run', '--steps', '12x').err, /bad value '12x' for --steps/);
});

test('a bad config file names the field and the rule', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bplab-'));
  const file = path.join(dir, 'bad.json');
  fs.writeFileSync(file, '{"alpha": -3, "hidden": [4, 2]}');
  const r = run('run', '--config', file);
  assert.equal(r.code, 2);
  assert.match(r.err, /'alpha' must be a number in \[0, 10\]/);
  fs.writeFileSync(file, '{"alpha": 0.1,\n "hidden" [4]}');
  assert.match(run('run', '--config', file).err, /line 2, column 11: expected ':'/);
  fs.writeFileSync(file, '{"alpha": 0.5, "hidden": [3], "seed": 9}');
  const good = json('run', '--config', file, '--steps', '3');
  assert.equal(good.config.alpha, 0.5);
  assert.deepEqual(good.network.sizes, [2, 3, 1]);
  fs.rmSync(dir, { recursive: true });
});

test('run prints weights, losses and one example with z, a, delta and dTheta per layer', () => {
  const r = json('run', '--lesson', 'backprop', '--steps', '50', '--example', '3');
  assert.equal(r.lesson.number, 16);
  assert.equal(r.steps, 50);
  assert.deepEqual(r.network.sizes, [2, 4, 2, 1]);
  assert.equal(r.example.index, 3);
  assert.equal(r.example.layers.length, 4);
  const out = r.example.layers[3];
  assert.equal(out.delta[0], out.a[0] - r.example.y[0]);  // δ⁽⁴⁾ = a⁽⁴⁾ − y
  assert.equal(r.example.dtheta[2][0].length, 3);         // Θ⁽³⁾ is 1 × (2 + 1)
  assert.match(r.weights_hash, /^[0-9a-f]{16}$/);
  assert.ok(r.losses.length >= 2 && r.losses[0].epoch === 0);
  // the same run twice: identical output
  assert.deepEqual(json('run', '--lesson', 'backprop', '--steps', '50', '--example', '3'), r);
});

test('gradcheck agrees with backprop to 1e-7', () => {
  const r = json('gradcheck', '--lesson', 'backprop', '--steps', '20', '--examples', '5', '--h', '1e-5');
  assert.equal(r.gradcheck.entries.length, 3 * 4 + 5 * 2 + 3);
  for (const e of r.gradcheck.entries) {
    // relative error where the gradient is not tiny; below 1e-3 round-off in J(Θ ± h) dominates it
    if (Math.max(Math.abs(e.analytic), Math.abs(e.numeric)) > 1e-3) assert.ok(e.relative_error < 1e-7, JSON.stringify(e));
    else assert.ok(Math.abs(e.analytic - e.numeric) < 1e-10, JSON.stringify(e));
  }
  const f = json('gradcheck', '--lesson', 'backprop', '--difference', 'forward', '--h', '1e-3');
  assert.ok(f.gradcheck.max_relative_error > 1e-6, 'forward differences are visibly worse');
});

test('lessons lists all 17, in the lecture order', () => {
  const r = run('lessons');
  assert.equal(r.code, 0);
  const lines = r.out.split('\n').filter(Boolean);
  assert.equal(lines.length, 17);
  assert.match(lines[0], /^ 1 +perceptron/);
  assert.match(lines[16], /^17 +digits/);
});

test('the digits lesson reaches at least 90% test accuracy with its defaults', () => {
  const r = json('run', '--lesson', 'digits', '--epochs', '15');
  const last = r.losses.at(-1);
  assert.equal(last.epoch, 15);
  assert.ok(last.test_accuracy >= 0.9, `test accuracy ${last.test_accuracy}`);
});

test('XOR (lesson 3) reaches 100% with its defaults', () => {
  const r = json('run', '--lesson', 'xor', '--epochs', '300');
  assert.equal(r.losses.at(-1).train_accuracy, 1);
});

test('a bad value says what is allowed; hostile files and huge configs are refused by name', () => {
  assert.match(run('run', '--steps', '12x').err, /expected a whole number from 0 to 100000000/);
  assert.match(run('soak', '--switches', '-4').err, /--switches: expected a whole number from 0 to 1000000/);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bplab-'));
  const cases = [
    ['{"hidden": [4, 4, 4, 4, 4, 4, 4]}', /'hidden' must be a list of at most 6 layer sizes/],
    ['{"hidden": [33]}', /from 1 to 32/],
    ['{"points": 10001}', /'points' must be a whole number from 4 to 10000/],
    ['[' .repeat(100000), /nesting deeper than 64 levels/],
    ['\u0000\u00ff{', /bad\.json: /],
  ];
  for (const [text, message] of cases) {
    const file = path.join(dir, 'bad.json');
    fs.writeFileSync(file, text);
    const r = run('run', '--config', file);
    assert.equal(r.code, 2, text.slice(0, 40));
    assert.match(r.err, message);
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

test('--config reads at most 16 MB from any file, device, FIFO or directory, and says which it refused', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bplab-'));
  const big = path.join(dir, 'big.json');
  fs.writeFileSync(big, ' '.repeat(24 * 1024 * 1024));  // 24 MB of valid JSON whitespace
  const cases = [
    ['/dev/zero', /bplab: \/dev\/zero: larger than the 16 MB limit/],
    [big, /big\.json: larger than the 16 MB limit/],
    [dir, /: is a directory/],
    [path.join(dir, 'missing.json'), /missing\.json: cannot read: No such file or directory/],
  ];
  for (const [file, message] of cases) {
    const r = run('run', '--config', file);
    assert.equal(r.code, 2, `${file}: exit ${r.code}, ${r.err}`);
    assert.match(r.err, message);
    assert.equal(r.out, '');
  }
  const fifo = path.join(dir, 'fifo.json');
  if (spawnSync('mkfifo', [fifo]).status === 0) {  // a writer that never stops: bplab reads 16 MB and refuses
    const writer = spawnSync('sh', ['-c', `(yes ' ' > '${fifo}' 2>/dev/null &) ; '${bplab}' run --config '${fifo}'`],
      { encoding: 'utf8', timeout: 60000 });
    assert.equal(writer.status, 2, writer.stderr);
    assert.match(writer.stderr, /fifo\.json: larger than the 16 MB limit/);
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a diverging config stops at the step and says why', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bplab-'));
  const file = path.join(dir, 'fast.json');
  fs.writeFileSync(file, '{"alpha": 9}');
  const out = json('run', '--lesson', '13', '--config', file, '--steps', '1000');
  assert.ok(out.steps < 1000, `trained ${out.steps} steps`);
  assert.match(out.divergence, /^Training diverged at step \d+/);
  assert.match(out.divergence, /α = 9 is too large/);
  assert.equal(json('run', '--lesson', '13', '--steps', '50').divergence, null);
  fs.rmSync(dir, { recursive: true, force: true });
});

// Under ASan (the asan test preset sets BPLAB_SANITIZED) the resident size is mostly the sanitizer's quarantine, so
// the growth check may fail (exit 1); the run must still end normally, with no report and no NaN.
const sanitized = Boolean(process.env.BPLAB_SANITIZED);

test('soak (short) prints the resident memory at start and end and passes', () => {
  const r = run('soak', '--steps', '20000', '--switches', '40');
  if (sanitized) assert.ok(r.code === 0 || (r.code === 1 && /growth \+\d+ KiB, allowed/.test(r.out)), r.out + r.err);
  else assert.equal(r.code, 0, r.out + r.err);
  assert.match(r.out, /soak training: RSS start \d+ KiB, end \d+ KiB/);
  assert.match(r.out, /soak switches: RSS start \d+ KiB, end \d+ KiB/);
  assert.match(r.out, /no NaN/);
});

test('--data FILE.csv trains on the student\'s own points; a bad file names its line and column', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bplab-'));
  const good = path.join(dir, 'sides.csv');
  const lines = ['width,height,side'];
  for (let i = 0; i < 40; i++) {
    const a = ((i * 37) % 41) / 4 - 5, b = ((i * 53) % 43) / 4.3 - 5;
    lines.push(`${a},${b},${a + b > 0 ? 'above' : 'below'}`);
  }
  fs.writeFileSync(good, lines.join('\n') + '\n');
  const out = json('run', '--data', good, '--steps', '200');
  assert.equal(out.config.dataset, 'custom');
  assert.deepEqual(out.config.custom_data.classes, ['below', 'above']);  // in order of appearance
  assert.equal(out.config.custom_data.y.length, 40);
  assert.equal(out.config.output_activation, 'sigmoid');

  const bad = path.join(dir, 'bad.csv');
  fs.writeFileSync(bad, 'a,b,c\n1,2,x\n1,2\n');
  const r = run('run', '--data', bad);
  assert.equal(r.code, 2);
  assert.match(r.err, /bad\.csv: line 3: 2 cells, but the header has 3 columns/);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('--features and a config file\'s "features" set the input layer; a bad list is named and refused', () => {
  const words = ['x1', 'x2', 'x1sq', 'x2sq', 'x1x2', 'sinx1', 'sinx2'];
  const out = json('run', '--lesson', 'backprop', '--features', words.join(','), '--steps', '5');
  assert.deepEqual(out.config.features, words);
  assert.equal(out.network.sizes[0], 7);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bplab-'));
  const file = path.join(dir, 'features.json');
  fs.writeFileSync(file, JSON.stringify({ features: out.config.features.slice(2, 5) }));
  const again = json('run', '--config', file);
  assert.deepEqual(again.config.features, ['x1sq', 'x2sq', 'x1x2']);
  assert.deepEqual(again.network.sizes.slice(0, 1), [3]);
  const bad = run('run', '--features', 'x1,cube');
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--features 'x1,cube' must be a list of 1 to 7 of x1, x2, x1sq/);
  fs.rmSync(dir, { recursive: true, force: true });
});
