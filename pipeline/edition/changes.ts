/**
 * out/changes.json: what this build changed against the previous one. New, changed and removed
 * facts; new, changed and removed source files; briefings reprinted, unchanged, removed, failed.
 */
import { diffFacts, type FactChange } from '../facts/diffFacts.js';
import type { Fact, FactModel } from '../facts/factModel.js';
import type { EditionState } from './history.js';

export interface Changes {
  /** True when there was no earlier build in this output folder. */
  firstEdition: boolean;
  previousBuild: string | null;
  sources: { new: string[]; changed: string[]; removed: string[] };
  facts: { new: Fact[]; changed: FactChange[]; removed: Fact[] };
  briefings: { reprinted: string[]; unchanged: string[]; removed: string[]; failed: string[] };
}

export function describeChanges(
  previous: EditionState | null,
  model: FactModel,
  files: { path: string; sha256: string }[],
  briefings: Changes['briefings'],
): Changes {
  const before = new Map((previous?.files ?? []).map((f) => [f.path, f.sha256]));
  const after = new Map(files.map((f) => [f.path, f.sha256]));
  const diff = previous ? diffFacts(previous.facts, model.facts) : { added: model.facts, changed: [], removed: [] };
  return {
    firstEdition: !previous,
    previousBuild: previous?.builtAt ?? null,
    sources: {
      new: files.filter((f) => !before.has(f.path)).map((f) => f.path),
      changed: files.filter((f) => before.has(f.path) && before.get(f.path) !== f.sha256).map((f) => f.path),
      removed: [...before.keys()].filter((p) => !after.has(p)).sort(),
    },
    facts: { new: diff.added, changed: diff.changed, removed: diff.removed },
    briefings: {
      reprinted: [...briefings.reprinted].sort(),
      unchanged: [...briefings.unchanged].sort(),
      removed: [...briefings.removed].sort(),
      failed: [...briefings.failed].sort(),
    },
  };
}
