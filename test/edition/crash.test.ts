/**
 * Builds that meet other builds, kill -9 and signals, through the real command line: the
 * manifest is never corrupted, every earlier PDF stays whole, and no browser outlives a build.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { access, cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SOURCES } from '../helpers.js';
import { cliArgs, isAlive, trackBrowsers, waitFor } from '../processes.js';

let dir: string;

interface Run {
  child: ChildProcess;
  output: () => string;
  exit: Promise<number | null>;
  browsers: ReturnType<typeof trackBrowsers>;
}

function start(command: 'build' | 'watch', args: string[] = []): Run {
  const child = spawn(process.execPath, cliArgs(ROOT, command, args), {
    cwd: dir,
    env: { ...process.env, CI: 'true' },
  });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const browsers = trackBrowsers(child.pid!);
  const exit = new Promise<number | null>((resolve) =>
    child.on('exit', (code, signal) => {
      browsers.stop();
      resolve(code ?? (signal ? -1 : null));
    }),
  );
  return { child, output: () => output, exit, browsers };
}

async function pdfs(): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const folder of ['corridors', 'cooperation', 'places']) {
    for (const name of await readdir(path.join(dir, 'out', folder)).catch(() => [] as string[])) {
      if (name.endsWith('.pdf')) files.set(`${folder}/${name}`, await readFile(path.join(dir, 'out', folder, name)));
    }
  }
  return files;
}
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const manifest = async () => JSON.parse(await readFile(path.join(dir, 'out', 'manifest.json'), 'utf8'));
const exists = (file: string) =>
  access(path.join(dir, file)).then(
    () => true,
    () => false,
  );

/** Gives every briefing new bytes: a changed print colour. */
async function restyle(colour: string): Promise<void> {
  const css = path.join(dir, 'templates', 'print.css');
  await writeFile(css, (await readFile(css, 'utf8')).replace(/--accent: #[0-9a-f]{6}/, `--accent: ${colour}`));
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'briefings-crash-'));
  await cp(SOURCES, path.join(dir, 'sources'), { recursive: true });
  await cp(path.join(ROOT, 'templates'), path.join(dir, 'templates'), { recursive: true });
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('concurrent builds', () => {
  it('make the second wait for the first; the manifest stays whole', async () => {
    const [a, b] = [start('build'), start('build')];
    expect(await Promise.all([a.exit, b.exit])).toEqual([0, 0]);
    const [first, second] = /waiting for the build/.test(a.output()) ? [b, a] : [a, b];
    expect(second.output()).toMatch(
      new RegExp(`waiting for the build already writing to out \\(pid ${first.child.pid}, started `),
    );
    expect(first.output()).toMatch(/printed 9 of 9 briefings/);
    expect(second.output()).toMatch(/nothing changed: 9 briefings up to date/);
    expect((await manifest()).briefings).toHaveLength(9);
    expect(await exists('out/.lock')).toBe(false);
  });

  it('with --wait 0, stop the second at once with a message naming the holder', async () => {
    // A lock held by a live process on this host (this test) is never taken over.
    await writeFile(
      path.join(dir, 'out', '.lock'),
      JSON.stringify({ pid: process.pid, host: hostname(), started: '2026-03-01T10:00:00.000Z' }),
    );
    const before = await readFile(path.join(dir, 'out', 'manifest.json'), 'utf8');
    const b = start('build', ['--wait', '0', '--force']);
    expect(await b.exit).toBe(3);
    expect(b.output()).toContain(
      `another build is writing to ${path.join(dir, 'out')} (pid ${process.pid} on ${hostname()}, started 2026-03-01T10:00:00.000Z)`,
    );
    expect(await readFile(path.join(dir, 'out', 'manifest.json'), 'utf8')).toBe(before);
    expect(b.browsers.seen.size).toBe(0);
    await rm(path.join(dir, 'out', '.lock'));
  });
});

describe('a build that dies', () => {
  it('by kill -9 mid-write leaves every PDF whole, and the next build takes over its lock', async () => {
    const before = await pdfs();
    const manifestBefore = await manifest();
    await restyle('#214e79');
    const run = start('build');
    await waitFor(() => /printed 2\/9/.test(run.output()), 'two briefings to be printed', 60_000);
    run.child.kill('SIGKILL');
    await run.exit;
    const atCrash = await pdfs();
    expect(await exists('out/.lock')).toBe(true); // left behind: nothing runs on kill -9
    expect(await manifest()).toEqual(manifestBefore); // written last, so still the earlier one
    await waitFor(() => [...run.browsers.seen].every((pid) => !isAlive(pid)), 'its browser to exit');

    const next = start('build');
    expect(await next.exit).toBe(0);
    const after = await pdfs();
    expect([...atCrash.keys()]).toEqual([...before.keys()]);
    for (const [file, bytes] of atCrash) {
      expect([sha(before.get(file)!), sha(after.get(file)!)], file).toContain(sha(bytes));
      await PDFDocument.load(bytes); // whole, not truncated
    }
    expect([...atCrash].filter(([file, bytes]) => sha(bytes) !== sha(before.get(file)!)).length).toBeGreaterThanOrEqual(
      2,
    );
    expect((await readdir(path.join(dir, 'out'), { recursive: true })).filter((f) => /\.tmp-/.test(String(f)))).toEqual(
      [],
    );
    expect(await exists('out/.lock')).toBe(false);
  });

  it('by SIGTERM or Ctrl-C stops, exits with the signal’s code, and leaves no browser and no lock', async () => {
    for (const [signal, code, colour] of [
      ['SIGTERM', 143, '#224e79'],
      ['SIGINT', 130, '#234e79'],
    ] as const) {
      await restyle(colour);
      const run = start('build');
      await waitFor(() => /printed 1\/9/.test(run.output()), 'a briefing to be printed', 60_000);
      expect(run.browsers.seen.size).toBeGreaterThan(0);
      run.child.kill(signal);
      expect(await run.exit).toBe(code);
      await waitFor(
        () => [...run.browsers.seen].every((pid) => !isAlive(pid)),
        `its browser to exit after ${signal}`,
        5000,
      );
      expect(await exists('out/.lock')).toBe(false);
      for (const bytes of (await pdfs()).values()) await PDFDocument.load(bytes);
    }
  });

  it('in watch mode, by SIGTERM mid-build, leaves no browser behind', async () => {
    await restyle('#254e79');
    const run = start('watch');
    await waitFor(() => run.browsers.seen.size > 0, 'the watcher to start its browser', 60_000);
    run.child.kill('SIGTERM');
    expect(await run.exit).toBe(143);
    await waitFor(() => [...run.browsers.seen].every((pid) => !isAlive(pid)), 'its browser to exit', 5000);
    expect(await exists('out/.lock')).toBe(false);
  });
});
