/**
 * Who a sentence is about. The subject is the entity named first in the clause, before the
 * figure; failing that, "the corridor" means the corridor last named, and otherwise the subject
 * carries over from the previous sentence of the paragraph, then from the article as a whole.
 * So Songjiang's 6.79% stays Songjiang's even when the sentence only says "The R&D intensity".
 */
import type { Mention } from './mentions.js';
import { SUBJECT_KINDS, type Clause } from './context.js';

// ", and the corridor was extended" starts a clause; ", and information technology" ends a list.
const CLAUSE_BREAK = /;|,\s+(?:while|but|whereas)\s+|,\s+and\s+(?=(?:the|this|its|their|these|a|an)\s)|\.\s+(?=[a-z])/g;
const CORRIDOR_ANAPHOR = /\b(?:the|this|that)\s+corridor\b/i;

export function splitClauses(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) {
    out.push({ start, end: m.index, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length, text: text.slice(start) });
  return out;
}

/** The subject of a span of the sentence: first subject-kind mention in [from, to). */
export function subjectBetween(mentions: Mention[], from: number, to: number): string | null {
  return mentions.find((m) => m.start >= from && m.start < to && SUBJECT_KINDS.has(m.kind))?.id ?? null;
}

export function resolveClauses(
  text: string,
  mentions: Mention[],
  previous: string,
  lastCorridor: string | null,
): Clause[] {
  let carried = previous;
  return splitClauses(text).map((clause) => {
    const named = subjectBetween(mentions, clause.start, clause.end);
    const anaphor = !named && lastCorridor && CORRIDOR_ANAPHOR.test(clause.text) ? lastCorridor : null;
    const subject = named ?? anaphor ?? carried;
    carried = subject;
    return { ...clause, subject };
  });
}

/** What the article as a whole is about: corridors count double, and their members' mentions count for them. */
export function mainSubject(
  mentionsBySentence: Mention[][],
  titleMentions: Mention[],
  members: Map<string, string[]>,
): string | null {
  const score = new Map<string, number>();
  const add = (id: string, n: number) => score.set(id, (score.get(id) ?? 0) + n);
  const counted = [...mentionsBySentence.map((ms) => ({ ms, weight: 1 })), { ms: titleMentions, weight: 3 }];
  for (const { ms, weight } of counted) {
    for (const id of new Set(ms.filter((m) => SUBJECT_KINDS.has(m.kind) && m.kind !== 'organization').map((m) => m.id)))
      add(id, weight);
  }
  for (const [corridor, ids] of members) {
    if (!score.has(corridor)) continue;
    add(corridor, score.get(corridor)!);
    for (const member of ids) add(corridor, (score.get(member) ?? 0) * 0.5);
  }
  let best: string | null = null;
  for (const [id, n] of score) if (best === null || n > score.get(best)!) best = id;
  return best;
}
