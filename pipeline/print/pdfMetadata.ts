/**
 * Finishes a PDF from Chromium: sets the document information (Chromium only sets the title),
 * counts the pages, and makes the bytes a function of the inputs alone. Chromium stamps the
 * print time and numbers structure elements by DOM node, which grows with every document a
 * page has printed; both are pinned here so the same briefing always gives the same bytes.
 */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, type PDFObject } from 'pdf-lib';

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

const NODE_ID = /^node\d+$/;

/** Structure element ids ("node00000461") -> the same ids counted from 1, order kept. */
function renumberStructureIds(doc: PDFDocument): void {
  const found = new Set<string>();
  const visit = (
    object: PDFObject,
    change?: (s: PDFString | PDFHexString) => PDFObject | undefined,
  ): PDFObject | undefined => {
    if (object instanceof PDFString || object instanceof PDFHexString) return change?.(object);
    if (object instanceof PDFDict) {
      for (const [key, value] of object.entries()) {
        const replaced = visit(value, change);
        if (replaced) object.set(key, replaced);
      }
    } else if (object instanceof PDFArray) {
      for (let i = 0; i < object.size(); i++) {
        const replaced = visit(object.get(i), change);
        if (replaced) object.set(i, replaced);
      }
    }
    return undefined;
  };
  const objects = doc.context.enumerateIndirectObjects().map(([, object]) => object);
  for (const object of objects)
    visit(object, (s) => {
      if (NODE_ID.test(s.decodeText())) found.add(s.decodeText());
      return undefined;
    });
  if (found.size === 0) return;
  // Same-width numbers keep name trees keyed by these ids sorted after renumbering.
  const width = Math.max(8, String(found.size).length);
  const renamed = new Map(
    [...found]
      .sort((a, b) => Number(a.slice(4)) - Number(b.slice(4)))
      .map((old, i) => [old, `node${String(i + 1).padStart(width, '0')}`]),
  );
  for (const object of objects) {
    visit(object, (s) => {
      const to = renamed.get(s.decodeText());
      return to ? PDFString.of(to) : undefined;
    });
  }
}
