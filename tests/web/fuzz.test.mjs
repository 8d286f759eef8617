// A browser fuzz test: seeded random sequences of what a student, a slide or a careless script can do to the page —
// lesson switches, every step kind, play and pause, links (valid, mutated, nonsense), imports (valid, truncated,
// mutated), typed expressions, tabs, weight edits, timeline jumps and keys — and after every batch of actions the
// page must still be alive: bplab.state() answers, frames keep coming, no uncaught error and no wasm trap.
// A refused argument (the API throws a plain Error) is fine; a RuntimeError from the wasm module is not.
//
//   node --test tests/web/fuzz.test.mjs                            60 s, the suite's fixed seed (reproducible runs)
//   BPLAB_FUZZ_SECONDS=600 BPLAB_FUZZ_SEED=random node --test tests/web/fuzz.test.mjs   a seed from the clock
//   BPLAB_FUZZ_SEED=12345 node --test tests/web/fuzz.test.mjs      replays a printed seed
//
// On failure it prints the seed and the last actions: the same seed replays the same sequence (timing aside).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, sleep } from './page.mjs';

const seconds = Number(process.env.BPLAB_FUZZ_SECONDS || 60);
const seedText = process.env.BPLAB_FUZZ_SEED || '20261206';
const seed = seedText === 'random' ? Date.now() % 1000000007 : Number(seedText);
const batchSize = 6;

// mulberry32: a small seeded generator, so a failing sequence replays from its seed
function generator(start) {
  let s = start >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));  // lo..hi inclusive
  const pick = (list) => list[int(0, list.length - 1)];
  return { next, int, pick, chance: (p) => next() < p };
}

const stepKinds = ['event', 'back', 'layer', 'layer_back', 'example', 'batch', 'epoch'];
const keys = ['Space', 'ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'PageDown', 'PageUp', 'Shift+Space',
  'Home', 'End', 'Escape', 'KeyH', 'KeyR', 'Enter'];
const hashFields = ['lesson', 'alpha', 'seed', 'hidden', 'steps', 'cursor', 'w', 'batch', 'points', 'noise',
  'lambda', 'hide', 'proj', 'theme', 'expr', 'vars', 'zz'];
const junk = ['', 'NaN', '-1', '1e308', '0x10', '%00', '%E2%82', '&&&', '==', ',,,', 'Θ', '1'.repeat(40), ':::', '\u0000'];
const expressionParts = ['x', 'y', 'z', 'w', '(x+y)*z', 'tanh(x)', 'sigmoid(x*w+b)', 'relu(x-y)', 'exp(x)', 'log(x)',
  'x^2', '1/x', 'max(x,y)', '2.5', '-x', '(', ')', '+', '*'];

// Small changes to a text: delete, duplicate, insert a random character, cut.
function mutate(text, rng) {
  let out = text;
  const edits = rng.int(1, 4);
  for (let e = 0; e < edits && out.length > 0; e++) {
    const at = rng.int(0, out.length - 1);
    switch (rng.int(0, 3)) {
      case 0: out = out.slice(0, at) + out.slice(at + rng.int(1, 8)); break;
      case 1: out = out.slice(0, at) + out.slice(at, at + rng.int(1, 16)) + out.slice(at); break;
      case 2: out = out.slice(0, at) + rng.pick(['{', '}', '[', ']', '"', ',', ':', '-', '9', 'e', '.', '&', '=', '\\'])
        + out.slice(at); break;
      default: out = out.slice(0, at); break;
    }
  }
  return out;
}

function randomHash(rng, knownLinks) {
  const roll = rng.next();
  if (roll < 0.35 && knownLinks.length) return rng.pick(knownLinks);
  if (roll < 0.6 && knownLinks.length) return mutate(rng.pick(knownLinks), rng);
  const parts = [];
  for (let k = rng.int(1, 5); k > 0; k--) {
    const field = rng.pick(hashFields);
    const value = rng.chance(0.4) ? rng.pick(junk) : {
      lesson: () => String(rng.int(0, 19)), alpha: () => String(rng.pick([0.01, 0.1, 0.5, 3, 10, 100])),
      seed: () => String(rng.int(0, 99)), hidden: () => Array.from({ length: rng.int(0, 3) }, () => rng.int(1, 8)).join(','),
      steps: () => String(rng.int(0, 300)), cursor: () => String(rng.int(-2, 50)),
      w: () => `${rng.int(0, 2)}:${rng.int(0, 4)}:${rng.int(0, 4)}:${(rng.next() * 4 - 2).toFixed(2)}`,
      batch: () => String(rng.int(1, 64)), points: () => String(rng.int(4, 400)), noise: () => String(rng.next()),
      lambda: () => String(rng.next()), hide: () => rng.pick(['controls', 'loss', 'controls,loss', 'network']),
      proj: () => rng.pick(['0', '1']), theme: () => rng.pick(['light', 'dark']),
      expr: () => encodeURIComponent(rng.pick(expressionParts) + rng.pick(['+', '*', '-']) + rng.pick(expressionParts)),
      vars: () => encodeURIComponent(`x=${rng.int(-3, 3)}, y=${rng.int(-3, 3)}, z=2`), zz: () => '1',
    }[field]();
    parts.push(`${field}=${value}`);
  }
  return parts.join('&');
}

function randomExpression(rng) {
  const terms = Array.from({ length: rng.int(1, 4) }, () => rng.pick(expressionParts));
  let text = terms.join(rng.pick(['+', '*', '-', '/', ' ']));
  if (rng.chance(0.2)) text = mutate(text, rng);
  const variables = rng.chance(0.8) ? `x = ${rng.int(-3, 3)}, y = ${(rng.next() * 4 - 2).toFixed(2)}, z = ${rng.int(-2, 4)}`
    : mutate('x = 1, y = 2, z = 3', rng);
  return [text, variables];
}

// A trap of the wasm module, as opposed to the API refusing an argument with a plain Error.
const wasmTrap = /RuntimeError|memory access out of bounds|unreachable|Aborted|table index|call stack size|abort\(/i;

describe('browser fuzz: random sequences of API calls and keys keep the page alive', () => {
  let opened, page;
  const log = [];            // every action, for the report on failure
  const figures = { actions: 0, refused: 0, batches: 0, lessons: new Set(), kinds: {} };
  const pageErrorStacks = [];  // where an uncaught error came from (a wasm trap names the C++ function)

  before(async () => {
    opened = await openPage({ width: 960, height: 600 });
    page = opened.page;
    page.on('pageerror', (error) => pageErrorStacks.push(error.stack || error.message));
  });
  after(async () => { await opened?.close(); });

  // Runs one action in the page; returns 'ok', 'refused: …' (a plain Error) or throws on a trap.
  async function act(name, fn, arg) {
    log.push(`${name} ${JSON.stringify(arg)?.slice(0, 200) ?? ''}`);
    figures.actions++;
    figures.kinds[name] = (figures.kinds[name] || 0) + 1;
    const result = await page.evaluate(([body, argument]) => {
      try {
        const value = new Function('api', 'arg', body)(window.bplab, argument);
        return { ok: true, value: value === undefined ? null : value };
      } catch (e) {
        return { ok: false, error: `${e?.name}: ${e?.message}` };
      }
    }, [fn, arg]);
    if (!result.ok) {
      if (wasmTrap.test(result.error)) throw new Error(`${name} trapped: ${result.error}`);
      figures.refused++;
    }
    return result;
  }

  async function alive() {
    const within = (promise, ms, what) => Promise.race([promise,
      sleep(ms).then(() => { throw new Error(`${what}: no answer within ${ms / 1000} s`); })]);
    const noTrap = () => assert.deepEqual(opened.consoleErrors.filter((e) => e.startsWith('uncaught:') || wasmTrap.test(e)),
      [], `uncaught errors or wasm traps in the page; the first one's stack:\n${pageErrorStacks[0] || ''}`);
    noTrap();
    const before = await within(page.evaluate(() => window.bplab.frameTimes().frames), 20000, 'frameTimes()');
    const state = await within(page.evaluate(() => window.bplab.state()), 20000, 'state()');
    assert.ok(state && typeof state.lesson === 'number', 'state() answers with a lesson');
    await within(page.waitForFunction((n) => window.bplab.frameTimes().frames > n, before, { timeout: 20000, polling: 50 }),
      21000, 'frames');
    noTrap();
    return state;
  }

  it(`stays alive for ${seconds} s of seeded random actions (seed ${seed})`, async () => {
    const rng = generator(seed);
    const tabs = await page.evaluate(() => { try { window.bplab.openTab('?'); } catch (e) { return e.message; } return ''; })
      .then((message) => JSON.parse(`[${(message.match(/use one of: (.*)\)$/)?.[1] || '').split(', ').map((t) => JSON.stringify(t)).join(',')}]`));
    const knownLinks = ['lesson=3&alpha=0.5&steps=20&w=0:0:1:0.75', 'lesson=16&alpha=0.1&hidden=4,4&seed=3&steps=20&cursor=5'];
    const exports = [];
    const started = Date.now();
    try {
      while (Date.now() - started < seconds * 1000) {
        for (let k = 0; k < batchSize; k++) {
          const roll = rng.int(0, 99);
          if (roll < 12) {
            const lesson = rng.chance(0.9) ? rng.int(1, 17) : rng.pick([0, 18, 'xor', 'nope', -1]);
            const r = await act('loadLesson', 'api.loadLesson(arg)', lesson);
            if (r.ok) figures.lessons.add(lesson);
          } else if (roll < 30) {
            await act('step', 'api.step(arg)', rng.pick(stepKinds));
          } else if (roll < 38) {
            await act('play', 'api.play(arg)', rng.pick(['train', 'events']));
          } else if (roll < 44) {
            await act('pause', 'api.pause()', null);
          } else if (roll < 54) {
            await act('setHash', 'return api.setHash(arg)', randomHash(rng, knownLinks));
          } else if (roll < 58) {
            const r = await act('link', 'return api.link()', null);
            if (r.ok && knownLinks.length < 40) knownLinks.push(r.value);
          } else if (roll < 62) {
            const r = await act('exportState', 'return api.exportState()', null);
            if (r.ok && exports.length < 20) exports.push(r.value);
          } else if (roll < 70) {
            const text = exports.length === 0 ? '{}' : rng.pick(exports);
            const variant = rng.int(0, 2);
            const input = variant === 0 ? text : variant === 1 ? text.slice(0, rng.int(0, text.length)) : mutate(text, rng);
            await act('importState', 'return api.importState(arg)', input);
          } else if (roll < 75) {
            await act('setGraph', 'return api.setGraph(arg[0], arg[1])', randomExpression(rng));
          } else if (roll < 78) {
            await act('graphStep', 'api.graphStep(arg)', rng.pick(['next', 'back']));
          } else if (roll < 82 && tabs.length) {
            await act('openTab', 'api.openTab(arg)', rng.pick(tabs));
          } else if (roll < 86) {
            await act('editWeight', 'api.editWeight(...arg)',
              [rng.int(0, 3), rng.int(0, 5), rng.int(-1, 5), rng.chance(0.9) ? rng.next() * 6 - 3 : rng.pick([1e7, NaN, 0])]);
          } else if (roll < 89) {
            await act('goToStep', 'return api.goToStep(arg)', rng.int(-5, 400));
          } else if (roll < 91) {
            await act('reset', 'api.reset()', null);
          } else {
            const key = rng.pick(keys);
            log.push(`key ${key}`);
            figures.actions++;
            figures.kinds.key = (figures.kinds.key || 0) + 1;
            await page.keyboard.press(key);
          }
        }
        figures.batches++;
        await alive();
      }
    } catch (error) {
      console.log(`fuzz: FAILED with seed ${seed} after ${figures.actions} actions ` +
        `(replay: BPLAB_FUZZ_SEED=${seed} BPLAB_FUZZ_SECONDS=${seconds} node --test tests/web/fuzz.test.mjs)`);
      console.log(`fuzz: the last ${Math.min(30, log.length)} actions:\n  ${log.slice(-30).join('\n  ')}`);
      console.log(`fuzz: page errors: ${JSON.stringify(opened.consoleErrors.slice(-5))}`);
      throw error;
    }
    const elapsed = (Date.now() - started) / 1000;
    console.log(`fuzz: seed ${seed}: ${figures.actions} actions in ${figures.batches} batches over ${elapsed.toFixed(1)} s, ` +
      `${figures.refused} refused by the API, lessons visited: ${figures.lessons.size} ` +
      `(${[...figures.lessons].sort((a, b) => String(a).localeCompare(String(b), 'en', { numeric: true })).join(' ')}); ` +
      `by kind: ${JSON.stringify(figures.kinds)}`);
    assert.ok(figures.actions > 0);
  });
});
