/**
 * What a figure measures, read from the words around it: "the average R&D investment intensity
 * has reached 3.77%" -> R&D intensity; "a total investment of 45 billion yuan" -> Investment.
 * Labels matching a cue in `metrics.md` get that metric's id and name, so the same measure
 * worded differently is compared (and conflicts found); others keep the article's words.
 */
import type { EntityIndex } from './entityIndex.js';
import { entitySlug } from './entityIndex.js';
import type { Quantity } from './numbers.js';
import { escapeRegExp } from '../text/escape.js';
import {
  GROWTH_CUE,
  YEAR_ON_YEAR,
  FIRM_NOUNS,
  MEASURE_NOUNS,
  QUALIFIER_WORDS,
  RAISING_VERBS,
  VAGUE_COUNT_NOUNS,
} from './vocabulary.js';

export interface MetricLabel {
  id: string;
  label: string;
  /** The unit a `metrics.md` row gives figures that carry none ("57.92 million" people). */
  unit?: string;
}

const VERB = String.raw`(?:(?:has|have|had|is|are|was|were|will|continued to be|continues to be|is to|are to)\s+)*(?:reached|reaches|reach|is|was|are|were|stood at|stands at|standing at|totaled|totalled|totals|totaling|totalling|amounting to|reaching|hitting|soared to|surged to|jumped to|edged up to|edged down to|went up to|climbed to|fell to|dropped to|exceeds|exceeded|exceeding|amounted to|amounts to|increased to|increased by|increase to|increase by|rise to|rise by|grow to|grow by|rose to|rose by|grew to|grew by|growing to|rising to|climbing to|increasing to|rise|grow|increase|expand|climb|topped|surpassed|increased|decreased|rose|grew|risen|grown|fallen|declined|expanded|climbed|jumped|fell|dropped|posted|generated|attracted|drew|registered|recorded|realized|realised|achieved|reported|invested|contributed|contributes|occupying|occupies|covering|covers|spans|spanning|employs|boasts|houses|gathered|brought|received|raised|secured|accounts for|accounting for|account for|accounted for|maintained at|worth|valued at|hit|hits|of|at)`;
// The phrase holds no "with": "a project with an annual output of" names the output.
const LEFT_OF =
  /(?:^|[,;:(]\s*|\b(?:with|and|has|have|had|covers|covering|reaches|at)\s+)(?:an?\s+|the\s+)?((?:(?!\bwith\s)[\p{L}&’'\- ]){2,60}?)\s+of\s*$/u;
const LEFT_VERB = new RegExp(String.raw`([\p{L}\p{N}&’'\- ]{2,120}?)\s+${VERB}\s*$`, 'u');
/** "increase GDP to 200 billion yuan", "raised its exports by 20 percent": the measure is the verb's object. */
const OBJECT = String.raw`(?!(?:by|to|from|of|in|at|on|for|with|over|about|and|or|but|while|which|that)\b)((?:the|its|their)\s+[\p{L}&’'\- ]{2,60}?|[\p{L}&’'\- ]{2,60}?)`;
const TRANSITIVE_TO = new RegExp(
  String.raw`\b(?:${RAISING_VERBS})\s+${OBJECT}(?:\s+(?:from\s+[^,;]{1,40}?\s+)?to)?\s*$`,
  'u',
);
const TRANSITIVE_BY = new RegExp(String.raw`\b(?:${RAISING_VERBS})\s+${OBJECT}\s+by\s*$`, 'u');
/** A verb of amount right before the figure, its measure named after it ("garnered X in output value"). */
const AMOUNT_VERB_END =
  /\b(?:garnered|generated|generate|generates|registered|recorded|posted|achieved|realized|realised|saw|earned|logged|produced|handled|created|collected|took in|brought in|attracted|introduced)\s*$/;
const DETERMINER = /^(?:.*?\b(?<!\bof\s)(?:the|a|an|its|their|his|her|that of|those of|this|these)\s+)/i;
const SHARE_SCOPE =
  /^\s+(?:of|in)\s+(?:the\s+)?(country|nation|world|national total|global total|total|city|province|region|GDP)\b/i;
/** "of the whole" after a share: the words up to a stop. */
const OF_WHOLE = String.raw`^\s+(?:of|to)\s+(?:the\s+)?([\p{L}&’'\- ]{3,60}?)`;
const RIGHT_OF = new RegExp(
  String.raw`${OF_WHOLE}(?=[,;.)]|$|\s+(?:and|or)\s+(?:about\s+|nearly\s+|over\s+|more than\s+)?(?:\d|RMB|US\$|\$)|\s+(?:in|with|while|which|was|were|is|are|has|have|had|will|went|came|flowed)\b)`,
  'u',
);
/** "of the province's scientific and technological achievements that won national awards": when no stop is near, the words before "and". */
const RIGHT_OF_AND = new RegExp(String.raw`${OF_WHOLE}(?=\s+and\b)`, 'u');
// "reached a record 1.56 billion yuan", "hit a new high of": how notable a level is, not what it measures.
const QUALIFIER_TAIL = new RegExp(
  String.raw`\s*\b(?:${QUALIFIER_WORDS}|an?\s+(?:new\s+|all-time\s+|historic\s+)?(?:record|high)(?:\s+high)?(?:\s+of)?)\s*$`,
  'i',
);
const UNIT_LABELS: Record<string, string> = {
  'km²': 'Area',
  km: 'Length',
  'm²': 'Floor area',
  hectares: 'Area',
  mu: 'Area',
};
/** What a verb measures when its subject is a name: "X invested 45bn" is an investment. */
const VERB_MEASURES: Record<string, string> = {
  invested: 'Investment',
  invest: 'Investment',
  invests: 'Investment',
  raised: 'Funds raised',
  employs: 'Employees',
  attracted: 'Investment attracted',
  introduced: 'Investment attracted',
  covers: 'Area',
  spans: 'Area',
};
/** "a 6.1-percent increase", "representing 7 percent growth": the change is named after the figure. */
const GROWTH_AFTER =
  /^\s*(?:year[- ]on[- ]year\s+|annual\s+)?(?:increase|rise|growth|gain|jump|decline|drop|decrease|fall)\b/i;
/** A finite verb inside a phrase: the measure is what follows it ("firms in WND achieved an operating income"). */
const PHRASE_VERB =
  /^.*\b(?:achieved|recorded|realized|realised|posted|generated|saw|attracted|received|secured|earned|gained|completed|handled|reported|boasting|boasts|recording|posting|achieving|registering)\s+/i;
const verbOf = (left: string) => /(\w+)\s*$/.exec(left)?.[1]?.toLowerCase() ?? '';
const GENERIC_LABEL = /^(?:total|a total|number|the number|amount|value|it|they|this|that|which)$/i;

/** "- Regional GDP:" before a figure: a list item's key, the whole of what precedes its value. */
const KEY_COLON = /^\s*(?:[-•*·]\s*)?([A-Z][\p{L}&’' -]{2,60}?)\s*[:：]\s*$/u;

const OF_WHICH = /^.*,\s*(?:of|among)\s+which\s+(?:the\s+)?/i;
const PART_END = String.raw`(?=\s*(?:[,.;]|$|\s+(?:while|and|in|with|which|that|whereas)\b))`;
/** "60 percent of them are trading enterprises": the share is of what they are. */
const PART_IS = new RegExp(
  String.raw`^\s+(?:of\s+(?:them|which|these|those)\s+)?(?:are|were|is|was)\s+(?:the\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)${PART_END}`,
  'i',
);
/** "28 percent of which went to emerging industries": the share is where it went. */
const PART_TO = new RegExp(
  String.raw`^\s+(?:of\s+(?:them|which|these|those)\s+)?(?:(?:went|goes|go|flowed|was invested|were invested|was spent)\s+(?:to|into|in|on)|supported|funded|financed)\s+(?:the\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)${PART_END}`,
  'i',
);

export function labelFor(clause: string, q: Quantity, index: EntityIndex, subjectNames: string[]): MetricLabel | null {
  // A change "from 2.39 percent to 3.09 percent" is named before its "from".
  const before = clause.slice(0, Math.max(0, q.fromStart ?? q.figureStart));
  // "investment rose 21.6 percent, among which industrial investment surged 88.1 percent": a part,
  // named by its own words and never filed under the whole's metric.
  const ofWhich = OF_WHICH.exec(before);
  if (ofWhich) q = { ...q, part: true };
  const left = before
    .slice(ofWhich ? ofWhich[0].length : 0)
    .replace(/\bfrom\s+(?:the\s+)?$/i, '')
    .replace(/["“”]/g, '')
    // "gross domestic product (GDP) reached", "251.57 billion yuan (US$34.98 billion),": a gloss is not the measure.
    .replace(/\s*\([^()]{1,60}\)/g, '')
    // "added up to 10.81 billion yuan" is a total, not the upper bound "up to" names elsewhere.
    .replace(/\badd(?:ed|s|ing)?\s+up\s+to\s*$/i, 'amounted to')
    .replace(QUALIFIER_TAIL, '')
    // "increase by 300 to over 1,000", "dropped by 3.1 percent year-on-year to 120 billion yuan": the
    // level is labelled as the change is.
    .replace(CHANGE_THEN_LEVEL, ' to')
    // "growth in fixed-asset investment of 14.5 percent to reach 4.53 billion yuan": the level of what grew.
    .replace(/^.*\b(?:growth|increase|rise)\s+(?:in|of)\s+([\p{L}&’'\- ]{2,60}?)\s+of\s+to$/iu, '$1 rose to')
    .trimEnd();
  const right = clause.slice(q.end);
  // "GDP reached 20 billion yuan; the added value, 17.27 billion yuan": named before the comma.
  const gapped = gappedMeasure(left, q, right, subjectNames);
  let label: string | null = null;
  if (q.kind === 'rate') label = q.unit;
  else if (q.kind === 'count') label = q.noun ? countLabel(q.noun, right) : null;
  else if (q.rankChange) label = `Places ${q.rankChange === 'up' ? 'climbed' : 'lost'} in ranking`;
  else if (q.kind === 'rank') label = `Rank${scopeOf(right)}`;
  else if (q.kind === 'duration') label = 'Duration';
  else if (gapped) label = gapped;
  else if (q.kind === 'percent' && q.from === undefined && TRANSITIVE_BY.test(left.slice(-180))) {
    const object = cleanPhrase(TRANSITIVE_BY.exec(left.slice(-180))![1]!, subjectNames);
    label = object && !GENERIC_LABEL.test(object) ? `${object} growth` : 'Growth';
  } else if (q.kind === 'percent' && q.from === undefined && (GROWTH_CUE.test(left) || GROWTH_AFTER.test(right)))
    label = growthLabel(left.replace(/,?\s*(?:a|an|representing|marking|with)\s*$/i, ''), subjectNames);
  else {
    // Both patterns end at the figure and span at most ~150 characters: match on the tail only, so a
    // long sentence does not cost a scan from every one of its characters.
    const near = left.slice(-180);
    const of = LEFT_OF.exec(near)?.[1];
    const verb = LEFT_VERB.exec(near)?.[1];
    // "increased exports by 20 percent" is a growth, labelled as one elsewhere.
    const transitive = q.kind === 'percent' ? undefined : TRANSITIVE_TO.exec(near)?.[1];
    const candidate = [transitive, of, verb]
      // "The combined GDP of the top 100 counties (was)": the measure, not the set it is of.
      .map((c) =>
        c?.replace(
          /^(.*?\p{L}{2,}.*?)\s+of\s+(?:the\s+)?(?:top\s+|first\s+)?(?!(?:19|20)\d{2}\b)\d[\d,]*\s+[\p{L}\s-]+$/u,
          '$1',
        ),
      )
      .map((c) => (c ? cleanPhrase(c, subjectNames) : null))
      .find((c) => c && !GENERIC_LABEL.test(c));
    // "Tencent invested 45bn yuan": a name is who, not what; the verb says what.
    // A phrase with a number or a finite verb in it is a clause, not a measure ("zone now has 58 firms and").
    const clausal = !!candidate && /\d|\b(?:has|have|had|is|are|was|were|will|would|plans?|aims?)\b/i.test(candidate);
    // Of a clause, the words after its last verb or number name the measure ("Tencent will invest" -> invest).
    const tail = clausal
      ? candidate
          .replace(/^.*(?:\b(?:has|have|had|is|are|was|were|will|would|plans?|aims?)\b|\d\S*)\s*/i, '')
          .replace(/\s+(?:and|or)$/i, '')
          // "accounted for 162.6 billion yuan and other revenue (accounted for)": the next figure's measure.
          .replace(
            /^(?:(?:billion|million|trillion|thousand|yuan|dollars?|percent|per cent)\s+)*(?:and|while|but)\s+/i,
            '',
          )
          .trim()
      : '';
    if (clausal) label = UNIT_LABELS[q.unit] ? null : (VERB_MEASURES[tail.toLowerCase()] ?? (tail || null));
    else if (
      candidate &&
      /^[A-Z]\p{Ll}[\p{L}-]*(?:\s+[A-Z][\p{L}-]*)*$/u.test(candidate) &&
      !MEASURE_NOUNS.has(candidate.toLowerCase()) &&
      !index.metricCues.some((c) => candidate.toLowerCase().includes(c.cue))
    )
      label = VERB_MEASURES[verbOf(left)] ?? null;
    else label = candidate ?? null;
    // "a cluster worth RMB 100 billion": the value of the thing named right before "worth".
    const valued = /\b(?:worth|valued at)\s*$/.test(left)
      ? /((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s+(?:worth|valued at)\s*$/u.exec(left.slice(-80))?.[1]
      : undefined;
    if (valued) {
      const thing = valued
        .split(/\s+/)
        .filter(
          (w) => !/^(?:a|an|the|its|their|of|to|building|creating|developing|forming)$/i.test(w) && !/ing$/i.test(w),
        );
      label = thing.length > 0 ? `${thing.join(' ')} value` : label && `${label} value`;
    }
    if (q.kind === 'percent' || q.kind === 'fraction') {
      const scope = SHARE_SCOPE.exec(right)?.[1];
      const of2 = RIGHT_OF.exec(right)?.[1] ?? RIGHT_OF_AND.exec(right)?.[1];
      const part = PART_IS.exec(right)?.[1];
      const partTo = PART_TO.exec(right)?.[1];
      if (scope && label) label = `${label} (share of ${scope === 'GDP' ? scope : scope.toLowerCase()})`;
      else if (!label && part) label = `${part} (share)`;
      else if (!label && partTo) label = `share going to ${partTo}`;
      // "62 percent of which": the whole is the figure before, not a word to print.
      else if (!label && of2 && !/^(?:which|them|these|those|it|this|that)$/i.test(of2))
        label = `share of ${cleanPhrase(of2, subjectNames)}`;
      else if (label && /accounting for|accounts for|account for|accounted for/.test(left.slice(-20)))
        label = `${label} (share)`;
    }
    // "0.6 percentage points higher than that of the nationwide figure": a margin.
    const margin = /^\s*(higher|lower|more|less|above|below)\s+than\s+((?:[\p{L}’'-]+\s*){1,5})/iu.exec(right);
    if (!label && margin) label = `margin ${margin[1]!.toLowerCase()} than ${margin[2]!.trim()}`;
    // "the 1 trillion yuan ($143.7 billion) GDP benchmark": the noun right after the sum.
    const after = /^\s*(?:\([^)]*\)\s*)?([A-Z]{2,}|[a-z][\p{L}-]+(?:\s+[a-z][\p{L}-]+){0,2})(?=[\s,.;]|$)/u.exec(
      right,
    )?.[1];
    if (
      !label &&
      after &&
      (q.kind === 'currency' || q.kind === 'amount') &&
      !/^(?:in|on|at|by|for|to|from|and|or|but|while|whereas|as|which|that|of|with|a|an|the|per|each|from|last|this|year|yuan)\b/i.test(
        after,
      )
    )
      label = after;
    // "reported US$2.07 billion of newly registered foreign capital": the measure follows the figure.
    // "159 times the 1999 amount": a multiple of what follows.
    const base = /^\s+((?:the|that of|its|their)\s+[^,;.()]{3,50})/i.exec(right)?.[1];
    if (!label && q.kind === 'multiple' && base) label = `multiple of ${base.trim()}`;
    // "80 percent high-growth enterprises": the share's whole follows it.
    const whole = /^\s+([a-z][\p{L}-]+(?:\s+[a-z][\p{L}-]+){0,2})(?=[\s,.;]|$)/u.exec(right)?.[1];
    if (
      !label &&
      q.kind === 'percent' &&
      whole &&
      !/^(?:in|on|at|by|for|to|from|and|or|of|with|year|higher|lower|more|less|above|below|than|over|up|down|growth|increase|rise|went|goes|came|comes|was|were|is|are|has|have|had|will|\w+ed)\b/i.test(
        whole,
      )
    )
      label = `share of ${whole}`;
    // "the zone garnered 234.85 billion yuan in the total value of industries": the measure follows
    // "in"; the words before the verb are who garnered it, not what.
    const inMeasure = AMOUNT_VERB_END.test(left) ? measureAfter(right) : undefined;
    if (inMeasure && (q.kind === 'currency' || q.kind === 'amount')) label = cleanPhrase(inMeasure, subjectNames);
    if (!label && (q.kind === 'currency' || q.kind === 'amount')) {
      const named =
        /^\s*(?:\([^)]*\)\s*)?of\s+([\p{L}&’'\- ]{3,60}?)(?=[,;.)]|$|\s+(?:and|in|with|while|which|from|for|by|to)\b)/iu.exec(
          right,
        )?.[1];
      if (named) label = cleanPhrase(named, subjectNames);
    }
    // A headline's bare noun phrase: "Investment above $115b in Xiong'an New Area"; a list's
    // "- Regional GDP: 76.8 billion yuan", "General public budget revenue: 2.346 billion yuan".
    const keyed = KEY_COLON.exec(left)?.[1];
    const bare = keyed ?? left;
    if (
      !label &&
      /^[\p{L}&’' -]{3,60}$/u.test(bare) &&
      bare.trim().split(/\s+/).length <= (keyed ? 6 : 4) &&
      !/\b(?:will|would|has|have|is|are|was|were)\b/i.test(bare)
    )
      label = cleanPhrase(bare, subjectNames);
    // "generated gross revenue over 3.5 trillion yuan": the object of a verb of amount, right before the figure.
    const object =
      /\b(?:generated|recorded|posted|achieved|reported|saw|registered|realized|realised|logged|earned|produced|handled)\s+((?:[a-z][\p{L}&-]*\s+){0,3}[a-z][\p{L}&-]*)$/u.exec(
        left,
      )?.[1];
    if (!label && object && !/^(?:a|an|the|its|their|of|to|in)$/.test(object))
      label = cleanPhrase(object, subjectNames);
    label ??= VERB_MEASURES[verbOf(left)] ?? UNIT_LABELS[q.unit] ?? null;
  }
  // "increased by 330 million yuan to 1.48 billion yuan": the first sum is how much the level grew.
  const increment =
    q.kind !== 'percent' &&
    /\bby\s*$/i.test(before) &&
    /^\s+(?:year[- ]on[- ]year\s+)?to\s+(?:(?:over|more than|about|nearly|around|almost|some)\s+)?(?:RMB|US\$|\$|¥)?\s*\d/i.test(
      clause.slice(q.end),
    );
  if (label && increment) label = `${label.replace(/\s+increase$/i, '')} increase`;
  return label ? canonicalLabel(label, q, index) : null;
}

/**
 * A list whose later clauses drop the verb: "investment reached 23.15 billion yuan, and exports,
 * $1.87 billion", "imports soared 127.2 percent to 2.68 billion yuan and exports, 64.6 percent to
 * 2.56 billion yuan". The measure stands before the comma that stands for the verb; a percentage is
 * taken so only as the change to a level that follows it ("64.6 percent to").
 */
const GAPPED =
  /\d[^,;]*?(?:[,;]\s*(?:and\s+)?|\s+and\s+)(?:the\s+|its\s+|their\s+)?((?!(?:in|on|at|by|for|from|during|since|of|to|as|while|meanwhile|however|besides|respectively|among|including)\b)[a-z][\p{L}&’'\- ]{2,60}?),\s*(?:to\s*)?$/u;
const GAPPED_CLAUSE = /^\s*(?:and\s+)?(?:the|its|their)\s+([a-z][\p{L}&’'\- ]{2,60}?),\s*(?:to\s*)?$/u;
const CLAUSE_WORD =
  /\b(?:is|are|was|were|has|have|had|will|which|that|while|with|by|of which|respectively|including|such as|year|years|month|months|period|quarter|half)\b/i;

function gappedMeasure(left: string, q: Quantity, right: string, subjectNames: string[]): string | null {
  if (q.kind !== 'currency' && q.kind !== 'amount' && q.kind !== 'percent') return null;
  // Or the list's later clause begins in lower case after a semicolon: "; the added value, 17.27 billion yuan".
  const measure = GAPPED.exec(left.slice(-160))?.[1] ?? GAPPED_CLAUSE.exec(left)?.[1];
  if (!measure || CLAUSE_WORD.test(measure)) return null;
  if (q.kind !== 'percent') return cleanPhrase(measure, subjectNames);
  return /^\s+to\s+(?:RMB|US\$|\$|¥)?\s*\d/.test(right) ? `${cleanPhrase(measure, subjectNames)} growth` : null;
}

/** "by 3.1 percent year-on-year to", "by 10.28% compared to the same period last year to": a change, then its level. */
const CHANGE_THEN_LEVEL = new RegExp(
  String.raw`\s+(?:by\s+|(?:saw|posted|recorded|with)\s+an?\s+)?(?:(?:over|more than|about|nearly|around|almost)\s+)?(?:RMB\s?|US\$|\$|¥)?[\d,.]+(?:\s*(?:percent|per cent|%)|(?:\s+(?:thousand|million|billion|trillion))?(?:\s+(?:yuan|US dollars|dollars))?)(?:\s+(?:year[- ]on[- ]year\s+)?(?:increase|rise|growth|decline|drop))?(?:\s+(?:${YEAR_ON_YEAR}))?,?\s+to(?:\s+(?:reach|hit|total|top))?\s*$`,
  'i',
);

/** A label's metric: the `metrics.md` row whose cue it contains, else a slug of the article's words. */
export function canonicalLabel(label: string, q: Quantity, index: EntityIndex): MetricLabel {
  const lower = label.toLowerCase();
  // A count ("three pilot areas") or a sum of money never takes a metric measured in a unit (Area, in km²).
  // A part of a count ("200 of them are foreign-invested") is its own measure, never the whole's metric.
  const cue = q.part
    ? undefined
    : index.metricCues.find(
        (c) =>
          lower.includes(c.cue) &&
          !(q.kind === 'count' && c.unit) &&
          !(q.kind === 'currency' && c.unit) &&
          // "share of foreign investment", "the belt's share of the country's GDP" is a share, not the
          // Investment or GDP metric; a metric in percent may be one ("R&D spending as a share of GDP").
          !(/(?:^|\s)(?:share|proportion) of /.test(lower) && !c.id.endsWith('share') && c.unit !== '%'),
      );
  if (cue) {
    // "fixed-asset investment growth" is the growth of the Investment metric, not Investment.
    if (/\bgrowth$/i.test(label) && !/growth/i.test(cue.name))
      return { id: `${cue.id}-growth`, label: `${cue.name} growth` };
    if (/\bincrease$/i.test(label) && !/increase/i.test(cue.name))
      return { id: `${cue.id}-increase`, label: `${cue.name} increase` };
    // "R&D investment accounting for 4 %": a share of a sum is not the sum's metric.
    if (/\(share\)$/.test(label) && cue.unit !== '%' && !cue.id.endsWith('share'))
      return { id: `${cue.id}-share`, label: `${cue.name} (share)` };
    const scope = /\(share of [^)]+\)$/.exec(label)?.[0];
    // A metric in percent is a share already: "R&D investment (share of GDP)" is R&D intensity.
    if (scope && !cue.id.endsWith('share') && cue.unit !== '%')
      return { id: `${cue.id}-${entitySlug(scope)}`, label: `${cue.name} ${scope}` };
    return { id: cue.id, label: cue.name, ...(cue.unit ? { unit: cue.unit } : {}) };
  }
  return { id: entitySlug(label), label: label.charAt(0).toUpperCase() + label.slice(1) };
}

/** The growth of a measure: its own metric when the tables have one ("GDP growth"), else the measure's id with "-growth". */
export function growthOf(measure: MetricLabel, q: Quantity, index: EntityIndex): MetricLabel {
  const base = measure.label.replace(/\s+growth$/i, '');
  const own = { id: `${measure.id.replace(/-growth$/, '')}-growth`, label: `${base} growth` };
  // A measure kept apart from the tables' ("Industrial investment", a part) keeps its growth apart too.
  if (!index.metricCues.some((c) => c.id === measure.id.replace(/-growth$/, ''))) return own;
  const named = canonicalLabel(`${base} growth`, q, index);
  return /growth/i.test(named.label) ? { id: named.id, label: named.label } : own;
}

/** Trims a noun phrase to its core: no leading clause, determiner or "of <the subject>". */
function cleanPhrase(phrase: string, subjectNames: string[]): string {
  // "a strong rebound in Nansha as the gross merchandise sales (jumped)": a clause opened by "as" names its own measure.
  let p = phrase.split(/[,;:]|\b(?:while|and then|as(?=\s+(?:the|its|their)\s))\b/).pop()!;
  // "by the end of 2009 a total investment (of)": a date the writer did not set off by a comma.
  const dated =
    /^(?:.*?\b)?(?:by|in|at|until|as of)\s+(?:the\s+(?:end|beginning|start|middle)\s+of\s+)?(?:19|20)\d{2}\s+(.*)$/i.exec(
      p,
    );
  if (dated && /\p{L}{3}/u.test(dated[1]!)) p = dated[1]!;
  // "data showed that the zone's revenue": the measure follows "that"; "enterprises that produce new
  // products (are predicted to)": a relative clause follows the measure.
  const relative = /^(.*?)\s+\b(?:that|which|where|who)\b(?!\s+of\b)\s+(.*)$/.exec(p.trim());
  if (relative)
    p =
      /\b(?:said|says|showed|shows|show|announced|reported|noted|means|added)$/i.test(relative[1]!) ||
      !/\p{L}{3}/u.test(relative[1]!)
        ? relative[2]!
        : relative[1]!;
  p = p.trim();
  // "high-tech enterprises are projected to (increase by 300)": the goal's wording is not the measure.
  p = p.replace(
    /\s+(?:is|are|was|were|will be)\s+(?:projected|expected|predicted|forecast|set|seen|estimated|likely|planned|poised)(?:\s+to)?$/i,
    '',
  );
  const afterVerb = p.replace(PHRASE_VERB, '');
  if (afterVerb !== p && /\p{L}{3}/u.test(afterVerb)) p = afterVerb;
  // "double-digit growth in fixed-asset investment (of 14.5 percent)": the growth of what follows "in".
  const grown = /\bgrowth\s+(?:in|of)\s+([\p{L}&’'\- ]{3,60})$/u.exec(p);
  if (grown) p = `${grown[1]} growth`;
  // "Total revenues for all businesses in the zone" measures total revenues: where and for whom are not the measure.
  const head = p.replace(/\s+(?:for|in|at|across|among|within|from|on|by|under|with|during)\s+.*$/i, '');
  if (/\p{L}{3}/u.test(head)) p = head;
  p = p
    .replace(/^(?:and|or|but|while|whereas|then|whose|with)\s+/i, '')
    // "whose total amount of capital": the capital.
    .replace(/^(?:the\s+)?(?:total\s+)?amount\s+of\s+(?=\p{L}{3})/iu, '')
    // "the number of newly registered enterprises" counts newly registered enterprises.
    .replace(/^(?:the\s+)?(?:total\s+)?number\s+of\s+(?=\p{L}{3})/iu, '')
    // "per capita GDP of the city": whose it is, not what ("of the country" names a national share's whole).
    .replace(/\s+of\s+(?:the|this|that|its)\s+(?:city|district|zone|park|area|county)$/i, '')
    .replace(DETERMINER, '')
    .replace(/^(?:district|zone|city|park|region|area|province|country|nation|company|firm|corridor)['’]s\s+/i, '')
    .trim();
  for (const name of subjectNames) {
    const escaped = escapeRegExp(name);
    p = p
      .replace(new RegExp(`\\s+(?:of|in)\\s+${escaped}$`, 'i'), '')
      .replace(new RegExp(`^${escaped}['’]s\\s+`, 'i'), '');
  }
  const words = p.split(/\s+/);
  return (words.length > 12 ? words.slice(0, 12) : words).join(' ');
}

/** "37 units from the nine cities applied": a count of a noun that says nothing is named by what they did. */
function countLabel(noun: string, right: string): string {
  if (FIRM_NOUNS.has(noun.toLowerCase())) {
    // "companies in the field of artificial intelligence", "enterprises in the integrated circuit industry"
    const field =
      /^\s+(?:in|from)\s+(?:the\s+)?(?:(?:fields?|sectors?|areas?)\s+of\s+([a-z][a-z\- ]{2,40}?)(?=[,.;]|\s+(?:and|have|has|had|are|were|is|in|with)\b|$)|([a-z][a-z\- ]{2,40}?)\s+(?:industry|industries|sector|sectors|field|fields)\b)/.exec(
        right,
      );
    const what = field?.[1] ?? field?.[2];
    return what ? `${what} ${noun.toLowerCase()}` : noun;
  }
  if (!VAGUE_COUNT_NOUNS.has(noun.toLowerCase())) return noun;
  const did =
    /^\s+(?:from\s+[^,.;]{1,60}?\s+|in\s+[^,.;]{1,60}?\s+)?(?:have\s+|had\s+)?(applied|participated|signed up|signed|registered|bid|took part|joined|competed|submitted|settled|won)\b/i.exec(
      right,
    )?.[1];
  return did ? `${noun} that ${did.toLowerCase()}` : noun;
}

/** "ranks 29th nationwide in advanced manufacturing" -> " in advanced manufacturing". */
function scopeOf(right: string): string {
  const m = /^\s*(?:nationwide\s+|globally\s+)?((?:in|among|on)\s+[^,;.()]{3,60})/i.exec(right);
  return m ? ` ${m[1]!.trim().split(/\s+/).slice(0, 8).join(' ')}` : '';
}

/** "(210.27 billion yuan) in GDP, ...": the measure named by "in" right after a sum. */
export function measureAfter(right: string): string | undefined {
  return /^\s*(?:\([^)]*\)\s*)?in\s+(?:the\s+)?(?!(?:first|second|third|fourth|last|past|previous|same|this|that|total(?=\s*(?:[,;.)]|$))|all|each|recent|early|late|mid|year|years|months?|quarters?)\b)([a-z][\p{L}&’'\- ]{2,60}?|GDP|[A-Z]{2,5}\b[\p{L}&’'\- ]{0,40}?)(?=[,;.)]|$|\s+(?:and|in|with|while|which|from|for|by|to|up|down|above|below)\b)/u.exec(
    right,
  )?.[1];
}

/** A change is labelled by the measure that changed: "Total revenues reached ..., up 12.59%" -> "Total revenues growth". */
function growthLabel(whole: string, subjectNames: string[]): string {
  // "Imports soared 69.5 percent while exports edged up 1.9 percent": the clause the figure is in.
  // "..., with imports growing by 65 percent": so is a clause opened by "with".
  const left = whole.split(/\b(?:while|whereas|but)\b|;|,\s+with\b/).pop()!;
  const head =
    /^(?:.*?[,;:]\s+)?(?:in [^,]{2,40},\s+)?([\p{L}&’'\- ]{2,80}?)\s+(?:reached|hit|was|were|totaled|totalled|stood at|rose|grew|increased|amounted to|registered|recorded|saw|realized|achieved|soared|surged|jumped|climbed|expanded|edged|fell|dropped|declined|plunged|growing|rising|climbing|increasing|surging|jumping)\b/iu.exec(
      left,
    );
  const measure = head ? cleanPhrase(head[1]!, subjectNames) : '';
  return measure && !GENERIC_LABEL.test(measure) ? `${measure} growth` : 'Growth';
}
