/** Metric facts: a figure about a subject, in base units, with its as-of date. */
import { type Clause, SUBJECT_KINDS, clauseOfFigure, type SentenceContext } from '../context.js';
import { canonicalLabel, growthOf, labelFor, measureAfter, type MetricLabel } from '../metricLabel.js';
import type { Quantity } from '../numbers.js';
import { subjectOfFigure } from '../subjects.js';
import { shiftQuantity } from '../numbers.js';
import { YEAR_ON_YEAR } from '../vocabulary.js';
import { COOPERATION_CUE } from './cooperation.js';
import { type FactDraft, figureFields, figureSpan, filedUnder, impliedCurrency, isGoalAt } from './draft.js';

/** Words right before a figure that make it the nation's, not the subject's. */
const NATIONAL =
  /\b(?:national|nationwide|country's|country’s|China's|China’s)\s+(?:average|total|level|figure|rate)\s+(?:of\s+|was\s+|at\s+)?$/i;

/** "ranked 24th among 219 competitors", "Among 53 indicators, the zone ...": the size of the set compared within. */
const COMPARISON_SET = /\b(?:among|out of)\s+(?:the\s+)?(?:over\s+|more than\s+|nearly\s+|about\s+|all\s+)?$/i;
const NATIONAL_SET = /\b(?:among|from|of|out of)\s+(?:the\s+)?\|(?:national|national-level|state-level)\b/i;

/** Between two figures of one list: "29.1 percent, 21.6 percent, and 20.1 percent", "US$2 billion and US$572 million". */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;
/**
 * Between a figure and its change: "65 billion yuan, marking a 9.0-percent increase", "..., up 8
 * percent", "16.24 billion yuan ($2.4 billion) in its regional GDP, up 9.7 percent".
 */
const CHANGE_GAP =
  /^\s*(?:\([^)]*\)\s*)?(?:in\s+(?:its\s+|the\s+|their\s+)?[a-zA-Z&’'\- ]{2,60}?)?\s*,?\s*(?:(?:(?:an?|with an?)(?: year[- ]on[- ]year)? (?:increase|growth|rise|decrease|decline) of|a|an|marking a|representing(?: a)?|up|down)\s*)?$/i;

/** Between a change and its level: "year-on-year to", "compared to the same period last year to about". */
const CHANGE_TO_LEVEL = new RegExp(
  String.raw`^\s*(?:(?:${YEAR_ON_YEAR}),?\s+)?to\s+(?:(?:reach|hit|total|top)\s+)?(?:(?:about|around|nearly|over|more than|almost)\s+)?$`,
  'i',
);

const isSum = (q: Quantity) => q.kind === 'currency' || q.kind === 'amount';

interface Labelled {
  q: Quantity;
  subject: string;
  label: MetricLabel;
}

export function extractMetrics(ctx: SentenceContext): FactDraft[] {
  const facts: FactDraft[] = [];
  let previous: Labelled | null = null;
  const respective = respectiveSubjects(ctx);
  for (const q of ctx.quantities) {
    if (isGoalAt(ctx, q.start)) continue;
    const clause = clauseOfFigure(ctx, q);
    const pairedWith = respective.get(q);
    let follows: Omit<Labelled, 'q'> | null = previous ? followOn(ctx, previous, q) : null;
    if (follows && pairedWith) follows = { ...follows, subject: pairedWith };
    const before: Labelled | null = previous;
    previous = null;
    if (follows) {
      pushMetric(ctx, facts, q, follows.subject, follows.label, clause);
      previous = { q, ...follows };
      continue;
    }
    const subject = pairedWith ?? subjectOfFigure(ctx.sentence.text, ctx.mentions, clause, figureSpan(q), ctx.recent);
    // "The combined GDP of the top 100 counties was 9.4 trillion yuan": a ranking's whole list, no place of the article.
    if (ofRankedList(ctx, clause, q)) continue;
    // A figure whose subject the article never names is left out: printed under the article's title it would mislead.
    if (subject.startsWith('source-')) continue;
    // "outperforming the national average of 5 percent": a figure of the nation, which no briefing is about.
    if (NATIONAL.test(ctx.sentence.text.slice(Math.max(0, q.start - 40), q.figureStart))) continue;
    // "stands out from 146 national high-tech zones": the set the subject is ranked in, not a count of its own.
    if (
      q.kind === 'count' &&
      (NATIONAL_SET.test(`${ctx.sentence.text.slice(Math.max(0, q.start - 20), q.start)}|${q.noun}`) ||
        COMPARISON_SET.test(ctx.sentence.text.slice(Math.max(0, q.start - 30), q.start)))
    )
      continue;
    // Discovered entities too: "Imports of Lakeside Hi-tech Zone" are imports.
    const entity = ctx.entity(subject);
    const names = entity ? [entity.name, ...entity.aliases] : [];
    if (isJoint(ctx, subject, q.start)) continue; // "Shanghai and Suzhou sealed 193 tasks": a cooperation fact holds it
    let label: MetricLabel | null =
      labelFor(ctx.sentence.text.slice(clause.start, clause.end), shiftQuantity(q, clause.start), ctx.index, names) ??
      shareOfFigureBefore(ctx, before, q);
    if (!label) continue;
    label = relatedToIndustry(ctx, q, label);
    nameChangeByLevel(ctx, facts, before, q, label);
    pushMetric(ctx, facts, q, subject, label, clause);
    previous = { q, subject, label };
  }
  return facts;
}

/** "investment was 53.3 billion yuan, 28 percent of which went to ...": a share of the figure before. */
function shareOfFigureBefore(ctx: SentenceContext, before: Labelled | null, q: Quantity): MetricLabel | null {
  if (!before || q.kind !== 'percent' || before.q.kind === 'percent') return null;
  if (!/^\s+of\s+which\b/i.test(ctx.sentence.text.slice(q.end))) return null;
  if (!/^[\s,]*$/.test(ctx.sentence.text.slice(before.q.end, q.start))) return null;
  return canonicalLabel(`${before.label.label} (share)`, { ...q, part: true }, ctx.index);
}

/** "the top 100 counties", "the top 500 enterprises": a ranking's whole list. */
const RANKED_LIST =
  /\b(?:the\s+)?top\s+(?:\d+|ten|twenty|fifty|hundred)\s+(?:[a-z-]+\s+)?(?:counties|cities|districts|zones|parks|enterprises|companies|firms|regions|provinces|economies)\b/i;

/** True when the clause's words before the figure are about a ranking's whole list and name no entity. */
function ofRankedList(ctx: SentenceContext, clause: Clause, q: Quantity): boolean {
  const head = ctx.sentence.text.slice(clause.start, q.figureStart);
  const list = RANKED_LIST.exec(head);
  if (!list) return false;
  // "the top 20 industrial enterprises in the zone": the subject's own leaders, not a national list.
  if (
    /^\s+(?:in|of)\s+(?:the|this|its)\s+(?:zone|park|district|area|new area|city|county)\b/i.test(
      head.slice(list.index + list[0].length),
    )
  )
    return false;
  return !ctx.mentions.some((m) => m.start >= clause.start && m.end <= q.figureStart && SUBJECT_KINDS.has(m.kind));
}

/**
 * "A in X district and B in Y district cover 100.9 and 170.6 km², respectively": the figures of a list
 * before "respectively" go, in order, to as many subjects named before them (places they are "in" are not subjects).
 */
function respectiveSubjects(ctx: SentenceContext): Map<Quantity, string> {
  const paired = new Map<Quantity, string>();
  const text = ctx.sentence.text;
  const word = /\brespectively\b/i.exec(text);
  if (!word) return paired;
  const before = ctx.quantities.filter((q) => q.end <= word.index);
  const list: Quantity[] = [];
  for (const q of before.reverse()) {
    const next = list[0];
    if (
      next
        ? LIST_GAP.test(text.slice(q.end, next.figureStart)) && q.kind === next.kind
        : /^[\s,]*$/.test(text.slice(q.end, word.index))
    )
      list.unshift(q);
    else if (list.length > 0) break;
  }
  if (list.length < 2) return paired;
  const clause = clauseOfFigure(ctx, list[0]!);
  const subjects = [
    ...new Set(
      ctx.mentions
        .filter(
          (m) =>
            m.start >= clause.start &&
            m.end <= list[0]!.start &&
            SUBJECT_KINDS.has(m.kind) &&
            !/\b(?:in|at|of|from|located in|based in)\s+(?:the\s+)?$/i.test(
              text.slice(Math.max(0, m.start - 15), m.start),
            ),
        )
        .map((m) => m.id),
    ),
  ];
  if (subjects.length === list.length) for (const [i, q] of list.entries()) paired.set(q, subjects[i]!);
  return paired;
}

/**
 * A figure that continues the one before: the next member of a list is the same measure of the same
 * subject; a percentage right after an amount ("65 billion yuan, marking a 9.0-percent increase") is its change.
 */
function followOn(ctx: SentenceContext, previous: Labelled, q: Quantity): Omit<Labelled, 'q'> | null {
  const gap = ctx.sentence.text.slice(previous.q.end, q.figureStart);
  if (LIST_GAP.test(gap) && previous.q.kind === q.kind) {
    // "9 cities and 3 provinces": each count of a list is of its own noun.
    const own = q.kind === 'count' && q.noun && q.noun !== previous.q.noun;
    return { subject: previous.subject, label: own ? canonicalLabel(q.noun!, q, ctx.index) : previous.label };
  }
  // "210.27 billion yuan in GDP, 282.1 billion yuan in industrial output": each sum names its own measure.
  const measure = /^\s*(?:\([^)]*\)\s*)?in\s+[^,;()]{2,80}?(?:,\s*(?:and\s+)?|\s+and\s+)$/.test(gap)
    ? measureAfter(ctx.sentence.text.slice(q.end))
    : undefined;
  if (measure && isSum(previous.q) && isSum(q))
    return { subject: previous.subject, label: canonicalLabel(measure, q, ctx.index) };
  // "accounts for 1/7 of the country, with a cumulative increase of more than 2 times": how the measure
  // before has grown, of its own count rather than of its share.
  if ((q.kind === 'multiple' || q.kind === 'percent') && WITH_CHANGE.test(gap)) {
    const measure = previous.label.label.replace(/\s*\((?:share|share of [^)]*)\)$/, '');
    return { subject: previous.subject, label: growthOf(canonicalLabel(measure, q, ctx.index), q, ctx.index) };
  }
  const right = ctx.sentence.text.slice(q.end, q.end + 30);
  // "US$3.5 billion, 17.85% up": a fact sheet's change follows its figure.
  const isChange =
    /^\s*(?:year[- ]on[- ]year\s+)?(?:increase|rise|growth|gain|jump|up\b)/i.test(right) ||
    /(?:\bup|\b(?:increase|rise|growth)\s+of)\s*$/.test(gap);
  // "the added value, 17.27 billion yuan, 8.5 percent;": in a list whose verbs are commas, a bare
  // percentage after a sum is the sum's change.
  const verbless =
    isSum(previous.q) &&
    /^\s*(?:\([^)]*\)\s*)?,\s*$/.test(gap) &&
    /\p{Ll},\s*$/u.test(ctx.sentence.text.slice(Math.max(0, previous.q.start - 30), previous.q.start)) &&
    /^\s*(?:[;.]|$|,\s+and\b)/.test(right);
  if (q.kind === 'percent' && previous.q.kind !== 'percent' && (isChange || verbless) && CHANGE_GAP.test(gap)) {
    return { subject: previous.subject, label: growthOf(previous.label, q, ctx.index) };
  }
  return null;
}

const PERIOD_START = /\b(?:since|starting\s+in|starting\s+from)\s+(?:the\s+end\s+of\s+)?$/i;

/** "..., with a cumulative increase of 2 times", "is 830, increasing 116.71 %": the change of the figure before ("up N %" is read by its own clause). */
const WITH_CHANGE =
  /^[^;.]{0,60}?,\s*(?:with\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}(?:increase|growth|rise)\s+of|(?:increasing|rising|growing)(?:\s+by)?)\s+(?:more than\s+|over\s+|about\s+|nearly\s+|around\s+)?$/i;

/**
 * "sales jumped by 16.4 percent to 138.15 billion yuan": the change before the level is the
 * level's growth, named after it once the level's measure is known.
 */
function nameChangeByLevel(
  ctx: SentenceContext,
  facts: FactDraft[],
  change: Labelled | null,
  level: Quantity,
  label: MetricLabel,
): void {
  if (!change || change.q.kind !== 'percent' || level.kind === 'percent' || !/^growth$/i.test(change.label.label))
    return;
  if (!CHANGE_TO_LEVEL.test(ctx.sentence.text.slice(change.q.end, level.figureStart))) return;
  const fact = facts.find((f) => f.value === change.q.value && f.metric === change.label.id);
  if (!fact) return;
  const growth = growthOf(label, change.q, ctx.index);
  Object.assign(fact, {
    metric: growth.id,
    label: growth.label,
    text: `${growth.label}: ${change.q.qualifier ? `${change.q.qualifier} ` : ''}${change.q.figure}`,
  });
}

/**
 * "The integrated circuit industry is growing fast. ... there are 121 related enterprises": related
 * to the industry named last before the figure, in its sentence or the one before.
 */
function relatedToIndustry(ctx: SentenceContext, q: Quantity, label: MetricLabel): MetricLabel {
  const related = /^Related\s+(\S.*)$/i.exec(label.label);
  if (!related || q.kind !== 'count') return label;
  const named = ctx.mentions.filter((m) => m.kind === 'industry' && m.end <= q.start).map((m) => m.text);
  const industry = (named.length ? named : ctx.industriesBefore).at(-1)?.replace(/\s+(?:industry|sector)$/i, '');
  if (!industry) return label;
  // Worded as a firm of a field is ("320 enterprises in the integrated circuit industry"): "Integrated circuit enterprises".
  return canonicalLabel(`${industry[0]!.toUpperCase()}${industry.slice(1)} ${related[1]!}`, q, ctx.index);
}

function pushMetric(
  ctx: SentenceContext,
  facts: FactDraft[],
  q: Quantity,
  subject: string,
  label: MetricLabel,
  clause: Clause,
): void {
  const filed = filedUnder(ctx, clause, subject, label);
  // "Since 2016, the corridor has grown to nine cities": a period's start is not when the figure held.
  const asOf = ctx.dates.find(
    (d) =>
      !d.inferredYear &&
      d.end <= clause.end &&
      !PERIOD_START.test(ctx.sentence.text.slice(Math.max(0, d.start - 20), d.start)),
  )?.iso;
  facts.push({
    kind: 'metric',
    subject: filed.subject,
    metric: filed.label.id,
    label: filed.label.label,
    ...figureFields(q),
    ...(label.unit && (q.unit === '' || q.kind === 'amount') ? { unit: label.unit } : {}),
    ...impliedCurrency(ctx, q, label.label),
    date: asOf ?? ctx.source.published,
    text: `${filed.label.label}: ${q.qualifier ? `${q.qualifier} ` : ''}${q.figure}`,
  });
}

/**
 * True when the subject is one of places named together in cooperation ("A and B sealed 193
 * tasks"): the cooperation fact holds the figure. "The GHIDZ and GDD held six ceremonies" is not
 * cooperation: the figure is the first's.
 */
function isJoint(ctx: SentenceContext, subject: string, before: number): boolean {
  if (!COOPERATION_CUE.test(ctx.sentence.text)) return false;
  const places = ctx.mentions.filter((m) => m.end <= before && SUBJECT_KINDS.has(m.kind));
  const i = places.findIndex((m) => m.id === subject);
  const text = ctx.sentence.text;
  const joined = (a?: { end: number }, b?: { start: number }) =>
    !!a && !!b && /^\s*(?:and|&|,)\s*$/.test(text.slice(a.end, b.start));
  return i !== -1 && (joined(places[i - 1], places[i]) || joined(places[i], places[i + 1]));
}
