/**
 * The whole build, stage by stage:
 *
 *   sources -> ingest -> clean -> extract -> fact model        (loadFacts)
 *   fact model -> briefing models                             (planBriefings)
 *   briefing model -> charts (Vega-Lite -> SVG) -> HTML       (renderCharts, renderHtml)
 *   HTML -> PDF (Chromium) -> metadata                        (printer, finishPdf)
 *   -> out/corridors|places/<slug>.pdf|.html, index.html, manifest.json
 *
 * One failed briefing is reported and never costs the others or an earlier good output.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { describeError, type SourceError } from '../errors.js';
import type { BriefingModel } from '../model/briefingModel.js';
import { planBriefings } from '../model/buildBriefings.js';
import { finishPdf } from '../print/pdfMetadata.js';
import { launchPrinter, type Printer } from '../print/printer.js';
import { renderCharts } from '../render/renderCharts.js';
import { renderHtml } from '../render/renderHtml.js';
import { loadTemplates } from '../render/templates.js';
import { renderIndex } from './renderIndex.js';
import { loadFacts } from './loadFacts.js';
import { writeAtomic } from './writeAtomic.js';

export interface BuildOptions {
  sourcesDir: string;
  outDir: string;
  templatesDir: string;
  only?: string[];
  formats: ('pdf' | 'html')[];
  paper: 'a4' | 'letter';
  minFacts: number;
  author: string;
  /** A browser to print with; when absent, one is launched for this build and closed after. */
  printer?: Printer;
  onProgress?: (event: { done: number; total: number; id: string }) => void;
}

export interface ManifestEntry {
  id: string;
  kind: BriefingModel['kind'];
  title: string;
  files: { pdf?: string; html?: string };
  sha256: string | null;
  pages: number | null;
  sources: string[];
  facts: number;
  asOf: string | null;
  builtAt: string;
}

export interface BuildReport {
  built: ManifestEntry[];
  skipped: { id: string; name: string; reason: string }[];
  failed: { id: string; reason: string }[];
  sourceErrors: SourceError[];
  timings: Record<string, number>;
}

export async function build(options: BuildOptions): Promise<BuildReport> {
  const timings: Record<string, number> = {};
  const time = async <T>(stage: string, work: () => Promise<T> | T): Promise<T> => {
    const start = performance.now();
    try {
      return await work();
    } finally {
      timings[stage] = (timings[stage] ?? 0) + Math.round(performance.now() - start);
    }
  };

  // 1. Facts from sources.
  const { model, reference, errors: sourceErrors } = await time('facts', () => loadFacts(options.sourcesDir));
  // 2. One briefing model per corridor and per place with enough facts.
  const plan = await time('models', () => planBriefings(model, { minFacts: options.minFacts, keyMetrics: reference.metrics.map((m) => m.id) }));
  const wanted = options.only ? plan.briefings.filter((b) => options.only!.includes(b.id)) : plan.briefings;
  const report: BuildReport = { built: [], skipped: plan.skipped, failed: [], sourceErrors, timings };
  for (const id of options.only ?? []) if (!plan.briefings.some((b) => b.id === id)) report.failed.push({ id, reason: 'no briefing with this id in the sources' });

  // 3. Charts and HTML.
  const templates = await time('templates', () => loadTemplates(options.templatesDir));
  const rendered: { briefing: BriefingModel; html: string }[] = [];
  for (const briefing of wanted) {
    try {
      const charts = await time('charts', () => renderCharts(briefing, templates.charts));
      const html = await time('html', () => renderHtml(briefing, charts, templates, { paper: options.paper }));
      rendered.push({ briefing, html });
    } catch (error) {
      report.failed.push({ id: briefing.id, reason: describeError(error) });
    }
  }

  // 4. PDFs, all pages of one browser working at once; 5. files written atomically.
  const wantsPdf = options.formats.includes('pdf');
  const printer = wantsPdf && rendered.length > 0 ? (options.printer ?? (await time('browser', () => launchPrinter()))) : undefined;
  let done = 0;
  try {
    await time('pdf', () =>
      Promise.all(
        rendered.map(async ({ briefing, html }) => {
          try {
            const entry = await writeBriefing(briefing, html, printer, options);
            report.built.push(entry);
          } catch (error) {
            report.failed.push({ id: briefing.id, reason: describeError(error) });
          }
          options.onProgress?.({ done: ++done, total: rendered.length, id: briefing.id });
        }),
      ),
    );
  } finally {
    if (printer && !options.printer) await printer.close();
  }

  // 6. Index and manifest: every briefing built now, in a stable order.
  report.built.sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
  await writeAtomic(path.join(options.outDir, 'manifest.json'), `${JSON.stringify({ briefings: report.built }, null, 2)}\n`);
  await writeAtomic(path.join(options.outDir, 'index.html'), renderIndex(report.built));
  return report;
}

async function writeBriefing(briefing: BriefingModel, html: string, printer: Printer | undefined, options: BuildOptions): Promise<ManifestEntry> {
  const folder = briefing.kind === 'corridor' ? 'corridors' : 'places';
  const base = `${folder}/${briefing.slug}`;
  const files: ManifestEntry['files'] = {};
  let sha256: string | null = null;
  let pages: number | null = null;
  if (printer) {
    const raw = await printer.print({ id: briefing.id, html, title: briefing.title, asOf: briefing.asOf, paper: options.paper });
    const pdf = await finishPdf(raw, {
      title: `${briefing.title} — ${briefing.kindLabel}`,
      subject: `${briefing.kindLabel}: ${briefing.title}${briefing.asOf ? `, as of ${briefing.asOf}` : ''}`,
      keywords: [briefing.kind, briefing.title, ...briefing.industries.slice(0, 6).map((i) => i.name)],
      author: options.author,
    });
    await writeAtomic(path.join(options.outDir, `${base}.pdf`), pdf.bytes);
    files.pdf = `${base}.pdf`;
    sha256 = createHash('sha256').update(pdf.bytes).digest('hex');
    pages = pdf.pages;
  }
  if (options.formats.includes('html')) {
    await writeAtomic(path.join(options.outDir, `${base}.html`), html);
    files.html = `${base}.html`;
  }
  return {
    id: briefing.id,
    kind: briefing.kind,
    title: briefing.title,
    files,
    sha256,
    pages,
    sources: briefing.sources.map((s) => s.id),
    facts: briefing.factCount,
    asOf: briefing.asOf,
    builtAt: new Date().toISOString(),
  };
}
