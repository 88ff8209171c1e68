/**
 * Two fact lists -> what changed between them: the core of `changes.json` and of a briefing's
 * "Since the last edition". A fact is identified by what it says and who says it, not by its
 * line: a paragraph inserted above a figure does not make the figure new.
 */
import type { Fact } from './factModel.js';

export interface FactChange {
  before: Fact;
  after: Fact;
}

export interface FactDiff {
  added: Fact[];
  /** A figure whose value, date or qualifier changed: the same metric of the same subject. */
  changed: FactChange[];
  removed: Fact[];
}

/** Facts with a figure (metrics, and targets with a value) can change; the rest come and go. */
export function isFigure(fact: Fact): boolean {
  return fact.value !== undefined && !!fact.metric && (fact.kind === 'metric' || fact.kind === 'target');
}

export function factIdentity(fact: Fact): string {
  const says = isFigure(fact)
    ? [fact.metric, fact.value, fact.unit, fact.qualifier, fact.date]
    : [fact.date, fact.text];
  return [fact.source, fact.kind, fact.subject, fact.object ?? '', ...says].join('|');
}

export function diffFacts(before: Fact[], after: Fact[]): FactDiff {
  const beforeIds = new Set(before.map(factIdentity));
  const afterIds = new Set(after.map(factIdentity));
  const gone = dedupe(before.filter((f) => !afterIds.has(factIdentity(f))));
  const came = dedupe(after.filter((f) => !beforeIds.has(factIdentity(f))));

  // Pair each new figure with a vanished one of the same metric and subject, the same source first.
  const changed: FactChange[] = [];
  const added: Fact[] = [];
  const slot = (f: Fact) => [f.kind, f.subject, f.object ?? '', f.metric, f.unit].join('|');
  for (const fact of came) {
    if (!isFigure(fact)) {
      added.push(fact);
      continue;
    }
    const candidates = gone.filter((g) => isFigure(g) && slot(g) === slot(fact));
    const match = candidates.find((g) => g.source === fact.source) ?? candidates[0];
    if (match) {
      changed.push({ before: match, after: fact });
      gone.splice(gone.indexOf(match), 1);
    } else added.push(fact);
  }
  return { added, changed, removed: gone };
}

/** True when two lists say the same things, whatever their lines or order. */
export function sameFacts(a: Fact[], b: Fact[]): boolean {
  const left = new Set(a.map(factIdentity));
  const right = new Set(b.map(factIdentity));
  return left.size === right.size && [...left].every((id) => right.has(id));
}

function dedupe(facts: Fact[]): Fact[] {
  const seen = new Set<string>();
  return facts.filter((f) => {
    if (seen.has(factIdentity(f))) return false;
    seen.add(factIdentity(f));
    return true;
  });
}
