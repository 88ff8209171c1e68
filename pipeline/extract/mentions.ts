/**
 * Sentence -> mentions of entities: reference aliases, plus corridors, zones, organizations and
 * people found by pattern ("X Science and Technology Innovation Corridor", "... High-tech Zone",
 * "... Co., Ltd.", "said Tang Wenkan, deputy director of ..."), so articles about corridors and
 * places missing from the reference tables still yield facts.
 */
import type { Entity, EntityKind } from '../facts/factModel.js';
import { escapeRegExp } from '../text/escape.js';
import { entityIdForAlias, entitySlug, type EntityIndex } from './entityIndex.js';
import {
  AREA_MEASURE_WORDS,
  COMMON_ABBREVIATIONS,
  DESCRIPTIVE_NAME_WORDS,
  NOT_A_PLACE,
  ZONE_KIND_WORDS,
  REGION_WORDS,
  REGIONAL_ZONE_NAME,
  WORD_NUMBERS,
} from './vocabulary.js';

export interface Mention {
  id: string;
  kind: EntityKind;
  start: number;
  end: number;
  text: string;
}

/** Entities found by pattern rather than from the reference tables. */
export type Discovered = Map<string, Entity>;

// A capitalized word, dashes inside ("Chengdu–Chongqing") (not a possessive: "Suzhou’s" ends a name, but "People’s Government" is one), "G60",
// "(Shanghai)", "Co., Ltd.".
const TOKEN = String.raw`(?:Co\.,?\s*Ltd\.|(?:Co|Inc|Corp|Ltd)\.|People['’]s(?=\s+(?:Government|Congress|Bank|Court|Hospital|Procuratorate))|[A-Z][\p{L}\p{N}&·–-]*(?:['’][a-rt-z][\p{L}]*)?|\p{N}+[A-Za-z][\p{L}\p{N}-]*|\([A-Z][\p{L}]+\)|Science,(?= Technology))`;
// "Xi'an high-tech Industrial Development Zone": a lower-case "high-tech" inside a name does not end it.
const CONNECTOR = '(?:and|of|for|the|on|&|high-tech|hi-tech)';
// "China (Xinjiang)Pilot Free Trade Zone": a scraped page may drop the space after a bracket.
const CHAIN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${TOKEN}(?:(?:\s+|(?<=\))(?=\p{Lu}))(?:${CONNECTOR}\s+){0,2}${TOKEN})*`,
  'gu',
);
const ORG_SUFFIX =
  /^(?:University|Institute|Academy|Commission|Committee|Ministry|Department|Bureau|Administration|Association|Alliance|Group|Company|Corporation|Bank|Fund|Center|Centre|Laboratory|Laboratories|Lab|Labs|Hospital|Office|Council|Government|Federation|Society|Foundation|Exchange|Museum|Co\.?|Corp\.?|Inc\.?|Ltd\.?|Limited)$/;
const ZONE_SUFFIX = /^(?:City|Zones?|Parks?|Eco-?[Pp]arks?|Area|District|Base|Valley|Lake|Town)$/;
const ZONE_CITY = /(?:Science|Technology|Sci-Tech|Innovation|New|Tech|Knowledge|Smart)\s+City$/;
/** Words a suffix pattern (REGION_SUFFIX, ZONE_CITY, "Co., Ltd.") may span, with room to spare. */
const SUFFIX_WORDS = 6;
const CORRIDOR_SUFFIX = /^Corridors?$/;
// City clusters ("Yangtze River Delta", "Chengdu-Chongqing Economic Circle") are filed as corridors: a
// region of several places. Their members come only from membership wording, never from the table.
const capitalised = (words: string) => words.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
const REGION_SUFFIX = new RegExp(`(?:River Delta|Bay Area|${REGION_WORDS.map(capitalised).join('|')})$`);
const GENERIC = new Set([
  'science',
  'science,',
  'technology',
  'innovation',
  'sci-tech',
  's&t',
  'and',
  'corridor',
  'corridors',
  'the',
  'international',
  'industrial',
  'world-class',
  'national',
  'of',
  'one',
  'two',
  'three',
  'this',
  'that',
  'whole',
  'entire',
  'first',
  'second',
  'new',
  'global',
  'famous',
  'economic',
  'development',
]);
/** Words that open a sentence before a name: prepositions, articles, sentence adverbs ("Now the Greater Bay Area has ..."). */
const LEADING =
  /^(?:(?:The|A|An|In|On|At|Since|By|For|From|With|After|Before|Among|Both|This|These|Those|It|Its|Also|Meanwhile|Besides|Currently|Through|Over|Under|According|Within|As|When|While|Looking|Aimed|Of|And|Now|Today|Nowadays|Recently|Previously|Moreover|Furthermore|However|Additionally|Similarly|Then|Thus|Hence|Overall|Together|Later|Earlier|Already|Finally|Still|Yet|So|Here|There|Last|Next)\s+)+/;
const ROLE_WORDS =
  /^(?:Member|President|Director|Deputy|Vice|Mayor|Secretary|Chairman|Chairwoman|Head|Academician|Minister|Governor|Professor|Dean|Chief)\b/;
const POSSESSIVE_ORG =
  /(?<![\p{L}])([A-Z][\p{L}]+)[’']s((?:\s+[\p{L}\p{N}-]+){1,6}?\s+(?:center|centre|base|institute|laboratory|lab|hub|factory|plant|park))\b/gu;
const anyCase = (words: string) => words.replace(/\b([a-z])/g, (c) => `[${c}${c.toUpperCase()}]`);
const PERSON = new RegExp(
  String.raw`(?<![\p{L}])([A-Z][a-z]+(?: [A-Z][a-z]+){1,2}),\s+((?:(?:${anyCase('deputy|vice|executive|general|former|the')})\s+)*(?:${anyCase('director|president|chairman|chairwoman|mayor|member|secretary|head|minister|governor|professor|dean|chief|ceo|founder|manager|academician|researcher')})\b[^.;"“”]*?)(?=,|\.|;|\s+said\b|\s+at\b|$)`,
  'gu',
);

export function findMentions(text: string, index: EntityIndex, discovered: Discovered): Mention[] {
  const reference = referenceMentions(text, index);
  // Mentions never overlap, so kept in order of start they are in order of end too: what a new
  // one contains or overlaps is found by binary search, not by a pass over all (mention overlaps
  // were quadratic in a long sentence of names).
  const found = [...reference].sort((a, b) => a.start - b.start);
  const claim = (m: Mention) => {
    // A discovered name replaces the reference mentions inside it ("Suzhou Industrial Park").
    const at = firstFrom(found, m.start);
    let inside = 0;
    while (at + inside < found.length && found[at + inside]!.end <= m.end) inside++;
    found.splice(at, inside);
    if (at > 0 && found[at - 1]!.end > m.start) return;
    if (at < found.length && found[at]!.start < m.end) return;
    found.splice(at, 0, m);
  };
  for (const m of discoverPeople(text, discovered)) claim(m);
  for (const m of discoverChains(text, index, reference, discovered)) claim(m);
  for (const m of discoverLowercasePlaces(text, index, discovered)) claim(m);
  for (const m of discoverZonesOfPlaces(text, index, discovered)) claim(m);
  for (const m of discoverAreasOfZones(text, index, discovered)) claim(m);
  for (const m of discoverPossessiveOrgs(text, index, reference, discovered)) claim(m);
  for (const m of knownDiscovered(text, discovered)) claim(m);
  return found.sort((a, b) => a.start - b.start);
}

function referenceMentions(text: string, index: EntityIndex): Mention[] {
  const out: Mention[] = [];
  /** `out` in order of start, for the overlap test. */
  const sorted: Mention[] = [];
  for (const matcher of [index.matcher, index.exactMatcher]) {
    if (!matcher) continue;
    matcher.lastIndex = 0;
    for (let m = matcher.exec(text); m; m = matcher.exec(text)) {
      const id = entityIdForAlias(index, m[0]);
      const entity = id ? index.entities.get(id) : undefined;
      const start = m.index;
      const end = start + m[0].length;
      const at = firstFrom(sorted, start);
      if (!entity || (at > 0 && sorted[at - 1]!.end > start) || (at < sorted.length && sorted[at]!.start < end))
        continue;
      const mention = { id: entity.id, kind: entity.kind, start, end, text: m[0] };
      out.push(mention);
      sorted.splice(at, 0, mention);
    }
  }
  return out;
}

/** The index of the first of `mentions` (in order of start) starting at or after `start`. */
function firstFrom(mentions: Mention[], start: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function discoverChains(text: string, index: EntityIndex, reference: Mention[], discovered: Discovered): Mention[] {
  const out: Mention[] = [];
  const placeStarts = new Set(reference.filter((r) => r.kind !== 'organization').map((r) => r.start));
  CHAIN.lastIndex = 0;
  for (let m = CHAIN.exec(text); m; m = CHAIN.exec(text)) {
    for (const piece of splitAtAnd(m[0], m.index, placeStarts)) {
      const found = discoverChain(piece.text, piece.start, text, index, reference, discovered);
      if (found) out.push(found);
    }
  }
  return out;
}

/**
 * "Fudan University and Tongji University" are two names: split after a suffix word. So are
 * "X Academy of Sciences and the Y Academy" and "Ministry of Science and Technology and Tianjin
 * Municipal Government": after "and the", or before a known place, a new name starts.
 */
function splitAtAnd(chain: string, start: number, placeStarts: Set<number>): { text: string; start: number }[] {
  const pieces: { text: string; start: number }[] = [];
  const re = /\s+and\s+/g;
  let from = 0;
  for (let m = re.exec(chain); m; m = re.exec(chain)) {
    const left = chain.slice(from, m.index);
    const lastWord = lastWordOf(left);
    const right = m.index + m[0].length;
    const newName = /^the\s+[A-Z]/.test(chain.slice(right)) || placeStarts.has(start + right);
    if (
      newName ||
      // Its last words only: a region's suffix is two words (testing the whole was quadratic in a long chain).
      REGION_SUFFIX.test(left.slice(-64)) ||
      ORG_SUFFIX.test(lastWord) ||
      ZONE_SUFFIX.test(lastWord) ||
      CORRIDOR_SUFFIX.test(lastWord) ||
      /^\([A-Z]{2,}\)$/.test(lastWord)
    ) {
      pieces.push({ text: left, start: start + from });
      from = m.index + m[0].length;
    }
  }
  pieces.push({ text: chain.slice(from), start: start + from });
  return pieces;
}

/** `text.split(/\s+/).pop()`, without splitting a long text. */
function lastWordOf(text: string): string {
  let i = text.length;
  while (i > 0 && !/\s/.test(text[i - 1]!)) i--;
  return text.slice(i);
}

function discoverChain(
  chain: string,
  chainStart: number,
  text: string,
  index: EntityIndex,
  reference: Mention[],
  discovered: Discovered,
): Mention | null {
  {
    let name = chain;
    let start = chainStart;
    const lead =
      (LEADING.exec(name)?.[0] ?? '') +
      (/^(?:The\s+)?[\p{L}-]+-based\s+/u.exec(name.slice(LEADING.exec(name)?.[0]?.length ?? 0))?.[0] ?? '');
    name = name.slice(lead.length);
    start += lead.length;
    const role = ROLE_WORDS.test(name) ? (/^.*?\bof\s+(?:the\s+)?/.exec(name)?.[0] ?? '') : '';
    name = name.slice(role.length);
    start += role.length;
    const words = name.split(/\s+/);
    // Cut after the last suffix word, keeping an "of ..." complement ("Commission of Economy").
    let cut = -1;
    let kind: EntityKind | null = null;
    for (let i = words.length - 1; i >= 0 && cut === -1; i--) {
      const w = words[i]!.replace(/[’']s$/, '');
      // The suffix patterns below end at the word and span a few words: joining a long chain's every
      // prefix (quadratic in a 100 KB chain) tells them nothing more than its last words.
      const head = words.slice(Math.max(0, i + 1 - SUFFIX_WORDS), i + 1).join(' ');
      // "Binhaiwan Bay Area", one place's bay, is a new area; "Greater Bay Area" a region of many.
      if (i === 2 && /^[A-Z][\p{Ll}'’]+ Bay Area$/u.test(words.slice(0, 3).join(' '))) [cut, kind] = [i, 'zone'];
      else if (CORRIDOR_SUFFIX.test(w) || (i > 1 && REGION_SUFFIX.test(head))) [cut, kind] = [i, 'corridor'];
      else if (ORG_SUFFIX.test(w) || /Co\.,?\s*Ltd\.?$/.test(head)) [cut, kind] = [i, 'organization'];
      else if (ZONE_SUFFIX.test(w) && (w !== 'City' || ZONE_CITY.test(head)) && i > 0) [cut, kind] = [i, 'zone'];
    }
    if (cut === -1 || !kind) return null;
    // "the Committee and Municipal Government": a government with no place named is no name.
    if (
      kind === 'organization' &&
      /^(?:Municipal|Provincial|District|County|Local|People['’]s)\s+Government$/.test(
        words.slice(0, cut + 1).join(' '),
      )
    )
      return null;
    // "Guangming District" is a district; a "New District" is a zone, as a new area is.
    if (kind === 'zone' && /^(?:District|County)$/.test(words[cut]!) && words[cut - 1] !== 'New') kind = 'district';
    if (kind === 'zone' && REGIONAL_ZONE_NAME.test(words.slice(0, cut + 1).join(' '))) kind = 'corridor';
    const tail = words.slice(cut + 1);
    // "Saline Lake Haina chemical": a name that goes on past the place word names a company, not the
    // place. A headline's verb goes on too ("Songshan Lake Attracts ..."): it is no name.
    if (kind === 'zone' && tail.length > 0 && NAME_GOES_ON.test(tail[0]!) && !titleCased(text)) return null;
    const keepTail = kind === 'organization' && tail[0] === 'of';
    name = (keepTail ? words : words.slice(0, cut + 1))
      .join(' ')
      .replace(/[’']s$/, '')
      .replace(/\s+\([A-Z]{2,}\)$/, '')
      .replace(/[,\s]+$/, '');
    if (kind === 'zone' || kind === 'corridor') {
      // Headlines capitalise every word: "Output of Shaanxi Hi-tech Zones" names the zones after "of".
      const lead = /^.*\s(?:of|in|for|at|on)\s+(?:the\s+)?/i.exec(name)?.[0] ?? '';
      name = name.slice(lead.length);
      start += lead.length;
    }
    if (name.split(/\s+/).length < 2) return null;
    // "“Smart City” applications", "a Science City": the kind of city alone names none.
    if (kind === 'zone' && ZONE_CITY.test(name) && name.split(/\s+/).length === 2) return null;
    if (
      kind === 'zone' &&
      /^[\p{L}-]+\s+Area$/u.test(name) &&
      AREA_MEASURE_WORDS.has(name.split(/\s+/)[0]!.toLowerCase())
    )
      return null;
    const end = start + name.length;
    if (text.slice(start, end) !== name) return null;
    if (kind === 'zone' && isGenericZoneName(name)) {
      // "Xi'an's high-tech Industrial Development Zone" is the Xi'an zone; "Industrial Development Zone" alone names nothing.
      const owner = POSSESSED_ZONE.exec(text.slice(Math.max(0, start - 60), start));
      if (!owner) return null;
      const entity = discover(discovered, kind, `${owner[1]} ${owner[2] ?? ''}${name}`, [], index);
      return {
        id: entity.id,
        kind,
        start: start - owner[0].length,
        end,
        text: text.slice(start - owner[0].length, end),
      };
    }
    const inside = reference.filter((r) => r.start >= start && r.end <= end);
    const exact = inside.find((r) => r.start === start && r.end === end);
    if (exact) return null;
    if (
      kind === 'corridor' &&
      name
        .toLowerCase()
        .split(/[\s-]+/)
        .every((w) => GENERIC.has(w))
    )
      return null;
    const insideCorridor = inside.find((r) => r.kind === 'corridor');
    if (kind === 'corridor' && insideCorridor) return null; // variants of a reference corridor's name: it stands
    // "G60 High-Tech Corridor": a variant whose own words all belong to a reference corridor's name is that corridor.
    const variantOf = kind === 'corridor' && /Corridors?$/.test(name) ? referenceCorridorFor(name, index) : undefined;
    if (variantOf) return { id: variantOf.id, kind, start, end, text: name };
    const entity = discover(discovered, kind, name, inside, index);
    // "Wuhan Economic & Technological Development Zone (WEDZ)": the article goes on as "WEDZ";
    // "Wuhu Economic and Technological Development Zone (Wuhu ETDZ)" as "Wuhu ETDZ".
    const acronym = /^\s*\(((?:[A-Z][\p{Ll}'’-]+\s+)?[A-Z][A-Za-z&]{1,7})\)/u.exec(text.slice(end))?.[1];
    if (
      acronym &&
      !entity.reference &&
      /[A-Z][^\s]*[A-Z]/.test(acronym.split(/\s+/).pop()!) &&
      !entity.aliases.includes(acronym) &&
      !entityIdForAlias(index, acronym)
    )
      entity.aliases.push(acronym);
    return { id: entity.id, kind, start, end, text: name };
  }
}

/** A headline's capitalised words ("Output of Shaanxi Hi-tech Zones Rose by 10%"): most words of a short line. */
function titleCased(text: string): boolean {
  const words = text
    .slice(0, 200)
    .split(/\s+/)
    .filter((w) => /^\p{L}/u.test(w));
  return words.length > 0 && words.length <= 20 && words.filter((w) => /^\p{Lu}/u.test(w)).length > words.length / 2;
}
const NAME_GOES_ON =
  /^(?!(?:The|To|In|For|And|Of|As|On|At|With|By|From|Is|Has|Will|Was|Are|Under|Into|Amid|After|Before|Over|Via)$)[A-Z]\p{Ll}+(?<!s|ed|ing)$/u;

/** Words dropped from a zone's name to give its short name. */
const SHORT_NAME_DROPS = new Set([
  ...ZONE_KIND_WORDS,
  'city',
  'county',
  'comprehensive',
  'experimental',
  'special',
  'cooperation',
]);
const isGenericZoneName = (name: string) =>
  name
    .toLowerCase()
    .split(/\s+/)
    .every((w) => ZONE_KIND_WORDS.has(w));
const POSSESSED_ZONE = /([A-Z][\p{L}'’-]*[\p{L}])['’]s\s+((?:(?:high|hi|new)-tech|national)\s+)?$/u;

/** The reference corridor whose name or alias holds every distinctive word of `name`, if one does. */
function referenceCorridorFor(name: string, index: EntityIndex): Entity | undefined {
  const own = distinctiveWords(name);
  if (own.length === 0) return undefined;
  return [...index.entities.values()].find(
    (e) =>
      e.kind === 'corridor' &&
      [e.name, ...e.aliases].some((n) => {
        const theirs = new Set(distinctiveWords(n));
        return own.every((w) => theirs.has(w));
      }),
  );
}

const distinctiveWords = (name: string) =>
  name
    .toLowerCase()
    .split(/[\s–-]+/)
    .filter((w) => w && !GENERIC.has(w) && !VARIANT_WORDS.has(w));
/** Words that vary between spellings of one corridor's name ("G60 High-Tech Corridor", "... Region G60 ..."). */
const VARIANT_WORDS = new Set([
  'high',
  'tech',
  'hi',
  'sci',
  'region',
  'initiative',
  'sci-tech',
  'high-tech',
  'hi-tech',
]);

function discover(
  discovered: Discovered,
  kind: EntityKind,
  name: string,
  inside: Mention[],
  index: EntityIndex,
): Entity {
  // "China's (Tianjin) Pilot Free Trade Zone": the bracket of the official name is no part of how it reads.
  const clean = name
    .replace(/^the\s+/i, '')
    .replace(/^\(([^()]+)\)\s+/, '$1 ')
    .replace(/\)(?=\p{Lu})/u, ') ');
  const id =
    kind === 'organization'
      ? `org-${entitySlug(clean)}`
      : kind === 'person'
        ? `person-${entitySlug(clean)}`
        : entitySlug(clean);
  const existing = discovered.get(id) ?? index.entities.get(id) ?? samePlacePrefixed(discovered, kind, clean);
  if (existing) return existing;
  const place =
    inside.find((r) => HOLDING_KINDS.has(r.kind)) ??
    (kind === 'organization' ? (inside.find((r) => r.kind === 'corridor') ?? governed(clean, discovered)) : undefined);
  const entity: Entity = {
    id,
    kind,
    name: clean,
    // "Guangming District", then "Guangming Science City": the short name stays with the first named.
    // A bare recurring name ("Hengqin") is the same place as the full one and does not keep it.
    aliases: [...shortName(clean, kind, index), ...initialsOf(clean, kind, index)].filter(
      (a) => ![...discovered.values()].some((e) => e.name !== a && e.aliases.includes(a)),
    ),
    reference: false,
    ...(place && kind !== 'corridor' ? { parent: place.id } : {}),
  };
  discovered.set(id, entity);
  return entity;
}

/** Kinds of place a discovered name can sit in (its `parent`): a corridor only holds organisations. */
const HOLDING_KINDS = new Set<EntityKind>(['city', 'district', 'zone', 'province']);

/** "Management Committee of LIP": the place a body is of, by a name or initials found before. */
function governed(name: string, discovered: Discovered): { id: string } | undefined {
  const of = /\bof\s+(?:the\s+)?([A-Z][\p{L}\s’'-]*)$/u.exec(name)?.[1];
  if (!of) return undefined;
  return [...discovered.values()].find((e) => HOLDING_KINDS.has(e.kind) && (e.name === of || e.aliases.includes(of)));
}

/**
 * "Huizhou Huicheng High-Tech Zone" and "Huicheng High-Tech Zone" are one zone, the longer with its
 * city in front: whichever is named first, the other is the same entity.
 */
function samePlacePrefixed(discovered: Discovered, kind: EntityKind, name: string): Entity | undefined {
  if (kind !== 'zone' && kind !== 'district') return undefined;
  const withoutPlace = /^[A-Z][\p{L}'’-]+\s+(.+\s.+)$/u.exec(name)?.[1];
  const shorter =
    withoutPlace && !isGenericZoneName(withoutPlace) ? discovered.get(entitySlug(withoutPlace)) : undefined;
  if (shorter?.kind === kind) return shorter;
  return [...discovered.values()].find(
    (e) =>
      e.kind === kind && e.name.endsWith(` ${name}`) && /^[A-Z][\p{L}'’-]+$/u.test(e.name.slice(0, -name.length - 1)),
  );
}

function discoverPossessiveOrgs(
  text: string,
  index: EntityIndex,
  reference: Mention[],
  discovered: Discovered,
): Mention[] {
  const out: Mention[] = [];
  POSSESSIVE_ORG.lastIndex = 0;
  for (let m = POSSESSIVE_ORG.exec(text); m; m = POSSESSIVE_ORG.exec(text)) {
    if (entityIdForAlias(index, m[1]!)) continue; // "Shanghai’s ... center" is about Shanghai
    // "Tencent's G60 computing center" is in the corridor it names.
    const inside = reference.filter((r) => r.start >= m.index && r.end <= m.index + m[0].length);
    const entity = discover(discovered, 'organization', m[0], inside, index);
    out.push({ id: entity.id, kind: 'organization', start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

function discoverPeople(text: string, discovered: Discovered): Mention[] {
  const out: Mention[] = [];
  PERSON.lastIndex = 0;
  for (let m = PERSON.exec(text); m; m = PERSON.exec(text)) {
    const name = m[1]!;
    if (/^(?:The|This|In|On|At|By|Since|Member|President|Director)\b/.test(name)) continue;
    const id = `person-${entitySlug(name)}`;
    const role = m[2]!.trim().replace(/,?\s+and$/, '');
    const existing = discovered.get(id);
    if (!existing) discovered.set(id, { id, kind: 'person', name, aliases: [], role, reference: false });
    out.push({ id, kind: 'person', start: m.index, end: m.index + name.length, text: name });
  }
  return out;
}

/**
 * Place words written in lower case after a name: "Nanshan district", "Xinwu new area"; and in mixed
 * case, as machine translation leaves them: "Xining economic and Technological Development Zone".
 */
const LOWERCASE_PLACE = new RegExp(
  String.raw`(?<![\p{L}])((?:[A-Z][\p{L}’'-]+\s+){1,3})([Ee]conomic\s+and\s+[Tt]echn(?:olog(?:ical|y)|ical)\s+[Dd]evelopment\s+[Zz]one|district|county|new area|new district|high-tech zone|hi-tech zone|development zone|industrial park|science city|${REGION_WORDS.join('|')})\b`,
  'gu',
);
const LOWERCASE_REGION = new RegExp(`^(?:${REGION_WORDS.join('|')})$`);

/** The one place already found whose name is `base`, a few words, then `suffix`: what a description in lower case names. */
function fullNameFor(base: string, suffix: string, kind: EntityKind, discovered: Discovered): Entity | null {
  const pattern = new RegExp(`^${escapeRegExp(base)}(?:\\s+[A-Z][\\p{L}’'&-]*){1,3}\\s+${escapeRegExp(suffix)}$`, 'u');
  const found = [...discovered.values()].filter((e) => e.kind === kind && pattern.test(e.name));
  return found.length === 1 ? found[0]! : null;
}

function discoverLowercasePlaces(text: string, index: EntityIndex, discovered: Discovered): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(LOWERCASE_PLACE)) {
    // "Beijing's Haidian district": the district is Haidian District; Beijing is who holds it.
    const base = m[1]!
      .trim()
      .replace(/^(?:The|In|At|Of|And|From|To|With|For|On|By)\s+/, '')
      .replace(/^(?:[A-Z][\p{L}-]+\s+){0,2}[A-Z][\p{L}-]+['’]s\s+(?=[A-Z])/u, '');
    if (!base || /^(?:The|This|That|Its|Their|Each|Every|One|Two|Three)$/.test(base)) continue;
    // "Guangxi's industrial park" describes a park in Guangxi; it is not the park's name.
    if (/['’]s$/.test(base)) continue;
    const start = m.index! + m[0].indexOf(base);
    const suffix = capitalised(m[2]!.replace(/\s+/g, ' ')).replace(' And ', ' and ');
    const kind: EntityKind = /^(?:district|county)$/.test(m[2]!)
      ? 'district'
      : LOWERCASE_REGION.test(m[2]!)
        ? 'corridor'
        : 'zone';
    const referenced = entityIdForAlias(index, `${base} ${suffix}`);
    if (referenced) continue;
    // "Taiyuan industrial park" after "Taiyuan Intelligent Industrial Park" describes that park.
    const entity =
      fullNameFor(base, suffix, kind, discovered) ?? discover(discovered, kind, `${base} ${suffix}`, [], index);
    out.push({
      id: entity.id,
      kind,
      start,
      end: m.index! + m[0].length,
      text: text.slice(start, m.index! + m[0].length),
    });
  }
  return out;
}

/** A zone named by its place after "of": "the industrial park of Laibin City", "the high-tech zone of Hefei". */
const ZONE_OF_PLACE =
  /(?<![\p{L}])the\s+(industrial park|high-tech zone|hi-tech zone|high-tech industrial development zone|economic and technological development zone|economic development zone|development zone|new area|new district|science city|free trade zone|pilot free trade zone)\s+of\s+((?:[A-Z][\p{L}’'-]+\s+){0,2}[A-Z][\p{L}’'-]+)/gu;

function discoverZonesOfPlaces(text: string, index: EntityIndex, discovered: Discovered): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(ZONE_OF_PLACE)) {
    const place = m[2]!.replace(/\s+City$/, '');
    // "the new area of Xixian" is Xixian New Area; the zone is named as its own name would be.
    const suffix = capitalised(m[1]!);
    const name = `${place} ${suffix}`;
    const referenced = entityIdForAlias(index, name);
    const entity = referenced ? index.entities.get(referenced)! : discover(discovered, 'zone', name, [], index);
    // From "the": the words are a name here, not a reference back to the park last named.
    out.push({ id: entity.id, kind: entity.kind, start: m.index!, end: m.index! + m[0].length, text: m[0] });
  }
  return out;
}

/**
 * A free trade zone's part named by its city: "the Kashgar area of the China (Xinjiang) Pilot Free
 * Trade Zone", "the Harbin sub-area of the FTZ" is a zone of its own, Kashgar Area.
 */
const AREA_OF_ZONE =
  /(?<![\p{L}])the\s+([A-Z][\p{L}’'-]+)\s+(area|sub-area|section)\s+of\s+(?:the\s+)?(?=(?:China\s*)?(?:\([A-Z][\p{L}]+\)\s*)?(?:[A-Z][\p{L}-]*\s+){0,3}(?:Pilot\s+)?(?:Free\s+Trade\s+(?:Zone|Port)|FTZ)\b)/gu;

/** "The Heihe sub-area has imported ...": a sub-area is always a part of a free trade zone. */
const SUB_AREA = /(?<![\p{L}])[Tt]he\s+([A-Z][\p{L}’'-]+)\s+(sub-area)\b(?!\s+of\b)/gu;

function discoverAreasOfZones(text: string, index: EntityIndex, discovered: Discovered): Mention[] {
  const out: Mention[] = [];
  for (const m of [...text.matchAll(AREA_OF_ZONE), ...text.matchAll(SUB_AREA)]) {
    const name = `${m[1]} ${capitalised(m[2]!)}`;
    const referenced = entityIdForAlias(index, name);
    const entity = referenced ? index.entities.get(referenced)! : discover(discovered, 'zone', name, [], index);
    // "Kashgar" alone is the city (or prefecture), not the zone's part in it.
    if (!referenced) entity.aliases = entity.aliases.filter((a) => a !== m[1]);
    const start = m.index! + m[0].indexOf(m[1]!);
    const end = start + m[1]!.length + 1 + m[2]!.length;
    out.push({ id: entity.id, kind: entity.kind, start, end, text: text.slice(start, end) });
  }
  return out;
}

/**
 * A free trade zone written short, after its province or city: "the Heilongjiang pilot FTZ", "the
 * Fujian FTZ", "the Xinjiang pilot free trade zone" is that place's Pilot Free Trade Zone, not the
 * place. Only after a place the tables know: "The FTZ" names none. Found once over the whole
 * article (see describedSubjects), so "the FTZ" before the lead names it is already that zone.
 */
const PLACE_FTZ = /(?<![\p{L}])([A-Z][\p{L}’'-]+)\s+(?:pilot\s+)?(FTZ|free\s+trade\s+(?:zone|port))\b(?!\s+[A-Z])/gu;

export function discoverPlaceFreeTradeZones(text: string, index: EntityIndex, discovered: Discovered): void {
  for (const m of text.matchAll(PLACE_FTZ)) {
    const place = index.entities.get(entityIdForAlias(index, m[1]!) ?? '');
    if (!place || (place.kind !== 'province' && place.kind !== 'city')) continue;
    const port = /port$/i.test(m[2]!);
    const entity = discover(
      discovered,
      'zone',
      `${place.name} ${port ? 'Free Trade Port' : 'Pilot Free Trade Zone'}`,
      [],
      index,
    );
    // Its wordings are its aliases: each sentence then names it as it names any discovered place.
    const wordings = port ? [] : [`${place.name} FTZ`, `${place.name} pilot FTZ`, `${place.name} Free Trade Zone`];
    for (const alias of [m[0], ...wordings]) if (!entity.aliases.includes(alias)) entity.aliases.push(alias);
  }
}

/** A one-word name in a place's position: "based in Zhongguancun", "in Zhongguancun", "Zhongguancun's revenue". */
const ONE_WORD = String.raw`[A-Z][\p{Ll}]+(?:['’-][A-Z]?[\p{Ll}]+)?`;
const IN_PLACE = new RegExp(
  String.raw`\b(?:in|based in|located in|outside|across|throughout|through|(?:been|trips?|visits?|visitors|travel(?:led)?|moved) to)\s+(${ONE_WORD})(?=[,.;]|\s+(?![A-Z]))`,
  'gu',
);
const POSSESSOR = new RegExp(String.raw`(?<![\p{L}])(${ONE_WORD})['’]s\s+(?:[a-z]|[A-Z]{2,}\b)`, 'gu');
/** "Fengcheng in Liaoning province", "Kunshan city in Jiangsu province", "Dalian is located in", "the Fengcheng government", "the county-level economy of Fengcheng". */
const PLACE_FRAMES = new RegExp(
  String.raw`(?<![\p{L}]|[A-Z][\p{L}-]*\s+)(${ONE_WORD})\s+in\s+(?=[A-Z][\p{L}'’-]+(?:['’]s)?\s+(?:province|city|county|district|prefecture|region)\b)|(?:^|[.!?]\s+)(${ONE_WORD})\s+is\s+(?:located|situated)\s+(?:in|on|at)\b|\bthe\s+(${ONE_WORD})\s+(?:municipal\s+|county\s+|district\s+|city\s+)?government\b|\b(?:county-level|city-level|municipal)\s+(?:economy|government)\s+of\s+(${ONE_WORD})\b|(?<![\p{L}])(${ONE_WORD})(?:\s+and\s+(${ONE_WORD}))?,\s+(?:a|an|two|three|four)\s+(?:[a-z]+(?:-[a-z]+)?\s+){0,2}(?:cit(?:y|ies)|count(?:y|ies)|districts?)\b|(?<![\p{L}]|[A-Z][\p{L}-]*\s+)(${ONE_WORD})\s+(?:city|county)\s+in\s+[A-Z]`,
  'gu',
);
const CITY_OF = new RegExp(
  String.raw`(?:\b(?:[Tt]he|[Aa]n?)|['’]s)\s+(?:[a-z-]+\s+){0,2}(?:city|capital)\s+of\s+(${ONE_WORD})(?![\p{L}'’-]|\s+[Pp]rovince)`,
  'gu',
);
/** "Xintai and Feicheng, two county-level cities in Tai'an", "Fengcheng, a county-level city": what kind of place a name is. */
const CITY_APPOSITION = (name: string) =>
  new RegExp(
    String.raw`(?<![\p{L}])${escapeRegExp(name)}(?:\s+and\s+[A-Z][\p{L}'’-]+)?,\s+(?:a|an|two|three|four|both)\s+(?:[a-z]+(?:-[a-z]+)?\s+){0,2}(?:cit(?:y|ies)|count(?:y|ies))\b|(?<![\p{L}])${escapeRegExp(name)}\s+(?:City|County)\b|(?<![\p{L}])${escapeRegExp(name)}\s+(?:city|county)\s+in\s+[A-Z]|\b(?:county-level|prefecture-level)\s+economy\s+of\s+${escapeRegExp(name)}\b|\b(?:city|capital)\s+of\s+${escapeRegExp(name)}\b|\b(?:cities|counties|districts)\s+in\s+${escapeRegExp(name)}\b`,
    'u',
  );
const NAMED_CITY = new RegExp(
  String.raw`(?<![\p{L}])(?!(?:Science|Technology|Tech|Sci|Innovation|New|Smart|Knowledge|Trade|Digital|Eco|Garden|Forest|Sponge|Airport|Port|Industrial|International|Model|Pilot)\b)(${ONE_WORD})\s+(?:City|County)\b(?!\s+[A-Z])`,
  'gu',
);
/** "the Yangtze River Delta's": the last word of a longer name is not a name of its own. */
const AFTER_NAME = /[A-Z][\p{L}-]*\s+$/u;
const ZONE_WORD = String.raw`(?:Zones?|Parks?|District|Area|Science City|Port|Base|Valley)\b`;
/** A typed reference back ("the district"), when no place of that kind is named ("X District"). */
const TYPED_REFERENCES: [RegExp, RegExp, EntityKind][] = [
  [/\b(?:the|this)\s+district\b/i, /\b[A-Z][\p{L}'’-]+\s+District\b/u, 'district'],
  [/\b(?:the|this)\s+(?:island\s+)?province\b/i, /\b[A-Z][\p{L}'’-]+\s+Province\b/u, 'province'],
  // "Yiwu International Trade City" names a market, not a city called so.
  [
    /\b(?:the|this)\s+city\b/i,
    /\b[A-Z][\p{L}'’-]+\s+City\b(?<!(?:Trade|Science|Technology|Tech|Innovation|New|Smart|Knowledge|Sci-Tech)\s+City)/u,
    'city',
  ],
];
/** Times a one-word name must stand in a place's position before it is taken for a place. */
const PLACE_POSITIONS = 2;

/**
 * Places without a place word ("Zhongguancun", "Hetao"), which no suffix pattern finds: a one-word
 * name the tables do not know, standing at least twice where a place stands. Run once over the
 * whole article before sentences are read, so the first mention is found too.
 */
export function discoverRecurringPlaces(texts: string[], index: EntityIndex, discovered: Discovered): void {
  const count = new Map<string, number>();
  const tally = (name: string, weight = 1) => {
    if (!NOT_A_PLACE.has(name) && !entityIdForAlias(index, name)) count.set(name, (count.get(name) ?? 0) + weight);
  };
  for (const text of texts) {
    for (const m of text.matchAll(IN_PLACE)) tally(m[1]!);
    // An apposition (the 5th and 6th groups: "Feicheng, a county-level city") says outright that the name is a place.
    // "The capital city of Changsha", "the oil city of Daqing", "Guizhou's provincial capital of Guiyang": said outright to be a city.
    for (const m of text.matchAll(CITY_OF)) tally(m[1]!, PLACE_POSITIONS);
    // "Tangshan City", "Ningxiang County": named with its place word ("Yiwu International Trade City" is a market).
    for (const m of text.matchAll(NAMED_CITY))
      if (!AFTER_NAME.test(text.slice(Math.max(0, m.index! - 40), m.index))) tally(m[1]!, PLACE_POSITIONS);
    for (const m of text.matchAll(PLACE_FRAMES))
      for (const [i, name] of m.slice(1).entries()) if (name) tally(name, i >= 4 ? PLACE_POSITIONS : 1);
    if (!/['’]s\s/.test(text)) continue;
    for (const m of text.matchAll(POSSESSOR))
      if (!AFTER_NAME.test(text.slice(Math.max(0, m.index! - 40), m.index))) tally(m[1]!);
  }
  // "Nansha's GDP ... The district has seen": the article's own word for its main place gives its kind.
  const main = [...count].sort((a, b) => b[1] - a[1])[0]?.[0];
  const typedAs = TYPED_REFERENCES.find(
    ([word, named]) => texts.some((t) => word.test(t)) && !texts.some((t) => named.test(t)),
  );
  for (const [name, n] of count) {
    if (n < PLACE_POSITIONS) continue;
    const id = entitySlug(name);
    if (discovered.has(id) || index.entities.has(id) || [...discovered.values()].some((e) => e.aliases.includes(name)))
      continue;
    // "Xiamen Torch Development Zone" is in Xiamen: a name that heads a zone's name is its city.
    const heads = new RegExp(`${escapeRegExp(name)}\\s+(?:[A-Z][\\p{L}-]*\\s+){0,5}${ZONE_WORD}`, 'u');
    const apposition = CITY_APPOSITION(name);
    // "Ningxiang County" is county-level, listed with districts.
    const county = new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}\\s+County\\b`, 'u');
    const kind: EntityKind =
      name === main && typedAs
        ? typedAs[2]
        : texts.some((t) => county.test(t))
          ? 'district'
          : texts.some((t) => t.includes(name) && (heads.test(t) || apposition.test(t)))
            ? 'city'
            : 'zone';
    const named = [`${name} City`, `${name} County`].filter((n) => texts.some((t) => t.includes(n)));
    discovered.set(id, { id, kind, name, aliases: [name, ...named], reference: false });
  }
}

/** A place found earlier in the article, named again without its place word ("Nanshan's GDP"). */
function knownDiscovered(text: string, discovered: Discovered): Mention[] {
  const out: Mention[] = [];
  for (const entity of discovered.values()) {
    if (entity.kind === 'person' || entity.kind === 'organization') continue;
    for (const alias of entity.aliases) {
      if (!text.includes(alias)) continue; // most sentences do not name it: no pattern to build
      const re = new RegExp(`(?<![\\p{L}])${escapeRegExp(alias)}(?![\\p{L}])`, 'gu');
      for (const m of text.matchAll(re))
        out.push({ id: entity.id, kind: entity.kind, start: m.index!, end: m.index! + alias.length, text: alias });
    }
  }
  return out;
}

/** "Xiong'an New Area" is also "Xiong'an", unless that short name is a known place of its own. */
function shortName(name: string, kind: EntityKind, index: EntityIndex): string[] {
  if (kind !== 'zone' && kind !== 'district') return [];
  // "Pingtan Comprehensive Pilot Zone" is also "Pingtan": the words that say what kind of zone go.
  const words = name.split(/\s+/);
  let head = words.length;
  while (head > 1 && SHORT_NAME_DROPS.has(words[head - 1]!.toLowerCase())) head--;
  // "Binhaiwan Bay Area" is also "Binhaiwan".
  if (words.length === 3 && /^Bay Area$/.test(words.slice(1).join(' '))) head = 1;
  const short = words.slice(0, head).join(' ');
  if (short === name || !/^[A-Z][\p{L}’'-]+$/u.test(short)) return [];
  // "the Nantong zone": the place and the kind's last word name the zone even where the place alone is a city.
  const kindWord = `${short} ${words.at(-1)!.toLowerCase()}`;
  const withKind = entityIdForAlias(index, kindWord) ? [] : [kindWord];
  return entityIdForAlias(index, short) ? withKind : [short, ...withKind];
}

/**
 * "Tianjin Pilot Free Trade Zone" is also "TPFTZ": articles go on with the initials of a name they
 * never spell out in brackets. Common abbreviations ("GDP") are never a name's.
 */
function initialsOf(name: string, kind: EntityKind, index: EntityIndex): string[] {
  if (kind !== 'zone' && kind !== 'corridor' && kind !== 'organization') return [];
  const words = name.split(/\s+/).filter((w) => !/^(?:of|and|the|for|&)$/i.test(w));
  const initials = words.map((w) => w.charAt(0).toUpperCase()).join('');
  if (initials.length < 3 || !/^[A-Z]+$/.test(initials)) return [];
  if (COMMON_ABBREVIATIONS.has(initials) || entityIdForAlias(index, initials)) return [];
  return [initials];
}

/** A name made of counts and common nouns only ("Nine Cities", "One Corridor and Nine Cities"). */
export function isDescriptive(name: string): boolean {
  return name
    .toLowerCase()
    .split(/[\s,-]+/)
    .every((w) => w === '' || w in WORD_NUMBERS || w === 'one' || DESCRIPTIVE_NAME_WORDS.has(w));
}
