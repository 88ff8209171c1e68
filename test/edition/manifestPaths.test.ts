/**
 * Issue 14, point 8: a manifest is data from disk, not a list of orders. `verify` reads only
 * regular files inside the edition, `build` deletes and `publish` writes only inside their
 * folders, whatever a tampered manifest says.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { mkdir, mkdtemp, open, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReport } from '../../pipeline/cli/buildCommand.js';
import { build } from '../../pipeline/edition/build.js';
import { publishEdition, verifyEdition } from '../../pipeline/edition/publish.js';
import { ROOT, SOURCES } from '../helpers.js';

let root: string;
const fifos: string[] = [];

const sha = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');
const record = (rel: string, data: string) => ({ path: rel, sha256: sha(data), bytes: Buffer.byteLength(data) });

/** Every file under a folder, as relative paths: what a command left behind. */
async function tree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => !e.isDirectory())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** Whether some process has the FIFO open for reading (opening it to write without blocking says). */
async function fifoHasReader(fifo: string): Promise<boolean> {
  try {
    const handle = await open(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
    await handle.close(); // ends a blocked reader's read too
    return true;
  } catch {
    return false;
  }
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'briefings-manifest-paths-'));
});
afterAll(async () => {
  for (const fifo of fifos) await fifoHasReader(fifo);
  await rm(root, { recursive: true, force: true });
});

describe('verify', () => {
  it('reports entries outside the edition, symlinks and FIFOs as bad without reading them, and finishes', async () => {
    const base = path.join(root, 'verify');
    const edition = path.join(base, 'edition');
    const outside = path.join(base, 'outside');
    await mkdir(edition, { recursive: true });
    await mkdir(outside);
    const victim = 'a file beside the edition\n';
    const secret = 'private notes, not part of any edition\n';
    await writeFile(path.join(base, 'victim.txt'), victim);
    await writeFile(path.join(outside, 'secret.txt'), secret);
    await writeFile(path.join(edition, 'index.html'), '<h1>ok</h1>');
    await symlink(path.join(outside, 'secret.txt'), path.join(edition, 'link.pdf'));
    await symlink(outside, path.join(edition, 'linked-folder'));
    const fifo = path.join(edition, 'pipe.pdf');
    execFileSync('mkfifo', [fifo]);
    fifos.push(fifo);
    const passwd = await readFile('/etc/passwd', 'utf8');
    const files = [
      record('index.html', '<h1>ok</h1>'),
      record('../victim.txt', victim),
      record('/etc/passwd', passwd),
      record('link.pdf', secret),
      record('linked-folder/secret.txt', secret),
      record('pipe.pdf', ''),
    ];
    await writeFile(path.join(edition, 'manifest.json'), JSON.stringify({ edition: '2026-11-21', files }));

    // A generous bound: a verify that opened the FIFO would wait for a writer forever.
    const hung = new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 30_000).unref());
    const result = await Promise.race([verifyEdition(edition), hung]);
    expect(result, 'verify waited on the FIFO').not.toBe('hung');
    if (result === 'hung') return;
    expect(result.verified).toBe(1);
    expect(result.problems).toEqual([
      expect.stringMatching(/^\.\.\/victim\.txt: .*outside the folder/),
      expect.stringMatching(/^\/etc\/passwd: .*absolute path/),
      expect.stringMatching(/^link\.pdf: .*symlink/),
      expect.stringMatching(/^linked-folder\/secret\.txt: .*linked-folder is a symlink/),
      'linked-folder: not in the manifest', // a link in the edition is listed nowhere
      expect.stringMatching(/^pipe\.pdf: not a regular file \(a FIFO\)/),
    ]);
    expect(await fifoHasReader(fifo), 'verify left the FIFO open').toBe(false);
  });
});

describe('build with a tampered manifest', () => {
  it('deletes nothing outside the output folder and rebuilds from scratch', async () => {
    const base = path.join(root, 'build');
    const out = path.join(base, 'out');
    const options = {
      sourcesDir: SOURCES,
      outDir: out,
      templatesDir: path.join(ROOT, 'templates'),
      cacheDir: path.join(base, 'cache'),
      formats: ['html' as const],
      paper: 'a4' as const,
      minFacts: 4,
      author: 'Test Office',
    };
    const first = await build(options);
    expect(first.failed).toEqual([]);
    await writeFile(path.join(base, 'victim.txt'), 'keep me');
    await writeFile(path.join(base, 'victim2.txt'), 'keep me too');
    const manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8'));
    // A briefing the sources do not support (so its files would be removed)...
    manifest.briefings.push({
      ...manifest.briefings[0],
      id: 'ghost',
      files: { html: record('../victim.txt', 'keep me') },
    });
    // ...and one whose PDF would be removed when it is rebuilt as HTML only.
    const g60 = manifest.briefings.find((b: { id: string }) => b.id === 'g60');
    g60.modelKey = 'stale';
    g60.htmlKey = 'stale';
    g60.files.pdf = record('../victim2.txt', 'keep me too');
    await writeFile(path.join(out, 'manifest.json'), JSON.stringify(manifest));

    const second = await build(options);
    expect(await readFile(path.join(base, 'victim.txt'), 'utf8')).toBe('keep me');
    expect(await readFile(path.join(base, 'victim2.txt'), 'utf8')).toBe('keep me too');
    expect(second.manifestIgnored).toMatch(/\.\.\/victim.*outside the folder/);
    expect(formatReport(second, options, 0)).toMatch(/^warning: .*manifest\.json is not a manifest: .*victim/m);
    expect(second.reprinted.sort()).toEqual(first.reprinted.sort());
    const rewritten = await readFile(path.join(out, 'manifest.json'), 'utf8');
    expect(rewritten).not.toContain('victim');
  });
});

describe('publish from a tampered output folder', () => {
  /** A hand-made output folder: one HTML briefing, a digest, the index and changes. */
  async function outFolder(name: string, briefingFile: { path: string; sha256: string; bytes: number }) {
    const out = path.join(root, name, 'a', 'out');
    await mkdir(path.join(out, 'places'), { recursive: true });
    await writeFile(path.join(out, 'digest.pdf'), '%PDF digest');
    await writeFile(path.join(out, 'index.html'), '<h1>index</h1>');
    await writeFile(path.join(out, 'changes.json'), '{}');
    const manifest = {
      generator: 'corridor-briefings',
      updated: '2026-11-21T10:00:00.000Z',
      briefings: [
        {
          id: 'shanghai',
          kind: 'city',
          title: 'Shanghai',
          files: { html: briefingFile },
          pages: null,
          sources: [],
          facts: 4,
          asOf: null,
          builtAt: '2026-11-21T10:00:00.000Z',
          modelKey: 'm',
          htmlKey: 'h',
        },
      ],
      digest: {
        file: record('digest.pdf', '%PDF digest'),
        key: 'k',
        pages: 1,
        duplex: false,
        starts: [{ id: 'shanghai', page: 1 }],
      },
    };
    await writeFile(path.join(out, 'manifest.json'), JSON.stringify(manifest));
    return out;
  }

  it('writes nothing outside its target when a manifest path climbs out', async () => {
    const planted = '<h1>planted</h1>';
    const out = await outFolder('publish-climb', record('../../planted.html', planted));
    const base = path.join(root, 'publish-climb');
    await writeFile(path.join(base, 'planted.html'), planted);
    const before = await tree(base);
    await expect(publishEdition(out, path.join(base, 'b', 'pub'), new Date(2026, 10, 21))).rejects.toThrow(
      /\.\.\/\.\.\/planted\.html.*outside the folder/,
    );
    expect((await tree(base)).filter((f) => !before.includes(f))).toEqual([]);
  });

  it('does not follow a symlink in the output folder into the edition', async () => {
    const secret = 'private notes, not for an edition';
    const out = await outFolder('publish-link', record('places/shanghai.html', secret));
    await writeFile(path.join(root, 'publish-link', 'secret.txt'), secret);
    await symlink(path.join(root, 'publish-link', 'secret.txt'), path.join(out, 'places', 'shanghai.html'));
    const to = path.join(root, 'publish-link', 'pub');
    await expect(publishEdition(out, to, new Date(2026, 10, 21))).rejects.toThrow(/places\/shanghai\.html.*symlink/);
    const written = await tree(to).catch(() => []);
    for (const file of written) expect(await readFile(path.join(to, file), 'utf8')).not.toContain(secret);
  });
});
