/**
 * HTML -> PDF with the system Chromium: a pool of pages, JavaScript off, every network request
 * refused, a timeout on each print. Built to finish long batches whatever the browser does:
 *
 * - a browser that crashes or is killed is relaunched, and the jobs it was printing are retried;
 * - a page that hangs past the timeout is closed (never reused) and its job retried on a new one;
 *   a browser that no longer answers at all is replaced at once, so a job waits one timeout;
 * - a browser that sends anything but protocol messages on its pipe is killed and replaced
 *   (Puppeteer would fail the whole process on it);
 * - the browser is replaced after `recycleAfter` documents, so memory stays bounded;
 * - the browser talks over a pipe, so it exits with this process however this process ends.
 *
 * The printer is an injected resource with an explicit close, so callers (and tests) control its life.
 */
import os from 'node:os';
import puppeteer, { TimeoutError, type Browser, type Page } from 'puppeteer';
import { PrintError } from './errors.js';
import { escapeHtml } from '../text/escape.js';
import { readerDate } from '../render/readerDate.js';
import { findBrowser } from './findBrowser.js';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-extensions',
  // No crash reporter: its helper processes would outlive a browser that is killed.
  '--disable-crash-reporter',
  '--disable-breakpad',
];

export interface PrintJob {
  id: string;
  html: string;
  title: string;
  /** ISO date printed in the running header beside the title, as readers read dates ("24 May 2024"). */
  asOf: string | null;
  paper: 'a4' | 'letter';
  /** For a document far larger than a briefing (the digest): its own time limit. */
  timeoutMs?: number;
  /** Keep the running header and footer clear of the trim edge. */
  cropSafe?: boolean;
  /**
   * The document draws its own running header and footer with CSS page margin boxes (the
   * digest, whose header names the briefing each page belongs to); the printer adds none.
   */
  ownHeaderAndFooter?: boolean;
}

export interface PrinterStats {
  launches: number;
  printed: number;
  /** Jobs tried again after a crash or a hang. */
  retried: number;
  timedOut: number;
  /** Browsers replaced after `recycleAfter` documents. */
  recycled: number;
  /** The current browser's process id, if one is running. */
  browserPid: number | null;
}

export interface Printer {
  print(job: PrintJob): Promise<Uint8Array>;
  /** Requests the pages tried to make (all refused): what a test counts. */
  readonly blockedRequests: string[];
  readonly stats: PrinterStats;
  close(): Promise<void>;
}

export interface PrinterOptions {
  executablePath?: string;
  /** Pages printing at once (default: the cores, at most 4). */
  pages?: number;
  /** Per print, in ms (default 60 s). */
  timeoutMs?: number;
  /** Documents per browser before it is replaced (default 50), so memory stays bounded over long batches. */
  recycleAfter?: number;
  /** Further tries of a job after a crash or a hang (default 2). */
  retries?: number;
  /** Called with each browser launched (tests reach the browser through it). */
  onLaunch?: (browser: Browser) => void;
}

/** One browser and its idle pages; retired sessions close once their last print is done. */
interface Session {
  browser: Browser;
  idle: Page[];
  busy: number;
  printed: number;
  /** Hangs since the last good print: two in a row and the browser itself is suspect. */
  hangs: number;
  retired: boolean;
}

export async function launchPrinter(options: PrinterOptions = {}): Promise<Printer> {
  const executablePath = options.executablePath ?? findBrowser();
  const size = Math.max(1, options.pages ?? Math.min(os.availableParallelism(), 4));
  const timeout = options.timeoutMs ?? 60_000;
  const recycleAfter = Math.max(1, options.recycleAfter ?? 50);
  const retries = options.retries ?? 2;
  const blockedRequests: string[] = [];
  const stats: PrinterStats = { launches: 0, printed: 0, retried: 0, timedOut: 0, recycled: 0, browserPid: null };
  const sessions = new Set<Session>();
  let current: Promise<Session> | null = null;
  let closed = false;

  const launch = async (): Promise<Session> => {
    stats.launches++;
    const browser = await puppeteer.launch({
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      // Over a pipe the browser exits when this process does, even on kill -9.
      pipe: true,
      // The command line owns signals, so it can stop a build cleanly.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    if (closed) {
      // Closed while this browser was starting: it must not outlive the printer.
      await closeBrowser(browser);
      throw new Error('the printer is closed');
    }
    const session: Session = { browser, idle: [], busy: 0, printed: 0, hangs: 0, retired: false };
    browser.on('disconnected', () => retire(session));
    guardPipe(browser, () => {
      killGroup(browser);
      retire(session);
    });
    options.onLaunch?.(browser);
    sessions.add(session);
    stats.browserPid = browser.process()?.pid ?? null;
    return session;
  };
  const live = async (): Promise<Session> => {
    if (closed) throw new Error('the printer is closed');
    current ??= launch();
    const pending = current;
    const session = await pending.catch((error: unknown) => {
      if (current === pending) current = null; // let the next job try launching again
      throw error;
    });
    if (!session.retired && session.browser.connected) return session;
    if (current === pending) current = null;
    return live();
  };
  const retire = (session: Session) => {
    if (!session.retired) {
      session.retired = true;
      // A browser that died leaves its helpers running; they share its process group.
      if (!session.browser.connected) killGroup(session.browser);
      if (current) {
        void current.then(
          (s) => {
            if (s === session) current = null;
          },
          () => undefined,
        );
      }
    }
    if (session.busy === 0) void shut(session);
  };
  const shut = async (session: Session) => {
    if (!sessions.delete(session)) return;
    await closeBrowser(session.browser);
  };

  const slots = semaphore(size);
  return {
    blockedRequests,
    stats,
    async print(job) {
      await slots.acquire();
      try {
        for (let attempt = 0; ; attempt++) {
          const session = await live();
          session.busy++;
          let page: Page | undefined;
          const limit = job.timeoutMs ?? timeout;
          try {
            // Puppeteer's own timeouts do not cover every call (a frozen renderer never answers
            // setContent), so the whole print runs against one clock.
            page = session.idle.pop() ?? (await withTimeout(preparePage(session.browser, blockedRequests), timeout));
            const pdf = await withTimeout(printPage(page, job, limit), limit);
            session.idle.push(page);
            session.printed++;
            session.hangs = 0;
            stats.printed++;
            if (session.printed >= recycleAfter && !session.retired) {
              stats.recycled++;
              retire(session);
            }
            return pdf;
          } catch (error) {
            const crashed = session.retired || !session.browser.connected;
            const hung = error instanceof TimeoutError;
            if (hung) {
              stats.timedOut++;
              // Two hangs in a row, or a browser that no longer answers at all: the browser is at fault.
              if (++session.hangs >= 2) retire(session);
              else if (!crashed && !(await answers(session.browser))) {
                killGroup(session.browser);
                retire(session);
              }
            }
            // A page that failed is never reused: it may be hung or half-loaded.
            if (page && !crashed) void page.close({ runBeforeUnload: false }).catch(() => undefined);
            if (crashed) retire(session);
            if (attempt >= retries || (!crashed && !hung)) {
              const why = crashed
                ? 'the browser crashed or was closed'
                : hung
                  ? `the page did not finish within ${limit / 1000} s`
                  : (error as Error).message;
              throw new PrintError(
                job.id,
                `printing failed: ${why}${attempt > 0 ? ` (after ${attempt + 1} tries)` : ''}`,
              );
            }
            stats.retried++;
          } finally {
            session.busy--;
            if (session.retired && session.busy === 0) void shut(session);
          }
        }
      } finally {
        slots.release();
      }
    },
    async close() {
      closed = true;
      const starting = current;
      current = null;
      await starting?.catch(() => undefined); // a launch in progress closes itself on seeing `closed`
      await Promise.all([...sessions].map(shut));
      stats.browserPid = null;
    },
  };
}

async function printPage(page: Page, job: PrintJob, timeout: number): Promise<Uint8Array> {
  await page.setContent(job.html, { waitUntil: 'load', timeout });
  return page.pdf({
    format: job.paper === 'letter' ? 'Letter' : 'A4',
    printBackground: true,
    displayHeaderFooter: !job.ownHeaderAndFooter,
    headerTemplate: headerHtml(job),
    footerTemplate: footerHtml(job),
    preferCSSPageSize: true,
    outline: true,
    tagged: true,
    timeout,
  });
}

async function preparePage(browser: Browser, blocked: string[]): Promise<Page> {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.setRequestInterception(true);
  // The document arrives through setContent; anything it asks for (http, file, data) is refused.
  page.on('request', (request) => {
    blocked.push(request.url());
    void request.abort('blockedbyclient').catch(() => undefined);
  });
  return page;
}

/** Whether the browser itself answers within 2 s (a page may hang in a browser that is well). */
async function answers(browser: Browser): Promise<boolean> {
  return Promise.race([
    browser.version().then(
      () => true,
      () => false,
    ),
    new Promise<false>((resolve) => setTimeout(resolve, 2000, false).unref()),
  ]);
}

/**
 * Puppeteer reads the browser's pipe without a guard: a message that is not a JSON object makes
 * a promise reject that nothing handles, which ends this process (a build, a watch). Messages
 * pass this check first, and reach Puppeteer only if every one is an object; a browser that
 * sends anything else gets `onJunk` (it is killed, its jobs retried on a new one).
 */
function guardPipe(browser: Browser, onJunk: () => void): void {
  const pipe = browser.process()?.stdio[4];
  if (!pipe) return;
  const readers = pipe.listeners('data') as ((chunk: Buffer) => void)[];
  pipe.removeAllListeners('data');
  let pending: Buffer[] = [];
  let broken = false;
  pipe.on('data', (chunk: Buffer) => {
    if (broken) return;
    pending.push(chunk);
    if (chunk.indexOf(0) === -1) return;
    const all = Buffer.concat(pending);
    let start = 0;
    for (let end = all.indexOf(0); end !== -1; end = all.indexOf(0, start)) {
      if (!isMessage(all.toString('utf8', start, end))) {
        broken = true;
        pending = [];
        onJunk();
        return;
      }
      start = end + 1;
    }
    pending = start < all.length ? [all.subarray(start)] : [];
    for (const read of readers) read(all.subarray(0, start));
  });
}

function isMessage(text: string): boolean {
  try {
    const message: unknown = JSON.parse(text);
    return typeof message === 'object' && message !== null && !Array.isArray(message);
  } catch {
    return false;
  }
}

/** A browser that does not close within 5 s (hung, or already dying) is killed. */
async function closeBrowser(browser: Browser): Promise<void> {
  const closed = browser.close().then(
    () => true,
    () => false,
  );
  const inTime = await Promise.race([
    closed,
    new Promise<false>((resolve) => setTimeout(resolve, 5000, false).unref()),
  ]);
  if (!inTime) browser.process()?.kill('SIGKILL');
}

function killGroup(browser: Browser): void {
  const pid = browser.process()?.pid;
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expiry = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`no answer within ${ms} ms`)), ms + 1000);
  });
  return Promise.race([work, expiry]).finally(() => clearTimeout(timer));
}

function semaphore(size: number) {
  let free = size;
  const waiting: (() => void)[] = [];
  return {
    acquire: () =>
      new Promise<void>((resolve) => {
        if (free > 0) {
          free--;
          resolve();
        } else waiting.push(resolve);
      }),
    release: () => (waiting.length > 0 ? waiting.shift()!() : free++),
  };
}

/** The running header and footer are drawn outside the page's stylesheet: the same TrueType
 *  faces as print.css's sans, named here (a CJK CFF face would embed as Type 3). */
const HEADER_FONT = `7.5pt 'Noto Sans', 'WenQuanYi Zen Hei', sans-serif`;

function headerHtml(job: PrintJob): string {
  const inset = job.cropSafe ? 'padding: 12mm 25mm 0' : 'padding: 0 18mm';
  return `<div style="font: ${HEADER_FONT}; color: #555; width: 100%; ${inset}; display: flex; justify-content: space-between;">
  <span>${escapeHtml(job.title)}</span><span>${job.asOf ? `As of ${escapeHtml(readerDate(job.asOf))}` : ''}</span></div>`;
}

function footerHtml(job: PrintJob): string {
  return `<div style="font: ${HEADER_FONT}; color: #555; width: 100%; text-align: center;${job.cropSafe ? ' padding-bottom: 12mm;' : ''}">
  page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`;
}
