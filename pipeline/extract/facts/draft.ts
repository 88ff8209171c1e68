import type { Fact } from '../../facts/factModel.js';
import { findDates } from '../../text/dates.js';
import { type Clause, clauseAt, type SentenceContext } from '../context.js';
import { entitySlug } from '../entityIndex.js';
import type { MetricLabel } from '../metricLabel.js';
import type { Quantity } from '../numbers.js';
import { placeOfOrganization } from '../subjects.js';
import { MONEY_MEASURE } from '../vocabulary.js';

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

/**
 * "The local GDP reaches 2.5 billion, ...; the financial revenue amounts to 550 million yuan": a
 * sum of money written without its currency is in the one currency its sentence uses, if just one.
 */
export function impliedCurrency(ctx: SentenceContext, q: Quantity, label: string): { unit?: string } {
  if (q.kind !== 'amount' || q.unit !== '' || !MONEY_MEASURE.test(label)) return {};
  const currencies = new Set(ctx.quantities.filter((x) => x.kind === 'currency').map((x) => x.unit));
  return currencies.size === 1 ? { unit: [...currencies][0]! } : {};
}

/** Where a figure stands in its sentence, and what kind of figure, as the subject rules read it. */
export function figureSpan(q: Quantity): { start: number; end: number; count: boolean; attributive: boolean } {
  return {
    start: q.figureStart,
    end: q.end,
    count: q.kind === 'count' || (q.kind === 'amount' && q.unit === ''),
    // "the 30-sq/km port": a measure hyphened to its number qualifies the noun after it.
    attributive: (q.kind === 'area' || q.kind === 'length') && /^[\d.,]+-/.test(q.figure),
  };
}
/** The paragraph index of an article's headline, read as a sentence of its own. */
export const HEADLINE = -1;

/**
 * Future and goal wording: figures in such sentences are targets, not achievements. A "planned
 * area" is the area a zone was given; "is estimated to have reached" is a past figure.
 */
export const FUTURE =
  /\b(?:will|shall|plans?\s+to|planned(?!\s+(?:area|land|space|floor area)\b)|aims?\s+to|aiming|targets?|goal|strives?\s+to|expects?\s+(?:[\w-]+\s+){0,4}to(?=\s+(?:reach|hit|exceed|top|rise|grow|increase|double|surpass|climb))|(?:is|are)\s+to\s+(?:reach|hit|exceed|top|rise|grow|increase|double|surpass)|(?:is|are|was|were)\s+(?:expected|projected|forecast|estimated|predicted|set|poised|likely)\s+to(?!\s+have\s)|(?:is|are)\s+seen\s+(?:increasing|rising|growing|reaching)|(?:focus(?:ed|es)?\s+on|committed\s+to|dedicated\s+to)\s+(?:building|creating|developing|forming)|projected|forecast\s+to|by\s+the\s+end\s+of(?!\s+(?:last|the\s+(?:past|previous|last))\b)|within\s+(?:the\s+next\s+)?\w+\s+years?|(?:master\s?plan|plan|blueprint|programme|program)\s+(?:lists|includes|proposes|envisages|calls\s+for|sets\s+out|outlines))\b/i;

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

/** Every goal wording of a sentence, compiled once: it is checked for each figure of each sentence. */
const GOAL_WORDING = new RegExp(FUTURE.source, 'gi');

/**
 * Whether the figure at `at` is a goal: goal wording before it in the sentence or in its own
 * clause. "87 programs are under way, and Metro Line 16 will open soon": the "will" of a later
 * clause is not the figure's. "By the end of March 2017" in an article of May 2017 is a date
 * already past, not a deadline.
 */
export function isGoalAt(ctx: SentenceContext, at: number): boolean {
  const text = ctx.sentence.text;
  // A headline's "X to boost 160 projects" is its future tense.
  if (ctx.sentence.paragraph === HEADLINE && /\bto\s+[a-z]{3,}\b/.test(text.slice(0, at))) return true;
  const upTo = clauseAt(ctx, at).end;
  if (!FUTURE.test(text)) return false; // most sentences: no goal wording at all
  for (const m of text.matchAll(GOAL_WORDING)) {
    if (m.index >= upTo) break;
    // "cover 170.6 km², aiming to establish ...": a purpose after the figure's comma is not the
    // figure's, nor is a target it beat ("93 billion yuan, exceeding its annual target").
    if (
      m.index > at &&
      /,\s*(?:aiming|striving|seeking|hoping|in a bid|in order|focused on|focusing on|committed to|exceeding|surpassing|beating|meeting|fulfilling|completing)\b/i.test(
        text.slice(at, m.index + 12),
      )
    )
      continue;
    // "X, which involves an investment of 1 billion yuan, will offer ...", "Covering 7 hectares, the
    // academy will ...": a figure in a relative clause or a fronted phrase closed before the goal is not the goal.
    if (m.index > at && /,/.test(text.slice(at, m.index)) && SET_APART.test(text.slice(clauseAt(ctx, at).start, at)))
      continue;
    // "Aiming at planning with high standards, by the end of 2009 a total investment of ... has been
    // put in": a purpose set off before the figure is the writer's framing, not the figure's tense.
    if (m.index < at && /^(?:aiming|striving|seeking)\b[^,;]*,/i.test(text.slice(m.index, at))) continue;
    if (!/^by\s+the\s+end/i.test(m[0])) return true;
    const clause = clauseAt(ctx, m.index);
    if (!isPast(text.slice(m.index, clause.end), ctx.source.published)) return true;
  }
  return false;
}

/** Verbs of a count already reached: "have registered", "had grown", "reached", "stood at". */
const SET_APART =
  /(?:,\s*(?:which|that|who)\s+(?!will\b|would\b)[^,]*|^\s*[A-Z][a-z]{2,}ing\s[^,]*(?:,\s*with\s[^,]*)?)$/;

const ACHIEVED =
  /\b(?:(?:has|have|had)\s+(?:been\s+|already\s+)?(?:\w+(?:ed|en|wn|ne)|put|set|built|made|brought|spent|won|held|kept|laid|paid|sold|found|got|begun)|there\s+(?:were|was)|reached|totaled|totalled|stood|amounted|hit|exceeded|registered)\b/i;

/**
 * "By the end of March 2017, 1,360 companies have registered": a date before the article's
 * publication, or, when the article is undated, a count stated as already reached.
 */
function isPast(phrase: string, published: string | null): boolean {
  const date = findDates(phrase.replace(/^by\s+the\s+end\s+of\s+/i, ''), published).find((d) => d.start === 0);
  // "By the end of January, it had accumulated 9,026 firms": no year, but a perfect tense says it is done.
  if (!date || date.inferredYear) return !/\b(?:will|shall)\b/i.test(phrase) && ACHIEVED.test(phrase);
  return published ? date.iso < published.slice(0, date.iso.length) : ACHIEVED.test(phrase);
}
