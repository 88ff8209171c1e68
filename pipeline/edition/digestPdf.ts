/**
 * The digest: every briefing of the edition in one PDF, with a cover, a table of contents whose
 * page numbers are where each briefing really starts, bookmarks for each briefing and its
 * sections (Chromium makes them from the headings), and page numbers running through.
 *
 * Page numbers are planned from each briefing's own page count, printed, and checked against
 * the printed bookmarks; if they disagree, the real starts are used and it is printed again.
 * With duplex, a blank page goes before any briefing that would start on a left-hand page.
 */
import path from 'node:path';
import { RenderError } from '../render/errors.js';
import { finishPdf } from '../print/pdfMetadata.js';
import { readBookmarks } from '../print/pdfOutline.js';
import type { Printer } from '../print/printer.js';
import { renderDigestHtml, type DigestLayout, type DigestPart } from '../render/digestHtml.js';
import { headingTexts } from '../render/headings.js';
import type { Templates } from '../render/templates.js';
import { fileRecord, type DigestRecord } from './manifest.js';
import { writeAtomic } from './writeAtomic.js';

export const DIGEST_FILE = 'digest.pdf';

export interface DigestInput {
  /** In edition order, each with the page count of its own PDF. */
  parts: (DigestPart & { pages: number })[];
  templates: Templates;
  printer: Printer;
  outDir: string;
  paper: 'a4' | 'letter';
  author: string;
  /** The edition's date (YYYY-MM-DD). */
  date: string;
  duplex: boolean;
  grayscale: boolean;
  cropSafe: boolean;
  /** Names the content, for the PDF file id. */
  key: string;
}

const TITLE = 'Corridor briefings';

export async function buildDigest(input: DigestInput): Promise<DigestRecord> {
  const base: Omit<DigestLayout, 'pages' | 'blankBefore'> = {
    title: TITLE,
    date: input.date,
    author: input.author,
    paper: input.paper,
    grayscale: input.grayscale,
    cropSafe: input.cropSafe,
  };
  const print = async (html: string) => {
    const raw = await input.printer.print({
      id: 'digest',
      html,
      title: `${TITLE} — digest`,
      asOf: input.date,
      paper: input.paper,
      timeoutMs: 15 * 60_000,
      cropSafe: input.cropSafe,
      ownHeaderAndFooter: true,
    });
    return finishPdf(raw, {
      title: `${TITLE} — digest, edition of ${input.date}`,
      subject: `Every briefing of the edition of ${input.date}`,
      keywords: ['digest', ...input.parts.slice(0, 8).map((p) => p.title)],
      author: input.author,
      date: new Date(`${input.date}T00:00:00Z`),
      fileId: input.key.slice(0, 32),
      bookmarks: headingTexts(html),
    });
  };

  // 1. The cover and contents alone: how many pages come before the first briefing.
  const front = await print(
    renderDigestHtml(input.templates, input.parts, { ...base, pages: null, blankBefore: new Set(), frontOnly: true }),
  );
  let layout = planPages(
    front.pages,
    input.parts.map((p) => p.pages),
    input.parts,
    input.duplex,
  );
  for (let attempt = 0; attempt < 3; attempt++) {
    const pdf = await print(renderDigestHtml(input.templates, input.parts, { ...base, ...layout }));
    // 2. Where each briefing really starts: its title is a top-level bookmark, after the cover's.
    const starts = (await readBookmarks(pdf.bytes)).bookmarks.slice(1).map((b) => b.page);
    const agreed =
      starts.length === input.parts.length && input.parts.every((p, i) => starts[i] === layout.pages.get(p.id));
    if (agreed) {
      await writeAtomic(path.join(input.outDir, DIGEST_FILE), pdf.bytes);
      return {
        file: fileRecord(DIGEST_FILE, pdf.bytes),
        key: input.key,
        pages: pdf.pages,
        duplex: input.duplex,
        starts: input.parts.map((p) => ({ id: p.id, page: layout.pages.get(p.id)! })),
        stale: false,
      };
    }
    if (starts.length !== input.parts.length)
      throw new RenderError(
        'digest',
        `expected ${input.parts.length} briefings in the bookmarks, found ${starts.length}`,
      );
    // 3. Learn the real lengths from the real starts, and plan again.
    const blank = (i: number) => (i < input.parts.length && layout.blankBefore.has(input.parts[i]!.id) ? 1 : 0);
    const lengths = starts.map(
      (start, i) => (i + 1 < starts.length ? starts[i + 1]! : pdf.pages + 1) - start - blank(i + 1),
    );
    layout = planPages(starts[0]! - 1 - blank(0), lengths, input.parts, input.duplex);
  }
  throw new RenderError('digest', 'the page numbers of the contents did not settle after three prints');
}

/** Briefing start pages after `frontPages`, with a blank page where duplex needs a right-hand start. */
export function planPages(
  frontPages: number,
  lengths: number[],
  parts: { id: string }[],
  duplex: boolean,
): { pages: Map<string, number>; blankBefore: Set<string> } {
  const pages = new Map<string, number>();
  const blankBefore = new Set<string>();
  let page = frontPages + 1;
  parts.forEach((part, i) => {
    if (duplex && page % 2 === 0) {
      blankBefore.add(part.id);
      page++;
    }
    pages.set(part.id, page);
    page += lengths[i]!;
  });
  return { pages, blankBefore };
}
