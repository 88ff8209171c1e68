/** Structure element ids pinned: two prints that differ only in how Chromium numbered them give one set of bytes. */
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { finishPdf } from '../../pipeline/print/pdfMetadata.js';

const INFO = {
  title: 'Probe',
  subject: 'A probe',
  keywords: [],
  author: 'Test',
  date: new Date(Date.UTC(2024, 4, 24)),
  fileId: '0123456789abcdef0123456789abcdef',
};

/** A tagged PDF with two table headers carrying these ids, in reading order, and the id tree Chromium writes. */
async function tagged(first: string, second: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage();
  const { context } = doc;
  const header = (id: string) => context.register(context.obj({ Type: 'StructElem', S: 'TH', ID: PDFString.of(id) }));
  const a = header(first);
  const b = header(second);
  const pairs = [
    [first, a],
    [second, b],
  ].sort(([x], [y]) => String(x).localeCompare(String(y)));
  const leaf = context.register(
    context.obj({
      Limits: [PDFString.of(String(pairs[0]![0])), PDFString.of(String(pairs[1]![0]))],
      Names: pairs.flatMap(([id, ref]) => [PDFString.of(String(id)), ref!]),
    }),
  );
  const root = context.obj({ Type: 'StructTreeRoot', K: [a, b], IDTree: context.obj({ Kids: [leaf] }) });
  doc.catalog.set(PDFName.of('StructTreeRoot'), context.register(root));
  return doc.save({ useObjectStreams: false });
}

describe('structure element ids', () => {
  it('are numbered in reading order, whatever numbers Chromium gave them, with the id tree sorted again', async () => {
    const swapped = await finishPdf(await tagged('node00000462', 'node00000461'), INFO);
    const inOrder = await finishPdf(await tagged('node00000007', 'node00000009'), INFO);
    expect(Buffer.from(swapped.bytes).equals(Buffer.from(inOrder.bytes))).toBe(true);
    const text = Buffer.from(swapped.bytes).toString('latin1');
    expect(text).toMatch(/\/Names \[ \(node00000001\) (\d+) 0 R \(node00000002\) (\d+) 0 R \]/);
    expect(text).toContain('/Limits [ (node00000001) (node00000002) ]');
    const [, first, second] = /\/Names \[ \(node00000001\) (\d+) 0 R \(node00000002\) (\d+) 0 R \]/.exec(text)!;
    expect(Number(first)).toBeLessThan(Number(second)); // the first header in reading order is node 1
  });
});
