/**
 * `npm run eval`: extraction scored on the evaluation corpus, per article and per half.
 * `--details` lists misses and wrong figures, for the tuning half only: the held-back half is
 * read as totals, so rules are never written against it.
 */
import { type ArticleScore, evaluateCorpus, type Totals, totals } from './evaluate.js';

const pct = (x: number) => `${(x * 100).toFixed(0)}%`.padStart(5);
const details = process.argv.includes('--details');
// Rounds before the latest are tuning material: `--details` covers them, never the held-back round.
const scores = await evaluateCorpus();

const header = `${'article'.padEnd(48)} split  gold  recall  subject  strict  precision  extracted  pseudo  junk`;
console.log(header);
for (const s of scores) {
  const t = totals([s]);
  console.log(
    `${s.slug.padEnd(48)} ${s.split.padEnd(5)} ${String(s.gold).padStart(5)}  ${pct(t.recall)}   ${pct(t.subjectAccuracy)}   ${pct(t.strictRecall)}   ${pct(t.precision)}      ${String(s.extracted).padStart(5)}  ${String(s.pseudo.length).padStart(6)}  ${String(s.junkFacts).padStart(4)}`,
  );
}
for (const s of scores) if (s.error) console.log(`refused: ${s.slug}${s.split === 'tune' ? `: ${s.error}` : ''}`);
console.log('');
const line = (name: string, t: Totals) =>
  `${name.padEnd(10)} ${String(t.articles).padStart(3)} articles ${String(t.gold).padStart(4)} figures | recall ${pct(t.recall)} | subject ${pct(t.subjectAccuracy)} | strict recall ${pct(t.strictRecall)} | precision ${pct(t.precision)} (${t.extracted}), figures ${pct(t.figurePrecision)} | pseudo-entities ${t.pseudo} | junk facts ${t.junkFacts} | naive spotter: recall ${pct(t.baselineRecall)}, precision ${pct(t.baselinePrecision)}`;
for (const split of ['tune', 'held'] as const) console.log(line(split, totals(scores.filter((s) => s.split === split))));
console.log(line('all', totals(scores)));

if (details) {
  for (const s of scores.filter((x: ArticleScore) => x.split === 'tune')) {
    console.log(`\n## ${s.slug}${s.error ? ` (refused: ${s.error})` : ''}`);
    for (const m of s.misses) console.log(`  miss  ${m.figure} (${m.why}): ${m.quote.slice(0, 140)}`);
    for (const w of s.wrong) console.log(`  wrong ${w.fact} (${w.why})`);
    for (const p of s.pseudo) console.log(`  pseudo ${p}`);
  }
}
