/** BriefingModel + charts -> one self-contained HTML document: inline CSS and SVG, no scripts, no links out. */
import type { BriefingModel } from '../briefings/briefingModel.js';
import type { SummaryModel } from '../briefings/summaryModel.js';
import { RenderError } from './errors.js';
import { toGrayscale, type Chart } from './renderCharts.js';
import { SafeHtml, type Templates } from './templates.js';

export interface RenderOptions {
  /** "A4" or "Letter": set as the CSS page size so HTML and PDF agree. */
  paper: 'a4' | 'letter';
  /** Colours that read in black and white. */
  grayscale?: boolean;
  /** Margins wide enough that trimming never reaches the text. */
  cropSafe?: boolean;
}

/** The stylesheet with the page size and the print-ready options folded in. */
export function pageCss(templates: Templates, options: RenderOptions): string {
  const parts = [
    options.grayscale ? toGrayscale(templates.css) : templates.css,
    `@page { size: ${options.paper === 'letter' ? 'Letter' : 'A4'}; }`,
  ];
  if (options.cropSafe) parts.push('@page { margin: 30mm 25mm 30mm 25mm; }');
  return parts.join('\n');
}

export function renderHtml(
  briefing: BriefingModel,
  charts: Chart[],
  templates: Templates,
  options: RenderOptions,
): string {
  try {
    return templates.layout({
      briefing,
      charts: charts.map((c) => ({ ...c, svg: new SafeHtml(c.svg) })),
      css: new SafeHtml(pageCss(templates, options)),
    });
  } catch (error) {
    throw new RenderError(briefing.id, `template failed: ${(error as Error).message}`);
  }
}

/** The one-page summary: its own layout (`summary.hbs`), the same partials and styles, its one chart drawn. */
export function renderSummaryHtml(
  summary: SummaryModel,
  chart: Chart | null,
  templates: Templates,
  options: RenderOptions,
): string {
  try {
    return templates.summary({
      briefing: summary.briefing,
      headline: summary.headline,
      notes: summary.notes,
      charts: chart ? [{ ...chart, svg: new SafeHtml(chart.svg) }] : [],
      css: new SafeHtml(pageCss(templates, options)),
    });
  } catch (error) {
    throw new RenderError(summary.briefing.id, `summary template failed: ${(error as Error).message}`);
  }
}
