/**
 * Cooperation facts: place with place ("Shanghai and Suzhou sealed arrangements on 193 science
 * and innovation cooperation tasks"), with the count of agreements or tasks where one is given.
 */
import { summarize, type SentenceContext } from '../context.js';
import type { Mention } from '../mentions.js';
import { figureFields, type FactDraft } from './draft.js';

export const COOPERATION_CUE =
  /\b(?:cooperat\w*|collaborat\w*|agreements?|signed|sealed|partnerships?|jointly|twin cities|tie up|ties up|linkage|co-construct\w*|alliance)\b/i;
/** Counts of places are who cooperates, not how much: "between two cities". */
const PLACE_NOUNS = /^(?:cities|provinces|districts|regions|countries|places|towns|sides)$/;
const PARTY_KINDS = new Set(['city', 'district', 'zone']);

export function extractCooperation(ctx: SentenceContext): FactDraft[] {
  const text = ctx.sentence.text;
  const cue = COOPERATION_CUE.exec(text);
  if (!cue) return [];
  const before = partiesOf(
    ctx,
    ctx.mentions.filter((m) => m.start < cue.index),
  );
  // "Collaborate with 8 cities: Jiaxing, ..." has its subject in the sentence before.
  const carried = ctx.previousSubject;
  const after = partiesOf(
    ctx,
    ctx.mentions.filter((m) => m.start >= cue.index),
  );
  const all =
    before.length >= 2
      ? before
      : before.length === 0 && PARTY_KINDS.has(ctx.index.entities.get(carried)?.kind ?? '')
        ? partiesOf(ctx, [], [carried, ...after])
        : partiesOf(ctx, ctx.mentions);
  if (all.length < 2) return [];
  const count = ctx.quantities.find((q) => q.kind === 'count' && !PLACE_NOUNS.test(q.unit));
  const [first, ...others] = all;
  return others.map((other) => ({
    kind: 'cooperation' as const,
    subject: first!,
    object: other,
    ...(count ? { ...figureFields(count), label: count.noun } : {}),
    date: ctx.dates.find((d) => !d.inferredYear)?.iso ?? ctx.dates[0]?.iso ?? ctx.source.published,
    text: summarize(text, 24),
  }));
}

/** Distinct places, leaving out one that contains another named (Shanghai beside Zhangjiang). */
function partiesOf(ctx: SentenceContext, mentions: Mention[], extra: string[] = []): string[] {
  const ids = [...new Set([...extra, ...mentions.filter((m) => PARTY_KINDS.has(m.kind)).map((m) => m.id)])];
  return ids.filter((id) => !ids.some((other) => other !== id && ancestors(ctx, other).includes(id)));
}

function ancestors(ctx: SentenceContext, id: string): string[] {
  const out: string[] = [];
  for (
    let parent = ctx.index.entities.get(id)?.parent;
    parent && !out.includes(parent);
    parent = ctx.index.entities.get(parent)?.parent
  )
    out.push(parent);
  return out;
}
