/** A printed PDF's top-level bookmarks, with the page each points to: where each part starts. */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';

export interface Bookmark {
  title: string;
  /** 1-based page number. */
  page: number;
  children: Bookmark[];
}

export async function readBookmarks(pdf: Uint8Array): Promise<{ bookmarks: Bookmark[]; pages: number }> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: Infinity });
  const pageOf = new Map(doc.getPages().map((page, i) => [page.ref.toString(), i + 1]));
  const read = (first: PDFDict | undefined): Bookmark[] => {
    const out: Bookmark[] = [];
    for (
      let item = first, guard = 0;
      item && guard < 100_000;
      item = item.lookupMaybe(PDFName.of('Next'), PDFDict), guard++
    ) {
      const title = item.lookup(PDFName.of('Title'));
      const dest = item.lookupMaybe(PDFName.of('Dest'), PDFArray);
      const target = dest?.get(0);
      out.push({
        title: title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : '',
        page: target instanceof PDFRef ? (pageOf.get(target.toString()) ?? 0) : 0,
        children: read(item.lookupMaybe(PDFName.of('First'), PDFDict)),
      });
    }
    return out;
  };
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  return { bookmarks: read(outlines?.lookupMaybe(PDFName.of('First'), PDFDict)), pages: doc.getPageCount() };
}
