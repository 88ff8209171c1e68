/**
 * Print throughput on the same HTML files, three ways, in one process run:
 *   ours  - the pipeline's print stage (pool of pages, retries, pinned PDF metadata);
 *   floor - the same Chromium launched once, printToPDF on each file in turn, nothing else;
 *   peer  - md-to-pdf's command line with the same Chromium.
 * The floor and ours use the same PDF options (header, footer, outline, tags), so the ratio is
 * the cost of the pipeline around the browser, not of PDF features.
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import puppeteer from 'puppeteer';
import { finishPdf } from '../pipeline/print/pdfMetadata.js';
import { findBrowser } from '../pipeline/print/findBrowser.js';
import { CHROMIUM_ARGS, launchPrinter } from '../pipeline/print/printer.js';

export interface PrintRun {
  ms: number;
  pdfs: number;
  pages: number;
  /** How the run went, when not as asked (the peer timing out on a large batch). */
  note?: string;
}

export async function htmlFilesIn(outDir: string): Promise<string[]> {
  const files: string[] = [];
  for (const folder of ['corridors', 'places']) {
    for (const name of (await readdir(path.join(outDir, folder)).catch(() => [] as string[])).sort())
      if (name.endsWith('.html')) files.push(path.join(outDir, folder, name));
  }
  return files;
}

const job = (file: string, html: string) => ({
  id: path.basename(file),
  html,
  title: path.basename(file, '.html'),
  asOf: null,
  paper: 'a4' as const,
});

export async function printOurs(files: string[]): Promise<PrintRun> {
  const docs = await Promise.all(files.map(async (f) => ({ file: f, html: await readFile(f, 'utf8') })));
  const start = performance.now();
  const printer = await launchPrinter();
  let pages = 0;
  try {
    await Promise.all(
      docs.map(async ({ file, html }) => {
        const raw = await printer.print(job(file, html));
        const done = await finishPdf(raw, {
          title: file,
          subject: file,
          keywords: [],
          author: 'Benchmark',
          date: new Date(0),
          fileId: '0'.repeat(32),
        });
        pages += done.pages;
      }),
    );
  } finally {
    await printer.close();
  }
  return { ms: Math.round(performance.now() - start), pdfs: docs.length, pages };
}

export async function printFloor(files: string[]): Promise<PrintRun> {
  const docs = await Promise.all(files.map((f) => readFile(f, 'utf8')));
  const start = performance.now();
  const browser = await puppeteer.launch({
    executablePath: findBrowser(),
    headless: true,
    args: CHROMIUM_ARGS,
    pipe: true,
  });
  let pages = 0;
  try {
    const page = await browser.newPage();
    for (const html of docs) {
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: '<div style="font-size:7pt"><span class="pageNumber"></span></div>',
        preferCSSPageSize: true,
        outline: true,
        tagged: true,
      });
      pages += (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
    }
  } finally {
    await browser.close();
  }
  return { ms: Math.round(performance.now() - start), pdfs: docs.length, pages };
}

/** md-to-pdf as its users run it: the command line over a folder of files, one shared browser. */
export async function printPeer(files: string[], workDir: string): Promise<PrintRun> {
  await rm(workDir, { recursive: true, force: true });
  await mkdir(workDir, { recursive: true });
  const inputs: string[] = [];
  for (const file of files) {
    // Markdown passes HTML through, so the peer converts the very same documents.
    const input = path.join(workDir, `${path.basename(file, '.html')}.md`);
    await writeFile(input, await readFile(file, 'utf8'));
    inputs.push(input);
  }
  const cli = path.resolve(import.meta.dirname, '../node_modules/md-to-pdf/dist/cli.js');
  const launch = JSON.stringify({ executablePath: findBrowser(), args: CHROMIUM_ARGS, headless: true });
  const pdfOptions = JSON.stringify({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  const run = (batch: string[]) =>
    new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, [cli, '--launch-options', launch, '--pdf-options', pdfOptions, ...batch], {
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...process.env, CI: 'true' },
      });
      let err = '';
      child.stderr.on('data', (c: Buffer) => (err += c.toString()));
      child.on('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`md-to-pdf exited with ${code}: ${err.slice(0, 300)}`)),
      );
    });
  let start = performance.now();
  let note: string | undefined;
  try {
    await run(inputs); // all files in one command, as its users run it
  } catch (error) {
    // md-to-pdf opens every file at once; on a large batch its pages time out. Then batches of 10.
    note = `all ${inputs.length} at once failed (${(error as Error).message.split('\n')[0]!.slice(0, 80)}); timed in batches of 10`;
    start = performance.now();
    for (let i = 0; i < inputs.length; i += 10) await run(inputs.slice(i, i + 10));
  }
  const ms = Math.round(performance.now() - start);
  let pages = 0;
  for (const input of inputs)
    pages += (
      await PDFDocument.load(await readFile(input.replace(/\.md$/, '.pdf')), { updateMetadata: false })
    ).getPageCount();
  return { ms, pdfs: inputs.length, pages, ...(note ? { note } : {}) };
}
