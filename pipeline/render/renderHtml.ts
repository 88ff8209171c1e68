/** BriefingModel + charts -> one self-contained HTML document: inline CSS and SVG, no scripts, no links out. */
import type { BriefingModel } from '../model/briefingModel.js';
import { RenderError } from '../errors.js';
import type { Chart } from './renderCharts.js';
import { SafeHtml, type Templates } from './templates.js';

export interface RenderOptions {
  /** "A4" or "Letter": set as the CSS page size so HTML and PDF agree. */
  paper: 'a4' | 'letter';
  edition?: string;
}

export function renderHtml(briefing: BriefingModel, charts: Chart[], templates: Templates, options: RenderOptions): string {
  const paperCss = `@page { size: ${options.paper === 'letter' ? 'Letter' : 'A4'}; }`;
  try {
    return templates.layout({
      briefing,
      charts: charts.map((c) => ({ ...c, svg: new SafeHtml(c.svg) })),
      css: new SafeHtml(`${templates.css}\n${paperCss}`),
      edition: options.edition,
    });
  } catch (error) {
    throw new RenderError(briefing.id, `template failed: ${(error as Error).message}`);
  }
}
