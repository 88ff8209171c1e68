/**
 * BriefingModel -> the charts it has and the rows each one draws: which charts say something
 * (two places, two events, at least), one bar per place, values in the unit the axis names,
 * place names wrapped rather than cut. The render stage only draws these; a summary draws one
 * with its citation numbers renumbered for its page.
 */
import type { BriefingModel, FigureRow } from './briefingModel.js';
import { axisUnit } from './formatFigure.js';
import { wrapWords } from '../text/clip.js';

/** The chart specs in `templates/charts/`, by file name. */
export const CHART_NAMES = ['figures-by-place', 'industry-matrix', 'timeline', 'member-map', 'comparison'] as const;
export type ChartName = (typeof CHART_NAMES)[number];

export type ChartRow = Record<string, string | number | boolean | null>;

export interface ChartPlan {
  id: string;
  title: string;
  spec: ChartName;
  /** Rows by the spec's data set name; a row's `cite` is the note its figure or event comes from. */
  data: Record<string, ChartRow[]>;
  /** The value axis's title: the measure and its unit ("R&D intensity, %"). */
  xTitle?: string;
  /** Names too long for their column, printed under the chart beside the letter that stands for them. */
  key?: { mark: string; name: string }[];
}

/** A place name on an axis wraps after about this many characters. */
const LABEL_CHARS = 34;
const wrapLabel = (name: string) => wrapWords(name, LABEL_CHARS);
/**
 * A column of the industry matrix is this many characters wide (its 72 px step at 10 px type),
 * in at most two lines: every label is level; a longer name is a letter, spelled out in the key.
 */
const COLUMN = { chars: 11, lines: 2 };

export function planCharts(briefing: BriefingModel): ChartPlan[] {
  const charts: ChartPlan[] = [];
  if (briefing.kind === 'corridor' || briefing.kind === 'cooperation') {
    const byMetric = groupBy([...briefing.headline, ...briefing.memberFigures], (f) => `${f.label}|${f.unit}`);
    for (const all of byMetric.values()) {
      // One bar per place: its first figure, as the tables rank them; one bar is no comparison.
      const rows = [...groupBy(all, (f) => f.subject).values()].map((fs) => fs[0]!);
      if (rows.length >= 2) charts.push(bars(`figures-${charts.length}`, `${rows[0]!.label} by place`, rows));
    }
    const mapped = briefing.members.filter((m) => m.latitude !== null && m.longitude !== null);
    if (mapped.length >= 2)
      charts.push({
        id: 'member-map',
        title: briefing.kind === 'corridor' ? 'Where the member places are' : 'Where the partners are',
        spec: 'member-map',
        data: {
          places: mapped.map((m) => ({
            name: m.name,
            latitude: m.latitude,
            longitude: m.longitude,
            facts: m.facts + 1,
          })),
          landmarks: briefing.landmarks,
        },
      });
  } else {
    for (const [i, c] of briefing.comparisons.entries()) {
      const rows = c.rows.map((r) => ({ ...r, subject: r.name, label: c.label, unit: c.unit }));
      const chart = bars(`comparison-${i}`, `${c.label}: ${briefing.title} and its corridor`, rows);
      charts.push({
        ...chart,
        spec: 'comparison',
        data: { rows: chart.data.figures!.map((r, j) => ({ ...r, isSelf: c.rows[j]!.name === briefing.title })) },
      });
    }
  }
  // One place's focus is a single row, which the Industries table already says in words; so is a
  // grid where every place works on every industry: it has no contrast to show.
  const focusPlaces = [...new Set(briefing.focusMatrix.map((m) => m.place))];
  const focusIndustries = new Set(briefing.focusMatrix.map((m) => m.industry));
  const cells = new Set(briefing.focusMatrix.map((m) => `${m.place}\u0000${m.industry}`));
  if (focusPlaces.length >= 2 && cells.size < focusPlaces.length * focusIndustries.size) {
    const { columns, key } = columnLabels(focusPlaces);
    charts.push({
      id: 'industry-matrix',
      title:
        briefing.kind === 'corridor' || briefing.kind === 'cooperation' ? 'Industry focus by place' : 'Industry focus',
      spec: 'industry-matrix',
      data: { focus: briefing.focusMatrix.map((m) => ({ ...m, place: columns.get(m.place)! })) },
      ...(key.length > 0 ? { key } : {}),
    });
  }
  // One row per event in date order, named in words; one event is no timeline.
  const dated = briefing.timeline.filter((e) => e.date);
  if (dated.length >= 2) {
    const day = (d: string) => (d.length === 4 ? `${d}-07-01` : d.length === 7 ? `${d}-15` : d);
    const from = day(dated[0]!.date!);
    charts.push({
      id: 'timeline',
      title: 'Milestones by date',
      spec: 'timeline',
      data: { events: dated.map((e, order) => ({ date: day(e.date!), from, phrase: e.label, cite: e.cite, order })) },
    });
  }
  return charts;
}

/** Bars of one measure by place, values in the unit the axis names, each with its figure as printed. */
function bars(
  id: string,
  title: string,
  rows: Pick<FigureRow, 'subject' | 'label' | 'unit' | 'value' | 'display' | 'cite'>[],
): ChartPlan {
  const { factor, name } = axisUnit(rows[0]!.unit, Math.max(...rows.map((r) => Math.abs(r.value))));
  return {
    id,
    title,
    spec: 'figures-by-place',
    data: {
      figures: rows.map((r) => ({
        place: wrapLabel(r.subject),
        value: r.value / factor,
        display: r.display,
        cite: r.cite,
      })),
    },
    // A count's unit names what it counts ("Cities: 9 cities"): the axis says "number" instead.
    xTitle: `${rows[0]!.label}, ${name.toLowerCase() === rows[0]!.label.toLowerCase() ? 'number' : name}`,
  };
}

/** The same chart with every row's citation number passed through `renumber`, rows in order. */
export function renumberChart(chart: ChartPlan, renumber: (n: number) => number): ChartPlan {
  const data = Object.fromEntries(
    Object.entries(chart.data).map(([name, rows]) => [
      name,
      rows.map((row) => (typeof row.cite === 'number' ? { ...row, cite: renumber(row.cite) } : row)),
    ]),
  );
  return { ...chart, data };
}

/** Each place's column label: its name over at most two lines, else a letter the key spells out. */
function columnLabels(places: string[]): { columns: Map<string, string>; key: { mark: string; name: string }[] } {
  const key: { mark: string; name: string }[] = [];
  const columns = new Map(
    places.map((name) => {
      const wrapped = wrapWords(name, COLUMN.chars);
      const fits =
        wrapped.split('\n').length <= COLUMN.lines && wrapped.split('\n').every((l) => l.length <= COLUMN.chars);
      if (fits) return [name, wrapped] as const;
      const mark = String.fromCharCode(65 + key.length);
      key.push({ mark, name });
      return [name, mark] as const;
    }),
  );
  return { columns, key };
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}
