import { createHash } from 'node:crypto';
import { sampleScorecard, scorecardDoc } from '../test/server/support/documents';
import { verifyDocument } from '../server/documents/kinds';
import { ScorecardExport } from '../shared/export/schema';
import { canonicalJson } from '../shared/util/canonical-json';
const base = await sampleScorecard();
const docs = Array.from({ length: 2000 }, () => scorecardDoc(base).body);
for (let k = 0; k < 3; k++) {
  let t = performance.now();
  for (const d of docs) if (!verifyDocument(d).ok) throw new Error();
  const a = (performance.now() - t) / docs.length; t = performance.now();
  for (const d of docs) JSON.parse(d);
  const b = (performance.now() - t) / docs.length; t = performance.now();
  for (const d of docs) ScorecardExport.parse(JSON.parse(d));
  const c = (performance.now() - t) / docs.length; t = performance.now();
  for (const d of docs) createHash('sha256').update(canonicalJson((JSON.parse(d) as any).template.content)).digest('hex');
  const e = (performance.now() - t) / docs.length;
  console.log(`verify ${a.toFixed(3)} parse ${b.toFixed(3)} zod ${c.toFixed(3)} template ${e.toFixed(3)} ms`);
}
