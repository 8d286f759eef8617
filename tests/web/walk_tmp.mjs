// temporary phone walk (not committed)
import { openPage, nextFrames, sleep } from './page.mjs';
const [w, h] = [390, 844];
const opened = await openPage({ width: w, height: h, touch: true, pixelRatio: 3 });
const page = opened.page;
const targets = () => page.evaluate(() => window.bplab.touchTargets());
const tapOn = (r) => page.touchscreen.tap(r.x + r.w / 2, r.y + r.h / 2);
const lesson = process.argv[2] || '3';
await page.evaluate((l) => window.bplab.loadLesson(isNaN(+l) ? l : +l), lesson);
await nextFrames(page); await nextFrames(page);
const shot = async (name) => { await nextFrames(page); await sleep(300); await page.screenshot({ path: `/tmp/walk_${name}.png` }); };
for (const place of ['Equation', 'Data', 'Lesson', 'Loss']) {
  const t = await targets();
  const s = t.switcher.find((b) => b.label === place);
  if (!s) { console.log('no switcher', place, t.switcher.map((b) => b.label)); continue; }
  await tapOn(s); await nextFrames(page);
  await shot(`${lesson}_${place}`);
  if (place === 'Equation') {
    for (let k = 1; k <= 4; k++) {
      const next = (await targets()).tabs.find((b) => b.label === '▶');
      if (!next) break;
      await tapOn(next); await nextFrames(page); await nextFrames(page);
      await shot(`${lesson}_${place}_${k}`);
    }
  }
}
await opened.close();
