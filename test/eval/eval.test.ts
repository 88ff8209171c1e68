/**
 * Extraction measured on the evaluation corpus (see ANNOTATING.md and `npm run eval`). The floors
 * are the figures reached when they were set, a little below: a change that loses figures or
 * gives them to the wrong subject on articles it was not written against fails here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type ArticleScore, evaluateCorpus, loadGold, totals } from './evaluate.js';

let scores: ArticleScore[];
beforeAll(async () => {
  scores = await evaluateCorpus();
}, 60_000);

const half = (split: 'tune' | 'held') => totals(scores.filter((s) => s.split === split));

describe('the evaluation corpus', () => {
  it('holds at least 20 articles and 300 annotated figures, each quote verbatim in its article', () => {
    const gold = loadGold();
    expect(gold.length).toBeGreaterThanOrEqual(20);
    expect(gold.reduce((n, g) => n + g.figures.length, 0)).toBeGreaterThanOrEqual(300);
    expect(scores.filter((s) => s.split === 'held').length).toBe(Math.ceil(gold.length / 2));
  });

  it('keeps extraction on the held-back half above its floors', () => {
    const held = half('held');
    expect(held.recall).toBeGreaterThanOrEqual(0.68);
    expect(held.strictRecall).toBeGreaterThanOrEqual(0.42);
    expect(held.precision).toBeGreaterThanOrEqual(0.53);
    expect(held.junkFacts).toBe(0);
    expect(held.pseudo).toBeLessThanOrEqual(1);
  });

  it('keeps extraction on the tuning half above its floors', () => {
    const tune = half('tune');
    expect(tune.recall).toBeGreaterThanOrEqual(0.83);
    expect(tune.strictRecall).toBeGreaterThanOrEqual(0.69);
    expect(tune.precision).toBeGreaterThanOrEqual(0.78);
    expect(tune.junkFacts).toBe(0);
  });

  it('does better than a naive number spotter on precision, on both halves', () => {
    for (const t of [half('held'), half('tune')]) expect(t.precision).toBeGreaterThan(t.baselinePrecision);
  });
});
