/**
 * No page of a briefing is more than 60 % blank but its last: a page is read as a gray image
 * and measured down to its last inked row. The seed corpus and a generated one whose sources
 * disagree on many figures (a long "Figures that do not agree" section) are both printed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.js';
import { build, type BuildReport } from '../../pipeline/edition/build.js';
import { launchPrinter, type Printer } from '../../pipeline/print/printer.js';
import { SOURCES, seedBuildOptions } from '../helpers.js';
import { pageFill, readPdf } from '../pdfText.js';

/** A page may be blank below this share of its body only if it is the last. */
const LEAST_FILL = 0.4;

let dir: string;
let printer: Printer;
const builds: { out: string; report: BuildReport }[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'briefings-fill-'));
  printer = await launchPrinter();
  const seed = path.join(dir, 'seed');
  builds.push({ out: seed, report: await build(seedBuildOptions(seed, printer, { digest: false, formats: ['pdf'] })) });
  // Thirty generated sources: the corridor briefing's sources disagree on a page and more of figures.
  const corpus = await generateCorpus(path.join(dir, 'corpus'), path.join(SOURCES, 'reference'), { sources: 30 });
  const generated = path.join(dir, 'generated');
  builds.push({
    out: generated,
    report: await build(
      seedBuildOptions(generated, printer, {
        sourcesDir: corpus.dir,
        digest: false,
        formats: ['pdf'],
        only: ['bench-1'],
      }),
    ),
  });
}, 180_000);

afterAll(async () => {
  await printer?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('pages', () => {
  it('are never more than 60 % blank, but for the last page of a briefing', () => {
    const hollow: string[] = [];
    let pages = 0;
    for (const { out, report } of builds) {
      expect(report.failed).toEqual([]);
      for (const entry of report.briefings) {
        const fill = pageFill(path.join(out, entry.files.pdf!.path));
        pages += fill.length;
        fill.slice(0, -1).forEach((f, i) => {
          if (f < LEAST_FILL) hollow.push(`${entry.id} page ${i + 1}: ${Math.round(f * 100)} % filled`);
        });
      }
    }
    expect(pages).toBeGreaterThan(20);
    expect(hollow).toEqual([]);
  });

  it('end on more than the closing lines and a note: the last notes are kept together, and compact', async () => {
    const bare: string[] = [];
    for (const { out, report } of builds)
      for (const entry of report.briefings) {
        const { pages } = await readPdf(path.join(out, entry.files.pdf!.path));
        if (pages.length < 2) continue;
        // The last page without its running header and footer, which its text ends with.
        const title = entry.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const body = pages
          .at(-1)!
          .replace(new RegExp(`${title}( As of [\\w ]+)? page \\d+ of \\d+\\s*$`), '')
          .trim();
        const notes = body.match(/(?:^|\s)\d+\. \S+\.(?:txt|md), line \d+:/g) ?? [];
        if (body.startsWith('Made from') || (/^\d+\. /.test(body) && notes.length < 2))
          bare.push(`${entry.id}: ${body.slice(0, 80)}`);
      }
    expect(bare).toEqual([]);
  });
});
