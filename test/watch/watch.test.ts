/**
 * `briefings watch` as an analyst runs it: a real process, real saves (in place, by rename, in a
 * burst, through a broken template), then Ctrl-C. Asserted from its log, the PDFs' text and
 * bytes, and the processes left behind.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SOURCES } from '../helpers.js';
import { readPdf } from '../pdfText.js';
import { isAlive, trackBrowsers } from '../processes.js';

let dir: string;
let child: ChildProcessWithoutNullStreams;
let log = '';
let browsers: ReturnType<typeof trackBrowsers>;
const SOURCE = '001_1231e3a42a0b2f10.txt';
const out = () => path.join(dir, 'sources', '_out');

const starts = () => log.split('\n').filter((l) => /\] (building|change in .*; rebuilding)$/.test(l)).length;
const summaries = () => log.split('\n').filter((l) => /^\[\d\d:\d\d:\d\d\] (printed|nothing changed)/.test(l)).length;

async function until(condition: () => boolean, what: string, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; log:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits for the builds a change starts, then for quiet: no build starting for `quietMs`. */
async function settle(startsBefore: number, quietMs = 1500): Promise<number> {
  await until(() => starts() > startsBefore && summaries() >= starts(), 'a rebuild');
  let seen = starts();
  for (let quietSince = Date.now(); Date.now() - quietSince < quietMs; ) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (starts() !== seen) {
      await until(() => summaries() >= starts(), 'the queued rebuild');
      seen = starts();
      quietSince = Date.now();
    }
  }
  return starts() - startsBefore;
}

const shanghaiText = async () => (await readPdf(path.join(out(), 'places/shanghai.pdf'))).pages.join(' ');
const setFactories = async (n: number) => {
  const file = path.join(dir, 'sources', SOURCE);
  await writeFile(
    file,
    (await readFile(file, 'utf8')).replace(/a total of \d+ smart factories/, `a total of ${n} smart factories`),
  );
};

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'briefings-watch-'));
  await cp(SOURCES, path.join(dir, 'sources'), { recursive: true });
  await cp(path.join(ROOT, 'templates'), path.join(dir, 'templates'), { recursive: true });
  // The output folder sits inside the watched sources on purpose: its writes must never trigger.
  child = spawn(
    process.execPath,
    [
      path.join(ROOT, 'bin/briefings.js'),
      'watch',
      '--sources',
      'sources',
      '--templates',
      'templates',
      '--out',
      'sources/_out',
      '--cache',
      'cache',
    ],
    {
      cwd: dir,
      env: { ...process.env, CI: 'true' },
    },
  );
  browsers = trackBrowsers(child.pid!);
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  await until(() => summaries() >= 1, 'the first build');
});

afterAll(async () => {
  browsers.stop();
  if (child.exitCode === null) child.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

describe('briefings watch', () => {
  it('builds once at start, and its own output never triggers another build', async () => {
    expect(log).toMatch(/printed 9 of 9 briefings/);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(starts()).toBe(1);
  });

  it('rebuilds when a source is saved in place, and the PDF shows the new figure', async () => {
    const before = starts();
    await setFactories(120);
    expect(await settle(before)).toBe(1);
    expect(log).toMatch(/printed 1 of 9 briefings .*changed: 001_1231e3a42a0b2f10\.txt/);
    expect(await shanghaiText()).toMatch(/100 factories.*120 factories/);
  });

  it('rebuilds when an editor saves by writing a temporary file and renaming it', async () => {
    const before = starts();
    const file = path.join(dir, 'sources', SOURCE);
    await writeFile(
      `${file}.saving`,
      (await readFile(file, 'utf8')).replace(/a total of \d+ smart factories/, 'a total of 130 smart factories'),
    );
    await rename(`${file}.saving`, file);
    expect(await settle(before)).toBe(1);
    expect(await shanghaiText()).toContain('130 factories');
  });

  it('gives at most two rebuilds for a burst of saves, and the last save wins', async () => {
    const before = starts();
    for (const n of [141, 142, 143, 144, 145, 146]) {
      await setFactories(n);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    const rebuilds = await settle(before);
    expect(rebuilds).toBeGreaterThanOrEqual(1);
    expect(rebuilds).toBeLessThanOrEqual(2);
    expect(await shanghaiText()).toContain('146 factories');
  });

  it('ignores editor swap, backup and lock files', async () => {
    const before = starts();
    const sources = path.join(dir, 'sources');
    await writeFile(path.join(sources, `.${SOURCE}.swp`), 'swap');
    await writeFile(path.join(sources, `${SOURCE}~`), 'backup');
    await writeFile(path.join(sources, `#${SOURCE}#`), 'autosave');
    await writeFile(path.join(sources, '4913'), '');
    await writeFile(path.join(dir, 'templates', 'partials', '.since.hbs.swx'), 'swap');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(starts()).toBe(before);
  });

  it('keeps the last good PDF while a template is broken, and rebuilds on the next good save', async () => {
    const template = path.join(dir, 'templates', 'partials', 'since.hbs');
    const good = await readFile(template, 'utf8');
    const pdfBefore = await readFile(path.join(out(), 'places/shanghai.pdf'));
    let before = starts();
    await writeFile(template, `${good}{{#each briefing.headline}}`);
    await settle(before);
    expect(log).toMatch(/failed 9 \(earlier outputs kept\):\n.*templates\/partials\/since\.hbs/);
    expect((await readFile(path.join(out(), 'places/shanghai.pdf'))).equals(pdfBefore)).toBe(true);

    before = starts();
    await writeFile(template, good.replace('Since the last edition', 'Since the previous edition'));
    await settle(before);
    expect(await shanghaiText()).toContain('Since the previous edition');
  });

  it('stops on Ctrl-C and leaves no browser process behind', async () => {
    expect(browsers.seen.size).toBeGreaterThan(0);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    await until(() => [...browsers.seen].every((pid) => !isAlive(pid)), 'the browser processes to end', 5000);
    expect(await readdir(path.join(out(), 'places'))).not.toContainEqual(expect.stringMatching(/\.tmp-/));
  });
});
