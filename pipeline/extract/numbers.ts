/**
 * Figures in a sentence -> quantities in base units. "57.92 million" -> 57920000,
 * "45 billion yuan" -> 45e9 CNY, "RMB 100 billion (US$13.8 billion)" -> 1e11 CNY with the USD
 * figure kept, "1/15" and "one-fifth" -> fractions, "260 robots per 10,000 people" -> a rate.
 * Qualifiers ("nearly", "more than") are kept: they are part of what the source claims.
 */
import { escapeRegExp } from '../text/escape.js';
import { MONTH } from '../text/dates.js';
import {
  CLAUSE_VERBS,
  CURRENCY_PREFIX,
  CURRENCY_SUFFIX,
  NAME_WORDS_BEFORE,
  NOT_COUNTED,
  NOUN_STOP,
  NUMBERED_PHRASES,
  ORDINALS,
  QUALIFIERS,
  SCALES,
  WORD_FRACTIONS,
  WORD_NUMBER_PATTERN,
  WORD_NUMBERS,
} from './vocabulary.js';

export type QuantityKind =
  | 'percent'
  | 'currency'
  | 'fraction'
  | 'area'
  | 'length'
  | 'rate'
  | 'multiple'
  | 'count'
  | 'amount'
  | 'rank'
  | 'duration';

export interface Quantity {
  kind: QuantityKind;
  value: number;
  unit: string;
  /** For counts and rates: the noun phrase counted ("science and innovation cooperation tasks"). */
  noun?: string;
  qualifier?: string;
  /** The figure as printed, from the number to the unit (the qualifier is kept apart). */
  figure: string;
  /** Where the number itself starts: words before it (even "exceeds") are the label's. */
  figureStart: number;
  start: number;
  end: number;
  alternate?: { value: number; unit: string; figure: string };
  /** "793 of them are from Macao": a part of the count before it, measured on its own. */
  part?: true;
  /** "extended from 40 kilometers to 180 kilometers": the earlier value. */
  from?: number;
  /** "climbed 125 places": a rank's change, not a rank, up or down. */
  rankChange?: 'up' | 'down';
  /** Where "from <earlier value>" starts: the measure is named before it. */
  fromStart?: number;
}

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const WORD_NUM = WORD_NUMBER_PATTERN();
// Compact: a count word and a denominator word ("two thirds", "a fifteenth"); the value is looked up, and
// combinations that are no fraction ("nine thirds") are not in WORD_FRACTIONS, so they read as nothing.
const DENOMINATOR = `(?:${[...Object.keys(ORDINALS), 'quarter'].map((w) => `${w}s?`).join('|')})`;
const WORD_FRAC = `half|(?:a|an|one|two|three|four|five|six|seven|eight|nine)[ -](?:half|${DENOMINATOR})`;
// "45 billion", and the short forms stuck to the number or not: "45bn", "1.2 trn".
const scale = (name: string) =>
  String.raw`(?:\s?(?<${name}s>bn|trn|mln)\b|[\s-]+(?<${name}>ten thousand|thousand|million|billion|trillion))?`;
const qual = (name: string) => String.raw`(?<![\p{L}\p{N}])(?:(?<${name}>${QUALIFIERS})\s+)?`;
const CUR_PRE = String.raw`(?<cur>RMB|CNY|US\$|USD|HK\$|EUR|[$¥€])\s?`;
const CUR_PRE_PLAIN = String.raw`(RMB|CNY|US\$|USD|HK\$|EUR|[$¥€])\s?`;
const SCALE = String.raw`(?:\s+(ten thousand|thousand|million|billion|trillion))?`;
const CUR_SUF = String.raw`[\s-]*(yuan|RMB|CNY|US dollars|Hong Kong dollars|dollars|USD|euros)`;

/** Units read after a number, in the order tried: the first that matches names the figure's kind. */
const UNIT_AFTER: { pattern: RegExp; kind: QuantityKind; unit: (m: RegExpExecArray) => string }[] = [
  { pattern: /^[\s-]*(?:%|percent\b|per cent\b|percentage points?\b)/i, kind: 'percent', unit: () => '%' },
  { pattern: new RegExp(`^${CUR_SUF}\\b`, 'i'), kind: 'currency', unit: (m) => CURRENCY_SUFFIX[m[1]!.toLowerCase()]! },
  // "a 171-square-kilometer area", "the 30-sq/km port": a measure used as an adjective.
  {
    pattern: /^[\s-]*(?:square[\s-]kilomet(?:er|re)s?|square km|sq\.?[\s/]?km|km2|km²)/i,
    kind: 'area',
    unit: () => 'km²',
  },
  { pattern: /^\s*(?:square met(?:er|re)s?|sq\.? ?m\b|m2\b|m²)/i, kind: 'area', unit: () => 'm²' },
  { pattern: /^\s*(?:hectares?|ha\b)/i, kind: 'area', unit: () => 'hectares' },
  { pattern: /^\s*mu\b/i, kind: 'area', unit: () => 'mu' },
  { pattern: /^[\s-]*(?:kilomet(?:er|re)s?|km)\b/i, kind: 'length', unit: () => 'km' },
  { pattern: /^[\s-]*(?:times|fold)\b/i, kind: 'multiple', unit: () => '×' },
  // Physical quantities, in one spelling each: "160 million metric tons", "100GW", "2 million TEUs".
  { pattern: /^\s*(?:metric\s+)?(?:tons?|tonnes?)\b/i, kind: 'amount', unit: () => 'tonnes' },
  { pattern: /^\s*(GW|MW|kW|GWh|MWh|kWh)\b/, kind: 'amount', unit: (m) => m[1]! },
  { pattern: /^\s*TEUs?\b/, kind: 'amount', unit: () => 'TEU' },
];

function unitAfter(rest: string): { kind: QuantityKind; unit: string; length: number } | null {
  for (const u of UNIT_AFTER) {
    const m = u.pattern.exec(rest);
    if (m) return { kind: u.kind, unit: u.unit(m), length: m[0].length };
  }
  return null;
}

/** One pattern, tried left to right; the named groups say which shape matched. */
// The qualifier is tried once per position, then the three shapes (one regex: one scan of the sentence).
const FIGURE = new RegExp(
  `${qual('q')}(?:${[
    // "$115b", "US$13.8bn": after a currency sign a bare letter is a scale.
    `(?:${CUR_PRE})(?<pnum>${NUM})(?:(?<s1b>b|tn|m)\\b)?${scale('s1')}`,
    String.raw`(?<frac>\d{1,3}/\d{1,3}|${WORD_FRAC})(?![\w/-])`,
    String.raw`(?<num>${NUM}|${WORD_NUM})(?:(?=\s?(?:bn|trn|mln)\b)|(?=(?:GW|MW|kW|GWh|MWh|kWh)\b)|(?![\p{L}]|[.,/]?\d))${scale('s3')}`,
  ].join('|')})`,
  'giu',
);

export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(text); m; m = FIGURE.exec(text)) {
    const q = readFigure(text, m);
    if (q) {
      out.push(q);
      FIGURE.lastIndex = q.end;
    }
  }
  for (const q of [...ranksIn(text), ...durationsIn(text)]) {
    if (!out.some((o) => o.start < q.end && q.start < o.end)) out.push(q);
  }
  // "jumped two spots" is a move in a ranking, not a count of spots.
  for (const q of rankChangesIn(text)) {
    for (let i = out.length - 1; i >= 0; i--) if (out[i]!.start < q.end && q.start < out[i]!.end) out.splice(i, 1);
    out.push(q);
  }
  const phrases = [...text.matchAll(NUMBERED_PHRASES)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const kept = out.filter((q) => !phrases.some((p) => q.figureStart < p.end && p.start < q.end));
  kept.push(...subsetCounts(text, kept));
  const shared = sharedUnits(text, kept);
  const rest = kept.filter((q) => q.unit !== '' || !shared.some((x) => x.start === q.start));
  return rangesIn(
    text,
    mergeFromTo(
      text,
      [...rest, ...shared].sort((a, b) => a.start - b.start),
    ),
  );
}

/**
 * "80 to 100 industrial companies", "one or two companies": a range. Its upper end is the value;
 * the lower end is kept as its qualifier, so it prints as the text says it and never as exactly
 * 100. "by 300 to 1,000" and "from six to eight" are changes, read elsewhere.
 */
const RANGE_LOW = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,$¥-])(\d[\d,]*(?:\.\d+)?|one|${WORD_NUM})\s+(to|or)\s+$`,
  'iu',
);
function rangesIn(text: string, found: Quantity[]): Quantity[] {
  return found.map((q) => {
    if (q.qualifier || q.from !== undefined || q.kind === 'rank' || q.kind === 'duration') return q;
    const before = text.slice(Math.max(0, q.figureStart - 30), q.figureStart);
    const low = RANGE_LOW.exec(before);
    if (!low || /\b(?:from|by|of|between)\s+$/i.test(before.slice(0, low.index))) return q;
    return { ...q, qualifier: `${low[1]} ${low[2]!.toLowerCase()}`, start: q.figureStart - low[0].length };
  });
}

/**
 * "1,360 companies ..., 793 of them are from Macao", "800 enterprises, of which nearly 200 are
 * foreign-invested, 32 are listed companies": a part of the count before, named by what it is.
 */
const SUBSET = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])(?:(?<n1>${NUM}|${WORD_NUM})\s+of\s+(?:them|these|those)\s+(?:are|were|is|was|have|had|come|came)\s+|(?:of which|among them|among which)\s+(?:(?<q>${QUALIFIERS})\s+)?(?<n2>${NUM}|${WORD_NUM})\s+(?:are|were|have|had)\s+)(?<tail>[^,;.]{2,60})`,
  'giu',
);
const MORE_OF_SUBSET = new RegExp(String.raw`^\s*,\s*(?:and\s+)?(${NUM})\s+(?:are|were)\s+([^,;.]{2,60})`, 'iu');
function subsetCounts(text: string, found: Quantity[]): Quantity[] {
  if (!/\bof (?:them|these|those|which)\b|\bamong (?:them|which)\b/i.test(text)) return [];
  const out: Quantity[] = [];
  for (const m of text.matchAll(SUBSET)) {
    const whole = found.filter((q) => q.kind === 'count' && q.end <= m.index).pop();
    if (!whole?.noun) continue;
    const raw = m.groups!.n1 ?? m.groups!.n2!;
    const start = m.index + m[0].indexOf(raw, m.groups!.q ? m[0].indexOf(m.groups!.q) + m.groups!.q.length : 0);
    const parts = [{ raw, start, tail: m.groups!.tail! }];
    let after = m.index + m[0].length;
    for (let more = MORE_OF_SUBSET.exec(text.slice(after)); more; more = MORE_OF_SUBSET.exec(text.slice(after))) {
      parts.push({ raw: more[1]!, start: after + more[0].indexOf(more[1]!), tail: more[2]! });
      after += more[0].length;
    }
    for (const part of parts) {
      if (found.some((f) => f.start <= part.start && part.start < f.end)) continue;
      const value = /^[a-z]/i.test(part.raw) ? WORD_NUMBERS[part.raw.toLowerCase()]! : parseNumber(part.raw);
      out.push({
        kind: 'count',
        value,
        unit: whole.unit,
        noun: subsetNoun(whole, part.tail.trim()),
        part: true,
        ...(part === parts[0] && m.groups!.q ? { qualifier: normalizeQualifier(m.groups!.q) } : {}),
        figure: part.raw,
        figureStart: part.start,
        start: part.start,
        end: part.start + part.raw.length,
      });
    }
  }
  return out;
}

/** "from Macao" -> "companies from Macao"; "foreign-invested" -> "foreign-invested enterprises"; "listed companies" stays. */
function subsetNoun(whole: Quantity, tail: string): string {
  const words = tail.split(/\s+/).slice(0, 5);
  const last = words[words.length - 1]!.toLowerCase();
  if (words.length > 1 && (last === whole.unit || /[^s]s$/.test(last))) return words.join(' ');
  if (/^(?:from|in|at|with|based|located)$/i.test(words[0]!)) return `${whole.noun} ${words.join(' ')}`;
  return `${words.join(' ')} ${whole.noun}`;
}

/** "100.9 and 170.6 square kilometers", "5.2, 6.1 and 7 percent": the numbers before share the last one's unit. */
const SHARED_UNIT = new RegExp(String.raw`(?<![\p{L}\p{N}.,])(${NUM})((?:\s*,\s*(?:${NUM}))*)\s*,?\s+and\s+$`, 'u');
function sharedUnits(text: string, found: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (const q of found) {
    const lead = /^\d[\d,.]*/.exec(q.figure)?.[0];
    if (!lead || q.kind === 'rank' || q.kind === 'duration' || q.qualifier) continue;
    const before = text.slice(Math.max(0, q.figureStart - 80), q.figureStart);
    const m = SHARED_UNIT.exec(before);
    // "between 3 and 5 percent" is a range, not two figures.
    if (!m || /\bbetween\s+$/i.test(before.slice(0, m.index))) continue;
    const factor = q.value / parseNumber(lead);
    let at = q.figureStart - m[0].length;
    for (const n of [
      m[1]!,
      ...m[2]!
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    ]) {
      const start = text.indexOf(n, at);
      at = start + n.length;
      // "1.2 and 3.4 billion yuan": a bare "1.2" read as an amount gives way.
      const clash = found.find((f) => f.start <= start && start < f.end);
      if (clash && clash.unit !== '') continue;
      out.push({
        kind: q.kind,
        value: parseNumber(n) * factor,
        unit: q.unit,
        ...(q.noun ? { noun: q.noun } : {}),
        figure: n,
        figureStart: start,
        start,
        end: at,
      });
    }
  }
  return out;
}

const ORDINAL_WORD = Object.keys(ORDINALS).join('|');
/** "ranks 29th", "ranking third", "was ranked No. 5": a position, unit "rank". */
const RANK = new RegExp(
  String.raw`\b(?:ranks?|ranked|ranking|placed|placing|came|comes|stood|stands)\s+(?:as\s+)?(?:No\.?\s*)?(?<n>\d{1,3}(?:st|nd|rd|th)?|${ORDINAL_WORD})\b`,
  'gi',
);
/** "were also first in the municipality", "is second among": a position stated with "be". */
const RANK_BE =
  /\b(?:is|are|was|were)\s+(?:also\s+|now\s+)?(?:the\s+)?(?<n>first|second|third|fourth|fifth)\s+(?=in\b|among\b|nationwide\b)/gi;
/** "ascended to the 16th place", "ranked at the 6th place": a position named as a place. */
const RANK_PLACE = new RegExp(
  String.raw`\b(?:at|to|in|into|took|take|takes|taking|won|wins|holds?|held|occupie[sd]|occupying|secured|claimed)\s+(?:the\s+)?(?<n>\d{1,3}(?:st|nd|rd|th)|${ORDINAL_WORD})\s+(?=place\b|position\b|spot\b)`,
  'gi',
);
const RANK_CHANGE = new RegExp(
  String.raw`\b(?:(?<up>climbed|climbs|jumped|jumps|rose|rises|moved up|moves up|advanced|advances|leapt|leaped)|(?<down>fell|falls|dropped|drops|slipped|slips|moved down|declined))\s+(?:by\s+)?(?<n>\d{1,3}|${WORD_NUM})\s+(?:places?|spots?|positions?|rungs?|notches?)\b`,
  'gid',
);
function rankChangesIn(text: string): Quantity[] {
  return [...text.matchAll(RANK_CHANGE)].map((m) => {
    const n = m.groups!.n!;
    const figureStart = m.indices!.groups!.n![0];
    const value = WORD_NUMBERS[n.toLowerCase()] ?? Number.parseInt(n, 10);
    const end = m.index! + m[0].length;
    return {
      kind: 'rank',
      value,
      unit: 'rank',
      figure: text.slice(figureStart, end),
      figureStart,
      start: figureStart,
      end,
      rankChange: m.groups!.up ? 'up' : 'down',
    } satisfies Quantity;
  });
}

function ranksIn(text: string): Quantity[] {
  // Most sentences state no rank: skip the scans unless a rank word is there.
  if (!/\b(?:rank|plac|came|comes|stood|stands|first|second|third|fourth|fifth|position|spot)/i.test(text)) return [];
  const ranks = [...text.matchAll(RANK), ...text.matchAll(RANK_BE), ...text.matchAll(RANK_PLACE)];
  return ranks.map((m) => {
    const n = m.groups!.n!;
    const figureStart = m.index! + m[0].length - n.length;
    const value = ORDINALS[n.toLowerCase()] ?? Number.parseInt(n, 10);
    return {
      kind: 'rank',
      value,
      unit: 'rank',
      figure: n,
      figureStart,
      start: figureStart,
      end: figureStart + n.length,
    };
  });
}

/** "It took 15 years", "for nine consecutive years", "40 minutes by high-speed rail": a duration that is the point. */
const DURATION = new RegExp(
  String.raw`(?:\b(?:took|takes|take|taking|for|only|just|within)\s+(?:about\s+|nearly\s+|over\s+)?)(?<n>\d+(?:\.\d+)?|${WORD_NUM})(?<consecutive>\s+consecutive)?\s+(?<unit>minutes|hours|days|months|years)\b|(?<n2>\d+(?:\.\d+)?|${WORD_NUM})\s+(?:consecutive\s+(?<unit2>years|months)|(?<unit3>minutes|hours)(?=\s+(?:by|via|on|from|away|drive|ride)\b))\b`,
  'gi',
);
function durationsIn(text: string): Quantity[] {
  const out: Quantity[] = [];
  if (!/\b(?:minutes|hours|days|months|years)\b/i.test(text)) return out;
  for (const m of text.matchAll(DURATION)) {
    const n = m.groups!.n ?? m.groups!.n2!;
    const unit = (m.groups!.unit ?? m.groups!.unit2 ?? m.groups!.unit3!).toLowerCase();
    // "within three years" is a deadline, read by the target extractor.
    if (/^within/i.test(m[0])) continue;
    const figureStart = m.index! + m[0].indexOf(n);
    const value = WORD_NUMBERS[n.toLowerCase()] ?? Number(n);
    const end = m.index! + m[0].length;
    out.push({
      kind: 'duration',
      value,
      unit,
      figure: text.slice(figureStart, end),
      figureStart,
      start: figureStart,
      end,
    });
  }
  return out;
}

/** Month names are capitalised: "may" is a verb. */
const DAY_AFTER_MONTH = new RegExp(`\\b${MONTH}\\s+$`);
const MONTH_AFTER_DAY = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?![\\p{L}])`, 'u');

function readFigure(text: string, m: RegExpExecArray): Quantity | null {
  const g = m.groups ?? {};
  const qualifierText = g.q;
  const start = m.index;
  // "added up to 10.81 billion yuan" is a total: "up to" is no upper bound there.
  const summed = /^up\s+to$/i.test(qualifierText ?? '') && /\badd(?:ed|s|ing)?\s+$/i.test(text.slice(0, start));
  const qualifier = summed ? undefined : normalizeQualifier(qualifierText);
  const numberStart = qualifierText ? text.indexOf(qualifierText, start) + qualifierText.length + 1 : start;
  const before = text.slice(Math.max(0, numberStart - 12), numberStart);
  // "the first half of the year" is a period, not a fraction.
  if (g.frac && /\b(?:first|second|latter|former|last|past|previous|next)\s+$/i.test(before)) return null;
  // "a third batch": a fraction in words is followed by "of", a determiner or a pause.
  if (
    g.frac &&
    /^(?:a|an|one)[ -]/i.test(g.frac) &&
    !/^\s*(?:of\b|the\b|its\b|their\b|[,.;)])/i.test(text.slice(m.index + m[0].length))
  )
    return null;
  if (!g.pnum && (/[\p{L}\p{N}+#/-]$/u.test(before) || NAME_WORDS_BEFORE.test(before))) return null;
  let end = start + m[0].length;
  const rest = () => text.slice(end);
  // Where the figure is and how it is qualified: the same for every shape, read at the current end.
  const placed = () => ({ qualifier, figure: text.slice(numberStart, end), figureStart: numberStart, start, end });
  // "21 billion 700 million yuan", "$3 billion 520 million": a Chinese amount (亿 then 万) carried into
  // English keeps its second part, smaller in scale, which adds to the first.
  const remainder = (scale: number) => {
    const more = REMAINDER.exec(rest());
    if (!more || scaleOf(more[2]) >= scale) return 0;
    end += more[0].length;
    return scaled(parseNumber(more[1]!), scaleOf(more[2]));
  };

  if (g.pnum) {
    const scale = scaleOf(g.s1 ?? g.s1s ?? g.s1b);
    const value = scaled(parseNumber(g.pnum), scale) + remainder(scale);
    const unit = CURRENCY_PREFIX[g.cur!.toLowerCase()] ?? 'CNY';
    return withAlternate(text, {
      kind: 'currency',
      value,
      unit,
      ...placed(),
    });
  }
  if (g.frac) {
    const value = g.frac.includes('/') ? fraction(g.frac) : (WORD_FRACTIONS[g.frac.toLowerCase()] ?? null);
    if (value === null || !(value > 0 && value <= 1)) return null;
    return {
      kind: 'fraction',
      value,
      unit: 'share',
      ...placed(),
    };
  }
  const raw = g.num!;
  const isWord = /^[a-z]/i.test(raw);
  const base = isWord ? WORD_NUMBERS[raw.toLowerCase()]! : parseNumber(raw);
  const scale = scaleOf(g.s3 ?? g.s3s);
  const value = scaled(base, scale) + remainder(scale);
  // A bare year is a date, not a figure; the dates module reads it.
  if (
    !isWord &&
    scale === 1 &&
    /^(?:19|20)\d{2}$/.test(raw) &&
    !/^\s*(?:%|percent|yuan|RMB|square|km|kilomet)/i.test(rest())
  )
    return null;
  // "Aug 30 marked the anniversary", "on 30 August": a day of a month, which the dates module reads.
  if (
    !isWord &&
    /^\d{1,2}$/.test(raw) &&
    base >= 1 &&
    base <= 31 &&
    (DAY_AFTER_MONTH.test(before) || MONTH_AFTER_DAY.test(rest()))
  )
    return null;
  if (/^(?:st|nd|rd|th)\b|^-(?:year|month|day|km|kilomet)|^\s*-\s*\d|^[+x×]/i.test(rest())) return null;

  const unit = unitAfter(rest());
  if (unit) {
    end += unit.length;
    const q: Quantity = {
      kind: unit.kind,
      value,
      unit: unit.unit,
      ...placed(),
    };
    return unit.kind === 'currency' ? withAlternate(text, q) : withConversion(text, q);
  }
  // "Thirteen of the 14 projects": both count projects.
  // "97 of the top 500 global companies", "120 of China's top 500 companies": a count within a ranking's set.
  const partOf = new RegExp(
    `^\\s+of\\s+(?:the|its|their|China['’]s|the world['’]s)\\s+(?:(top|largest|biggest|leading)\\s+)?(${NUM}|${WORD_NUM})\\s+`,
    'i',
  ).exec(rest());
  const inSet = countedNoun(partOf ? rest().slice(partOf[0].length) : rest());
  const noun = inSet && partOf?.[1] ? { ...inSet, text: `${partOf[1]} ${partOf[2]} ${inSet.text}` } : inSet;
  if (noun) {
    const per = new RegExp(`^\\s*["“”']?${escapeRegExp(noun.text)}["“”']?\\s+per\\s+(${NUM})\\s+([a-z]+)`, 'i').exec(
      rest(),
    );
    if (per) {
      end += per[0].length;
      return {
        kind: 'rate',
        value,
        unit: `${noun.text} per ${per[1]} ${per[2]}`,
        noun: noun.text,
        ...placed(),
      };
    }
    if (value === 1 && scale === 1) return null;
    // "the 2 cities", "its three leading industries": a reference back, not a figure ("13 of the 14 projects" is).
    const lead = text.slice(Math.max(0, numberStart - 30), numberStart);
    if (
      !partOf &&
      // A place's own count is no reference back ("Foshan's 24 national incubators", "the zone's 41
      // indicators"); the nation's is left out ("China's 14 earliest development zones"): no place holds it.
      /\b(?:the|these|those|its|their|our|his|her|both|all|other|between)\s+$|\b(?:China|country|nation|world)['’]s\s+$/i.test(
        lead.slice(-10),
      ) &&
      !new RegExp(`(?:${NUM}|${WORD_NUM})\\s+of\\s+(?:the|its|their)\\s+$`, 'i').test(lead)
    )
      return null;
    // "Thirteen of the 14 projects": the figure is the number alone; the noun is read past "of the 14".
    if (!partOf) end += noun.length;
    return {
      kind: 'count',
      value,
      unit: noun.last,
      noun: noun.text,
      ...placed(),
    };
  }
  // "The number of unicorns totaled 50.", "increase by 300 to over 1,000": a bare number a verb of
  // amount stands before, ending its clause; the measure is the clause's subject.
  const bare =
    scale === 1 &&
    (BARE_AFTER.test(text.slice(Math.max(0, start - 40), start)) ||
      NUMBER_OF_IS.test(text.slice(Math.max(0, start - 120), start))) &&
    BARE_END.test(rest());
  if (scale > 1 || bare) {
    const amount: Quantity = { kind: 'amount', value, unit: '', ...placed() };
    // "an annual revenue of 20 million ($2.9 million)": glossed in another currency, an amount written
    // bare is in the article's own, yuan.
    const glossed = scale > 1 ? withAlternate(text, { ...amount, kind: 'currency', unit: 'CNY' }) : amount;
    return glossed.alternate && glossed.alternate.unit !== 'CNY' ? glossed : amount;
  }
  return null;
}

const BARE_AFTER = new RegExp(
  String.raw`\b(?:totaled|totalled|totals|numbered|reached|reach|hit|exceeded|exceed|stood at|population of(?:\s+(?:about|around|nearly|over|more than))?|(?:increased?|increasing|rose|rise|grew|grow|risen|expanded|expand)\s+(?:by|to)|by\s+\d[\d,]*\s+to|(?:increased|rose|grew|risen|grown|expanded|jumped|climbed|surged)\s+from|\bfrom\s+(?:over\s+|more\s+than\s+|about\s+|around\s+|nearly\s+)?(?:\d[\d,]*|${WORD_NUM})(?:\s+in\s+(?:19|20)\d{2})?\s+to)\s+$`,
  'i',
);
/** "The number of newly registered enterprises is 830": "is" is a verb of amount after "the number of". */
const NUMBER_OF_IS =
  /\bnumber\s+of\s+[^,.;:]{1,80}?\s+(?:is|was|are|were)\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+|approximately\s+)?$/i;
const BARE_END = /^(?:\s*[,.;)]|\s*$|\s+(?:in|by|this|last|next|from|to|and|as|during|compared)\b)/i;

/** The same quantity with offsets relative to a clause starting at `offset`. */
export function shiftQuantity(q: Quantity, offset: number): Quantity {
  return {
    ...q,
    start: q.start - offset,
    end: q.end - offset,
    figureStart: q.figureStart - offset,
    ...(q.fromStart !== undefined ? { fromStart: q.fromStart - offset } : {}),
  };
}

/** "RMB 100 billion (US$13.8 billion)": the bracketed second currency is kept beside the first. */
function withAlternate(text: string, q: Quantity): Quantity {
  const alt = new RegExp(`^\\s*\\(\\s*(?:${CUR_PRE_PLAIN})(${NUM})${SCALE}\\s*\\)`, 'i').exec(text.slice(q.end));
  if (!alt) return q;
  const unit = CURRENCY_PREFIX[alt[1]!.toLowerCase()] ?? 'USD';
  const figure = alt[0].trim().replace(/^\(\s*|\s*\)$/g, '');
  return {
    ...q,
    end: q.end + alt[0].length,
    alternate: { value: scaled(parseNumber(alt[2]!), scaleOf(alt[3])), unit, figure },
  };
}

/** "1,268.8 mu (approximately 211.47 acres)": the same measure in another unit, not a figure of its own. */
const CONVERSION = new RegExp(
  String.raw`^\s*\(\s*(?:approximately|approx\.?|about|around|roughly|nearly|some|or|equal to|equivalent to)?\s*(?:${NUM})(?:\s*(?:million|thousand))?\s*(?:acres|hectares|ha|mu|square\s+(?:kilometers|kilometres|km|miles|meters|metres|feet)|sq\.?\s*(?:km|mi|m|ft)|km²|km2|m²|miles|kilometers|kilometres|km|feet|tons|tonnes)\s*\)`,
  'i',
);

function withConversion(text: string, q: Quantity): Quantity {
  const conversion = CONVERSION.exec(text.slice(q.end));
  return conversion ? { ...q, end: q.end + conversion[0].length } : q;
}

/** Between a past value and the present one: "..., but by 2018 the figure had grown to", ", compared with". */
const THEN_TO_NOW =
  /\b(?:(?:had|has|have)\s+)?(?:grown|risen|rose|increased|climbed|jumped|surged|reached)\s+to\s+$|\bcompared\s+with\s+$/i;

/**
 * "In 1949, Lanzhou's GDP was 33 million yuan, but by 2018 the figure had grown to 273 billion
 * yuan": one figure, the later, that was the earlier; the sentence's years must run forward.
 */
function isThenAndNow(text: string, a: Quantity, b: Quantity): boolean {
  const gap = text.slice(a.end, b.start);
  if (gap.length > 80 || !THEN_TO_NOW.test(gap)) return false;
  const years = [...text.matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => Number(m[0]));
  return years.length >= 2 && years[0]! < years[years.length - 1]!;
}

const ROUGHLY = String.raw`(?:over\s+|more than\s+|about\s+|nearly\s+|around\s+)?`;
const FROM_LEVEL = new RegExp(String.raw`\bfrom\s+(?:the\s+)?(?:original\s+)?${ROUGHLY}$`, 'i');
// "from 652.7 billion yuan in 2020 to last year's 1 trillion yuan", "from over 3,500 in 2013 to over
// 10,000", "from 74.75 billion yuan (about $10 billion) in 2012 to ..."
const TO_LEVEL = new RegExp(
  String.raw`^(?:\s*\([^()]{0,40}\))?(?:\s+in\s+(?:19|20)\d{2})?\s+to\s+(?:(?:last|this|next)\s+year['’]s\s+|the\s+)?${ROUGHLY}$`,
  'i',
);

/** "from the original 40 kilometers to 180 kilometers": one figure, 180, that was 40. */
function mergeFromTo(text: string, qs: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < qs.length; i++) {
    const a = qs[i]!;
    // "from 74.75 billion yuan (about $10 billion) in 2012 to ...": the gloss is neither end.
    const glossed = qs[i + 1] && /^\s*\([^()]*$/.test(text.slice(a.end, qs[i + 1]!.start)) ? 1 : 0;
    const b = qs[i + 1 + glossed];
    if (
      b &&
      a.unit === b.unit &&
      ((FROM_LEVEL.test(text.slice(Math.max(0, a.start - 35), a.start)) && TO_LEVEL.test(text.slice(a.end, b.start))) ||
        isThenAndNow(text, a, b))
    ) {
      out.push({ ...b, from: a.value, fromStart: a.start });
      i += 1 + glossed;
    } else out.push(a);
  }
  return out;
}

const RANKING_NAME = /^\s+(?:Fortune|Forbes|Global|Top|World)\s+\d{2,4}\s(?=[a-z])/;

function countedNoun(rest: string): { text: string; last: string; length: number } | null {
  // "40,000 more public housing apartments": what is counted comes after "more" ("10 more than" counts nothing).
  // "30-odd high-tech enterprises", "10-plus experts": the count is read past its rounding word.
  const more = /^(?:\s+(?:more|additional)(?!\s+than\b)|-odd|-plus|\+)(?=\s+[A-Za-z])/i.exec(rest)?.[0] ?? '';
  if (more) {
    const noun = countedNoun(rest.slice(more.length));
    return noun && { ...noun, length: more.length + noun.length };
  }
  // "60 Fortune 500 companies": a ranking's name leads what is counted.
  const ranking = RANKING_NAME.exec(rest)?.[0] ?? '';
  if (ranking) {
    const noun = countedNoun(` ${rest.slice(ranking.length)}`);
    const text = `${ranking.trim()} ${noun?.text ?? ''}`;
    return noun && { ...noun, text, length: ranking.length - 1 + noun.length };
  }
  const m = /^\s*["“”']?((?:[A-Za-z][\w'’-]*)(?:\s+[A-Za-z][\w'’-]*){0,5})/.exec(rest);
  if (!m) return null;
  const words: string[] = [];
  const all = m[1]!.split(/\s+/);
  for (const [i, word] of all.entries()) {
    const lower = word.toLowerCase();
    if (NOUN_STOP.has(lower)) break;
    // "44 green factories and four green industrial parks": the next figure starts its own phrase.
    const next = all[i + 1]?.toLowerCase();
    // "60 companies and recruited two ...": a past verb after the head noun's "and" opens a clause.
    const verbAfterHead = /ed$/.test(next ?? '') && /[^s]s$/i.test(words[words.length - 1] ?? '');
    if (
      (lower === 'and' || lower === 'or') &&
      next &&
      (WORD_NUMBERS[next] !== undefined || CLAUSE_VERBS.has(next) || verbAfterHead)
    )
      break;
    // A verb form ends the noun ("50 firms located ..."), but not a compound adjective ("medium-sized") or the
    // second of a pair ("specialized and sophisticated SMEs").
    const pair = /^(?:and|or)$/i.test(words[words.length - 1] ?? '') && /ed$/i.test(words[0] ?? '');
    // "50 firms operating there", "200 people working in": a verb form after the head noun ends the phrase;
    // before it, it is part of the noun ("300 advanced manufacturing enterprises", "public housing apartments").
    const afterHead = /[^s]s$/i.test(words[words.length - 1] ?? '') || !next || NOUN_STOP.has(next);
    // A hyphen makes a compound adjective ("medium-sized"), unless it only joins a prefix to a verb ("co-hosted").
    const compound = /-/.test(lower) && !/^(?:co|re|pre|over|under|out|cross|jointly)-\p{L}+(?:ed|ing)$/u.test(lower);
    if (
      words.length > 0 &&
      /(?:ed|ing)$/.test(lower) &&
      !/(?:building|bing)$/.test(lower) &&
      !compound &&
      !pair &&
      afterHead
    )
      break;
    words.push(word.replace(/["“”']+$/, ''));
    if (/["“”',:;.]$/.test(word)) break;
  }
  while (words.length > 0 && ['and', 'or'].includes(words[words.length - 1]!.toLowerCase())) words.pop();
  if (words.length === 0) return null;
  const last = words[words.length - 1]!.toLowerCase().replace(/[’']s$/, '');
  if (
    NOT_COUNTED.has(last) ||
    NOT_COUNTED.has(words[0]!.toLowerCase()) ||
    last.length < 3 ||
    (/^[A-Z]/.test(words[0]!) && words.length === 1)
  )
    return null;
  const phrase = words.join(' ');
  const consumed = rest.indexOf(phrase) + phrase.length;
  return { text: phrase, last, length: consumed + (/^["“”']/.test(rest.slice(consumed)) ? 1 : 0) };
}

function normalizeQualifier(q: string | undefined): string | undefined {
  if (!q) return undefined;
  const lower = q.toLowerCase();
  return /^exceed/.test(lower) || lower === 'above'
    ? 'more than'
    : lower === 'below' || lower === 'under'
      ? 'less than'
      : lower;
}

export function parseNumber(raw: string): number {
  return Number(raw.replace(/,/g, ''));
}

function fraction(raw: string): number | null {
  const [n, d] = raw.split('/').map(Number);
  return n && d ? n / d : null;
}

const REMAINDER = /^\s+(\d{1,3}(?:\.\d+)?)\s+(ten thousand|thousand|million|billion)\b/i;
const scaleOf = (word: string | undefined) => (word ? SCALES[word.toLowerCase()]! : 1);

/** 16.574 billion is 16574000000, not 16574000000.000002: a scaled value keeps the digits it was written with. */
function scaled(value: number, scale: number): number {
  return scale === 1 ? value : Number((value * scale).toPrecision(15));
}
