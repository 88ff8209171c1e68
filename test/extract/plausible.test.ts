/** Issue 14, point 1: one absurd figure costs only itself, never the corpus. */
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers.js';

describe('figures beyond any real value', () => {
  it('drops a 310-digit number and an absurd percentage with a reason, and keeps the sound figures beside them', async () => {
    const huge = `1${',000'.repeat(103)}`;
    const m = await factsFrom(
      `Riverside Hi-tech Zone attracted investment of ${huge} yuan last year, officials said on Monday. ` +
        'Its exports grew 45000 percent, and the zone now has 1,200 high-tech enterprises.',
    );
    expect(m.facts.every((f) => f.value === undefined || Number.isFinite(f.value))).toBe(true);
    expect(m.facts.some((f) => f.value === 1200)).toBe(true);
    expect(m.facts.some((f) => f.value === 45000)).toBe(false);
    const reasons = m.dropped.map((d) => d.reason);
    expect(reasons.some((r) => /not a finite number/.test(r))).toBe(true);
    expect(reasons.some((r) => /beyond any real value in %/.test(r))).toBe(true);
  });
});
