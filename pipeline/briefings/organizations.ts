/**
 * Which organizations' facts a briefing prints: those of organizations the sources place in it
 * (their place, or a place inside it, or a member place of its corridor). An organization the
 * sources place nowhere ("Tencent's G60 artificial intelligence advanced computing center") is
 * placed where its article is about: the place or corridor most of that article's facts are on.
 */
import type { Entity, Fact, FactModel } from '../facts/factModel.js';
import type { ModelIndex } from './modelIndex.js';

const NOT_A_TOPIC = new Set<Entity['kind']>(['organization', 'person', 'industry']);
/** When two subjects have as many facts in an article, the wider one is its topic. */
const TOPIC_RANK: Partial<Record<Entity['kind'], number>> = { corridor: 0, province: 1, city: 2, district: 3, zone: 4 };

const topicsByModel = new WeakMap<FactModel, Map<string, string>>();

/** Each source's topic: the place or corridor most of its facts are about. */
function articleTopics(index: ModelIndex): Map<string, string> {
  const known = topicsByModel.get(index.model);
  if (known) return known;
  const counts = new Map<string, Map<string, number>>();
  for (const f of index.model.facts) {
    const kind = index.entities.get(f.subject)?.kind;
    if (!kind || NOT_A_TOPIC.has(kind)) continue;
    const bySubject = counts.get(f.source) ?? new Map<string, number>();
    bySubject.set(f.subject, (bySubject.get(f.subject) ?? 0) + 1);
    counts.set(f.source, bySubject);
  }
  const rank = (id: string) => TOPIC_RANK[index.entities.get(id)!.kind] ?? 9;
  const topics = new Map(
    [...counts].map(([source, bySubject]) => [
      source,
      [...bySubject].sort((a, b) => b[1] - a[1] || rank(a[0]) - rank(b[0]) || a[0].localeCompare(b[0]))[0]![0],
    ]),
  );
  topicsByModel.set(index.model, topics);
  return topics;
}

/**
 * Facts whose subject is an organization placed in `scope` (a briefing's own id, the places
 * inside it, its member places and theirs), in model order; `onlySentences`, when given, keeps
 * those from sentences the briefing already cites (a pair's cooperation).
 */
export function organizationFacts(index: ModelIndex, scope: Set<string>, onlySentences?: Set<string>): Fact[] {
  const topics = articleTopics(index);
  const placed = (org: Entity, fact: Fact) => {
    if (!org.parent) return scope.has(topics.get(fact.source) ?? '');
    for (let id: string | undefined = org.parent, guard = 0; id && guard < 10; guard++) {
      if (scope.has(id)) return true;
      id = index.entities.get(id)?.parent;
    }
    return false;
  };
  return index.model.facts.filter((f) => {
    const org = index.entities.get(f.subject);
    if (org?.kind !== 'organization' || !placed(org, f)) return false;
    return !onlySentences || onlySentences.has(`${f.source}:${f.line}`);
  });
}
