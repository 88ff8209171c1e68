/**
 * Subjects an article describes instead of naming. Without them, such an article's figures go to
 * the city or province inside the description, which is the wrong subject:
 * - a group it counts and goes on about: "12 large-scale urban clusters ... these 12 urban
 *   clusters", "74 economic development zones in this province", "four provincial capital cities
 *   ... the four cities";
 * - one zone named by its kind and place: "the free trade zone in Shanghai's Pudong New Area ...
 *   the FTZ", "the Heilongjiang pilot FTZ";
 * - a corridor named by the cities it connects: "an industrial corridor connecting Harbin with the
 *   oil city of Daqing ..., and further to Qiqihar";
 * - a city cluster whose name has lower-case words: "Yangtze River middle reaches city cluster";
 * - two places' region: "the Chengdu–Chongqing region", by the name the article gives it
 *   elsewhere ("Chengdu–Chongqing Economic Circle").
 * Found once over the whole article before its sentences are read, as recurring places are. Each
 * becomes a discovered entity whose aliases are the article's own wordings, so its sentences name
 * it as they name any other place.
 */
import type { Entity, EntityKind } from '../facts/factModel.js';
import { entityIdForAlias, entitySlug, type EntityIndex } from './entityIndex.js';
import { type Discovered, discoverPlaceFreeTradeZones } from './mentions.js';
import {
  GROUP_NOUNS,
  NOT_DESCRIBING,
  REGION_WORDS,
  WORD_NUMBERS,
  ZONE_ACRONYMS,
  ZONE_KIND_WORDS,
} from './vocabulary.js';

export function discoverDescribedSubjects(texts: string[], index: EntityIndex, discovered: Discovered): void {
  discoverGroups(texts, index, discovered);
  discoverZonesInPlaces(texts, index, discovered);
  for (const text of texts) discoverPlaceFreeTradeZones(text, index, discovered);
  discoverConnectingCorridors(texts, index, discovered);
  discoverLowercaseClusters(texts, index, discovered);
  discoverPairRegions(texts, index, discovered);
}

const NAME = String.raw`[A-Z][\p{L}'’-]*[\p{L}]`;
/** A place after "in", "along" or "across": "in Zhejiang Province", "along the middle reaches of the Yangtze River". */
const QUALIFIER = new RegExp(
  String.raw`^\s+((?:in|along|across)\s+(?:(?:this|the)\s+(?:province|country|region)\b|(?:the\s+)?(?:[a-z]+\s+){0,3}(?:of\s+(?:the\s+)?)?${NAME}(?:['’]s)?(?:\s+${NAME}){0,3})|of\s+${NAME}(?:\s+${NAME}){0,3})`,
  'u',
);
/** A chain of names after "in" ends at its place word: "in Zhejiang Province Improve Their" is "in Zhejiang Province". */
const PLACE_WORD_END = /^(.*?\b(?:Province|City|District|County|Area|River|Delta|Region|Municipality))\b/u;
const GROUP_NOUN = new RegExp(
  String.raw`(?<![\p{L}-])(${Object.keys(GROUP_NOUNS)
    .map((n) => n.replace(/ /g, '\\s+'))
    .join('|')})(?![\p{L}-])`,
  'giu',
);

/** Three or more names listed, then the comma of an apposition: "Wuhan, Changsha, Hefei, and Nanchang, ". */
const LIST = String.raw`${NAME}(?:,\s+${NAME}){1,}(?:,)?\s+and\s+${NAME}`;
const LISTED_BEFORE = new RegExp(String.raw`(${LIST}),\s+$`, 'u');
/** "the three major cities of Hefei, Wuhu and Bengbu". */
const LISTED_AFTER = new RegExp(String.raw`^\s+of\s+(${LIST})`, 'u');

interface GroupWording {
  text: number;
  count?: string;
  /** The describing words before the noun, as written ("economic development"). */
  words: string[];
  noun: string;
  qualifier?: string;
  determined: boolean;
  /** The places the group is an apposition to: "Wuhan, Changsha, Hefei, and Nanchang, four ... cities". */
  listed?: string;
}

/** Each plural group noun with the words before it that describe it, its count and its determiner. */
function groupWordings(texts: string[]): GroupWording[] {
  const out: GroupWording[] = [];
  for (const [t, text] of texts.entries()) {
    if (!/s\b/i.test(text)) continue;
    for (const m of text.matchAll(GROUP_NOUN)) {
      const before = text.slice(Math.max(0, m.index! - 120), m.index).split(/\s+/);
      before.pop(); // the empty word before the noun
      const words: string[] = [];
      let count: string | undefined;
      let determined = false;
      while (before.length > 0) {
        const word = before.pop()!;
        const lower = word.toLowerCase();
        if (/^[\d,]+$/.test(word) || lower in WORD_NUMBERS) {
          count = word;
          determined = true;
          break;
        }
        if (/^(?:the|these|all)$/i.test(word) || /^(?:China|the country|the nation)['’]s$/i.test(word)) {
          determined = true;
          break;
        }
        // "the city's development zones", "Tangshan's development zones": owned by a place, so one group.
        if (
          /^(?:city|province|region|county|district|(?!(?:Zone|Park|Area|Corridor|City)['’])\p{Lu}[\p{L}-]+)['’]s$/u.test(
            word,
          )
        ) {
          determined = true;
          break;
        }
        // A describing word is a plain word; a name ("Shenzhen zones") or punctuation ends the description.
        if (NOT_DESCRIBING.has(lower) || !/^[\p{L}-]+$/u.test(word) || words.length === 4) break;
        // A name ends it, but not the capitals a translation leaves on kind words ("economic Development zones").
        if (t > 0 && /^\p{Lu}/u.test(word) && !(ZONE_KIND_WORDS.has(lower) && /^\p{Ll}/u.test(before.at(-1) ?? '')))
          break;
        // "to co-develop industrial parks": a verb after "to" does not describe the parks.
        if (/^to$/i.test(before.at(-1) ?? '')) break;
        words.unshift(word);
      }
      if (count !== undefined && /^(?:the|these|all)$/i.test(before.at(-1) ?? '')) determined = true;
      const qualified = QUALIFIER.exec(text.slice(m.index! + m[0].length))?.[1];
      const qualifier = qualified && (PLACE_WORD_END.exec(qualified)?.[1] ?? qualified);
      const countStart = m.index! - (words.length > 0 ? words.join(' ').length + 1 : 0) - (count?.length ?? 0) - 1;
      const listed = count
        ? (LISTED_BEFORE.exec(text.slice(0, countStart)) ?? LISTED_AFTER.exec(text.slice(m.index! + m[0].length)))?.[1]
        : undefined;
      out.push({ text: t, count, words, noun: m[1]!, qualifier, determined, listed });
    }
  }
  return out;
}

const nounKey = (noun: string) => {
  const lower = noun.toLowerCase().replace(/\s+/g, ' ');
  return lower === 'ftzs' || lower === 'etdzs' ? 'zones' : lower;
};
const wordingOf = (w: GroupWording, withCount: boolean) =>
  [withCount ? w.count : undefined, ...w.words, w.noun].filter(Boolean).join(' ');

/**
 * A group: one plural noun the article counts (three or more) and names again in another sentence
 * with a determiner or the count ("these 12 urban clusters", "the four cities"). "Nine cities"
 * where the tables know "Nine Cities" as a corridor's alias is that corridor, not a group.
 */
function discoverGroups(texts: string[], index: EntityIndex, discovered: Discovered): void {
  const byNoun = new Map<string, GroupWording[]>();
  const named = new Set<string>();
  for (const w of groupWordings(texts)) {
    const key = nounKey(w.noun);
    // "Shaanxi Hi-tech Zones": the article names the group itself, by its place.
    if (w.words.length > 0 && /^\p{Lu}/u.test(w.words[0]!) && entityIdForAlias(index, w.words[0]!)) named.add(key);
    if (!w.determined && !w.qualifier) continue;
    byNoun.set(key, [...(byNoun.get(key) ?? []), w]);
  }
  for (const [key, wordings] of byNoun) {
    if (named.has(key)) continue;
    // Counted ("74 economic development zones"), or the headline's own subject ("Economic
    // Development Zones of Tangshan City"), described and placed.
    const seeds = wordings.filter(
      (w) =>
        (w.count && countOf(w.count) >= 3) ||
        (w.text === 0 && w.words.length > 0 && !!w.qualifier && namesPlace(w.qualifier, index)),
    );
    for (const seed of seeds) {
      const group = wordings.filter((w) => sameGroup(seed, w));
      if (new Set(group.map((w) => w.text)).size < 2) continue;
      if (
        group.some((w) => entityIdForAlias(index, wordingOf(w, true)) || entityIdForAlias(index, wordingOf(w, false)))
      )
        continue;
      addGroup(group, GROUP_NOUNS[key] ?? 'zone', index, discovered);
      break;
    }
  }
}

/**
 * The same group named again: the same count ("the four cities"), or the same describing word
 * before the noun ("the economic development zones in this province"). "28 other cities" after
 * "three major cities" is another group.
 */
const sameGroup = (seed: GroupWording, w: GroupWording) =>
  w === seed ||
  // "high-tech zones in nine cities in Shandong" are not "169 national high-tech zones" in China.
  (samePlace(seed.qualifier, w.qualifier) &&
    (seed.count !== undefined && w.count !== undefined
      ? countOf(w.count) === countOf(seed.count)
      : (w.count !== undefined || w.determined || !!w.qualifier) &&
        w.words.length > 0 &&
        w.words.at(-1)!.toLowerCase() === seed.words.at(-1)?.toLowerCase()));

/** "of Tangshan City", "in Xinjiang": a place, not a headline's capitals ("in Full Swing"). */
const namesPlace = (qualifier: string, index: EntityIndex) =>
  PLACE_WORD_END.test(qualifier) ||
  (qualifier.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).some((n) => entityIdForAlias(index, n));

/** Two groups' places agree where both are given: a name in common ("in Xinjiang", "in northwest China's Xinjiang"). */
function samePlace(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return true;
  const names = (q: string) => q.match(/\p{Lu}[\p{L}-]+/gu) ?? [];
  const inB = new Set(names(b));
  // "in this province" names none: it agrees with any.
  return names(a).length === 0 || inB.size === 0 || names(a).some((n) => inB.has(n));
}

function addGroup(group: GroupWording[], kind: EntityKind, index: EntityIndex, discovered: Discovered): void {
  // The group's name: its fullest wording, with the count when the article repeats it, and a named
  // place ("in Zhejiang Province") rather than "in this province".
  const counted = group.filter((w) => w.count);
  const repeated = counted.length > 1 ? counted[0]!.count : undefined;
  const fullest = [...group].sort((a, b) => b.words.length - a.words.length)[0]!;
  const place = group
    .map((w) => w.qualifier)
    .find((q) => q && !/^\w+\s+(?:this|the)\s+(?:province|country|region)\b/.test(q));
  const words = [repeated, ...fullest.words.map((w) => w.toLowerCase()), fullest.noun.toLowerCase()];
  // Named by its places where the article lists them: "Hefei, Wuhu and Bengbu".
  const listed = group.find((w) => w.listed)?.listed;
  const name = listed ?? sentenceCase(`${words.filter(Boolean).join(' ')}${place ? ` ${place}` : ''}`);
  const aliases = new Set<string>();
  for (const w of group) {
    if (w.listed) aliases.add(w.listed);
    const qualified = w.qualifier ? ` ${w.qualifier}` : '';
    for (const withCount of [true, false]) {
      const wording = wordingOf(w, withCount);
      if (w.words.length > 0 || (withCount && w.count)) aliases.add(`${wording}${qualified}`);
      if (w.words.length > 0 && !qualified) aliases.add(wording);
    }
  }
  add(
    discovered,
    index,
    kind,
    name,
    [...aliases].filter((a) => /\s/.test(a)),
  );
}

const countOf = (word: string) => WORD_NUMBERS[word.toLowerCase()] ?? Number(word.replace(/,/g, ''));

/** Zone kinds written in lower case, as "the ... in <place>" describes a zone. */
const ZONE_IN_PLACE = new RegExp(
  String.raw`(?<![\p{L}])the\s+((?:pilot\s+)?free\s+trade\s+zone|high-tech\s+zone|hi-tech\s+zone|economic\s+and\s+technological\s+development\s+zone|development\s+zone|industrial\s+park|new\s+area|science\s+city)\s+in\s+((?:${NAME}['’]s\s+)?${NAME}(?:\s+${NAME}){0,3})`,
  'gu',
);

/**
 * "The free trade zone in Shanghai's Pudong New Area": one zone the article names by kind and
 * place, and refers back to ("the FTZ", "the zone"). Its name is the article's description: the
 * article gives no other, and a name made up for it would be one no reader can look up.
 */
function discoverZonesInPlaces(texts: string[], index: EntityIndex, discovered: Discovered): void {
  for (const [t, text] of texts.entries()) {
    for (const m of text.matchAll(ZONE_IN_PLACE)) {
      const kindWords = m[1]!.replace(/\s+/g, ' ');
      const acronym = Object.entries(ZONE_ACRONYMS).find(([, words]) => kindWords.endsWith(words))?.[0];
      const again = texts.some(
        (other, o) =>
          o !== t &&
          (new RegExp(`\\bthe\\s+(?:[\\w-]+\\s+)?(?:zone|${acronym ?? 'zone'})\\b`, 'i').test(other) ||
            (acronym !== undefined && new RegExp(`\\b${acronym}\\b`).test(other))),
      );
      if (!again) continue;
      const place = m[2]!;
      if (entityIdForAlias(index, `${place} ${kindWords}`)) continue;
      const aliases = [`${kindWords} in ${place}`];
      if (acronym && texts.some((x) => new RegExp(`\\b${acronym}\\b`).test(x))) aliases.push(acronym);
      add(discovered, index, 'zone', sentenceCase(`${kindWords} in ${place}`), aliases);
      return;
    }
  }
}

const CORRIDOR_CONNECTING = /(?<![\p{L}])((?:[a-z]+\s+)?corridor)\s+(?:connecting|linking)\s+([^.;]{0,200})/u;

/**
 * "An industrial corridor connecting Harbin with the oil city of Daqing ..., and further to
 * Qiqihar, the border trading post": the corridor is named by the places it connects, in order,
 * up to an apposition after them. Only when the article goes on about "the corridor".
 */
function discoverConnectingCorridors(texts: string[], index: EntityIndex, discovered: Discovered): void {
  const joined = texts.join(' ').replace(/\s+/g, ' ');
  const m = CORRIDOR_CONNECTING.exec(joined);
  if (!m || !/\bthe\s+(?:[a-z]+\s+)?corridor\b/i.test(joined.slice(m.index + m[0].length))) return;
  const route = m[2]!.split(/,\s+(?:the|a|an|which|who|where)\b/)[0]!;
  const places = [...route.matchAll(/\b(?:connecting|linking|with|and|to|of|from)\s+([A-Z][\p{L}'’-]+)/gu)].map(
    (p) => p[1]!,
  );
  const first = /^([A-Z][\p{L}'’-]+)/u.exec(route)?.[1];
  const stops = [...new Set([...(first ? [first] : []), ...places])].slice(0, 4);
  if (stops.length < 2) return;
  const name = `${stops.join('-')} ${capitalised(m[1]!)}`;
  // The article's own words for it: "the industrial corridor"; a bare "corridor" is "the corridor" already.
  const wording = m[1]!.includes(' ') ? m[1]! : m[0].slice(0, m[0].indexOf(stops[0]!) + stops[0]!.length);
  add(discovered, index, 'corridor', name, [name, wording]);
}

/** "Yangtze River middle reaches city cluster": a name, then lower-case words, then a cluster word. */
const LOWERCASE_CLUSTER = new RegExp(
  String.raw`(?<![\p{L}])((?:${NAME}\s+){1,3})((?:[a-z]+\s+){1,2})(${REGION_WORDS.join('|')})\b`,
  'gu',
);

function discoverLowercaseClusters(texts: string[], index: EntityIndex, discovered: Discovered): void {
  for (const text of texts) {
    for (const m of text.matchAll(LOWERCASE_CLUSTER)) {
      const base = m[1]!.trim().replace(/^(?:The|In|At|Of|And|From|To|With|For|On|By)\s+/, '');
      const between = m[2]!.trim().split(/\s+/);
      if (!base || between.some((w) => NOT_DESCRIBING.has(w)) || /['’]s$/.test(base)) continue;
      const name = `${base} ${m[2]!.trim()} ${m[3]!}`;
      if (entityIdForAlias(index, name)) continue;
      add(discovered, index, 'corridor', name, [name]);
    }
  }
}

/** "The Chengdu–Chongqing region", "the Beijing-Tianjin area": the region of two places named together. */
const PAIR_REGION = new RegExp(String.raw`\bthe\s+(${NAME}[-–]${NAME})\s+(region|area)\b`, 'u');

function discoverPairRegions(texts: string[], index: EntityIndex, discovered: Discovered): void {
  for (const text of texts) {
    const m = PAIR_REGION.exec(text);
    if (!m) continue;
    const pair = m[1]!;
    const [first, second] = pair.split(/[-–]/);
    if (!entityIdForAlias(index, first!) && !entityIdForAlias(index, second!)) continue;
    // Its proper name where the article gives one: "Chengdu–Chongqing Economic Circle".
    const named = new RegExp(
      String.raw`${pair.replace(/[-–]/, '[-–]')}\s+(${REGION_WORDS.map((w) => w.replace(/\b\p{L}/gu, (c) => `[${c}${c.toUpperCase()}]`)).join('|')})`,
      'u',
    );
    const full = texts.map((t) => named.exec(t)?.[0]).find(Boolean);
    const existing = full ? entityIdForAlias(index, full) : undefined;
    // "Chengdu–Chongqing Innovation Drive Doubles": the pair alone names the region too.
    const wording = `${pair} ${m[2]!}`;
    if (existing) {
      const entity = index.entities.get(existing)!;
      discovered.set(existing, { ...entity, aliases: [...entity.aliases, wording, pair] });
      return;
    }
    add(discovered, index, 'corridor', full ?? wording, [...(full ? [full] : []), wording, pair]);
    return;
  }
}

function add(discovered: Discovered, index: EntityIndex, kind: EntityKind, name: string, aliases: string[]): void {
  const id = entitySlug(name);
  if (discovered.has(id) || index.entities.has(id)) return;
  const taken = (a: string) => [...discovered.values()].some((e) => e.aliases.includes(a) || e.name === a);
  const entity: Entity = { id, kind, name, aliases: aliases.filter((a) => !taken(a)), reference: false };
  discovered.set(id, entity);
}

const sentenceCase = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const capitalised = (words: string) => words.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
