/**
 * One briefing's way from model to files: its HTML, and its PDF with metadata pinned to its
 * inputs, written atomically. Loaded only when something must be rendered: it pulls in Vega
 * and Puppeteer, which cost half a second to load.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { BriefingModel } from '../model/briefingModel.js';
import { finishPdf } from '../print/pdfMetadata.js';
import type { Printer } from '../print/printer.js';
import { renderCharts } from '../render/renderCharts.js';
import { renderHtml } from '../render/renderHtml.js';
import type { Templates } from '../render/templates.js';
import { pdfInfo, type OutputSettings } from './keys.js';
import { fileRecord, type ManifestEntry } from './manifest.js';
import { writeAtomic } from './writeAtomic.js';

export async function renderBriefing(briefing: BriefingModel, templates: Templates, settings: OutputSettings): Promise<string> {
  const charts = await renderCharts(briefing, templates.charts);
  return renderHtml(briefing, charts, templates, { paper: settings.paper });
}

/** Prints (when a printer is given) and writes the files; removes files of formats no longer made. */
export async function writeBriefing(
  briefing: BriefingModel,
  html: string,
  keys: { model: string; html: string },
  printer: Printer | null,
  settings: OutputSettings,
  previous: ManifestEntry | undefined,
  builtAt: string,
): Promise<ManifestEntry> {
  const base = `${briefing.kind === 'corridor' ? 'corridors' : 'places'}/${briefing.slug}`;
  const files: ManifestEntry['files'] = {};
  let pages: number | null = null;
  if (printer && settings.formats.includes('pdf')) {
    const raw = await printer.print({ id: briefing.id, html, title: briefing.title, asOf: briefing.asOf, paper: settings.paper });
    const pdf = await finishPdf(raw, { ...pdfInfo(briefing, settings.author), fileId: keys.html.slice(0, 32) });
    await writeAtomic(path.join(settings.outDir, `${base}.pdf`), pdf.bytes);
    files.pdf = fileRecord(`${base}.pdf`, pdf.bytes);
    pages = pdf.pages;
  }
  if (settings.formats.includes('html')) {
    await writeAtomic(path.join(settings.outDir, `${base}.html`), html);
    files.html = fileRecord(`${base}.html`, html);
  }
  for (const format of ['pdf', 'html'] as const) {
    const old = previous?.files[format];
    if (old && old.path !== files[format]?.path) await rm(path.join(settings.outDir, old.path), { force: true });
  }
  return {
    id: briefing.id,
    kind: briefing.kind,
    title: briefing.title,
    files,
    pages,
    sources: briefing.sources.map((s) => s.id),
    facts: briefing.factCount,
    asOf: briefing.asOf,
    builtAt,
    modelKey: keys.model,
    htmlKey: keys.html,
  };
}
