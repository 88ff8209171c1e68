/**
 * Who a sentence, and each figure in it, is about: the clause's grammatical subject (the first
 * entity named that is not after a locative preposition, a speaker, an example or inside a
 * relative clause); failing that, a typed reference ("the zone", "the district") to the entity
 * of that kind last named; otherwise the subject carries over from the previous sentence of the
 * paragraph ("it", "its"), then from the article as a whole. So Songjiang's 6.79% stays
 * Songjiang's even when the sentence only says "The R&D intensity".
 */
import type { EntityKind } from '../facts/factModel.js';
import { type Clause, PLACE_KINDS, SUBJECT_KINDS, TERRITORY_KINDS } from './context.js';
import type { Mention } from './mentions.js';
import { REGION_WORDS } from './vocabulary.js';

// ", and the corridor was extended" starts a clause; ", and information technology" ends a list.
// "X issued a plan which states that the GDP of Y ...": what is reported has a subject of its own.
const CLAUSE_BREAK =
  /;|,\s+(?:while|but|whereas)\s+|,\s+and\s+(?=(?:the|this|its|their|these|a|an)\s)|\.\s+(?=[a-z])|\b(?:states|stated|says|said|shows|showed|noted|notes|reported|reports|announced|indicates|indicated|revealed|reveals|requires|required)\s+that\s+/g;

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

/** Words before a mention that make it a place, a part, a source or an example, not the subject. */
const NOT_SUBJECT_AFTER =
  /\b(?:in|at|from|to|with|across|among|than|including|includes|include|such as|as|like|located in|based in|between|into|near|outside|around|according to|by|under|via|through|within|inside|towards?|against|except|besides|beside|along|on|over|behind|beyond|per)\s+(?:(?:the|a|an|east|west|north|south|central|southwest|southeast|northeast|northwest|eastern|western|northern|southern)\s+)*(?:[A-Z][\p{L}]*['’]s\s+)?$/iu;
const DATA_FROM = /\b(?:data|statistics|figures)\s+(?:from|of|released by|published by)\s+(?:the\s+)?$/i;
/** A possessor naming where the next place is ("East China's Zhejiang", "Shanghai's Pudong"). */
const POSSESSOR_OF_PLACE = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}$/u;
/**
 * A mention that says who reports a figure or qualifies another name ("Shenzhen-based"). "X reported
 * that ..." reports; "X reported US$2 billion of foreign capital" states its own figure.
 */
const NOT_SUBJECT_BEFORE =
  /^(?:-based\b|\s+(?:said|says|noted|stated)\b|\s+(?:announced|reported|showed|shows)\s*(?:that\b|,))/i;
/**
 * Openings of a fronted adverbial or participial phrase, which ends at its comma: "Occupying an
 * area of 69 km², the tech city ...", "Regarded as a key part of X, the zone ..." (a participle
 * takes an object or a preposition; "Beijing, ..." does not).
 */
const FRONTED =
  /^\s*(?:(?:As|In|On|At|By|With|Through|Relying|Thanks|According|Since|After|Before|During|Under|Driven|Backed|Signing|Following|Compared|Despite|Besides|Amid|Among|Apart|Building|Leveraging|Located|Based)\b|[A-Z][a-z]{2,}ing\s+(?:a|an|the|its|their|on|to|from|with|in|at|more|over|about|nearly|some|up)\s|(?:[A-Z][a-z]{2,}ed|Known|Seen|Built|Set up|Dubbed)\s+(?:as|in|by|on|at|to|with|from|under|into|for)\s)(?:[^,;]{0,160}?\s[-–—]\s[^,;]{0,100}?\s[-–—]\s|[^,;]{0,160},\s*)/i;
const FRONTED_APPOSITION = /^\s*(?:a|an)\s+[^,;]{0,160},\s*(?=the\s|[A-Z])/;
/** A verb with its object after it ("requires the", "launched a"): a name after "of" past it is in the object. */
const VERB_BEFORE_OBJECT = /\b[a-z]+(?:[^s]s|ed)\s+(?:the|a|an)\s/;
const RELATIVE_OPEN = /,\s*(?:which|where|who|whose)\b[^,]*$/i;

/** Typed references back: "the zone" is the zone last named, "the city" the city last named. */
const ANAPHORS: [RegExp, (EntityKind | 'region' | 'science city' | 'high-tech zone' | 'designated zone')[]][] = [
  // Listed first: at the same place, "the high-tech zone" is the high-tech zone, not the zone last named.
  [
    /\b(?:the|this|that)\s+(?:national\s+)?(?:high|hi)-?tech\s+(?:industrial\s+)?(?:development\s+)?(?:zone|park)\b/i,
    ['high-tech zone', 'zone'],
  ],
  [
    /\b(?:the|this|that)\s+(?:whole\s+|entire\s+)?(?:high-tech\s+|hi-tech\s+|development\s+|pilot\s+|free\s+trade\s+|special\s+|demonstration\s+|industrial\s+)*(?:zone|park|FTZ)\b/i,
    ['designated zone', 'zone'],
  ],
  [/\b(?:the|this|that)\s+(?:whole\s+|entire\s+)?new area\b/i, ['zone']],
  // "The science city": the science city last named, else the zone.
  [/\b(?:the|this|that)\s+(?:science|sci-tech|tech|technology)\s+city\b/i, ['science city', 'zone']],
  [/\b(?:the|this|that)\s+(?:district|new district)\b/i, ['district', 'zone']],
  [/\b(?:the|this|that)\s+(?:city|municipality)\b/i, ['city']],
  [/\b(?:the|this|that)\s+province\b/i, ['province']],
  [/\b(?:the|this|that)\s+corridor\b/i, ['corridor']],
  [
    new RegExp(`\\b(?:the|this|that)\\s+(?:region|delta|bay area|${REGION_WORDS.join('|')})\\b`, 'i'),
    ['region', 'corridor'],
  ],
  [/\b(?:the|this|that)\s+(?:firm|company|institute|university|laboratory|lab|group)\b/i, ['organization']],
  // "high-tech enterprises there generated ...": the place last named ("there are" is no reference).
  [/\b[a-z]+s\s+there\b(?!\s+(?:is|are|was|were|has|have|had|will|would|can)\b)/i, ['zone', 'district', 'city']],
];

type Span = { start: number; end: number };

/** Mentions that can be the grammatical subject: not after a locative preposition, not a speaker, not in a relative clause. */
export function subjectCandidates(text: string, mentions: Mention[], span: Span, allowOf: boolean): Mention[] {
  // "In 2018, relying on X, nine cities ...": a fronted phrase up to its comma holds no subject; nor
  // does one closed by an aside between dashes ("At the center of X - one of ... - the zone is").
  let from = span.start;
  // "Located in Sanya, a coastal city on Hainan island, the tech city ...": an apposition to the fronted phrase's place is part of it.
  for (
    let fronted = FRONTED.exec(text.slice(from, span.end));
    fronted;
    fronted =
      FRONTED.exec(text.slice(from, span.end)) ?? (fronted && FRONTED_APPOSITION.exec(text.slice(from, span.end)))
  )
    from += fronted[0].length;
  const inSpan = mentions.filter((m) => m.start >= from && m.end <= span.end && SUBJECT_KINDS.has(m.kind));
  let excluded: Mention | null = null;
  return inSpan.filter((m, i) => {
    const ok = isSubject(m, i);
    excluded = ok ? null : m;
    return ok;
  });
  function isSubject(m: Mention, i: number): boolean {
    // "in Zhangjiang, Lingang and the neoBay area": the rest of a list after a preposition is not a subject
    // either; but after a bare comma, a name with words of its own opens a clause ("of Shenzhen, Nanshan contributes").
    if (excluded) {
      const gap = text.slice(excluded.end, m.start);
      const joined = /^\s*(?:,\s*)?(?:and|or)\s+(?:the\s+)?$/.test(gap);
      const endsItem = /^\s*(?:[,;.)]|$)|^\s+(?:and|or)\b/.test(text.slice(m.end, m.end + 6));
      if (joined || (/^\s*,\s*(?:the\s+)?$/.test(gap) && endsItem)) return false;
    }
    const before = text.slice(Math.max(span.start, m.start - 60), m.start);
    if (/\p{L}-$/u.test(before)) return false; // the tail of a compound name, "Shanghai-Suzhou-Huzhou"
    const after = text.slice(m.end, m.end + 20);
    // "Data from Jiaxing High-tech Zone showed that the output ...": whose data, the clause's subject.
    const reported = DATA_FROM.test(before);
    // "capital city of Southwest China's Guizhou province": after "of", past a possessor too.
    const afterOf = /\bof\s+(?:the\s+)?(?:(?:[A-Z][\p{L}-]*\s+){0,2}[A-Z][\p{L}-]*['’]s\s+)?$/u.test(before);
    // "The GDP of X reached" is X's; "The plan requires the establishment of X": X is an object.
    const objectOf = afterOf && VERB_BEFORE_OBJECT.test(text.slice(from, m.start));
    if (!reported && (NOT_SUBJECT_AFTER.test(before) || (afterOf && (!allowOf || objectOf)))) return false;
    if (NOT_SUBJECT_BEFORE.test(after) || relativeOpen(text, span.start, m.start)) return false;
    // "Songjiang Declaration", "Shanghai-Suzhou-Huzhou railway": the place names something else.
    if (/^(?:[”"’']?\s+|-)[A-Z]\p{Ll}/u.test(after) && !/^\s+(?:and|or|has|have|is|was)\b/.test(after)) return false;
    if (depthAt(text, m.start) > 0) return false;
    const next = inSpan[i + 1];
    if (next && PLACE_KINDS.has(next.kind) && POSSESSOR_OF_PLACE.test(text.slice(m.end, next.start))) return false;
    return true;
  }
}

function depthAt(text: string, at: number): number {
  return scanned(text).depth[at]!;
}

/** RELATIVE_OPEN on text.slice(from, to): it can only match at the slice's last comma. */
function relativeOpen(text: string, from: number, to: number): boolean {
  const comma = scanned(text).lastComma[to]!;
  RELATIVE_OPEN_AT.lastIndex = 0;
  return comma >= from && RELATIVE_OPEN_AT.test(text.slice(comma, to));
}
const RELATIVE_OPEN_AT = new RegExp(RELATIVE_OPEN.source, `${RELATIVE_OPEN.flags}y`);

/**
 * Per sentence, once: the bracket depth before each position and the last comma before it.
 * Asked for each mention of each figure, they cost a pass over the sentence each time: cubic in
 * a long sentence of names and figures (18 KB, 700 figures: 5 s).
 */
let scan: { text: string; depth: Int32Array; lastComma: Int32Array } = {
  text: '',
  depth: new Int32Array(1),
  lastComma: new Int32Array([-1]),
};
function scanned(text: string): typeof scan {
  if (scan.text === text) return scan;
  const depth = new Int32Array(text.length + 1);
  const lastComma = new Int32Array(text.length + 1);
  lastComma[0] = -1;
  for (let i = 0; i < text.length; i++) {
    const d = depth[i]!;
    depth[i + 1] = text[i] === '(' ? d + 1 : text[i] === ')' && d > 0 ? d - 1 : d;
    lastComma[i + 1] = text[i] === ',' ? i : lastComma[i]!;
  }
  scan = { text, depth, lastComma };
  return scan;
}

/** The first of a named subject and a typed reference: "The park was built as part of Shanghai's X Zone" is the park's. */
function earliest(text: string, mentions: Mention[], span: Span, recent: Map<string, string>): string | null {
  return firstOf(subjectCandidates(text, mentions, span, true)[0], anaphorAt(text, span, recent));
}

function firstOf(named: Mention | undefined, reference: { at: number; id: string } | null): string | null {
  if (named && reference) return reference.at < named.start ? reference.id : named.id;
  return named?.id ?? reference?.id ?? null;
}

/** The entity a typed reference in this span stands for, from the entities named so far. */
export function anaphorIn(text: string, span: Span, recent: Map<string, string>): string | null {
  return anaphorAt(text, span, recent)?.id ?? null;
}

function anaphorAt(text: string, span: Span, recent: Map<string, string>): { at: number; id: string } | null {
  const part = text.slice(span.start, span.end);
  let best: { at: number; id: string } | null = null;
  for (const [pattern, kinds] of ANAPHORS) {
    const m = pattern.exec(part);
    const id = m && kinds.map((k) => recent.get(k)).find(Boolean);
    // "of the city's land", "to the zone": a reference behind a preposition is not the subject either.
    const behind = m ? part.slice(Math.max(0, m.index - 40), m.index) : '';
    if (!m || !id || NOT_SUBJECT_AFTER.test(behind) || /\bof\s+$/i.test(behind)) continue;
    if (!best || span.start + m.index < best.at) best = { at: span.start + m.index, id };
  }
  return best;
}

/** Who a figure is of when it is of something the article does not name as a place: metrics and targets leave out `source-` subjects. */
const UNNAMED_SUBJECT = 'source-unnamed';

/** "the 30-sq/km Tianjin Port Dongjiang", "the 119.9-square-kilometer FTZ": a measure used as an adjective is of what it qualifies. */
function qualifiedNoun(text: string, mentions: Mention[], figure: Span, recent: Map<string, string>): string | null {
  const named = mentions.find((m) => m.start >= figure.end && /^\s*$/.test(text.slice(figure.end, m.start)));
  // "the 30-sq/km Tianjin Port Dongjiang": a name the article never gives as a place holds it, not Tianjin.
  if (named && /^\s+[A-Z]/.test(text.slice(named.end))) return UNNAMED_SUBJECT;
  if (named && SUBJECT_KINDS.has(named.kind)) return named.id;
  if (!named && /^\s+[A-Z][\p{Ll}]+\s+[A-Z]/u.test(text.slice(figure.end))) return UNNAMED_SUBJECT;
  const noun = /^\s+([\p{L}-]+(?:\s+[\p{L}-]+){0,3})/u.exec(text.slice(figure.end))?.[1];
  return noun ? anaphorIn(`the ${noun}`, { start: 0, end: noun.length + 4 }, recent) : null;
}

/**
 * "The Central Area (87.76 sq km inclusive of ...)", "the Logistics Centre (Type B) (0.36 sq km)":
 * a figure that opens a bracket right after a name is that name's. After a name the article never
 * gives as a place ("Export Processing Area A (0.75 sq km)"), it is left out rather than given to
 * the zone the sentence is about.
 */
function bracketedName(text: string, mentions: Mention[], figure: Span): string | null {
  const open = /\(\s*(?:about|around|approximately|nearly|over|some|roughly)?\s*$/i.exec(
    text.slice(Math.max(0, figure.start - 20), figure.start),
  );
  if (!open) return null;
  const at = figure.start - open[0].length;
  // A short bracket of its own between the name and the figure's ("(Type B)") is part of the name.
  const name = text.slice(0, at).replace(/\s*(?:\([^()]{1,20}\)\s*)?$/, '');
  const named = mentions.find((m) => m.end === name.length && SUBJECT_KINDS.has(m.kind));
  if (named) return named.id;
  return /[A-Z][\p{L}’'-]*\s+(?:[A-Z]|[IVX]+|\d)$/u.test(name) ? UNNAMED_SUBJECT : null;
}

/**
 * Who a figure at [figureStart, figureEnd) is about: the clause's grammatical subject before it,
 * else a typed reference before it ("the zone's"), else the subject of a main clause after a
 * fronted phrase ("With 50 firms, the zone is ..."), else what the clause carries over.
 */
export function subjectOfFigure(
  text: string,
  mentions: Mention[],
  clause: Clause,
  figure: Span & { count?: boolean; attributive?: boolean },
  recent: Map<string, string>,
): string {
  const before = { start: clause.start, end: figure.start };
  const after = { start: figure.end, end: clause.end };
  return (
    (figure.attributive ? qualifiedNoun(text, mentions, figure, recent) : null) ??
    bracketedName(text, mentions, figure) ??
    possessorOf(text, mentions, before) ??
    referredPossessor(text, before, recent) ??
    earliest(text, mentions, before, recent) ??
    // "It plans to increase GDP to X and become an engine for the province's development": "It" is
    // who the clause is about; a name after the figure is not.
    (PRONOUN_OPENS.test(text.slice(clause.start, figure.start)) ? (clause.holder ?? clause.carried) : null) ??
    placeInSubject(text, mentions, before) ??
    shareOpening(text, mentions, clause, figure) ??
    placeHolding(text, mentions, { start: figure.end, end: clause.end }, recent, !!figure.count) ??
    // After the figure, a name in a list it introduces ("8 cities: Jiaxing, ...") is a member, not the subject.
    // It opens a clause of its own ("With 50 firms, the zone is ..."): "..., with indicators leading Wuhan" is an object.
    subjectCandidates(text, mentions, after, false).find((m) => {
      const gap = text.slice(figure.end, m.start);
      return !/[:：(—]/.test(gap) && (!gap.includes(',') || /,\s*(?:the\s+)?$/.test(gap));
    })?.id ??
    anaphorIn(text, after, recent) ??
    existentialPlace(text, mentions, recent) ??
    clause.holder ??
    clause.carried
  );
}

/** What "the city", "the district" or "the zone" after "in" refers to: the last of that kind named. */
function referredTo(word: string, recent: Map<string, string>): string | null {
  const lower = word.toLowerCase();
  // "121 enterprises in the region": translated Chinese calls a district (区) "the region" as often as a
  // city cluster, so the last named of them, not the cluster by rule. `recent` is in naming order.
  if (lower === 'region') return [...recent].filter(([k]) => REGION_HOLDERS.has(k)).at(-1)?.[1] ?? null;
  const kinds = lower === 'city' ? ['city'] : lower === 'district' ? ['district', 'zone'] : ['zone', 'district'];
  return kinds.map((k) => recent.get(k)).find(Boolean) ?? null;
}
const REGION_HOLDERS = new Set(['district', 'region', 'corridor', 'province']);

/**
 * "There are 5 national key labs and 4 research centers in the city; 106 provincial key labs ...":
 * a sentence that says what there is holds its figures in the place it names after "in", even
 * where a list runs on past it.
 */
function existentialPlace(text: string, mentions: Mention[], recent: Map<string, string>): string | null {
  if (!/^\s*There\s+(?:are|were|is|was|have\s+been|has\s+been)\s/i.test(text)) return null;
  const held = /\bin\s+(?:the\s+)?/g;
  for (const m of text.matchAll(held)) {
    const at = m.index! + m[0].length;
    const named = mentions.find((x) => x.start === at && PLACE_KINDS.has(x.kind));
    if (named) return named.id;
    const word = /^(city|district|zone|park|area|region)\b/i.exec(text.slice(at))?.[1];
    if (word && /\bthe\s+$/i.test(m[0])) return referredTo(word, recent);
  }
  return null;
}

/**
 * "the average annual growth rate of innovation drivers in the Yangtze River Delta reached 4.8
 * percent": a place after "in", inside the noun phrase right before the verb of the figure, owns it.
 */
function placeInSubject(text: string, mentions: Mention[], before: Span): string | null {
  const held = mentions.filter(
    (m) =>
      m.start >= before.start &&
      m.end <= before.end &&
      TERRITORY_KINDS.has(m.kind) &&
      /\b(?:in|across)\s+(?:the\s+)?$/i.test(text.slice(Math.max(before.start, m.start - 12), m.start)) &&
      VERB_TO_FIGURE.test(text.slice(m.end, before.end)),
  );
  return held.at(-1)?.id ?? null;
}
const VERB_TO_FIGURE =
  /^[^,;()]{0,30}?\s(?:reached|was|were|totaled|totalled|hit|stood at|rose to|grew to|increased to|exceeded|amounted to|topped|came to)\s+(?:about\s+|nearly\s+|over\s+|more than\s+|around\s+)?$/i;

/**
 * "Currently, 95 percent of Songjiang's advanced manufacturing is concentrated along the highway":
 * a share that opens its clause is the share of the possessor's whole. After a subject ("the
 * zone's imports, 60 percent of Wuhan's total") the share is the subject's, read before this.
 */
function shareOpening(text: string, mentions: Mention[], clause: Clause, figure: Span): string | null {
  if (
    !/^\s*(?:[A-Z][a-z]+(?:\s+\w+){0,3},\s*)?(?:about\s+|nearly\s+|over\s+|more than\s+|around\s+)?$/.test(
      text.slice(clause.start, figure.start),
    )
  )
    return null;
  const owner = mentions.find(
    (m) =>
      m.start > figure.end &&
      TERRITORY_KINDS.has(m.kind) &&
      /^\s+of\s+(?:the\s+)?$/.test(text.slice(figure.end, m.start)) &&
      /^['’]s\s/.test(text.slice(m.end, m.end + 3)),
  );
  return owner?.id ?? null;
}

/** "It plans", "Its output"; not the "It" of "It took 15 years for Nanshan's GDP to ...". */
const PRONOUN_OPENS = /^\s*(?:It|Its|it|its)\s(?!(?:took|takes|take|is|was|will take)\b)/;

/** "1,878 headquarters based in Zhongguancun", "1,548 SMEs in the area": the place after the counted noun holds them. */
// The counted noun: one to four words, none a preposition ("ranking third in Zhejiang" is a rank's scope).
// A count's figure ends with its noun ("1,548 SMEs"), so for a count none need follow.
const counted = (min: number) =>
  String.raw`(?:(?!(?:of|the|for|to|from|with|at|by|as|in)\s)[\p{L}&-]+\s+){${min},4}?(?:based\s+|located\s+)?in\s+`;
const HELD_IN = [0, 1].map((min) => new RegExp(String.raw`^\s*${counted(min)}(?:the\s+)?$`, 'u'));
const HELD_IN_REFERENCE = [0, 1].map(
  (min) =>
    new RegExp(
      String.raw`^\s*${counted(min)}the\s+(?:(?:national\s+)?(?:high|hi)-?tech\s+(?:industrial\s+)?(?:development\s+)?)?(?:area|zone|park|district|new area|city|region)\b`,
      'iu',
    ),
);

function placeHolding(
  text: string,
  mentions: Mention[],
  after: Span,
  recent: Map<string, string>,
  count: boolean,
): string | null {
  const held = HELD_IN[count ? 0 : 1]!;
  const named = mentions.find(
    (m) =>
      m.start >= after.start &&
      m.end <= after.end &&
      PLACE_KINDS.has(m.kind) &&
      held.test(text.slice(after.start, m.start)),
  );
  if (named) return named.id;
  const reference = HELD_IN_REFERENCE[count ? 0 : 1]!.exec(text.slice(after.start, after.end));
  if (!reference) return null;
  // "122 enterprises in the high-tech zone": the high-tech zone last named, not the article's park.
  if (/(?:high|hi)-?tech/i.test(reference[0]) && recent.has('high-tech zone')) return recent.get('high-tech zone')!;
  return referredTo(reference[0].split(/\s+/).pop()!, recent);
}

/**
 * "Guangdong's average of 3.9 percent", "Nanshan's GDP reached": the possessor right before the figure
 * owns it; not across "and" ("49.6 percent of Shenzhen's total and 3 percent of the country's").
 */
const POSSESSED_FIGURE =
  /^['’]s\s+(?:(?!(?:and|or|but|while)\s)[\p{L}&-]+\s+){0,4}(?:(?:of|at|was|were|is|stood at|reached|hit|totaled|topped)\s+)?(?:about\s+|nearly\s+|over\s+|more than\s+)?$/u;
function possessorOf(text: string, mentions: Mention[], before: Span): string | null {
  const last = mentions
    .filter((m) => m.start >= before.start && m.end <= before.end && SUBJECT_KINDS.has(m.kind))
    .pop();
  return last && POSSESSED_FIGURE.test(text.slice(last.end, before.end)) ? last.id : null;
}

/** "one of the province's four Science Cities", "revenues of the province's six zones": the place referred to owns the count. */
const POSSESSIVE_REFERENCE =
  /\b(?:the|this)\s+(?:province|city|district|zone|park|new area|region)['’]s\s+(?:[\p{L}-]+\s+){0,2}$/u;
function referredPossessor(text: string, before: Span, recent: Map<string, string>): string | null {
  const m = POSSESSIVE_REFERENCE.exec(text.slice(Math.max(before.start, before.end - 60), before.end));
  return m ? anaphorIn(m[0], { start: 0, end: m[0].length }, recent) : null;
}

export function resolveClauses(
  text: string,
  mentions: Mention[],
  previous: string,
  recent: Map<string, string>,
  figureStarts: number[] = [],
): Clause[] {
  let carried = previous;
  return splitClauses(text).map((clause) => {
    // Who the clause is about is said before its first figure; "... 60 percent of Wuhan's" is a whole, not a subject.
    const first = figureStarts.find((f) => f >= clause.start && f < clause.end) ?? clause.end;
    const head = { start: clause.start, end: first };
    const holder =
      first < clause.end
        ? (placeHolding(
            text,
            mentions,
            { start: first + /^\S*/.exec(text.slice(first))![0].length, end: clause.end },
            recent,
            false,
          ) ?? undefined)
        : undefined;
    // "It boasts universities such as X University": who "It" is carries on; a name in its predicate is an object.
    const pronoun = PRONOUN_OPENS.test(text.slice(clause.start, clause.end)) ? carried : null;
    const subject =
      pronoun ??
      earliest(text, mentions, head, recent) ??
      firstOf(subjectCandidates(text, mentions, clause, false)[0], anaphorAt(text, clause, recent)) ??
      holder ??
      carried;
    const clauseOf = { ...clause, subject, carried, ...(holder ? { holder } : {}) };
    carried = subject;
    return clauseOf;
  });
}

/** Sentences of the body that must name one entity for it to be the topic whatever the headline says. */
const BODY_TOPIC_SENTENCES = 4;

/** What the article as a whole is about: corridors named more than once count double, and their members' mentions count for them. */
export function mainSubject(
  /** Each sentence's mentions; `located` marks one that only says where ("in X", "of the X"). */
  mentionsBySentence: (Mention & { located?: boolean })[][],
  titleMentions: Mention[],
  members: Map<string, string[]>,
  /** Sentences saying "the corridor": a corridor named once and then referred to is still the topic. */
  corridorReferences = 0,
): string | null {
  const score = new Map<string, number>();
  const add = (id: string, n: number) => score.set(id, (score.get(id) ?? 0) + n);
  const counted: { ms: (Mention & { located?: boolean })[]; weight: number }[] = [
    ...mentionsBySentence.map((ms) => ({ ms, weight: 1 })),
    { ms: titleMentions, weight: 3 },
  ];
  for (const { ms, weight } of counted) {
    const eligible = ms.filter((m) => SUBJECT_KINDS.has(m.kind) && m.kind !== 'organization');
    // A sentence that names a place only to say where ("at the center of the Yangtze River Delta") counts half.
    for (const id of new Set(eligible.map((m) => m.id)))
      add(id, eligible.some((m) => m.id === id && !m.located) ? weight : weight / 2);
  }
  for (const [corridor, ids] of members) {
    // A corridor named once in passing ("bolstered by the G60 corridor vision") is not what the article is about.
    if (!score.has(corridor) || score.get(corridor)! + corridorReferences < 2) continue;
    add(corridor, score.get(corridor)!);
    for (const member of ids) add(corridor, (score.get(member) ?? 0) * 0.5);
  }
  // A corridor the tables do not know counts double too, and each sentence referring back to it
  // ("The corridor also houses ...") counts for it.
  const kindOf = new Map(counted.flatMap(({ ms }) => ms.map((m) => [m.id, m.kind] as const)));
  const corridor = [...score].filter(([id]) => kindOf.get(id) === 'corridor').sort((a, b) => b[1] - a[1])[0]?.[0];
  if (corridor && !members.has(corridor) && score.get(corridor)! + corridorReferences >= 2)
    add(corridor, score.get(corridor)! + corridorReferences);
  // A headline naming exactly one place or corridor says what the article is about, unless the body
  // keeps naming another: a scraped section label ("Go China - Hangzhou") is no headline.
  const titled = [
    ...new Set(titleMentions.filter((m) => SUBJECT_KINDS.has(m.kind) && m.kind !== 'organization').map((m) => m.id)),
  ];
  // Sentences of the body naming each entity, counted once (not once per comparison of a sort).
  const naming = new Map<string, number>();
  for (const ms of mentionsBySentence)
    for (const id of new Set(ms.map((m) => m.id))) naming.set(id, (naming.get(id) ?? 0) + 1);
  const sentencesNaming = (id: string) => naming.get(id) ?? 0;
  const bodyTopic = [...score.keys()].reduce<string | undefined>(
    (best, id) => (best === undefined || sentencesNaming(id) > sentencesNaming(best) ? id : best),
    undefined,
  );
  const outnamed =
    bodyTopic !== undefined &&
    sentencesNaming(bodyTopic) >= BODY_TOPIC_SENTENCES &&
    sentencesNaming(bodyTopic) > 3 * sentencesNaming(titled[0] ?? '');
  if (titled.length === 1 && !outnamed) return titled[0]!;
  let best: string | null = null;
  for (const [id, n] of score) if (best === null || n > score.get(best)!) best = id;
  return best;
}

/**
 * Where an organisation's figure belongs in a briefing: the place the clause puts it in ("in
 * Hefei", "at the G60 corridor"), else the place its name was found inside. Null when neither.
 */
export function placeOfOrganization(
  text: string,
  mentions: Mention[],
  clause: Span,
  parent: string | undefined,
): string | null {
  const located = mentions.find(
    (m) =>
      m.start >= clause.start &&
      m.end <= clause.end &&
      (PLACE_KINDS.has(m.kind) || m.kind === 'corridor') &&
      /\b(?:in|at|located in|based in|into)\s+(?:the\s+)?$/i.test(
        text.slice(Math.max(clause.start, m.start - 20), m.start),
      ),
  );
  return located?.id ?? parent ?? null;
}
