import { sampleScorecard, scorecardDoc } from '../test/server/support/documents';
const base = await sampleScorecard();
const bodies = Array.from({ length: 500 }, () => scorecardDoc(base).body);
for (let k = 0; k < 5; k++) {
  let t = performance.now();
  const s = bodies.map((b) => JSON.stringify(b)).join(',');
  const a = performance.now() - t; t = performance.now();
  const p = JSON.parse('[' + s + ']');
  const b = performance.now() - t; t = performance.now();
  const raw = '[' + bodies.join(',') + ']';
  const c = performance.now() - t; t = performance.now();
  JSON.parse(raw);
  const d = performance.now() - t;
  console.log(a.toFixed(1), b.toFixed(1), c.toFixed(1), d.toFixed(1), p.length);
}
