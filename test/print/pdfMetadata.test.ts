import { describe, expect, it } from 'vitest';
import { finishPdf } from '../../pipeline/print/pdfMetadata.js';
import { launchPrinter } from '../../pipeline/print/printer.js';

const HTML = `<!doctype html><html><head><title>Probe</title></head><body><h1>Probe</h1><h2>Section</h2><p>Text 松江区.</p><table><tr><th>A</th><td>1</td></tr></table></body></html>`;
const INFO = {
  title: 'Probe',
  subject: 'A probe',
  keywords: ['probe'],
  author: 'Test',
  date: new Date(Date.UTC(2024, 4, 24)),
  fileId: '0123456789abcdef0123456789abcdef',
};

describe('finishPdf', () => {
  it('makes the bytes a function of the document: a second print from the same page is identical', async () => {
    const printer = await launchPrinter({ pages: 1 });
    try {
      const job = { id: 'probe', html: HTML, title: 'Probe', asOf: null, paper: 'a4' as const };
      const first = await printer.print(job);
      const second = await printer.print(job);
      // Chromium numbers structure elements by DOM node, so the raw prints differ.
      expect(Buffer.from(first).equals(Buffer.from(second))).toBe(false);
      const a = await finishPdf(first, INFO);
      const b = await finishPdf(second, INFO);
      expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
      const text = Buffer.from(a.bytes).toString('latin1');
      expect(text).toContain('/CreationDate (D:20240524000000Z)');
      expect(text).toMatch(/\/ID \[\s*<0123456789abcdef0123456789abcdef>\s*<0123456789abcdef0123456789abcdef>\s*\]/i);
    } finally {
      await printer.close();
    }
  });
});
