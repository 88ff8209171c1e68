/**
 * A briefing's facts now and in its previous edition -> its "Since the last edition" section:
 * new figures, changed figures with the old and new values and their sources, removed
 * figures, and other new facts. Lists are capped; the counts are not.
 */
import type { Baseline, ChangedFigure, CitedText, FigureRow, SinceLastEdition } from './briefingModel.js';
import { diffFacts, isFigure } from '../facts/diffFacts.js';
import type { Fact } from '../facts/factModel.js';
import { formatFigure } from './formatFigure.js';

const SHOWN = { figures: 8, facts: 5 };

export interface CiteTools {
  figureRow: (fact: Fact) => FigureRow;
  cite: (fact: Fact) => number;
  name: (id: string) => string;
}

export function sinceLastEdition(facts: Fact[], baseline: Baseline | null, tools: CiteTools): SinceLastEdition {
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
    newFacts: addedFacts
      .slice(0, SHOWN.facts)
      .map((f): CitedText => ({ text: f.text, date: f.date, cite: tools.cite(f) })),
    counts: {
      newFigures: addedFigures.length,
      changedFigures: diff.changed.length,
      removedFigures: removedFigures.length,
      newFacts: addedFacts.length,
      removedFacts: diff.removed.length - removedFigures.length,
    },
  };
}
