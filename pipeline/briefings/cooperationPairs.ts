/**
 * Pairs of places the sources say cooperate often enough for a briefing of their own
 * ("Shanghai–Suzhou cooperation"), and the facts it draws on: the cooperation between the two,
 * and every other fact about one of them from a sentence that names the other.
 */
import type { Entity, Fact } from '../facts/factModel.js';
import type { ModelIndex } from './modelIndex.js';

/** A pair needs at least this many sentences saying the two cooperate: one is a mention, two a relationship. */
export const MIN_COOPERATION_SENTENCES = 2;

const PLACE_KINDS = new Set<Entity['kind']>(['city', 'district', 'zone', 'province']);

export interface CooperationPair {
  /** The two places, in the order the first sentence about them names them. */
  places: [Entity, Entity];
  /** Sentences (source and line) saying the two cooperate. */
  sentences: number;
  facts: Fact[];
}

export function cooperationPairs(index: ModelIndex): CooperationPair[] {
  const { model, entities, within } = index;
  const pairs = new Map<string, { places: [Entity, Entity]; sentences: Set<string> }>();
  for (const f of model.facts) {
    if (f.kind !== 'cooperation' || !f.object) continue;
    const a = entities.get(f.subject);
    const b = entities.get(f.object);
    if (!a || !b || a.id === b.id || !PLACE_KINDS.has(a.kind) || !PLACE_KINDS.has(b.kind)) continue;
    // A district's work with its own city is not a partnership between two places.
    if (within.get(a.id)?.has(b.id) || within.get(b.id)?.has(a.id)) continue;
    const key = [a.id, b.id].sort().join('|');
    if (!pairs.has(key)) pairs.set(key, { places: [a, b], sentences: new Set() });
    pairs.get(key)!.sentences.add(`${f.source}:${f.line}`);
  }
  // A corridor of exactly these two places, with facts of its own, has its own briefing already.
  const corridors = model.entities
    .filter((e) => e.kind === 'corridor' && index.factsAbout([e.id], { asObject: true }).length > 0)
    .map((c) => [...new Set(index.corridorMembers(c.id))].sort().join('|'));
  return [...pairs]
    .filter(([key, p]) => p.sentences.size >= MIN_COOPERATION_SENTENCES && !corridors.includes(key))
    .map(([, p]) => ({ places: p.places, sentences: p.sentences.size, facts: pairFacts(index, p.places) }));
}

/** The cooperation between the two, then facts about either from sentences naming the other, in model order. */
function pairFacts(index: ModelIndex, [a, b]: [Entity, Entity]): Fact[] {
  const names = (e: Entity) => [e.name, ...e.aliases].filter((n) => n.length > 1);
  const pattern = (e: Entity) =>
    new RegExp(`(?<![\\p{L}\\p{N}])(?:${names(e).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
  const namesA = pattern(a);
  const namesB = pattern(b);
  return index
    .factsAbout([a.id, b.id], { asObject: true })
    .filter(
      (f) =>
        (f.kind === 'cooperation' && [f.subject, f.object].sort().join('|') === [a.id, b.id].sort().join('|')) ||
        (f.subject === a.id && namesB.test(f.quote)) ||
        (f.subject === b.id && namesA.test(f.quote)),
    );
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
