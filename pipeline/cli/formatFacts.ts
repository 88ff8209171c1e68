/** The fact model as a readable table for a terminal, and the --explain listing of what was dropped. */
import type { FactModel } from '../facts/factModel.js';
import { clipChars } from '../text/clip.js';

export function formatFactsTable(model: FactModel): string {
  const name = new Map(model.entities.map((e) => [e.id, e.name]));
  const rows = model.facts.map((f) => [
    f.kind,
    name.get(f.subject) ?? f.subject,
    f.object ? (name.get(f.object) ?? f.object) : '',
    (f.kind === 'metric' || f.kind === 'target') && f.figure
      ? `${f.label ?? ''}: ${f.qualifier ? `${f.qualifier} ` : ''}${f.figure ?? ''}`
      : f.text,
    f.date ?? '',
    `${model.sources.find((s) => s.id === f.source)?.path ?? f.source}:${f.line}`,
  ]);
  const header = ['kind', 'subject', 'object', 'what', 'date', 'where'];
  const widths = [11, 28, 22, 60, 10, 34];
  const line = (cells: string[]) =>
    cells
      .map((c, i) => clipChars(c, widths[i]!).padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const counts = [...countBy(model.facts.map((f) => f.kind))].map(([k, n]) => `${n} ${k}`).join(', ');
  return [
    line(header),
    ...rows.map(line),
    '',
    `${model.facts.length} facts (${counts}) from ${model.sources.length} sources; ${model.entities.length} entities; ${model.conflicts.length} conflicts.`,
  ].join('\n');
}

export function formatDropped(model: FactModel): string {
  const bySource = new Map<string, string[]>();
  for (const d of model.dropped) {
    const path = model.sources.find((s) => s.id === d.source)?.path ?? d.source;
    bySource.set(path, [...(bySource.get(path) ?? []), `  line ${String(d.line).padStart(3)}  ${d.reason}: ${d.text}`]);
  }
  return [...bySource].map(([path, lines]) => `${path}: dropped ${lines.length}\n${lines.join('\n')}`).join('\n\n');
}

function countBy(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}
