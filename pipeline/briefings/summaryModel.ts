/**
 * BriefingModel -> the one-page summary handed out at meetings: the cover and its lede, the first
 * headline figures, one chart, and the notes they cite, renumbered from 1 so the page stands alone. Quotes are
 * whole unless the page needs the room; a cut is marked and the full sentence is in the briefing.
 */
import type { BriefingModel, FigureRow, Note } from './briefingModel.js';
import { planCharts, renumberChart, type ChartPlan } from './chartPlan.js';
import { renumberLede } from './lede.js';
import { clipAround } from '../text/clip.js';

export interface SummaryModel {
  /** The briefing with only what the summary's cover prints, citations renumbered. */
  briefing: BriefingModel;
  headline: FigureRow[];
  notes: Note[];
  /** The one chart, its citation marks numbered for this page; null when the page would not hold it. */
  chart: ChartPlan | null;
}

export interface SummaryFit {
  figures: number;
  withChart: boolean;
  /** Quotes longer than this are shortened around what they must keep; null: quoted whole. */
  quoteChars: number | null;
}

/**
 * From roomiest to tightest: the build tries each until the summary prints on one page. Quotes
 * are whole unless the page needs the room, after the chart has made way; a shortened quote still
 * holds each figure it is cited for and whom that figure is about (`Note.keep`). Every retry is
 * another print.
 */
export const SUMMARY_FITS: SummaryFit[] = [
  { figures: 5, withChart: true, quoteChars: null },
  // The chart gives way before a quote is shortened: on the seed corpus this keeps Shanghai's
  // quotes whole in as many prints as before, and costs G60's summary one more print.
  { figures: 5, withChart: false, quoteChars: null },
  { figures: 4, withChart: false, quoteChars: 150 },
  { figures: 3, withChart: false, quoteChars: 90 },
];

export function summaryModel(briefing: BriefingModel, fit: SummaryFit): SummaryModel {
  const renumber = new Map<number, number>();
  const cite = (n: number | null): number | null => {
    if (n === null) return null;
    if (!renumber.has(n)) renumber.set(n, renumber.size + 1);
    return renumber.get(n)!;
  };
  // Citation numbers in the order the page prints them: the lede first, then the figures.
  const lede = renumberLede(briefing.lede, (n) => cite(n)!);
  const headline = briefing.headline.slice(0, fit.figures).map((f) => ({ ...f, cite: cite(f.cite)! }));
  // The first chart that is not the timeline: bars say more on one page than dates do.
  const first = fit.withChart ? planCharts(briefing).find((c) => c.id !== 'timeline') : undefined;
  const chart = first ? renumberChart(first, (n) => cite(n)!) : null;
  const byNumber = new Map(briefing.notes.map((n) => [n.n, n]));
  // The figures the page prints beside each mark: a shortened quote keeps those (and whom they are about).
  const printed = new Map<number, Set<string>>();
  const print = (cite: number, display: unknown) => {
    if (typeof display === 'string') printed.set(cite, (printed.get(cite) ?? new Set()).add(display));
  };
  for (const f of [...briefing.headline.slice(0, fit.figures), ...briefing.lede.figures]) print(f.cite, f.display);
  for (const row of first ? Object.values(first.data).flat() : [])
    if (typeof row.cite === 'number') print(row.cite, row.display);
  const notes = [...renumber].map(([old, n]) => {
    const note = byNumber.get(old)!;
    if (fit.quoteChars === null) return { ...note, n };
    // The figures this page cites the sentence for; else what a sentence without a figure is cited for.
    const cited = note.keep.filter((k) => k.figure !== null && printed.get(old)?.has(k.figure));
    const others = note.keep.filter((k) => k.figure === null);
    const keep = (cited.length > 0 ? cited : others.length > 0 ? others : note.keep).flatMap((k) => k.words);
    return { ...note, n, quote: clipAround(note.quote, keep, fit.quoteChars) };
  });
  return { briefing: { ...briefing, lede, notes }, headline, notes, chart };
}
