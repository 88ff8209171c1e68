/**
 * Focus facts: a subject works on an industry. Places named together before the industries
 * ("Shanghai and Suzhou will concentrate on ... biomedicine") all share the focus; a place the
 * industry describes ("the Lingang smart manufacturing base") has it alone; industries said to
 * grow "in the Songjiang area", with no subject before them, are that place's.
 */
import { type Clause, SUBJECT_KINDS, clauseAt, isLocated, summarize, type SentenceContext } from '../context.js';
import type { Mention } from '../mentions.js';
import type { FactDraft } from './draft.js';

export function extractFocus(ctx: SentenceContext): FactDraft[] {
  const facts: FactDraft[] = [];
  const seen = new Set<string>();
  for (const industry of ctx.mentions.filter((m) => m.kind === 'industry')) {
    const clause = clauseAt(ctx, industry.start);
    const before = ctx.mentions.filter(
      (m) => SUBJECT_KINDS.has(m.kind) && m.start >= clause.start && m.start < industry.start,
    );
    const subjects = focusSubjects(ctx, industry, before, clause);
    for (const subject of subjects) {
      const key = `${subject}>${industry.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const name = ctx.index.entities.get(industry.id)?.name ?? industry.text;
      facts.push({
        kind: 'focus',
        subject,
        object: industry.id,
        date: ctx.source.published,
        text: `${name}: ${summarize(ctx.sentence.text, 20)}`,
      });
    }
  }
  return facts;
}

/** Who works on an industry named in a clause, given the subject-kind mentions before it there. */
function focusSubjects(ctx: SentenceContext, industry: Mention, before: Mention[], clause: Clause): string[] {
  const text = ctx.sentence.text;
  const described = before.at(-1);
  if (
    described &&
    described.end <= industry.start &&
    /^(?:\s|['’]s\s)*$/.test(text.slice(described.end, industry.start))
  )
    return [described.id];
  if (before.length > 1 && /^\s*and\s*$/.test(text.slice(before[0]!.end, before[1]!.start)))
    return [before[0]!.id, before[1]!.id];
  if (before.length === 0) {
    const where = ctx.mentions.find(
      (m) =>
        SUBJECT_KINDS.has(m.kind) &&
        m.kind !== 'organization' &&
        m.start > industry.end &&
        m.start < clause.end &&
        isLocated(text, m),
    );
    if (where) return [where.id];
  }
  return [clause.subject];
}
