/**
 * Sources + reference -> FactModel. The pure core of the extraction stage, in two steps so a
 * cache can sit between them: each article is cleaned and read on its own (`extractSource`,
 * a function of its bytes and the reference only), then the per-source results are merged,
 * given the entities they name, and checked for conflicts (`assembleFactModel`).
 * A bad article is reported and left out; it never costs the others.
 */
import { createHash } from 'node:crypto';
import { cleanArticle } from '../clean/cleanArticle.js';
import { SourceError } from '../ingest/errors.js';
import { describeError } from '../text/describeError.js';
import { buildEntityIndex, type EntityIndex } from './entityIndex.js';
import { extractArticle, MAX_SENTENCE_CHARS, SENTENCE_TOO_LONG, type UnsealedFact } from './extractArticle.js';
export { OutOfTime } from './extractArticle.js';
import type { Discovered } from './mentions.js';
import { keepPlausible } from './plausible.js';
import { parseSource } from '../ingest/parseSource.js';
import type { SourceFile } from '../ingest/readSources.js';
import type { Reference } from '../ingest/reference.js';
import {
  FactSchema,
  validateFactModel,
  type Conflict,
  type Dropped,
  type Entity,
  type Fact,
  type FactModel,
  type Source,
} from '../facts/factModel.js';

/** What one source contributes to the model: the unit the fact cache stores. */
export interface SourceFacts {
  source: Source;
  facts: Fact[];
  dropped: Dropped[];
  /** Ids of every entity the source names or states a fact about. */
  mentioned: string[];
  /** Entities found by pattern in this source (corridors, zones, organizations, people). */
  discovered: Entity[];
}

export interface FactModelResult {
  model: FactModel;
  errors: SourceError[];
}

export function buildFactModel(articles: SourceFile[], reference: Reference): FactModelResult {
  const index = buildEntityIndex(reference);
  const results: SourceFacts[] = [];
  const errors: SourceError[] = [];
  for (const file of articles) {
    try {
      results.push(extractSource(file, reference, index));
    } catch (error) {
      errors.push(asSourceError(file.path, error));
    }
  }
  return { model: assembleFactModel(results, index), errors };
}

/**
 * The most facts one source gives. An article gives tens (the seed and evaluation articles at
 * most 51); a source giving thousands is a data dump, and every one of them would be printed in
 * the briefings of the places it names: 6,000 figure sentences made a 700-page briefing and its
 * corridor's and city's briefings time out. Its first MAX_FACTS_PER_SOURCE are kept, the rest
 * dropped with one reason (`facts --explain`).
 */
export const MAX_FACTS_PER_SOURCE = 250;
const TOO_MANY_FACTS = 'one source may give';

/**
 * One article's facts; throws a SourceError naming the file (and line) when it cannot be read,
 * and OutOfTime once past `deadline` (a `performance.now()` time), checked between sentences.
 */
export function extractSource(
  file: SourceFile,
  reference: Reference,
  index: EntityIndex,
  deadline = Number.POSITIVE_INFINITY,
): SourceFacts {
  const article = cleanArticle(parseSource(file), reference);
  // Each source discovers entities on its own, so its result never depends on the others.
  const discovered: Discovered = new Map();
  const result = extractArticle(article, index, discovered, deadline);
  const plausible = atMost(keepPlausible(sealAll(result.facts)), MAX_FACTS_PER_SOURCE);
  // Checked per source, so a fact the model would refuse costs its own source, not the edition.
  for (const fact of plausible.facts) {
    const checked = FactSchema.safeParse(fact);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      throw new SourceError(
        file.path,
        fact.line,
        `a fact read here is invalid at ${issue.path.join('.')}: ${issue.message}`,
      );
    }
  }
  return {
    source: article.source,
    facts: plausible.facts,
    dropped: [...article.dropped, ...result.dropped, ...plausible.dropped],
    mentioned: result.mentioned,
    discovered: [...discovered.values()],
  };
}

/** The first `max` facts; the rest are dropped with one entry at the first one's line. */
function atMost(kept: { facts: Fact[]; dropped: Dropped[] }, max: number): { facts: Fact[]; dropped: Dropped[] } {
  if (kept.facts.length <= max) return kept;
  const first = kept.facts[max]!;
  const rest = kept.facts.length - max;
  return {
    facts: kept.facts.slice(0, max),
    dropped: [
      ...kept.dropped,
      {
        source: first.source,
        line: first.line,
        text: `${rest.toLocaleString('en-US')} facts from here on`,
        reason: `the source gives ${kept.facts.length.toLocaleString('en-US')} facts, more than the ${max} ${TOO_MANY_FACTS} (an article gives tens): only its first ${max} are kept`,
      },
    ],
  };
}

/** What the bounds on a sentence and on a source's facts left out of a source, in a line; null when nothing. */
export function readInPart(result: SourceFacts): string | null {
  const sentences = result.dropped.filter((d) => d.reason.includes(SENTENCE_TOO_LONG)).length;
  const capped = result.dropped.find((d) => d.reason.includes(TOO_MANY_FACTS));
  const parts = [
    ...(sentences > 0
      ? [
          `${sentences.toLocaleString('en-US')} sentence${sentences > 1 ? 's' : ''} over ${MAX_SENTENCE_CHARS.toLocaleString('en-US')} characters not read`,
        ]
      : []),
    ...(capped ? [capped.reason.replace(/^the source gives/, 'it gives')] : []),
  ];
  return parts.length > 0 ? `read in part: ${parts.join('; ')} (facts --explain lists what was left out)` : null;
}

export function asSourceError(file: string, error: unknown): SourceError {
  return error instanceof SourceError ? error : new SourceError(file, null, describeError(error));
}

/** Per-source results, in source order, -> the validated model. */
export function assembleFactModel(results: SourceFacts[], index: EntityIndex): FactModel {
  const discovered = new Map<string, Entity>();
  const mentioned = new Set<string>();
  const model: FactModel = { sources: [], entities: [], facts: [], conflicts: [], dropped: [] };
  for (const result of results) {
    model.sources.push(result.source);
    model.facts.push(...result.facts);
    model.dropped.push(...result.dropped);
    for (const id of result.mentioned) mentioned.add(id);
    // The first source to find an entity names it, as a reader of the corpus in order would.
    for (const entity of result.discovered)
      if (!discovered.has(entity.id) && !index.entities.has(entity.id)) discovered.set(entity.id, entity);
  }
  // Corridors from the reference tables and their members stay in the model even when unnamed:
  // a briefing lists a corridor's members from the table, marked as such.
  for (const [corridor, members] of index.members)
    if (mentioned.has(corridor)) for (const m of members) mentioned.add(m);
  const all = [...index.entities.values(), ...discovered.values()];
  for (const entity of all.filter((e) => mentioned.has(e.id))) if (entity.parent) mentioned.add(entity.parent);
  model.entities = all.filter((e) => mentioned.has(e.id)).sort((a, b) => a.id.localeCompare(b.id));
  model.conflicts = findConflicts(model.facts);
  return validateFactModel(model);
}

/**
 * A fact's id hashes what it says and where (source, line, sentence): stable across runs,
 * changed when either changes. Two facts an extractor repeats word for word share one id,
 * so the second is dropped.
 */
function sealAll(facts: UnsealedFact[]): Fact[] {
  const sealed = new Map<string, Fact>();
  for (const fact of facts) {
    const key = [
      fact.source,
      fact.line,
      fact.quote,
      fact.kind,
      fact.subject,
      fact.object,
      fact.metric,
      fact.value,
      fact.unit,
      fact.date,
      fact.text,
    ].join('|');
    const id = `f-${createHash('sha256').update(key).digest('hex').slice(0, 10)}`;
    if (!sealed.has(id)) sealed.set(id, { id, ...fact });
  }
  return [...sealed.values()];
}

/** The same metric of the same subject with different values in different sources; two different targets for one measure. */
export function findConflicts(facts: Fact[]): Conflict[] {
  const groups = new Map<string, Fact[]>();
  for (const fact of facts) {
    if ((fact.kind !== 'metric' && fact.kind !== 'target') || fact.value === undefined || !fact.metric) continue;
    const key = `${fact.kind}|${fact.subject}|${fact.metric}|${fact.unit}`;
    groups.set(key, [...(groups.get(key) ?? []), fact]);
  }
  const conflicts: Conflict[] = [];
  for (const group of groups.values()) {
    const values = [...new Set(group.map((f) => f.value!))];
    const sources = new Set(group.map((f) => f.source));
    // Two sources disagreeing on a figure, or two different goals for one measure (even in one source).
    if (values.length > 1 && (sources.size > 1 || group[0]!.kind === 'target')) {
      const first = group[0]!;
      conflicts.push({
        subject: first.subject,
        metric: first.metric!,
        unit: first.unit ?? '',
        facts: group.map((f) => f.id),
        values,
      });
    }
  }
  return conflicts;
}
