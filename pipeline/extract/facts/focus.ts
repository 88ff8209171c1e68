/**
 * Focus facts: a subject works on an industry. Places named together before the industries
 * ("Shanghai and Suzhou will concentrate on ... biomedicine") all share the focus.
 */
import { SUBJECT_KINDS, clauseAt, summarize, type SentenceContext } from '../context.js';
import type { FactDraft } from './draft.js';

export function extractFocus(ctx: SentenceContext): FactDraft[] {
  const facts: FactDraft[] = [];
  const seen = new Set<string>();
  for (const industry of ctx.mentions.filter((m) => m.kind === 'industry')) {
    const clause = clauseAt(ctx, industry.start);
    const before = ctx.mentions.filter(
      (m) => SUBJECT_KINDS.has(m.kind) && m.start >= clause.start && m.start < industry.start,
    );
    const coordinated =
      before.length > 1 && /^\s*and\s*$/.test(ctx.sentence.text.slice(before[0]!.end, before[1]!.start));
    const subjects = coordinated ? [before[0]!.id, before[1]!.id] : [clause.subject];
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
