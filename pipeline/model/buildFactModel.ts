/**
 * Sources + reference -> FactModel. The pure core of the extraction stage: every article is
 * cleaned and read on its own, then the facts are given stable ids and conflicts are marked.
 * A bad article is reported and left out; it never costs the others.
 */
import { createHash } from 'node:crypto';
import { cleanArticle } from '../clean/cleanArticle.js';
import { SourceError, describeError } from '../errors.js';
import { buildEntityIndex } from '../extract/entityIndex.js';
import { extractArticle, type UnsealedFact } from '../extract/extractArticle.js';
import type { Discovered } from '../extract/mentions.js';
import { parseSource } from '../ingest/parseSource.js';
import type { SourceFile } from '../ingest/readSources.js';
import type { Reference } from '../ingest/reference.js';
import { validateFactModel, type Conflict, type Entity, type Fact, type FactModel } from './factModel.js';

export interface FactModelResult {
  model: FactModel;
  errors: SourceError[];
}

export function buildFactModel(articles: SourceFile[], reference: Reference): FactModelResult {
  const index = buildEntityIndex(reference);
  const discovered: Discovered = new Map();
  const model: FactModel = { sources: [], entities: [], facts: [], conflicts: [], dropped: [] };
  const errors: SourceError[] = [];
  const mentioned = new Set<string>();
  for (const file of articles) {
    try {
      const article = cleanArticle(parseSource(file), reference);
      const result = extractArticle(article, index, discovered);
      model.sources.push(article.source);
      model.dropped.push(...article.dropped);
      model.facts.push(...result.facts.map(seal));
      result.mentioned.forEach((id) => mentioned.add(id));
    } catch (error) {
      errors.push(error instanceof SourceError ? error : new SourceError(file.path, null, describeError(error)));
    }
  }
  // Corridors from the reference tables and their members stay in the model even when unnamed:
  // a briefing lists a corridor's members from the table, marked as such.
  for (const [corridor, members] of index.members) if (mentioned.has(corridor)) members.forEach((m) => mentioned.add(m));
  const entities: Entity[] = [...index.entities.values(), ...discovered.values()].filter((e) => mentioned.has(e.id));
  for (const entity of entities) if (entity.parent) mentioned.add(entity.parent);
  model.entities = [...index.entities.values(), ...discovered.values()].filter((e) => mentioned.has(e.id)).sort((a, b) => a.id.localeCompare(b.id));
  model.conflicts = findConflicts(model.facts);
  return { model: validateFactModel(model), errors };
}

/** A fact's id hashes what it says and where: stable across runs, changed when either changes. */
function seal(fact: UnsealedFact): Fact {
  const key = [fact.source, fact.line, fact.kind, fact.subject, fact.object, fact.metric, fact.value, fact.unit, fact.date].join('|');
  return { id: `f-${createHash('sha256').update(key).digest('hex').slice(0, 10)}`, ...fact };
}

/** The same metric of the same subject with different values in different sources. */
export function findConflicts(facts: Fact[]): Conflict[] {
  const groups = new Map<string, Fact[]>();
  for (const fact of facts) {
    if (fact.kind !== 'metric' || fact.value === undefined || !fact.metric) continue;
    const key = `${fact.subject}|${fact.metric}|${fact.unit}`;
    groups.set(key, [...(groups.get(key) ?? []), fact]);
  }
  const conflicts: Conflict[] = [];
  for (const group of groups.values()) {
    const values = [...new Set(group.map((f) => f.value!))];
    const sources = new Set(group.map((f) => f.source));
    if (values.length > 1 && sources.size > 1) {
      const first = group[0]!;
      conflicts.push({ subject: first.subject, metric: first.metric!, unit: first.unit ?? '', facts: group.map((f) => f.id), values });
    }
  }
  return conflicts;
}
