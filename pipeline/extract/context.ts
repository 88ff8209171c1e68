/**
 * What every fact extractor sees of one sentence: its mentions, figures and dates, split into
 * clauses, with the subject each clause is about already resolved.
 */
import type { Entity, Source } from '../facts/factModel.js';
import type { DateMatch } from '../text/dates.js';
import type { EntityIndex } from './entityIndex.js';
import type { Mention } from './mentions.js';
import type { Quantity } from './numbers.js';
import type { Sentence } from './sentences.js';
import { clipWords } from '../text/clip.js';

export interface Clause {
  start: number;
  end: number;
  text: string;
  /** Entity id the clause is about. */
  subject: string;
  /** The subject before this clause (the previous clause's, or the sentence before's): what "it" means. */
  carried: string;
  /** The place holding the clause's first figure ("1,878 headquarters based in Zhongguancun achieved ..."). */
  holder?: string;
}

export interface SentenceContext {
  sentence: Sentence;
  mentions: Mention[];
  quantities: Quantity[];
  dates: DateMatch[];
  clauses: Clause[];
  source: Source;
  index: EntityIndex;
  /** Any entity by id: from the reference tables or discovered in the text so far. */
  entity: (id: string) => Entity | undefined;
  /** The subject of the sentence before, in the same paragraph (else the article's). */
  previousSubject: string;
  /** The industries the sentence before named, as worded: what "121 related enterprises" relate to. */
  industriesBefore: string[];
  /** The entity of each kind last named before this sentence ("the corridor" is `recent.get('corridor')`). */
  recent: Map<string, string>;
  /** A deadline carried to the next sentence of a paragraph; an event date to the next sentence. */
  carry: { deadline?: { date: string; phrase: string }; eventDate?: string };
}

/** Kinds of entity a sentence can be about. People and industries never are. */
export const SUBJECT_KINDS = new Set(['corridor', 'zone', 'city', 'district', 'province', 'organization']);
export const PLACE_KINDS = new Set(['zone', 'city', 'district', 'province']);
/** Places and corridors: what owns a figure stated about a territory. */
export const TERRITORY_KINDS = new Set([...PLACE_KINDS, 'corridor']);

/** "in the Yangtze River Delta", "across the region": a mention that says where, not who. */
export function isLocated(text: string, m: { start: number }): boolean {
  return /\b(?:in|of|across|within|throughout)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 20), m.start));
}

export function clauseAt(ctx: SentenceContext, position: number): Clause {
  return ctx.clauses.find((c) => position >= c.start && position < c.end) ?? ctx.clauses[ctx.clauses.length - 1]!;
}

/**
 * The clause of a figure, reaching back to where its earlier value stands: "Lanzhou's GDP was 33
 * million yuan, but by 2018 the figure had grown to 273 billion yuan" is one clause for 273 billion.
 */
export function clauseOfFigure(ctx: SentenceContext, q: { start: number; fromStart?: number }): Clause {
  const own = clauseAt(ctx, q.start);
  if (q.fromStart === undefined || q.fromStart >= own.start) return own;
  const first = clauseAt(ctx, q.fromStart);
  return { ...first, end: own.end, text: ctx.sentence.text.slice(first.start, own.end) };
}

/** Words of the sentence as one line, shortened for a timeline or a table. */
export function summarize(text: string, maxWords = 30): string {
  return clipWords(text, maxWords);
}
