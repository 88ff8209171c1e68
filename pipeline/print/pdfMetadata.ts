/** Sets the PDF's document information (Chromium only sets the title) and counts its pages. */
import { PDFDocument } from 'pdf-lib';

export interface PdfInfo {
  title: string;
  subject: string;
  keywords: string[];
  author: string;
}

export async function finishPdf(pdf: Uint8Array, info: PdfInfo): Promise<{ bytes: Uint8Array; pages: number }> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  doc.setSubject(info.subject);
  doc.setKeywords(info.keywords);
  doc.setAuthor(info.author);
  doc.setCreator('corridor-briefings');
  doc.setProducer('corridor-briefings (Chromium, pdf-lib)');
  return { bytes: await doc.save({ useObjectStreams: false }), pages: doc.getPageCount() };
}
