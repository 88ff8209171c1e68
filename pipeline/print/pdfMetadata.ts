/**
 * Finishes a PDF from Chromium: sets the document information (Chromium only sets the title),
 * counts the pages, and makes the bytes a function of the inputs alone. Chromium stamps the
 * print time and numbers structure elements by DOM node (see structureIds.ts); both are pinned
 * here so the same briefing always gives the same bytes.
 */
import { PDFDict, PDFDocument, PDFHexString, PDFName } from 'pdf-lib';
import { renumberStructureIds } from './structureIds.js';

export interface PdfInfo {
  title: string;
  subject: string;
  keywords: string[];
  author: string;
  /** The date written as created and modified: derived from the content, never the clock. */
  date: Date;
  /** 32 hex digits naming this document's content: the PDF file identifier. */
  fileId: string;
  /** The document's headings in order: the bookmarks' titles (Chromium garbles wrapped ones). */
  bookmarks?: string[];
}

export async function finishPdf(pdf: Uint8Array, info: PdfInfo): Promise<{ bytes: Uint8Array; pages: number }> {
  // pdf-lib yields to the event loop every 100 objects by default; a tagged briefing has
  // thousands, so parse and write in one go (3-5x faster, measured in bench/).
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: Infinity });
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  doc.setSubject(info.subject);
  doc.setKeywords(info.keywords);
  doc.setAuthor(info.author);
  doc.setCreator('corridor-briefings');
  doc.setProducer('corridor-briefings (Chromium, pdf-lib)');
  doc.setCreationDate(info.date);
  doc.setModificationDate(info.date);
  renumberStructureIds(doc);
  if (info.bookmarks) retitleBookmarks(doc, info.bookmarks);
  const id = PDFHexString.of(info.fileId);
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);
  return { bytes: await doc.save({ useObjectStreams: false, objectsPerTick: Infinity }), pages: doc.getPageCount() };
}

/** Bookmarks in document order get the given titles, when there is one title per bookmark. */
function retitleBookmarks(doc: PDFDocument, titles: string[]): void {
  const items: PDFDict[] = [];
  const walk = (first: PDFDict | undefined) => {
    for (
      let item = first, guard = 0;
      item && guard < 100_000;
      item = item.lookupMaybe(PDFName.of('Next'), PDFDict), guard++
    ) {
      items.push(item);
      walk(item.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  walk(doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict));
  if (items.length !== titles.length) return; // not the headings we think: leave Chromium's
  for (const [i, item] of items.entries()) item.set(PDFName.of('Title'), PDFHexString.fromText(titles[i]!));
}
