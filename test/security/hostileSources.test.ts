/**
 * Sources are scraped from the web and printed in a real browser: markup, template syntax and
 * front matter in them must print as text or be dropped, run nothing and load nothing.
 * A canary server on 127.0.0.1 counts every request; a local file's contents must never print.
 */
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildReport } from '../../pipeline/edition/build.js';
import { launchPrinter, type Printer } from '../../pipeline/print/printer.js';
import { ROOT, SOURCES } from '../helpers.js';
import { readPdf } from '../pdfText.js';

let dir: string;
let canary: http.Server;
let canaryUrl: string;
const requests: string[] = [];
let printer: Printer;
let report: BuildReport;
const SECRET = 'SECRET-9f3c1d-DO-NOT-PRINT';

function hostileArticle(base: string, secretFile: string): string {
  return `---
title: "Songjiang <script>fetch('${base}/title')</script> {{constructor.constructor 'return process'}}"
publisher: "<img src=${base}/publisher onerror=alert(1)>"
url: "javascript:fetch('${base}/url')"
published: 2024-06-01
paper: letter
headerTemplate: "<img src='${base}/header'>"
executablePath: /bin/false
args: ["--remote-debugging-port=9333"]
---
# Songjiang <iframe src="file://${secretFile}"></iframe> report

<meta http-equiv="refresh" content="0;url=${base}/refresh">
<link rel="stylesheet" href="${base}/link">
<style>@import url(${base}/import); body { background: url(${base}/background) }</style>

In 2024, Songjiang had more than 910 companies <script>new Image().src='${base}/script'</script> in its AI cluster.

In 2024, the R&D investment intensity of Songjiang reached 6.95% <img src="${base}/img" onerror="fetch('HTTP://127.0.0.1/onerror')">, said the report {{constructor.constructor}}.

In 2024, Songjiang opened 12 new laboratories <object data="FiLe://${secretFile}"></object> <embed src="${base}/embed"> [read more](javascript:alert(1)) ![chart](${base}/md-image) <a href="FILE://${secretFile}">file</a>.

In 2024, Songjiang signed a cooperation agreement with Suzhou {{#with "__proto__"}}{{this}}{{/with}} on integrated circuits <svg><image href="${base}/svg-image"/></svg>.
`;
}

beforeAll(async () => {
  canary = http.createServer((request, response) => {
    requests.push(request.url ?? '');
    response.end('canary');
  });
  await new Promise<void>((resolve) => canary.listen(0, '127.0.0.1', resolve));
  canaryUrl = `http://127.0.0.1:${(canary.address() as AddressInfo).port}`;

  dir = await mkdtemp(path.join(tmpdir(), 'briefings-hostile-'));
  const secretFile = path.join(dir, 'secret.txt');
  await writeFile(secretFile, SECRET);
  await cp(SOURCES, path.join(dir, 'sources'), { recursive: true });
  await writeFile(path.join(dir, 'sources', 'hostile.md'), hostileArticle(canaryUrl, secretFile));
  printer = await launchPrinter();
  report = await build({
    sourcesDir: path.join(dir, 'sources'),
    outDir: path.join(dir, 'out'),
    templatesDir: path.join(ROOT, 'templates'),
    formats: ['pdf', 'html'],
    paper: 'a4',
    minFacts: 4,
    author: 'Test',
    printer,
  });
});

afterAll(async () => {
  await printer?.close();
  await new Promise((resolve) => canary.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

describe('a hostile source', () => {
  it('is read for its facts like any other article', () => {
    expect(report.sourceErrors).toEqual([]);
    expect(report.failed).toEqual([]);
    const songjiang = report.briefings.find((b) => b.id === 'songjiang')!;
    expect(songjiang.sources).toContain('hostile');
  });

  it('makes no request: not to the canary, not anywhere', async () => {
    // Give any late request (a refresh, a lazy image) time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(requests).toEqual([]);
    expect(printer.blockedRequests).toEqual([]);
  });

  it('prints its markup and template syntax as text, and never a local file', async () => {
    const { pages } = await readPdf(path.join(dir, 'out', 'places', 'songjiang.pdf'));
    const text = pages.join(' ');
    expect(text).toContain('6.95%');
    expect(text).toContain('{{constructor.constructor}}');
    expect(text).toContain("<script>new Image().src='");
    expect(text).toContain('alert(1)');
    expect(text).not.toContain(SECRET);
    for (const folder of ['corridors', 'places']) {
      for (const name of await readdir(path.join(dir, 'out', folder))) {
        expect((await readFile(path.join(dir, 'out', folder, name))).toString('latin1'), name).not.toContain(SECRET);
      }
    }
  });

  it('gets no live markup into the HTML and no actions or links into the PDF', async () => {
    const html = await readFile(path.join(dir, 'out', 'places', 'songjiang.html'), 'utf8');
    for (const live of [
      '<script',
      '<iframe',
      '<object',
      '<embed',
      '<img',
      '<meta http-equiv="refresh"',
      '<link',
      '@import',
      'href="javascript:',
      'onerror=',
    ]) {
      expect(html.toLowerCase(), live).not.toContain(live.toLowerCase());
    }
    const pdf = (await readFile(path.join(dir, 'out', 'places', 'songjiang.pdf'))).toString('latin1');
    for (const action of ['/JavaScript', '/JS ', '/Launch', '/URI (javascript', '/URI (file', '/URI (http'])
      expect(pdf, action).not.toContain(action);
  });

  it('cannot change print or browser settings through front matter', async () => {
    const doc = await PDFDocument.load(await readFile(path.join(dir, 'out', 'places', 'songjiang.pdf')));
    const { width, height } = doc.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]); // A4, not Letter
    const { pages } = await readPdf(path.join(dir, 'out', 'places', 'songjiang.pdf'));
    expect(pages[0]).toContain('Songjiang'); // the running header is ours
  });
});

describe('output paths', () => {
  it('come only from sanitized ids: reference rows with ../ or absolute paths are refused by line, and nothing is written outside out/', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'briefings-paths-'));
    const sources = path.join(root, 'nested', 'sources');
    await cp(path.join(SOURCES, 'reference'), path.join(sources, 'reference'), { recursive: true });
    await writeFile(
      path.join(sources, 'reference', 'corridors-evil.md'),
      `| id | name | aliases | members |
| --- | --- | --- | --- |
| ../../../escape | Escape Corridor | | Songjiang |
| /tmp/absolute | Absolute Corridor | | Songjiang |
`,
    );
    await writeFile(
      path.join(sources, 'article.md'),
      `# Corridors report

In 2024, the ../../../escape Corridor had more than 300 companies and the /tmp/absolute Corridor had more than 200 companies.
`,
    );
    const out = path.join(root, 'nested', 'out');
    const result = await build({
      sourcesDir: sources,
      outDir: out,
      templatesDir: path.join(ROOT, 'templates'),
      formats: ['html'],
      paper: 'a4',
      minFacts: 4,
      author: 'Test',
    });
    expect(result.sourceErrors.map((e) => [e.file, e.line])).toEqual([
      ['reference/corridors-evil.md', 3],
      ['reference/corridors-evil.md', 4],
    ]);
    const files = (await readdir(root, { recursive: true }))
      .map(String)
      .filter((f) => !f.startsWith(path.join('nested', 'sources')));
    for (const file of files) if (file !== 'nested') expect(file.startsWith(`nested${path.sep}out`), file).toBe(true);
    for (const entry of result.briefings)
      for (const f of Object.values(entry.files)) expect(f.path).toMatch(/^(corridors|places)\/[a-z0-9-]+\.html$/);
    await rm(root, { recursive: true, force: true });
  });
});
