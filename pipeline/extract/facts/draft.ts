import type { Fact } from '../../facts/factModel.js';
import type { Clause, SentenceContext } from '../context.js';
import { entitySlug } from '../entityIndex.js';
import type { MetricLabel } from '../metricLabel.js';
import type { Quantity } from '../numbers.js';
import { placeOfOrganization } from '../subjects.js';

/** A fact before it is tied to its source: extractors return these, `extractArticle` finishes them. */
export type FactDraft = Omit<Fact, 'id' | 'source' | 'quote' | 'line'>;

/** The figure fields of a fact, from a parsed quantity. */
export function figureFields(q: Quantity): Pick<FactDraft, 'value' | 'unit' | 'qualifier' | 'figure' | 'alternate'> {
  return {
    value: q.value,
    unit: q.unit || 'count',
    ...(q.qualifier ? { qualifier: q.qualifier } : {}),
    figure: q.figure,
    ...(q.alternate ? { alternate: q.alternate } : {}),
  };
}

/** Future and goal wording: figures in such sentences are targets, not achievements. */
export const FUTURE =
  /\b(?:will|shall|plans?\s+to|planned|aims?\s+to|aiming|targets?|goal|strives?\s+to|(?:is|are|was|were)\s+(?:expected|projected|forecast|estimated|predicted|set|poised|likely)\s+to|(?:is|are)\s+seen\s+(?:increasing|rising|growing|reaching)|(?:focus(?:ed|es)?\s+on|committed\s+to|dedicated\s+to)\s+(?:building|creating|developing|forming)|projected|forecast\s+to|by\s+the\s+end\s+of|within\s+(?:the\s+next\s+)?\w+\s+years?)\b/i;

/**
 * An organisation's figure is filed under the place it is in, so it reaches that place's
 * briefing, and keeps the organisation's name in its label ("Tencent: investment").
 */
export function filedUnder(
  ctx: SentenceContext,
  clause: Clause,
  subject: string,
  label: MetricLabel,
): { subject: string; label: MetricLabel } {
  const owner = ctx.entity(subject);
  if (owner?.kind !== 'organization') return { subject, label };
  const place = placeOfOrganization(ctx.sentence.text, ctx.mentions, clause, owner.parent);
  if (!place) return { subject, label };
  return {
    subject: place,
    label: {
      id: `${entitySlug(owner.name)}-${label.id}`,
      label: `${owner.name}: ${label.label.charAt(0).toLowerCase()}${label.label.slice(1)}`,
    },
  };
}
