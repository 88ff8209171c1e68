/**
 * One briefing's way from model to files: the keys that say whether it must be printed again,
 * its HTML, and its PDF with metadata pinned to its inputs, written atomically.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { BriefingModel } from '../model/briefingModel.js';
import { finishPdf, type PdfInfo } from '../print/pdfMetadata.js';
import type { Printer } from '../print/printer.js';
import { renderCharts } from '../render/renderCharts.js';
import { renderHtml } from '../render/renderHtml.js';
import type { Templates } from '../render/templates.js';
import { fileRecord, sha256, type ManifestEntry, type OutputFormat } from './manifest.js';
import { writeAtomic } from './writeAtomic.js';

export interface OutputSettings {
  outDir: string;
  formats: OutputFormat[];
  paper: 'a4' | 'letter';
  author: string;
}

/** Everything a briefing's HTML depends on besides its model: templates, code, print options. */
export function modelKey(briefing: BriefingModel, settings: OutputSettings, digests: { templates: string; code: string }): string {
  return sha256(JSON.stringify([briefing, digests.templates, digests.code, settings.paper, settings.author]));
}

export function htmlKey(html: string, info: Omit<PdfInfo, 'fileId'>, settings: OutputSettings, printCode: string): string {
  return sha256(JSON.stringify([html, { ...info, date: info.date.toISOString() }, settings.paper, printCode]));
}

export async function renderBriefing(briefing: BriefingModel, templates: Templates, settings: OutputSettings): Promise<string> {
  const charts = await renderCharts(briefing, templates.charts);
  return renderHtml(briefing, charts, templates, { paper: settings.paper });
}

export function pdfInfo(briefing: BriefingModel, author: string): Omit<PdfInfo, 'fileId'> {
  return {
    title: `${briefing.title} — ${briefing.kindLabel}`,
    subject: `${briefing.kindLabel}: ${briefing.title}${briefing.asOf ? `, as of ${briefing.asOf}` : ''}`,
    keywords: [briefing.kind, briefing.title, ...briefing.industries.slice(0, 6).map((i) => i.name)],
    author,
    date: pdfDate(briefing.asOf),
  };
}

/** SOURCE_DATE_EPOCH when set (the reproducible-builds convention), else the briefing's as-of date. */
function pdfDate(asOf: string | null): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  const [y, m, d] = (asOf ?? '1970').split('-').map(Number);
  return new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
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
