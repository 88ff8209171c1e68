import type { Fact } from '../../facts/factModel.js';
import type { Quantity } from '../numbers.js';

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
  /\b(?:will|shall|plans?\s+to|planned|aims?\s+to|aiming|targets?|goal|strives?\s+to|(?:is|are|was|were)\s+(?:expected|projected|forecast|estimated)\s+to|projected|forecast\s+to|by\s+the\s+end\s+of|within\s+(?:the\s+next\s+)?\w+\s+years?)\b/i;
