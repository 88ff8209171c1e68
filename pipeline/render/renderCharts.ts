/**
 * BriefingModel -> charts as inline SVG. Vega-Lite specs live in `templates/charts/`; here they
 * get their data, are compiled to Vega and rendered to SVG in Node, so printing needs no script.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { TemplateError } from './errors.js';
import { wrapWords } from '../text/clip.js';
import type { BriefingModel } from '../briefings/briefingModel.js';

export interface Chart {
  id: string;
  title: string;
  svg: string;
}

export type ChartSpecs = Record<string, TopLevelSpec>;
export const CHART_NAMES = ['figures-by-place', 'industry-matrix', 'timeline', 'member-map', 'comparison'] as const;

export async function loadChartSpecs(
  templatesDir: string,
  label: (rel: string) => string = (rel) => rel,
): Promise<ChartSpecs> {
  const specs: ChartSpecs = {};
  for (const name of CHART_NAMES) {
    const rel = `charts/${name}.vl.json`;
    const text = await readFile(path.join(templatesDir, rel), 'utf8').catch(() => {
      throw new TemplateError(label(rel), null, 'chart spec is missing or unreadable');
    });
    try {
      specs[name] = JSON.parse(text) as TopLevelSpec;
    } catch (error) {
      // JSON.parse names a position; an analyst needs the line.
      const position = Number(/position (\d+)/.exec((error as Error).message)?.[1] ?? NaN);
      const line = Number.isNaN(position) ? null : text.slice(0, position).split('\n').length;
      throw new TemplateError(
        label(rel),
        line,
        `chart spec is not valid JSON: ${(error as Error).message.replace(/ in JSON at position \d+.*$/, '')}`,
      );
    }
  }
  return specs;
}

/** Print-friendly defaults shared by every chart: no background, quiet axes. The face is the
 *  page's: print.css sets it for chart text, so fonts have one home. */
const CONFIG = {
  font: 'sans-serif',
  background: 'transparent',
  view: { stroke: null },
  axis: { labelFontSize: 10, titleFontSize: 10, gridColor: '#e4e7eb', domainColor: '#9aa7b4', tickColor: '#9aa7b4' },
  legend: { labelFontSize: 10, titleFontSize: 10 },
};

export async function renderCharts(
  briefing: BriefingModel,
  specs: ChartSpecs,
  options: { grayscale?: boolean } = {},
): Promise<Chart[]> {
  const charts: Chart[] = [];
  const add = async (id: string, title: string, name: keyof ChartSpecs, data: Record<string, unknown[]>) => {
    const svg = scopeIds(await toSvg(specs[name]!, data, linesIn(data)), id);
    charts.push({ id, title, svg: options.grayscale ? toGrayscale(svg) : svg });
  };
  if (briefing.kind === 'corridor') {
    const byMetric = groupBy([...briefing.headline, ...briefing.memberFigures], (f) => `${f.label}|${f.unit}`);
    for (const [key, rows] of byMetric) {
      if (new Set(rows.map((r) => r.subject)).size < 2) continue;
      await add(`figures-${charts.length}`, `${key.split('|')[0]} by place`, 'figures-by-place', {
        figures: rows.map((r) => ({ place: wrapLabel(r.subject), value: r.value, display: r.display })),
      });
    }
    const mapped = briefing.members.filter((m) => m.latitude !== null && m.longitude !== null);
    if (mapped.length >= 2)
      await add('member-map', 'Where the member places are', 'member-map', {
        places: mapped.map((m) => ({ ...m, facts: m.facts + 1 })),
      });
    if (placesIn(briefing.focusMatrix) >= 2)
      await add('industry-matrix', 'Industry focus by place', 'industry-matrix', { focus: wrapPlaces(briefing) });
  } else {
    for (const [i, c] of briefing.comparisons.entries()) {
      await add(`comparison-${i}`, `${c.label}: ${briefing.title} and its corridor`, 'comparison', {
        rows: c.rows.map((r) => ({ ...r, name: wrapLabel(r.name), isSelf: r.name === briefing.title })),
      });
    }
    // One place's focus is a single row, which the Industries table already says in words.
    if (placesIn(briefing.focusMatrix) >= 2)
      await add('industry-matrix', 'Industry focus', 'industry-matrix', { focus: wrapPlaces(briefing) });
  }
  // One row per event in date order, named in words with its citation mark; one event is no timeline.
  const dated = briefing.timeline.filter((e) => e.date);
  if (dated.length >= 2) {
    const day = (d: string) => (d.length === 4 ? `${d}-07-01` : d.length === 7 ? `${d}-15` : d);
    const events = dated.map((e, order) => ({ date: day(e.date!), label: `${e.label} [${e.cite}]`, order }));
    const from = events.map((e) => e.date).sort()[0]!;
    await add('timeline', 'Milestones by date', 'timeline', { events: events.map((e) => ({ ...e, from })) });
  }
  return charts;
}

/**
 * Place names on an axis are wrapped, never cut: the specs split labels at line breaks
 * (`labelExpr`), and a chart with rows gets rows tall enough for its longest label.
 */
const LABEL_CHARS = 34;
const LINE_PX = 12;
const wrapLabel = (name: string) => wrapWords(name, LABEL_CHARS);
const wrapPlaces = (b: BriefingModel) => b.focusMatrix.map((m) => ({ ...m, place: wrapLabel(m.place) }));
const linesIn = (data: Record<string, unknown[]>) =>
  Math.max(
    1,
    ...Object.values(data)
      .flat()
      .flatMap((row) => Object.values(row as object).map((v) => (typeof v === 'string' ? v.split('\n').length : 1))),
  );

async function toSvg(spec: TopLevelSpec, data: Record<string, unknown[]>, lines = 1): Promise<string> {
  // Specs are shared: compile a copy, never the loaded object.
  const copy = structuredClone(spec) as TopLevelSpec & { height?: unknown };
  const step = (copy.height as { step?: number } | undefined)?.step;
  if (step && lines > 1) copy.height = { step: Math.max(step, LINE_PX * lines + 6) };
  const { spec: vgSpec } = compile({ ...copy, config: CONFIG } as TopLevelSpec);
  const view = new vega.View(vega.parse(vgSpec), { renderer: 'none' });
  for (const [name, rows] of Object.entries(data)) view.data(name, structuredClone(rows));
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}

/**
 * Vega numbers gradients and clip paths with counters that run on across renders in a process
 * ("gradient_5"), so the same chart drawn after another would give other bytes. Ids are
 * renamed after the chart, in order of appearance: the same chart always gives the same SVG,
 * and two charts in one document never share an id.
 */
export function scopeIds(svg: string, chartId: string): string {
  const ids = [...svg.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!);
  if (ids.length === 0) return svg;
  const renamed = new Map(ids.map((id, i) => [id, `${chartId}-${i}`]));
  return svg
    .replace(/\bid="([^"]+)"/g, (_, id: string) => `id="${renamed.get(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (whole, id: string) => (renamed.has(id) ? `url(#${renamed.get(id)})` : whole))
    .replace(/href="#([^"]+)"/g, (whole, id: string) => (renamed.has(id) ? `href="#${renamed.get(id)}"` : whole));
}

/**
 * Every colour -> the gray of the same lightness, so what the charts tell apart by colour
 * (a place against its corridor, a heat scale) they still tell apart in black and white.
 */
export function toGrayscale(markup: string): string {
  const gray = (r: number, g: number, b: number) => {
    const level = Math.round(0.2126 * r + 0.7152 * g + 0.0722 * b);
    const hex = level.toString(16).padStart(2, '0');
    return `#${hex}${hex}${hex}`;
  };
  return markup
    .replace(/#([0-9a-f]{6})\b/gi, (_, h: string) =>
      gray(parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)),
    )
    .replace(/#([0-9a-f]{3})\b/gi, (_, h: string) =>
      gray(parseInt(h[0]! + h[0], 16), parseInt(h[1]! + h[1], 16), parseInt(h[2]! + h[2], 16)),
    )
    .replace(/rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(,\s*[\d.]+\s*)?\)/g, (_, r: string, g: string, b: string) =>
      gray(Number(r), Number(g), Number(b)),
    );
}

const placesIn = (matrix: { place: string }[]) => new Set(matrix.map((m) => m.place)).size;

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}
