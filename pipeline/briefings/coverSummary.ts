/**
 * The cover's summary: at most three lines a reader takes in at a glance. The first headline
 * figures, each with its citation mark; the member places (a corridor) or the partners it
 * cooperates with (a place), named, with the sentences that say so; the industries; else a
 * target. Lists name things rather than count them, and nothing is said of what is missing.
 */
import type { CitedRun, FigureRow } from './briefingModel.js';

export interface CoverFacts {
  name: string;
  headline: FigureRow[];
  members: { name: string; cite: number | null }[];
  partners: { name: string; cite: number }[];
  industries: string[];
  targets: { text: string; deadline: string | null; cite: number }[];
}

/** Names listed before "and others": a cover line should not wrap more than once. */
const NAMES_SHOWN = 6;

export function coverSummary(cover: CoverFacts): CitedRun[][] {
  const lines: CitedRun[][] = [];
  const end = { text: '.', cites: [] };
  const top = cover.headline.slice(0, 3);
  if (top.length > 0)
    lines.push([
      { text: `${cover.name}: `, cites: [] },
      ...top.map((f, i) => ({ text: `${i > 0 ? '; ' : ''}${f.label} ${f.display}`, cites: [f.cite] })),
      end,
    ]);
  const named = cover.members.length > 0 ? cover.members : cover.partners;
  if (named.length > 0) {
    const shown = named.slice(0, named.length > NAMES_SHOWN ? NAMES_SHOWN - 1 : NAMES_SHOWN);
    const names = [...shown.map((n) => n.name), ...(shown.length < named.length ? ['others'] : [])];
    const cites = [...new Set(shown.flatMap((n) => (n.cite === null ? [] : [n.cite])))].sort((a, b) => a - b);
    const lead = cover.members.length > 0 ? 'Member places: ' : 'Cooperation with ';
    lines.push([{ text: `${lead}${list(names)}`, cites }, end]);
  }
  if (cover.industries.length > 0) {
    const shown = cover.industries.slice(0, 4);
    lines.push([
      {
        text: `Industry focus: ${list(shown.length < cover.industries.length ? [...shown, 'others'] : shown)}.`,
        cites: [],
      },
    ]);
  }
  const target = cover.targets[0];
  if (lines.length < 3 && target)
    lines.push([
      { text: `Target: ${target.text}${target.deadline ? ` by ${target.deadline}` : ''}`, cites: [target.cite] },
      end,
    ]);
  return lines.slice(0, 3);
}

/** "A", "A and B", "A, B and C". */
function list(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
