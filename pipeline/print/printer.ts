/**
 * HTML -> PDF with the system Chromium: one browser per build, a pool of pages sized to the
 * cores, JavaScript off, every network request refused, a timeout on each print. The browser
 * is an injected resource with an explicit close, so callers (and tests) control its life.
 */
import os from 'node:os';
import puppeteer, { type Browser, type Page } from 'puppeteer';
import { PrintError } from '../errors.js';
import { findBrowser } from './findBrowser.js';
import { escapeHtml } from '../text.js';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-extensions',
];

export interface PrintJob {
  id: string;
  html: string;
  title: string;
  /** Printed in the running header beside the title. */
  asOf: string | null;
  paper: 'a4' | 'letter';
}

export interface Printer {
  print(job: PrintJob): Promise<Uint8Array>;
  /** Requests the pages tried to make (all refused): what a test counts. */
  readonly blockedRequests: string[];
  close(): Promise<void>;
}

export interface PrinterOptions {
  executablePath?: string;
  pages?: number;
  timeoutMs?: number;
}

export async function launchPrinter(options: PrinterOptions = {}): Promise<Printer> {
  const browser: Browser = await puppeteer.launch({
    executablePath: options.executablePath ?? findBrowser(),
    headless: true,
    args: CHROMIUM_ARGS,
    // The command line owns signals, so it can stop a build cleanly; the browser is still
    // killed whenever this process exits, however it exits.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  const size = Math.max(1, options.pages ?? Math.min(os.availableParallelism(), 4));
  const timeout = options.timeoutMs ?? 60_000;
  const blockedRequests: string[] = [];
  const idle: Page[] = [];
  const waiting: ((page: Page) => void)[] = [];
  for (let i = 0; i < size; i++) idle.push(await preparePage(browser, blockedRequests));

  const acquire = () => new Promise<Page>((resolve) => (idle.length > 0 ? resolve(idle.pop()!) : waiting.push(resolve)));
  const release = (page: Page) => (waiting.length > 0 ? waiting.shift()!(page) : idle.push(page));

  return {
    blockedRequests,
    async print(job) {
      const page = await acquire();
      try {
        await page.setContent(job.html, { waitUntil: 'load', timeout });
        const pdf = await page.pdf({
          format: job.paper === 'letter' ? 'Letter' : 'A4',
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: headerHtml(job),
          footerTemplate: FOOTER,
          preferCSSPageSize: true,
          outline: true,
          tagged: true,
          timeout,
        });
        return pdf;
      } catch (error) {
        throw new PrintError(job.id, `printing failed: ${(error as Error).message}`);
      } finally {
        release(page);
      }
    },
    async close() {
      // A browser that does not close within 5 s (hung, or already dying) is killed.
      const closed = browser.close().then(() => true, () => false);
      const inTime = await Promise.race([closed, new Promise<false>((resolve) => setTimeout(resolve, 5000, false).unref())]);
      if (!inTime) browser.process()?.kill('SIGKILL');
    },
  };
}

async function preparePage(browser: Browser, blocked: string[]): Promise<Page> {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.setRequestInterception(true);
  // The document arrives through setContent; anything it asks for (http, file, data) is refused.
  page.on('request', (request) => {
    blocked.push(request.url());
    void request.abort('blockedbyclient');
  });
  return page;
}


function headerHtml(job: PrintJob): string {
  return `<div style="font: 7.5pt 'Noto Sans CJK SC', sans-serif; color: #52606d; width: 100%; padding: 0 18mm; display: flex; justify-content: space-between;">
  <span>${escapeHtml(job.title)}</span><span>${job.asOf ? `As of ${escapeHtml(job.asOf)}` : ''}</span></div>`;
}

const FOOTER = `<div style="font: 7.5pt 'Noto Sans CJK SC', sans-serif; color: #52606d; width: 100%; text-align: center;">
  page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`;
