/** The build summary a user reads in the terminal: which facts changed, and columns that hold long ids. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exitCode, formatReport } from '../../pipeline/cli/buildCommand.js';
import type { BuildOptions, BuildReport } from '../../pipeline/edition/buildOptions.js';
import type { Fact } from '../../pipeline/facts/factModel.js';
import { SourceError } from '../../pipeline/ingest/errors.js';

const fact = (value: number, figure: string): Fact => ({
  id: `f${value}`,
  kind: 'metric',
  subject: 'songjiang',
  metric: 'gdp',
  label: 'GDP',
  value,
  unit: 'CNY',
  figure,
  date: '2021',
  text: figure,
  source: 'songjiang-fiscal',
  quote: `GDP reached ${figure}.`,
  line: 12,
});

function report(over: Partial<BuildReport>): BuildReport {
  return {
    briefings: [],
    reprinted: [],
    unchanged: [],
    removed: [],
    skipped: [],
    failed: [],
    sourceErrors: [],
    changes: {
      firstEdition: false,
      sources: { new: [], changed: ['songjiang.md'], removed: [] },
      facts: { new: [], changed: [], removed: [] },
      briefings: { reprinted: [], unchanged: [], removed: [], failed: [] },
    },
    cache: { hits: 0, misses: 1 },
    browserLaunched: false,
    timings: {},
    ...over,
  } as BuildReport;
}
const options = { outDir: 'out' } as BuildOptions;

describe('the build summary', () => {
  it('names a changed fact, with its old figure and where it is cited, when only a few changed', () => {
    const changes = report({}).changes;
    changes.facts.changed = [{ before: fact(150e9, '150 billion yuan'), after: fact(160e9, '160 billion yuan') }];
    const text = formatReport(report({ changes }), options, 0, false);
    expect(text).toMatch(/facts: 0 new, 1 changed, 0 removed/);
    expect(text).toMatch(
      /^ {2}changed {2}songjiang: GDP 160 billion yuan \(songjiang-fiscal:12\) \(was 150 billion yuan\)$/m,
    );
  });

  it('warns of each source read in part, after the errors, and does not fail the build for it', () => {
    const readInPart = [new SourceError('dump.md', null, 'read in part: it gives 11,800 facts')];
    const errors = [new SourceError('bad.md', null, 'file is empty')];
    const built = report({ readInPart, sourceErrors: errors });
    const lines = formatReport(built, options, 0, false).split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'error: bad.md: file is empty',
      'warning: dump.md: read in part: it gives 11,800 facts',
    ]);
    expect(exitCode(report({ readInPart }))).toBe(0);
  });

  it('keeps the page counts in one column when an id is long', () => {
    const long = 'the-extremely-long-named-national-high-tech-industrial-development-zone';
    const entry = (id: string) => ({ id, kind: 'place', pages: 3, files: { pdf: { path: `places/${id}.pdf` } } });
    const text = formatReport(
      report({
        reprinted: ['songjiang', long],
        briefings: [entry('songjiang'), entry(long)] as BuildReport['briefings'],
      }),
      options,
      0,
      false,
    );
    const columns = text
      .split('\n')
      .filter((l) => / pages {2}/.test(l))
      .map((l) => l.indexOf(' pages'));
    expect(columns).toHaveLength(2);
    expect(new Set(columns).size).toBe(1);
    expect(text).toContain(`places/${long}.pdf`);
  });

  it('says "1 page", and names an output folder outside the working one by its full path', () => {
    const entry = (id: string, pages: number) => ({
      id,
      kind: 'place',
      pages,
      files: { pdf: { path: `places/${id}.pdf` } },
    });
    const built = report({
      reprinted: ['lingang', 'songjiang'],
      briefings: [entry('lingang', 1), entry('songjiang', 3)] as BuildReport['briefings'],
    });
    const text = formatReport(built, { outDir: path.resolve('..', 'elsewhere') } as BuildOptions, 0, false);
    const rows = text.split('\n').filter((l) => /places\//.test(l));
    expect(rows[0]).toMatch(/ 1 page {3}places\/lingang\.pdf$/);
    expect(rows[1]).toMatch(/ 3 pages {2}places\/songjiang\.pdf$/);
    expect(text).toContain(`into ${path.resolve('..', 'elsewhere')}/ in`);
    expect(text).not.toMatch(/\.\.\//);
  });

  it('says no browser started only when none was', () => {
    const digest = {
      rebuilt: true,
      record: { pages: 12, starts: [1, 5], file: { path: 'digest.pdf' } },
    } as unknown as BuildReport['digest'];
    const quiet = formatReport(report({ unchanged: ['songjiang'] }), options, 0, false);
    const printed = formatReport(
      report({ unchanged: ['songjiang'], browserLaunched: true, digest }),
      options,
      0,
      false,
    );
    expect(quiet).toMatch(/no browser started/);
    expect(printed).not.toMatch(/no browser started/);
    expect(printed).toMatch(/digest: 12 pages/);
  });

  it('lists skipped places and stage timings only with --verbose', () => {
    const skipped = [{ id: 'wuhu', name: 'Wuhu', reason: '3 facts, fewer than the 4 a briefing needs' }];
    const calm = formatReport(report({ skipped, timings: { print: 5 } }), options, 0, false);
    const verbose = formatReport(report({ skipped, timings: { print: 5 } }), options, 0, true);
    expect(calm).toMatch(/^1 place with too few facts for a briefing \(--verbose lists them\)$/m);
    expect(calm).not.toMatch(/Wuhu|stages/);
    expect(verbose).toMatch(/^ {2}Wuhu: 3 facts/m);
    expect(verbose).toMatch(/^stages \(ms\): print 5$/m);
  });
});
