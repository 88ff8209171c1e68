/**
 * BriefingModel -> charts as inline SVG. `briefings/chartPlan.ts` decides which charts and their
 * rows; Vega-Lite specs live in `templates/charts/`; here they get their data, are compiled to
 * Vega and rendered to SVG in Node, so printing needs no script.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { TemplateError } from './errors.js';
import type { BriefingModel } from '../briefings/briefingModel.js';
import { CHART_NAMES, planCharts, type ChartPlan, type ChartRow } from '../briefings/chartPlan.js';
import { landWithin } from './basemap.js';
import { layoutMap, type Landmark, type MapPlace } from './mapLayout.js';

export interface Chart {
  id: string;
  title: string;
  svg: string;
  /** Letters standing for names too long for the chart, and the names: printed under it. */
  key?: { mark: string; name: string }[];
}

export type ChartSpecs = Record<string, TopLevelSpec>;

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
    let spec: TopLevelSpec;
    try {
      spec = JSON.parse(text) as TopLevelSpec;
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
    const warnings = compileWarnings(spec);
    if (warnings.length > 0) throw new TemplateError(label(rel), null, `Vega-Lite: ${warnings.join('; ')}`);
    specs[name] = spec;
  }
  return specs;
}

/**
 * What Vega-Lite says while compiling a spec. A warning means the chart will not draw as its
 * spec reads (a sort dropped, a channel ignored), so the template is refused at load; charts are
 * then compiled silently, as only the CLI prints.
 */
function compileWarnings(spec: TopLevelSpec): string[] {
  const said: string[] = [];
  const collect = (...parts: unknown[]) => {
    said.push(parts.join(' '));
    return logger;
  };
  const logger = { ...vega.logger(vega.None), warn: collect, error: collect };
  try {
    compile({ ...spec, config: CONFIG } as TopLevelSpec, { logger });
  } catch (error) {
    said.push((error as Error).message);
  }
  return said;
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
  for (const plan of planCharts(briefing)) charts.push(await renderChart(plan, specs, options));
  return charts;
}

/** One planned chart drawn with its spec: rows tall enough for its labels, its value axis titled with its unit. */
export async function renderChart(
  plan: ChartPlan,
  specs: ChartSpecs,
  options: { grayscale?: boolean } = {},
): Promise<Chart> {
  // Specs are shared: fit and compile a copy, never the loaded object.
  const spec = structuredClone(specs[plan.spec]!) as TopLevelSpec & {
    height?: unknown;
    encoding?: { x?: { title?: unknown } };
  };
  const step = (spec.height as { step?: number } | undefined)?.step;
  // Rows grow with the labels of the field on the vertical axis (a column's label does not make rows taller).
  const yField = (spec.encoding as { y?: { field?: string } } | undefined)?.y?.field;
  const lines = Math.max(
    1,
    ...Object.values(plan.data)
      .flat()
      .flatMap((row) =>
        Object.entries(row)
          .filter(([field]) => !yField || !(yField in row) || field === yField)
          .map(([, v]) => (typeof v === 'string' ? v.split('\n').length : 1)),
      ),
  );
  if (step && lines > 1) spec.height = { step: Math.max(step, LINE_PX * lines + 6) };
  if (plan.xTitle && spec.encoding?.x) spec.encoding.x.title = plan.xTitle;
  const data = plan.spec === 'member-map' ? await mapData(spec, plan.data) : plan.data;
  const svg = scopeIds(await toSvg(spec, data), plan.id);
  return {
    id: plan.id,
    title: plan.title,
    svg: options.grayscale ? toGrayscale(svg) : svg,
    ...(plan.key ? { key: plan.key } : {}),
  };
}

/**
 * A map's places laid out at the spec's size (render/mapLayout.ts): the projection goes into
 * the spec, the land under the extent, the names' positions and the scale bar into its data.
 */
async function mapData(
  spec: TopLevelSpec & { width?: unknown; height?: unknown; projection?: unknown },
  data: Record<string, ChartRow[]>,
): Promise<Record<string, unknown[]>> {
  const size = { width: Number(spec.width) || 440, height: Number(spec.height) || 300 };
  const places = (data.places ?? []) as unknown as MapPlace[];
  const layout = layoutMap(places, size, (data.landmarks ?? []) as unknown as Landmark[]);
  spec.projection = layout.projection;
  const step = (layout.extent.east - layout.extent.west) / (size.width * 2);
  return {
    ...data,
    land: await landWithin(layout.extent, step),
    places: layout.places,
    landmarks: layout.landmarks,
    labels: layout.labels,
    scaleBackdrop: layout.scaleBar.backdrop,
    scaleBar: layout.scaleBar.segments,
    scaleTicks: layout.scaleBar.ticks,
  };
}

/** Height of a line of a wrapped axis label (the specs split labels at line breaks with `labelExpr`). */
const LINE_PX = 12;

async function toSvg(spec: TopLevelSpec, data: Record<string, unknown[]>): Promise<string> {
  const { spec: vgSpec } = compile({ ...spec, config: CONFIG } as TopLevelSpec, { logger: vega.logger(vega.None) });
  const view = new vega.View(vega.parse(vgSpec), { renderer: 'none', logLevel: vega.None });
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
