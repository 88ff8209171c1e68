/**
 * Rebuilding after changes, as an analyst does: nothing changed, one source edited, a template
 * edited, a template broken mid-edit, a source removed. Asserted from the build report, the
 * manifest, changes.json and the PDFs' bytes and text.
 */
import { cp, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildOptions, type BuildReport } from '../../pipeline/edition/build.js';
import { launchPrinter, type Printer } from '../../pipeline/print/printer.js';
import { ROOT, SOURCES } from '../helpers.js';
import { readPdf } from '../pdfText.js';

let dir: string;
let printer: Promise<Printer> | undefined;
let launches = 0;
const EDITION_DAY = new Date(2026, 2, 1, 10, 0); // 1 March 2026, local time

function options(overrides: Partial<BuildOptions> = {}): BuildOptions {
  return {
    sourcesDir: path.join(dir, 'sources'),
    outDir: path.join(dir, 'out'),
    templatesDir: path.join(dir, 'templates'),
    cacheDir: path.join(dir, 'cache'),
    formats: ['pdf', 'html'],
    paper: 'a4',
    minFacts: 4,
    author: 'Test Office',
    now: () => EDITION_DAY,
    // Counts how often a build asks for a browser: a no-op build must never ask.
    printer: () => {
      launches++;
      printer ??= launchPrinter();
      return printer;
    },
    ...overrides,
  };
}

/** sha256 and mtime of every PDF in out/, by path. */
async function pdfState(out = path.join(dir, 'out')): Promise<Map<string, { bytes: string; mtime: number }>> {
  const state = new Map<string, { bytes: string; mtime: number }>();
  for (const folder of ['corridors', 'cooperation', 'places']) {
    for (const name of await readdir(path.join(out, folder)).catch(() => [] as string[])) {
      if (!name.endsWith('.pdf')) continue;
      const file = path.join(out, folder, name);
      state.set(`${folder}/${name}`, {
        bytes: (await readFile(file)).toString('base64'),
        mtime: (await stat(file)).mtimeMs,
      });
    }
  }
  return state;
}

const manifest = async () => JSON.parse(await readFile(path.join(dir, 'out', 'manifest.json'), 'utf8'));
const changes = async () => JSON.parse(await readFile(path.join(dir, 'out', 'changes.json'), 'utf8'));
const citing = async (source: string) =>
  (await manifest()).briefings
    .filter((b: { sources: string[] }) => b.sources.includes(source))
    .map((b: { id: string }) => b.id);
const pdfText = async (rel: string) => (await readPdf(path.join(dir, 'out', rel))).pages.join(' ');

async function editFile(rel: string, from: string | RegExp, to: string): Promise<void> {
  const file = path.join(dir, rel);
  const text = await readFile(file, 'utf8');
  const edited = text.replace(from, to);
  expect(edited).not.toBe(text);
  await writeFile(file, edited);
}

let first: BuildReport;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'briefings-incremental-'));
  await cp(SOURCES, path.join(dir, 'sources'), { recursive: true });
  await cp(path.join(ROOT, 'templates'), path.join(dir, 'templates'), { recursive: true });
  first = await build(options());
});
afterAll(async () => {
  if (printer) await (await printer).close();
  await rm(dir, { recursive: true, force: true });
});

describe('rebuilding', () => {
  it('prints every briefing the first time and says it is the first edition', async () => {
    expect(first.failed).toEqual([]);
    expect(first.reprinted).toEqual(first.briefings.map((b) => b.id).sort());
    expect(first.reprinted.length).toBe(9);
    expect(first.changes.firstEdition).toBe(true);
    expect(await pdfText('corridors/g60.pdf')).toContain(
      'First edition: there is no earlier edition of this briefing to compare with.',
    );
  });

  it('gives byte-identical PDFs for the same inputs, in another output folder and with another cache', async () => {
    const other = path.join(dir, 'out-again');
    const report = await build(options({ outDir: other, cacheDir: path.join(dir, 'cache-again') }));
    expect(report.reprinted).toEqual(first.reprinted);
    const a = await pdfState();
    const b = await pdfState(other);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [file, { bytes }] of a) expect(b.get(file)!.bytes, file).toBe(bytes);
  });

  it('prints nothing and starts no browser when nothing changed, and leaves every file as it was', async () => {
    const before = await pdfState();
    const manifestBefore = await readFile(path.join(dir, 'out', 'manifest.json'), 'utf8');
    const launchesBefore = launches;
    const report = await build(options());
    expect(report.reprinted).toEqual([]);
    expect(report.unchanged.length).toBe(first.briefings.length);
    expect(report.browserLaunched).toBe(false);
    expect(launches).toBe(launchesBefore);
    expect(report.cache).toEqual({ hits: 5, misses: 0 });
    expect(await pdfState()).toEqual(before);
    expect(await readFile(path.join(dir, 'out', 'manifest.json'), 'utf8')).toBe(manifestBefore);
    expect((await changes()).briefings.reprinted).toEqual([]);
  });

  it('reprints only the briefings whose facts changed when one source is edited, and says what changed', async () => {
    const source = '001_1231e3a42a0b2f10';
    const before = await pdfState();
    await editFile(`sources/${source}.txt`, 'a total of 100 smart factories', 'a total of 120 smart factories');
    const report = await build(options());
    expect(report.cache).toEqual({ hits: 4, misses: 1 });
    expect(report.reprinted).toEqual(['shanghai']);
    for (const id of report.reprinted) expect(await citing(source)).toContain(id);
    const after = await pdfState();
    for (const [file, state] of before)
      if (!file.startsWith('places/shanghai.')) expect(after.get(file), file).toEqual(state);

    const diff = await changes();
    expect(diff.sources).toEqual({ new: [], changed: [`${source}.txt`], removed: [] });
    expect(diff.facts.new).toEqual([]);
    expect(diff.facts.removed).toEqual([]);
    expect(diff.facts.changed).toHaveLength(1);
    expect(diff.facts.changed[0].before).toMatchObject({ value: 100, line: 19 });
    expect(diff.facts.changed[0].after).toMatchObject({ value: 120, line: 19 });
    expect(diff.briefings.reprinted).toEqual(['shanghai']);

    const text = await pdfText('places/shanghai.pdf');
    expect(text).toContain('Since the last edition');
    expect(text).toContain('Compared with the edition of 1 March 2026.');
    expect(text).toMatch(/Changed figures \(1\).*Smart factories.*100 factories.*120 factories/);
  });

  it('reprints a corridor and the places a figure belongs to when a member figure changes', async () => {
    const source = '003_04df8af467d1954a';
    await editFile(`sources/${source}.txt`, '6.79%', '6.81%');
    const report = await build(options());
    expect(report.reprinted).toEqual(['g60', 'shanghai', 'songjiang']);
    for (const id of report.reprinted) expect(await citing(source)).toContain(id);
    expect(await pdfText('places/songjiang.pdf')).toMatch(/R&D intensity.*6\.79%.*6\.81%/);
  });

  it('reprints only the briefings a template edit changes', async () => {
    // Member places are listed only in corridor briefings.
    await editFile('templates/partials/members.hbs', '<h2>Member places</h2>', '<h2>Member cities and districts</h2>');
    const report = await build(options());
    expect(report.reprinted).toEqual(['g60', 'zhangjiang-lingang']);
    expect(await pdfText('corridors/g60.pdf')).toContain('Member cities and districts');

    // The timeline chart spec: only briefings that draw a timeline use it.
    const withTimeline = [];
    for (const b of report.briefings)
      if ((await readFile(path.join(dir, 'out', b.files.html!.path), 'utf8')).includes('id="chart-timeline"'))
        withTimeline.push(b.id);
    expect(withTimeline.length).toBeGreaterThan(0);
    expect(withTimeline.length).toBeLessThan(report.briefings.length);
    await editFile('templates/charts/timeline.vl.json', /"#1f4e79"/g, '"#2f5e89"');
    const again = await build(options());
    expect(again.reprinted).toEqual(withTimeline.sort());
  });

  it('keeps every earlier PDF when a template breaks mid-edit, and rebuilds on the next good save', async () => {
    const before = await pdfState();
    const manifestBefore = await manifest();
    const good = await readFile(path.join(dir, 'templates/partials/since.hbs'), 'utf8');
    await writeFile(path.join(dir, 'templates/partials/since.hbs'), `${good}\n{{#if briefing.title}}unclosed`);
    const broken = await build(options());
    expect(broken.reprinted).toEqual([]);
    expect(broken.failed.length).toBe(first.briefings.length);
    expect(broken.failed[0]!.reason).toMatch(/templates\/partials\/since\.hbs/);
    expect(await pdfState()).toEqual(before);
    expect((await manifest()).briefings).toEqual(manifestBefore.briefings);

    await writeFile(
      path.join(dir, 'templates/partials/since.hbs'),
      good.replace('<h2>Since the last edition</h2>', '<h2>Since the previous edition</h2>'),
    );
    const fixed = await build(options());
    expect(fixed.failed).toEqual([]);
    // Only briefings whose facts changed above print a "Since" section, so only they look different.
    expect(fixed.reprinted).toEqual(['g60', 'shanghai', 'songjiang']);
    expect(await pdfText('places/shanghai.pdf')).toContain('Since the previous edition');
  });

  it('rebuilds everything with force, to the same bytes', async () => {
    const before = await pdfState();
    const report = await build(options({ force: true }));
    expect(report.reprinted).toEqual(first.reprinted);
    expect(report.cache.misses).toBe(5);
    const after = await pdfState();
    for (const [file, { bytes }] of before) expect(after.get(file)!.bytes, file).toBe(bytes);
  });

  it('keeps briefings while a source cannot be read, and removes them once the source is gone', async () => {
    const source = '000_1ddc0bd7aa638f52.txt';
    expect(await citing('000_1ddc0bd7aa638f52')).toContain('lingang');
    await writeFile(path.join(dir, 'sources', source), Buffer.from([0x47, 0x36, 0x30, 0xff, 0xfe, 0x0a]));
    const unreadable = await build(options());
    expect(unreadable.sourceErrors.map((e) => e.file)).toEqual([source]);
    expect(unreadable.removed).toEqual([]);
    expect((await changes()).sources.changed).toEqual([source]);
    expect((await manifest()).briefings.map((b: { id: string }) => b.id)).toContain('lingang');

    await rm(path.join(dir, 'sources', source));
    const gone = await build(options());
    expect(gone.removed).toContain('lingang');
    expect((await manifest()).briefings.map((b: { id: string }) => b.id)).not.toContain('lingang');
    await expect(stat(path.join(dir, 'out/places/lingang.pdf'))).rejects.toThrow();
    expect((await changes()).sources.removed).toEqual([source]);
  });
});
