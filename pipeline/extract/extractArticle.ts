/**
 * Article -> ArticleFacts: every sentence's mentions, figures and dates, then each fact
 * extractor over it. Each fact is tied to its sentence: the quote is a verbatim slice of the
 * source file and the line is where that slice starts.
 */
import type { Article } from '../clean/cleanArticle.js';
import type { Dropped, Entity, Fact } from '../facts/factModel.js';
import { clipChars } from '../text/clip.js';
import { isLocated, type SentenceContext, TERRITORY_KINDS } from './context.js';
import { findDates } from '../text/dates.js';
import type { EntityIndex } from './entityIndex.js';
import { discoverDescribedSubjects } from './describedSubjects.js';
import { extractCooperation } from './facts/cooperation.js';
import { type FactDraft, HEADLINE } from './facts/draft.js';
import { extractEvents } from './facts/events.js';
import { extractFocus } from './facts/focus.js';
import { extractMemberships } from './facts/memberships.js';
import { extractMetrics } from './facts/metrics.js';
import { extractTargets } from './facts/targets.js';
import { discoverRecurringPlaces, findMentions, isDescriptive, type Discovered, type Mention } from './mentions.js';
import { findQuantities } from './numbers.js';
import { lineStartsOf, type Sentence, splitSentences } from './sentences.js';
import { mainSubject, resolveClauses } from './subjects.js';
import { GOVERNMENT_BODY, HIGH_TECH_ZONE, NEW_AREA, SCIENCE_CITY } from './vocabulary.js';

export type UnsealedFact = Omit<Fact, 'id'>;

export interface ArticleFacts {
  facts: UnsealedFact[];
  /** Ids of every entity the article's kept text names. */
  mentioned: string[];
  /** Sentences too long to read (MAX_SENTENCE_CHARS). */
  dropped: Dropped[];
}

/**
 * The longest sentence read, in characters. The articles' longest is under 800; what is longer
 * is a list or a table run together, or no prose at all. Reading a sentence costs time that grows
 * with the square of its length (each figure looks at each name), so this bound keeps extraction
 * linear in the source: a longer sentence is dropped with its reason (`facts --explain`).
 */
export const MAX_SENTENCE_CHARS = 2000;
/** Words of the reason a sentence over MAX_SENTENCE_CHARS is dropped for. */
export const SENTENCE_TOO_LONG = 'a sentence may have: not read';

/** The extractors, in the order their facts are listed. Each is a function of one sentence. */
const EXTRACTORS: ((ctx: SentenceContext) => FactDraft[])[] = [
  extractMetrics,
  extractTargets,
  extractEvents,
  extractMemberships,
  extractCooperation,
  extractFocus,
];

/** Thrown when reading an article runs past its deadline (see extractArticle). */
export class OutOfTime extends Error {
  override name = 'OutOfTime';
}

/** `deadline` is a `performance.now()` time, checked before each sentence: past it, OutOfTime is thrown. */
export function extractArticle(
  whole: Article,
  index: EntityIndex,
  discovered: Discovered,
  deadline = Number.POSITIVE_INFINITY,
): ArticleFacts {
  const inTime = () => {
    if (performance.now() > deadline) throw new OutOfTime('past its deadline');
  };
  const { article, sentences, dropped } = withinBounds(whole);
  const texts = [...(article.headline ? [article.headline] : []), ...sentences.map((s) => s.text)];
  discoverRecurringPlaces(texts, index, discovered);
  discoverDescribedSubjects(texts, index, discovered);
  const mentionsBySentence = namedProperly(
    sentences.map((s) => {
      inTime();
      return findMentions(s.text, index, discovered);
    }),
  );
  // A title made from the first sentence is not a headline: only a name that opens the lead sentence
  // ("Suzhou Industrial Park reported ...") says what the article is about; not the place of a
  // government that acts ("The Guangdong provincial government has released its X Corridor scheme").
  const titleMentions = article.headline
    ? findMentions(article.headline, index, discovered)
    : (mentionsBySentence[0] ?? []).filter(
        (m) =>
          /^\s*(?:The\s+)?$/.test(sentences[0]!.text.slice(0, m.start)) &&
          !GOVERNMENT_AFTER_PLACE.test(sentences[0]!.text.slice(m.end)),
      );
  const corridorReferences = sentences.filter((s) => /\bthe corridor\b/i.test(s.text)).length;
  const main =
    mainSubject(
      mentionsBySentence.map((ms, i) => ms.map((m) => ({ ...m, located: isLocated(sentences[i]!.text, m) }))),
      titleMentions,
      index.members,
      corridorReferences,
    ) ?? `source-${article.source.id}`;

  const facts: UnsealedFact[] = [];
  const seen = new Set<string>();
  let previous = main;
  let paragraph = -1;
  // The subject of the first sentence of the paragraph being read (`paragraphRead`): what that paragraph is about.
  let paragraphRead = -1;
  let paragraphTopic = main;
  // The entity of each kind last named: what "the zone" or "the corridor" refers back to.
  const recent = new Map<string, string>();
  const remember = (m: Mention) => {
    const entity = index.entities.get(m.id) ?? discovered.get(m.id);
    // In naming order: "the region" is whichever of several kinds was named last.
    const kind = recentKind(m.kind, entity, m.text);
    recent.delete(kind);
    recent.set(kind, m.id);
    if (entity && SCIENCE_CITY.test(entity.name)) recent.set('science city', m.id);
    if (entity && kind === 'zone' && HIGH_TECH_ZONE.test(entity.name)) recent.set('high-tech zone', m.id);
    if (entity && kind === 'zone' && !NEW_AREA.test(entity.name)) recent.set('designated zone', m.id);
  };
  for (const m of titleMentions) remember(m);
  let carry: SentenceContext['carry'] = {};
  let industriesBefore: string[] = [];
  const read = (sentence: Sentence, mentions: Mention[]) => {
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      const before = index.entities.get(previous) ?? discovered.get(previous);
      // "It also ..." at a paragraph's start goes on about the previous paragraph's subject, and so
      // does "By the end of January, it had ...".
      if (!CONTINUES.test(sentence.text)) previous = main;
      // A new paragraph returns to the topic: "the district" there is the article's own place unless
      // the paragraph names another one first, not a place mentioned in passing the paragraph before;
      // but a place of that kind the paragraph before was about ("Feicheng boasts ..." / "The city's GDP").
      const topic = index.entities.get(main) ?? discovered.get(main);
      if (topic && paragraph > 0) {
        const kind = recentKind(topic.kind, topic, topic.name);
        const goesOn =
          before &&
          before.id !== main &&
          // About it from its first sentence, not only at its end ("The construction of X Park was initiated").
          before.id === paragraphTopic &&
          (recentKind(before.kind, before, before.name) === kind ||
            (kind === 'city' && SCIENCE_CITY.test(before.name)));
        recent.set(kind, goesOn ? before.id : main);
        const zone = goesOn ? before : topic;
        if (kind === 'zone' && !NEW_AREA.test(zone.name)) recent.set('designated zone', zone.id);
        // A science city the paragraph before was about is "the city" here, and who its unnamed
        // clauses are about ("This includes seven labs"). Not so for other places: a district the
        // paragraph before was about does not hold the next paragraph's unnamed figures (tried: the
        // tuning articles lose 2 points of subject accuracy).
        if (goesOn && kind === 'city' && SCIENCE_CITY.test(before.name)) previous = before.id;
      }
      // A narrative runs on across paragraphs ("In 2017, ..." then "Construction of the 2.0 version has started").
      carry = { ...(carry.eventDate ? { eventDate: carry.eventDate } : {}) };
    }
    const quantities = findQuantities(sentence.text);
    const clauses = resolveClauses(
      sentence.text,
      mentions,
      previous,
      recent,
      quantities.map((q) => q.start),
    );
    const ctx: SentenceContext = {
      sentence,
      mentions,
      quantities,
      dates: findDates(sentence.text, article.source.published),
      clauses,
      source: article.source,
      index,
      entity: (id) => index.entities.get(id) ?? discovered.get(id),
      previousSubject: previous,
      industriesBefore,
      recent: new Map(recent),
      carry,
    };
    for (const extract of EXTRACTORS) {
      for (const draft of extract(ctx)) {
        const key = `${draft.kind}|${draft.subject}|${draft.object ?? ''}|${draft.metric ?? ''}|${draft.value ?? ''}|${draft.kind === 'event' ? sentence.offset : ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        facts.push({ ...draft, source: article.source.id, quote: sentence.text, line: sentence.line });
      }
    }
    previous = carriedOn(clauses[0]!.subject, mentions, ctx.entity);
    if (sentence.paragraph !== paragraphRead) [paragraphRead, paragraphTopic] = [sentence.paragraph, previous];
    industriesBefore = mentions.filter((m) => m.kind === 'industry').map((m) => m.text);
    // "second only to Silicon Valley", "known as the Silicon Valley of China": a name compared with is not
    // what "the zone" or "there" later refers to.
    for (const m of mentions)
      if (!COMPARED_WITH.test(sentence.text.slice(Math.max(0, m.start - 25), m.start))) remember(m);
    // "The science city began construction ... The city will bring in": once a science city is what a
    // sentence is about, "the city" is the science city.
    const about = ctx.entity(clauses[0]!.subject);
    if (about && SCIENCE_CITY.test(about.name)) recent.set('city', about.id);
  };
  for (const [i, sentence] of sentences.entries()) {
    inTime();
    read(sentence, mentionsBySentence[i]!);
  }
  // "Nansha's GDP up 0.3% in H1": a headline's own figures, read last so the body's wording of the
  // same figure is the one kept.
  const headline = headlineSentence(article);
  if (headline) read(headline, titleMentions);

  const mentioned = [
    ...new Set(
      [...mentionsBySentence.flat().map((m) => m.id), ...facts.flatMap((f) => [f.subject, f.object ?? ''])].filter(
        Boolean,
      ),
    ),
  ];
  if (main.startsWith('source-')) discovered.set(main, sourceEntity(article));
  return { facts, mentioned, dropped };
}

/** The article's sentences and headline up to MAX_SENTENCE_CHARS; longer ones are dropped with their reason. */
function withinBounds(article: Article): { article: Article; sentences: Sentence[]; dropped: Dropped[] } {
  const dropped: Dropped[] = [];
  const drop = (line: number, text: string, what: string) =>
    dropped.push({
      source: article.source.id,
      line,
      text: clipChars(text.trim(), 120),
      reason: `${what} of ${text.length.toLocaleString('en-US')} characters, over the ${MAX_SENTENCE_CHARS.toLocaleString('en-US')} ${SENTENCE_TOO_LONG} (a list or table run together, not prose)`,
    });
  const sentences: Sentence[] = [];
  for (const sentence of splitSentences(article.paragraphs, lineStartsOf(article.fileText))) {
    if (sentence.text.length <= MAX_SENTENCE_CHARS) sentences.push(sentence);
    else drop(sentence.line, sentence.text, 'sentence');
  }
  if (!article.headline || article.headline.length <= MAX_SENTENCE_CHARS) return { article, sentences, dropped };
  drop(headlineLine(article), article.headline, 'headline');
  return { article: { ...article, headline: null }, sentences, dropped };
}

function headlineLine(article: Article): number {
  const offset = article.fileText.indexOf(article.headline!.trim());
  return offset < 0 ? 1 : article.fileText.slice(0, offset).split('\n').length;
}

/**
 * What "It" in the next sentence stands for. "The State Council agreed to set up the Ganjiang New
 * Area. It has a planning area of 465 km²": a government body acts on a place, and the place
 * named after it is what the next sentence goes on about.
 */
function carriedOn(subject: string, mentions: Mention[], entity: SentenceContext['entity']): string {
  const own = entity(subject);
  if (own?.kind !== 'organization' || !GOVERNMENT_BODY.test(own.name)) return subject;
  const at = mentions.findIndex((m) => m.id === subject);
  const place = mentions.slice(at + 1).find((m) => TERRITORY_KINDS.has(m.kind));
  return place?.id ?? own.parent ?? subject;
}

const GOVERNMENT_AFTER_PLACE =
  /^\s+(?:provincial\s+|municipal\s+|city\s+|county\s+|district\s+)?(?:government|authorities)\b/i;

const CONTINUES =
  /^(?:(?:(?:By|In|At|As of|Since|During|Over)\s[^,;]{0,60}|Also|Meanwhile|Moreover|Besides|Furthermore|In addition|Additionally|Similarly|Likewise),\s*(?:it|its|they|their)\b|(?:It|Its|They|Their|The (?:park|zone|district|city|area|region|corridor))\b)/;

const COMPARED_WITH = /\b(?:than|only to|like|unlike|as|compared with|compared to)\s+(?:the\s+)?$/i;

/** An article that names no place or corridor is its own subject: its facts are still kept and cited. */
function sourceEntity(article: Article): Entity {
  return {
    id: `source-${article.source.id}`,
    kind: 'organization',
    name: article.source.title,
    aliases: [],
    reference: false,
  };
}

/** "The corridor" means a corridor proper; "the region" may also mean a city cluster ("Yangtze River Delta"). */
function recentKind(kind: string, entity: Entity | undefined, text: string): string {
  return kind === 'corridor' && !/corridor/i.test(entity?.name ?? text) ? 'region' : kind;
}

/**
 * A descriptive alias ("Nine Cities" for the G60 corridor) names the entity only in an article
 * that also names it properly: "high-tech zones in nine cities in Shandong" is not about G60.
 */
function namedProperly(mentionsBySentence: Mention[][]): Mention[][] {
  const proper = new Set(
    mentionsBySentence
      .flat()
      .filter((m) => !isDescriptive(m.text))
      .map((m) => m.id),
  );
  return mentionsBySentence.map((mentions) => mentions.filter((m) => proper.has(m.id) || !isDescriptive(m.text)));
}

/** The headline as a sentence of its own, where the file holds it (a title line or front matter). */
function headlineSentence(article: Article): Sentence | null {
  const text = article.headline?.trim();
  if (!text || !/\d/.test(text)) return null;
  const offset = article.fileText.indexOf(text);
  if (offset < 0) return null;
  const line = article.fileText.slice(0, offset).split('\n').length;
  return { text, offset, line, paragraph: HEADLINE };
}
