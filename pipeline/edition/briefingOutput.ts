/**
 * One briefing's way from model to files: its HTML, and its PDF with metadata pinned to its
 * inputs, written atomically. Loaded only when something must be rendered: it pulls in Vega
 * and Puppeteer, which cost half a second to load.
 */
import path from 'node:path';
import type { BriefingModel } from '../briefings/briefingModel.js';
import { briefingFolder } from '../briefings/planBriefings.js';
import { finishPdf } from '../print/pdfMetadata.js';
import type { Printer } from '../print/printer.js';
import { renderChart, renderCharts } from '../render/renderCharts.js';
import { renderHtml } from '../render/renderHtml.js';
import type { Templates } from '../render/templates.js';
import { pdfInfo, type OutputSettings } from './keys.js';
import { removeInside } from './insideFolder.js';
import { fileRecord, sha256, type ManifestEntry } from './manifest.js';
import { SUMMARY_FITS, summaryModel, type SummaryFit } from '../briefings/summaryModel.js';
import { headingTexts } from '../render/headings.js';
import { renderSummaryHtml } from '../render/renderHtml.js';
import { writeAtomic } from './writeAtomic.js';

export interface RenderedBriefing {
  html: string;
  /** The one-page summary's HTML at one of the fits in SUMMARY_FITS (only those). */
  summaryHtml(fit: SummaryFit): string;
}

export async function renderBriefing(
  briefing: BriefingModel,
  templates: Templates,
  settings: OutputSettings,
): Promise<RenderedBriefing> {
  const charts = await renderCharts(briefing, templates.charts, { grayscale: settings.grayscale });
  const options = { paper: settings.paper, grayscale: settings.grayscale, cropSafe: settings.cropSafe };
  // Each fit numbers its page's citations anew, its chart's marks too: drawn here, once per fit.
  const summaries = new Map<SummaryFit, string>();
  // Fits that differ only in their quotes draw the same chart: drawn once.
  const drawn = new Map<string, Awaited<ReturnType<typeof renderChart>>>();
  for (const fit of SUMMARY_FITS) {
    const summary = summaryModel(briefing, fit);
    const key = JSON.stringify(summary.chart);
    if (summary.chart && !drawn.has(key))
      drawn.set(key, await renderChart(summary.chart, templates.charts, { grayscale: settings.grayscale }));
    const chart = summary.chart ? drawn.get(key)! : null;
    summaries.set(fit, renderSummaryHtml(summary, chart, templates, options));
  }
  // The build keys a briefing's print on its HTML and its summary's first fit; the summary printed
  // may be a tighter fit, whose quotes can change while the first fit's do not. The first fit
  // carries a digest of the others (a comment: it prints nothing), so a change to any fit reprints.
  const [first, ...tighter] = SUMMARY_FITS;
  const digest = sha256(tighter.map((fit) => summaries.get(fit)!).join('\0'));
  summaries.set(first!, summaries.get(first!)!.replace('</head>', `<!-- tighter fits: ${digest} -->\n</head>`));
  return {
    html: renderHtml(briefing, charts, templates, options),
    summaryHtml: (fit) => summaries.get(fit)!,
  };
}

/** Prints (when a printer is given) and writes the files; removes files of formats no longer made. */
export async function writeBriefing(
  briefing: BriefingModel,
  rendered: RenderedBriefing,
  keys: { model: string; document: string; html: string },
  printer: Printer | null,
  settings: OutputSettings,
  previous: ManifestEntry | undefined,
  builtAt: string,
): Promise<ManifestEntry> {
  const base = `${briefingFolder(briefing.kind)}/${briefing.slug}`;
  const files: ManifestEntry['files'] = {};
  let pages: number | null = null;
  if (printer && settings.formats.includes('pdf')) {
    const raw = await printer.print({
      id: briefing.id,
      html: rendered.html,
      title: briefing.title,
      asOf: briefing.asOf,
      paper: settings.paper,
      cropSafe: settings.cropSafe,
    });
    const pdf = await finishPdf(raw, {
      ...pdfInfo(briefing, settings.author),
      fileId: keys.document.slice(0, 32),
      bookmarks: headingTexts(rendered.html),
    });
    await writeAtomic(path.join(settings.outDir, `${base}.pdf`), pdf.bytes);
    files.pdf = fileRecord(`${base}.pdf`, pdf.bytes);
    const summary = await printSummary(briefing, rendered, keys.document, printer, settings);
    await writeAtomic(path.join(settings.outDir, `${base}.summary.pdf`), summary);
    files.summary = fileRecord(`${base}.summary.pdf`, summary);
    pages = pdf.pages;
  }
  if (settings.formats.includes('html')) {
    await writeAtomic(path.join(settings.outDir, `${base}.html`), rendered.html);
    files.html = fileRecord(`${base}.html`, rendered.html);
  }
  for (const format of ['pdf', 'html', 'summary'] as const) {
    const old = previous?.files[format];
    if (old && old.path !== files[format]?.path) await removeInside(settings.outDir, old.path);
  }
  return {
    id: briefing.id,
    kind: briefing.kind,
    title: briefing.title,
    // In the manifest schema's order, so an unchanged manifest serializes alike.
    files: {
      ...(files.pdf ? { pdf: files.pdf } : {}),
      ...(files.html ? { html: files.html } : {}),
      ...(files.summary ? { summary: files.summary } : {}),
    },
    pages,
    sources: briefing.sources.map((s) => s.id),
    facts: briefing.factCount,
    asOf: briefing.asOf,
    builtAt,
    modelKey: keys.model,
    htmlKey: keys.html,
  };
}

/** The summary at the roomiest fit that prints on one page. */
async function printSummary(
  briefing: BriefingModel,
  rendered: RenderedBriefing,
  key: string,
  printer: Printer,
  settings: OutputSettings,
): Promise<Uint8Array> {
  const info = pdfInfo(briefing, settings.author);
  let last: Uint8Array | null = null;
  for (const fit of SUMMARY_FITS) {
    const html = rendered.summaryHtml(fit);
    const raw = await printer.print({
      id: `${briefing.id} summary`,
      html,
      title: `${briefing.title} — summary`,
      asOf: briefing.asOf,
      paper: settings.paper,
      cropSafe: settings.cropSafe,
    });
    const pdf = await finishPdf(raw, {
      ...info,
      title: `${briefing.title} — summary`,
      fileId: sha256(`${key}:summary`).slice(0, 32),
      bookmarks: headingTexts(html),
    });
    last = pdf.bytes;
    if (pdf.pages === 1) break;
  }
  return last!;
}
