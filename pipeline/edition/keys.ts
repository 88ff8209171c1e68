/**
 * What decides whether a briefing must be rendered or printed again: keys over its model, the
 * templates, the code and the print options, and the PDF information it is printed with.
 * Light on imports, so a build with nothing to do loads neither Vega nor Puppeteer.
 */
import type { BriefingModel } from '../briefings/briefingModel.js';
import type { PdfInfo } from '../print/pdfMetadata.js';
import { readerDate } from '../render/readerDate.js';
import { sha256, type OutputFormat } from './manifest.js';

export interface OutputSettings {
  outDir: string;
  formats: OutputFormat[];
  paper: 'a4' | 'letter';
  author: string;
  grayscale: boolean;
  cropSafe: boolean;
}

/** Everything a briefing's HTML depends on besides its model: templates, code, print options. */
export function modelKey(
  briefing: BriefingModel,
  settings: OutputSettings,
  hashes: { templates: string; code: string },
): string {
  return sha256(
    JSON.stringify([
      briefing,
      hashes.templates,
      hashes.code,
      settings.paper,
      settings.author,
      settings.grayscale,
      settings.cropSafe,
    ]),
  );
}

/** Names the printed document by what it shows (HTML, metadata, paper): its PDF file id. */
export function documentId(html: string, info: Omit<PdfInfo, 'fileId'>, settings: OutputSettings): string {
  return sha256(JSON.stringify([html, { ...info, date: info.date.toISOString() }, settings.paper, settings.cropSafe]));
}

/** Whether the PDF must be printed again: the document, and the code that prints it. */
export function htmlKey(documentId: string, printCode: string): string {
  return sha256(JSON.stringify([documentId, printCode]));
}

export function pdfInfo(briefing: BriefingModel, author: string): Omit<PdfInfo, 'fileId'> {
  return {
    title: `${briefing.title} — ${briefing.kindLabel}`,
    subject: `${briefing.kindLabel}: ${briefing.title}${briefing.asOf ? `, as of ${readerDate(briefing.asOf)}` : ''}`,
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
