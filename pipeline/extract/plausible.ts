/**
 * Facts -> the facts whose figures can be true, and a reason for each one dropped. A figure that is
 * not finite or is far beyond any real value for its unit is never printed: it is a misreading, or
 * a source written to break the build, and it must cost only itself.
 */
import type { Dropped, Fact } from '../facts/factModel.js';
import { clipChars } from '../text/clip.js';
import { PLAUSIBLE_MAX, PLAUSIBLE_MAX_COUNT } from './vocabulary.js';

export function keepPlausible(facts: Fact[]): { facts: Fact[]; dropped: Dropped[] } {
  const kept: Fact[] = [];
  const dropped: Dropped[] = [];
  for (const fact of facts) {
    const why = implausible(fact);
    if (!why) kept.push(fact);
    else dropped.push({ source: fact.source, line: fact.line, text: clipChars(fact.quote, 120), reason: why });
  }
  return { facts: kept, dropped };
}

function implausible(fact: Fact): string | null {
  for (const [value, unit, figure] of [
    [fact.value, fact.unit, fact.figure],
    [fact.alternate?.value, fact.alternate?.unit, fact.alternate?.figure],
  ] as const) {
    if (value === undefined) continue;
    if (!Number.isFinite(value)) return `figure "${clipChars(figure ?? '', 40)}" is not a finite number`;
    const max = PLAUSIBLE_MAX[unit ?? ''] ?? PLAUSIBLE_MAX_COUNT;
    if (Math.abs(value) > max) return `figure "${clipChars(figure ?? '', 40)}" is beyond any real value in ${unit}`;
  }
  return null;
}
