/**
 * A briefing's facts now and in its previous edition -> its "Since the last edition" section:
 * new figures, changed figures with the old and new values and their sources, removed
 * figures, and other new facts grouped by kind, each named in a few words (the industry, the
 * partners, the event) with its citation: the note it leads to has the sentence. Lists are
 * capped; the counts are not.
 */
import type { Baseline, ChangedFigure, CitedText, FigureRow, NewFactGroup, SinceLastEdition } from './briefingModel.js';
import { diffFacts, isFigure } from '../facts/diffFacts.js';
import type { Fact, FactKind } from '../facts/factModel.js';
import { eventPhrase } from './eventPhrase.js';
import { formatFigure } from './formatFigure.js';

/** Names are read at a glance, so more of them fit than phrases. */
const SHOWN = { figures: 8, names: 10, phrases: 4 };

/** The order and headings of the groups of new facts other than figures. */
const GROUPS: ReadonlyArray<{ kind: FactKind; heading: string; named: boolean }> = [
  { kind: 'membership', heading: 'New members', named: true },
  { kind: 'cooperation', heading: 'Cooperation', named: true },
  { kind: 'focus', heading: 'Industries', named: true },
  { kind: 'event', heading: 'Events', named: false },
  { kind: 'target', heading: 'Goals', named: false },
  { kind: 'metric', heading: 'Other', named: false },
];

export interface CiteTools {
  figureRow: (fact: Fact) => FigureRow;
  cite: (fact: Fact) => number;
  name: (id: string) => string;
}

/**
 * A new fact in a few words: who joined, who works with whom, which industry (and whose, when
 * not the briefing's own), or the short phrase naming an event or goal.
 */
function shortText(fact: Fact, subjectId: string, name: (id: string) => string): string {
  const whose = fact.subject === subjectId ? '' : ` (${name(fact.subject)})`;
  switch (fact.kind) {
    case 'membership':
      return name(fact.object ?? fact.subject);
    case 'cooperation': {
      // The briefing's own place first, so "Suzhou–Shanghai" and "Shanghai–Suzhou" are one pair.
      const pair = [fact.subject, fact.object ?? ''].filter(Boolean);
      if (pair[1] === subjectId) pair.reverse();
      return pair.map(name).join('–');
    }
    case 'focus':
      return fact.object ? `${name(fact.object)}${whose}` : fact.text;
    default:
      return `${eventPhrase(fact.quote)}${whose}`;
  }
}

/** New facts other than figures, by kind; a name said twice (one industry in two sentences) is listed once. */
function newFactGroups(added: Fact[], subjectId: string, tools: CiteTools): NewFactGroup[] {
  return GROUPS.flatMap(({ kind, heading, named }) => {
    const items = new Map<string, CitedText>();
    for (const fact of added.filter((f) => f.kind === kind)) {
      const text = shortText(fact, subjectId, tools.name);
      if (!items.has(text)) items.set(text, { text, date: fact.date, cite: tools.cite(fact) });
    }
    const all = [...items.values()];
    const shown = named ? SHOWN.names : SHOWN.phrases;
    return all.length ? [{ heading, items: all.slice(0, shown), more: Math.max(0, all.length - shown) }] : [];
  });
}

export function sinceLastEdition(
  facts: Fact[],
  baseline: Baseline | null,
  tools: CiteTools,
  subjectId: string,
): SinceLastEdition {
  if (!baseline) {
    return {
      previousDate: null,
      hasChanges: false,
      newFigures: [],
      changedFigures: [],
      removedFigures: [],
      newFacts: [],
      counts: { newFigures: 0, changedFigures: 0, removedFigures: 0, newFacts: 0, removedFacts: 0 },
    };
  }
  const found = diffFacts(baseline.facts, facts);
  // A figure only renamed ("Cumulative increase" -> "High-tech enterprises growth") is no news to a reader.
  const diff = {
    ...found,
    changed: found.changed.filter(
      ({ before, after }) => formatFigure(before) !== formatFigure(after) || before.date !== after.date,
    ),
  };
  const addedFigures = diff.added.filter(isFigure);
  const addedFacts = diff.added.filter((f) => !isFigure(f));
  const removedFigures = diff.removed.filter(isFigure);
  const oldName = (id: string) => baseline.names[id] ?? tools.name(id);
  const labelOf = (f: Fact) => f.label ?? f.metric ?? 'Figure';
  const changed = diff.changed.slice(0, SHOWN.figures).map(
    ({ before, after }): ChangedFigure => ({
      label: labelOf(after),
      beforeLabel: labelOf(before) === labelOf(after) ? null : labelOf(before),
      subject: tools.name(after.subject),
      before: formatFigure(before),
      beforeDate: before.date,
      // The source of the old value is named only when another source says the new one.
      beforeSource: before.source === after.source ? null : (baseline.sourceTitles[before.source] ?? before.source),
      after: formatFigure(after),
      afterDate: after.date,
      cite: tools.cite(after),
    }),
  );
  return {
    previousDate: baseline.date,
    hasChanges: diff.added.length + diff.changed.length + diff.removed.length > 0,
    newFigures: addedFigures.slice(0, SHOWN.figures).map(tools.figureRow),
    changedFigures: changed,
    removedFigures: removedFigures.slice(0, SHOWN.figures).map((f) => ({
      label: f.label ?? f.metric ?? 'Figure',
      subject: oldName(f.subject),
      display: formatFigure(f),
      sourceTitle: baseline.sourceTitles[f.source] ?? f.source,
    })),
    newFacts: newFactGroups(addedFacts, subjectId, tools),
    counts: {
      newFigures: addedFigures.length,
      changedFigures: diff.changed.length,
      removedFigures: removedFigures.length,
      newFacts: addedFacts.length,
      removedFacts: diff.removed.length - removedFigures.length,
    },
  };
}
