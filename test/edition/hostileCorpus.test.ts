/**
 * Issue 14, "done when": the seed corpus plus one of each hostile source of points 2 and 3 (nested
 * lists, long sentences of figures and names, a capitalised chain, a wide table, 1-2 MB lines, a
 * source of 6,000 figure sentences) builds the nine seed briefings and the digest, names each bad
 * file once, and reports the sources read in part. Before, it ran for minutes and lost three
 * briefings and the digest.
 */
import { cp, mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLOW_CASES } from '../../bench/hostileSources.js';
import { build, type BuildReport } from '../../pipeline/edition/build.js';
import { launchPrinter, type Printer } from '../../pipeline/print/printer.js';
import { SOURCES, seedBuildOptions } from '../helpers.js';

let dir: string;
let printer: Printer;
let report: BuildReport;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'briefings-hostile-corpus-'));
  await cp(SOURCES, path.join(dir, 'sources'), { recursive: true });
  await mkdir(path.join(dir, 'sources', 'hostile'));
  for (const [name, make] of Object.entries(SLOW_CASES))
    await writeFile(path.join(dir, 'sources', 'hostile', `${name}.md`), make().text);
  printer = await launchPrinter();
  report = await build(
    seedBuildOptions(path.join(dir, 'out'), printer, { sourcesDir: path.join(dir, 'sources'), formats: ['pdf'] }),
  );
});

afterAll(async () => {
  await printer?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the seed corpus with every hostile source', () => {
  it('builds the nine seed briefings and the digest', () => {
    expect(report.failed).toEqual([]);
    expect(report.briefings).toHaveLength(9);
    expect(report.digest?.record).toBeTruthy();
    const songjiang = report.briefings.find((b) => b.id === 'songjiang')!;
    expect(songjiang.pages).toBeLessThan(40);
  });

  it('names each bad file once', () => {
    expect(report.sourceErrors.map((e) => e.message)).toEqual([
      'hostile/line-2mb-letters.md: source is 2,097,153 bytes, over the 2,097,152 bytes a source may have to be read (--max-source-size): skipped',
      expect.stringMatching(/^hostile\/list-10000\.md: no article text/),
      expect.stringMatching(/^hostile\/list-2000\.md: no article text/),
    ]);
  });

  it('reports the sources read in part', () => {
    const notes = new Map((report.readInPart ?? []).map((e) => [e.file, e.reason]));
    expect(notes.get('hostile/figures-785k.md')).toMatch(
      /it gives 11,800 facts, more than the 250 one source may give/,
    );
    expect(notes.get('hostile/line-1mb-names.md')).toMatch(/1 sentence over 2,000 characters not read/);
    expect(notes.has('000_1ddc0bd7aa638f52.txt')).toBe(false);
  });
});
