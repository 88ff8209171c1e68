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

const NAMED_ONLY = new Set<Fact['kind']>(['focus', 'membership']);

export function factIdentity(fact: Fact): string {
  // An industry a place works on, or a member a corridor has, is the same fact whichever of the
  // source's sentences says it: a sentence added before it moves its citation, it is not news.
  const says = isFigure(fact)
    ? [fact.metric, fact.value, fact.unit, fact.qualifier, fact.date]
    : NAMED_ONLY.has(fact.kind) && fact.object
      ? []
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
  return withReworded({ added, changed, removed: gone });
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

/** Sentences this alike (shared words over all words) are one sentence reworded. */
const SAME_SENTENCE = 0.6;

/**
 * A figure reworded with its value ("37 units" -> "39 companies") comes back from the diff as one
 * figure gone and one new: its measure or unit changed with the words. It is one figure changed
 * when the same source says it of the same subject in the same sentence (the same line, or a
 * sentence mostly of the same words); a sentence giving several, the same measure or unit first.
 */
function withReworded(diff: FactDiff): FactDiff {
  const removed = [...diff.removed];
  const added: Fact[] = [];
  const changed = [...diff.changed];
  for (const after of diff.added) {
    const candidates = removed.filter(
      (before) =>
        isFigure(after) &&
        isFigure(before) &&
        before.kind === after.kind &&
        before.source === after.source &&
        before.subject === after.subject &&
        (before.line === after.line || likeness(before.quote, after.quote) >= SAME_SENTENCE),
    );
    const score = (b: Fact) =>
      (b.metric === after.metric ? 2 : 0) + (b.unit === after.unit ? 1 : 0) + likeness(b.quote, after.quote);
    const before = candidates.sort((a, b) => score(b) - score(a))[0];
    if (before) {
      changed.push({ before, after });
      removed.splice(removed.indexOf(before), 1);
    } else added.push(after);
  }
  return { added, changed, removed };
}

function likeness(a: string, b: string): number {
  const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const left = words(a);
  const right = words(b);
  const shared = [...left].filter((w) => right.has(w)).length;
  return shared / Math.max(1, new Set([...left, ...right]).size);
}
