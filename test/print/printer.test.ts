import { describe, expect, it } from 'vitest';
import { findBrowser } from '../../pipeline/print/findBrowser.js';
import { launchPrinter } from '../../pipeline/print/printer.js';
import { readPdf } from '../pdfText.js';
import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

describe('finding the browser', () => {
  it('says how to install one when none is found', () => {
    expect(() => findBrowser({}, ['/nonexistent/chromium'])).toThrow(
      /no Chromium found.*npm run setup.*BRIEFINGS_CHROMIUM/,
    );
    expect(() => findBrowser({ BRIEFINGS_CHROMIUM: '/nonexistent/chrome' })).toThrow(/is not an executable file/);
  });
});

describe('the printer', () => {
  it('refuses every request a page makes and runs no script', async () => {
    const printer = await launchPrinter({ pages: 1 });
    try {
      const html = `<html><body><h1>Probe</h1><img src="http://127.0.0.1:9/x.png"><link rel="stylesheet" href="file:///etc/passwd">
        <script>document.body.innerHTML = 'SCRIPT RAN'</script></body></html>`;
      const pdf = await printer.print({ id: 'probe', html, title: 'Probe', asOf: null, paper: 'letter' });
      const file = path.join(await mkdtemp(path.join(tmpdir(), 'probe-')), 'probe.pdf');
      await writeFile(file, pdf);
      const { pages } = await readPdf(file);
      expect(pages[0]).toContain('Probe');
      expect(pages[0]).not.toContain('SCRIPT RAN');
      // The http request was made and refused; Chromium never even asks for file:// from the page.
      expect(printer.blockedRequests).toEqual(['http://127.0.0.1:9/x.png']);
      expect(pages.join(' ')).not.toMatch(/root:/);
    } finally {
      await printer.close();
    }
  });
});
