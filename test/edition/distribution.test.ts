/**
 * The edition made ready to hand out, read back as a reader and a recipient would: one-page
 * summaries, the digest (contents, bookmarks, page numbers), print-ready options, and a
 * published copy that `verify` checks byte for byte.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildOptions, type BuildReport } from '../../pipeline/edition/build.js';
import { publishEdition, verifyEdition } from '../../pipeline/edition/publish.js';
import { launchPrinter, type Printer } from '../../pipeline/print/printer.js';
import { readerDate } from '../../pipeline/render/readerDate.js';
import { seedBuildOptions } from '../helpers.js';
import { readPdf } from '../pdfText.js';

let dir: string;
let printer: Printer;
let plain: BuildReport;
let duplex: BuildReport;

const options = (out: string, extra: Partial<BuildOptions> = {}): BuildOptions =>
  seedBuildOptions(path.join(dir, out), printer, { cacheDir: path.join(dir, 'cache'), ...extra });

async function open(file: string): Promise<PDFDocumentProxy> {
  return getDocument({ data: new Uint8Array(await readFile(file)), useSystemFonts: false, isEvalSupported: false })
    .promise;
}

async function pageTexts(doc: PDFDocumentProxy): Promise<string[]> {
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(
      dashes(
        content.items
          .map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : ''))
          .join('')
          .replace(/\s+/g, ' '),
      ),
    );
  }
  return pages;
}

/** The font maps the en dash to a figure dash when text is extracted: compare dashes as one. */
const dashes = (text: string) => text.replace(/[‒–—]/g, '-');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Mark {
  title: string;
  page: number;
  children: Mark[];
}

async function bookmarks(doc: PDFDocumentProxy): Promise<Mark[]> {
  type Item = { title: string; dest: unknown; items: Item[] };
  const walk = async (items: Item[]): Promise<Mark[]> =>
    Promise.all(
      items.map(async (item) => {
        const dest = (typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest) as [
          { num: number; gen: number },
          ...unknown[],
        ];
        return {
          title: dashes(item.title),
          page: (await doc.getPageIndex(dest[0])) + 1,
          children: await walk(item.items),
        };
      }),
    );
  return walk(((await doc.getOutline()) ?? []) as Item[]);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'briefings-distribution-'));
  printer = await launchPrinter();
  plain = await build(options('out'));
  duplex = await build(options('out-duplex', { duplex: true, grayscale: true, cropSafe: true }));
});
afterAll(async () => {
  await printer?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('one-page summaries', () => {
  it('give each briefing a one-page PDF with its summary, headline figures, their citations and sentences', async () => {
    expect(plain.failed).toEqual([]);
    for (const entry of plain.briefings) {
      const summary = await readPdf(path.join(dir, 'out', entry.files.summary!.path));
      expect(summary.pages, entry.id).toHaveLength(1);
    }
    const g60 = (await readPdf(path.join(dir, 'out', 'corridors', 'g60.summary.pdf'))).pages[0]!;
    expect(g60).toContain('Yangtze River Delta G60 Science and Technology Innovation Corridor');
    // Numbered from 1 in the order the page cites them (the lede first), each mark leads to its sentence.
    const mark = /R&D intensity 3\.77% 24 May 2024 \[(\d+)\]/.exec(g60)?.[1];
    expect(g60).toMatch(/\[1\]/);
    expect(g60).toMatch(
      new RegExp(
        `${mark}\\. [^“]*003_04df8af467d1954a\\.txt, line 33: “[^”]*the average R&D investment intensity has reached 3\\.77%`,
      ),
    );
  });
});

describe('the digest', () => {
  it('lists every briefing in its contents at the page where it really starts, with bookmarks for it and its sections', async () => {
    const doc = await open(path.join(dir, 'out', 'digest.pdf'));
    const pages = await pageTexts(doc);
    const marks = await bookmarks(doc);
    expect(marks[0]!.title).toBe('Corridor briefings');
    const briefings = marks.slice(1);
    expect(briefings.map((m) => m.title)).toEqual(
      plain.digest!.record!.starts.map((s) => dashes(plain.briefings.find((b) => b.id === s.id)!.title)),
    );
    expect(briefings).toHaveLength(plain.briefings.length);
    for (const mark of briefings) {
      // The contents give this page number beside the title...
      expect(pages[0], mark.title).toContain(`${mark.title} `);
      const listed = new RegExp(
        `${mark.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (Corridor|Cooperation|City|District|Zone) briefing (\\d+)`,
      ).exec(pages[0]!);
      expect(Number(listed?.[2]), mark.title).toBe(mark.page);
      // ...and the page the bookmark opens is where the briefing begins.
      // (The running header and footer come first in the page's text.)
      const body = pages[mark.page - 1]!.replace(/^.*?page \d+ of \d+ /, '');
      expect(body.replace(/\s/g, ''), mark.title).toMatch(/^(CORRIDOR|COOPERATION|CITY|DISTRICT|ZONE)BRIEFING/);
      expect(pages[mark.page - 1]!).toContain(mark.title);
      expect(mark.children.map((c) => c.title)).toContain('Notes: the sentences behind these facts');
    }
    expect(marks[1]!.children.map((c) => c.title)).toEqual(
      expect.arrayContaining(['Key figures', 'Charts', 'Member places', 'Sources']),
    );
    await doc.destroy();
  });

  it('numbers its pages continuously', async () => {
    const doc = await open(path.join(dir, 'out', 'digest.pdf'));
    const pages = await pageTexts(doc);
    for (const [i, text] of pages.entries()) expect(text).toContain(`page ${i + 1} of ${pages.length}`);
    expect(pages.length).toBe(1 + plain.briefings.reduce((n, b) => n + b.pages!, 0));
    await doc.destroy();
  });

  it("heads each page with the briefing it belongs to and that briefing's as-of date, not the build date", async () => {
    const doc = await open(path.join(dir, 'out', 'digest.pdf'));
    const pages = await pageTexts(doc);
    const marks = (await bookmarks(doc)).slice(1);
    expect(pages[0]).toMatch(/Corridor briefings - digest.*Edition of \d{1,2} [A-Z][a-z]+ \d{4}/);
    for (const [i, mark] of marks.entries()) {
      const entry = plain.briefings.find((b) => dashes(b.title) === mark.title)!;
      const end = (marks[i + 1]?.page ?? pages.length + 1) - 1;
      // The cover says so in words, not as "As of an undated source".
      if (entry.asOf === null) expect(pages[mark.page - 1]).toContain('The sources give no date');
      // A briefing whose sources are all undated (Shanghai–Suzhou's) has no date to head its pages with.
      if (entry.asOf !== null) expect(entry.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (let page = mark.page; page <= end; page++) {
        expect(pages[page - 1], `page ${page}`).toMatch(
          new RegExp(`${escapeRegExp(mark.title)} - (Corridor|Cooperation|City|District|Zone) briefing`),
        );
        if (entry.asOf !== null) expect(pages[page - 1], `page ${page}`).toContain(`As of ${readerDate(entry.asOf)}`);
        else expect(pages[page - 1], `page ${page}`).not.toMatch(/As of \d/);
        expect(pages[page - 1], `page ${page}`).not.toContain('Edition of');
      }
    }
    await doc.destroy();
  });

  it('starts every briefing on a right-hand page when printed duplex, with blank pages marked as such', async () => {
    const doc = await open(path.join(dir, 'out-duplex', 'digest.pdf'));
    const pages = await pageTexts(doc);
    const briefings = (await bookmarks(doc)).slice(1);
    expect(briefings).toHaveLength(duplex.briefings.length);
    for (const mark of briefings) expect(mark.page % 2, mark.title).toBe(1);
    const blanks = pages.filter((p) => p.includes('This page is intentionally blank.'));
    expect(blanks.length).toBeGreaterThan(0);
    expect(pages.length).toBe(1 + duplex.briefings.reduce((n, b) => n + b.pages!, 0) + blanks.length);
    await doc.destroy();
  });

  it('is not printed again when nothing changed', async () => {
    const again = await build(options('out'));
    expect(again.digest).toMatchObject({ rebuilt: false });
    expect(again.browserLaunched).toBe(false);
  });

  it('is said to be out of date on the index once briefings are printed again without it, until it is printed again', async () => {
    const index = () => readFile(path.join(dir, 'out-stale', 'index.html'), 'utf8');
    await build(options('out-stale'));
    expect(await index()).toContain('The whole edition in one PDF: <a href="digest.pdf">digest</a>');
    // Another author reprints every briefing; without --digest the digest is left as it was.
    const changed = await build(options('out-stale', { digest: false, author: 'Other Office' }));
    expect(changed.reprinted.length).toBe(9);
    expect(await index()).toMatch(/Out of date: the <a href="digest.pdf">digest<\/a> .* is of an earlier edition/);
    // A later build that changes nothing does not make it current again.
    await build(options('out-stale', { digest: false, author: 'Other Office' }));
    expect(await index()).toContain('Out of date');
    const again = await build(options('out-stale', { author: 'Other Office' }));
    expect(again.digest).toMatchObject({ rebuilt: true });
    expect(await index()).not.toContain('Out of date');
  });
});

describe('print-ready options', () => {
  it('grayscale: no colour left in the briefing, charts included', async () => {
    const html = await readFile(path.join(dir, 'out-duplex', 'corridors', 'g60.html'), 'utf8');
    const colours = [...html.matchAll(/#([0-9a-f]{6})\b/gi)].map((m) => m[1]!.toLowerCase());
    expect(colours.length).toBeGreaterThan(10);
    for (const c of colours)
      expect(c.slice(0, 2) === c.slice(2, 4) && c.slice(2, 4) === c.slice(4, 6), `#${c}`).toBe(true);
    expect(html).not.toMatch(/rgb\(/);
    const normal = await readFile(path.join(dir, 'out', 'corridors', 'g60.html'), 'utf8');
    expect(normal).toContain('#1f4e79');
  });

  it('crop-safe: no text within 15 mm of any edge, where the normal layout puts its header closer', async () => {
    const nearestEdge = async (file: string) => {
      const doc = await open(file);
      let nearest = Infinity;
      for (let i = 1; i <= doc.numPages; i++) {
        const page = await doc.getPage(i);
        const [, , width, height] = page.view as [number, number, number, number];
        for (const item of (await page.getTextContent()).items) {
          if (!('str' in item) || !item.str.trim()) continue;
          const [x, y] = [item.transform[4] as number, item.transform[5] as number];
          nearest = Math.min(nearest, x, y, width - (x + item.width), height - (y + item.height));
        }
      }
      await doc.destroy();
      return nearest / (72 / 25.4); // points to mm
    };
    expect(await nearestEdge(path.join(dir, 'out-duplex', 'corridors', 'g60.pdf'))).toBeGreaterThanOrEqual(15);
    expect(await nearestEdge(path.join(dir, 'out', 'corridors', 'g60.pdf'))).toBeLessThan(15);
  });
});

describe('publishing', () => {
  it('copies the edition into a dated folder that verify accepts, and catches a changed byte', async () => {
    const to = path.join(dir, 'published');
    const first = await publishEdition(path.join(dir, 'out'), to, new Date(2026, 2, 1));
    expect(path.basename(first.folder)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const paths = first.files.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'digest.pdf',
        'index.html',
        'changes.json',
        'corridors/g60.pdf',
        'corridors/g60.summary.pdf',
        'corridors/g60.html',
      ]),
    );
    expect(paths).toHaveLength(plain.briefings.length * 3 + 3);
    const manifest = JSON.parse(await readFile(path.join(first.folder, 'manifest.json'), 'utf8'));
    expect(manifest.edition).toBe(first.edition);
    expect(manifest.files.find((f: { path: string }) => f.path === 'digest.pdf').sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await verifyEdition(first.folder)).toEqual({ verified: paths.length, problems: [] });

    // Publishing again never overwrites the edition already handed out.
    const second = await publishEdition(path.join(dir, 'out'), to, new Date(2026, 2, 1));
    expect(second.folder).toBe(`${first.folder}-2`);

    const target = path.join(second.folder, 'places', 'songjiang.pdf');
    const bytes = await readFile(target);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
    await writeFile(target, bytes);
    await writeFile(path.join(second.folder, 'extra.txt'), 'slipped in');
    const result = await verifyEdition(second.folder);
    expect(result.problems).toEqual([
      'extra.txt: not in the manifest',
      'places/songjiang.pdf: contents changed (sha256 differs from the manifest)',
    ]);
    expect(result.verified).toBe(paths.length - 1);
  });

  it('refuses to publish a file changed since it was built', async () => {
    const out = path.join(dir, 'out');
    const file = path.join(out, 'places', 'pudong.summary.pdf');
    const original = await readFile(file);
    await writeFile(file, Buffer.concat([original, Buffer.from('\n')]));
    await expect(publishEdition(out, path.join(dir, 'published-bad'))).rejects.toThrow(
      /places\/pudong\.summary\.pdf has changed since it was built/,
    );
    await writeFile(file, original);
  });
});
