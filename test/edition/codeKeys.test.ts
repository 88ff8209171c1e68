/**
 * Any code that shapes a printed byte is in some cache key. A copy of the project is built,
 * then one file of each pipeline folder is edited and the build run again: what is re-read,
 * re-rendered and rewritten must follow from which key that folder is in (edition/codeHash.ts).
 */
import { execFile } from 'node:child_process';
import { appendFile, cp, mkdtemp, readFile, readdir, rename, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const run = promisify(execFile);
let dir: string;
/** How many briefings the seed corpus gives: all of them are rewritten when print code changes. */
let total = 0;

async function build(): Promise<{ read: number; rendered: boolean; rewritten: string[] }> {
  const { stdout } = await run('node', ['bin/briefings.js', 'build', '--format', 'html', '--verbose'], { cwd: dir });
  const changes = JSON.parse(await readFile(path.join(dir, 'out', 'changes.json'), 'utf8'));
  return {
    read: Number(/facts from \d+ sources: \d+ from the cache, (\d+) read/.exec(stdout)?.[1]),
    rendered: /stages \(ms\):.*\bhtml \d+/.test(stdout),
    rewritten: changes.briefings.reprinted,
  };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'briefings-keys-'));
  for (const folder of ['bin', 'pipeline', 'templates', 'sources'])
    await cp(path.join(ROOT, folder), path.join(dir, folder), { recursive: true });
  await cp(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
  await symlink(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  total = (await build()).rewritten.length;
}, 120_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Which keys each folder is in: facts (re-read sources), render (re-render), print (rewrite). */
const EXPECTED: Record<string, { read: boolean; rendered: boolean; rewritten: boolean }> = {
  text: { read: true, rendered: true, rewritten: true },
  facts: { read: true, rendered: true, rewritten: false },
  ingest: { read: true, rendered: false, rewritten: false },
  clean: { read: true, rendered: false, rewritten: false },
  extract: { read: true, rendered: false, rewritten: false },
  briefings: { read: false, rendered: true, rewritten: false },
  render: { read: false, rendered: true, rewritten: false },
  print: { read: false, rendered: true, rewritten: true },
  edition: { read: false, rendered: true, rewritten: true },
  watch: { read: false, rendered: false, rewritten: false },
  cli: { read: false, rendered: false, rewritten: false },
};

describe('code in the cache keys', () => {
  it('covers every pipeline folder', async () => {
    const folders = (await readdir(path.join(dir, 'pipeline'), { withFileTypes: true })).filter((e) => e.isDirectory());
    expect(folders.map((e) => e.name).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [folder, expected] of Object.entries(EXPECTED)) {
    it(`an edit in ${folder}/ re-reads ${expected.read ? 'all' : 'no'} sources, re-renders ${expected.rendered ? 'all' : 'no'} briefings, rewrites ${expected.rewritten ? 'all' : 'none'}`, async () => {
      const files = (await readdir(path.join(dir, 'pipeline', folder))).filter((f) => f.endsWith('.ts')).sort();
      await appendFile(path.join(dir, 'pipeline', folder, files[0]!), `\n// edited by the cache-key test: ${folder}\n`);
      const after = await build();
      expect(after.read).toBe(expected.read ? 5 : 0);
      expect(after.rendered).toBe(expected.rendered);
      expect(total).toBeGreaterThan(0);
      expect(after.rewritten).toHaveLength(expected.rewritten ? total : 0);
    }, 60_000);
  }
});

describe('data in the cache keys', () => {
  it("hashes the map's land with the render code, by its package path, so new land data re-renders every map", async () => {
    const { hashedFiles, RENDER_CODE, PRINT_CODE } = await import('../../pipeline/edition/codeHash.js');
    const { BASEMAP } = await import('../../pipeline/render/basemap.js');
    const land = hashedFiles(RENDER_CODE).find((f) => f.file === BASEMAP.file);
    expect(land?.name).toBe('world-atlas/countries-10m.json');
    expect(hashedFiles(PRINT_CODE).some((f) => f.file === BASEMAP.file)).toBe(false);
  });
});

describe('an edition without reference tables', () => {
  it('stops before writing, names the folder, exits 1 and keeps the earlier edition (issue 14, point 4)', async () => {
    const out = path.join(dir, 'out');
    const snapshot = async () => {
      const entries = await readdir(out, { withFileTypes: true });
      const names = entries
        .filter((e) => e.isFile() && !e.name.startsWith('.'))
        .map((e) => e.name)
        .sort();
      return Promise.all(names.map(async (n) => [n, (await readFile(path.join(out, n))).length] as const));
    };
    const before = await snapshot();
    await rename(path.join(dir, 'sources', 'reference'), path.join(dir, 'reference-away'));
    try {
      const failed = await run('node', ['bin/briefings.js', 'build', '--format', 'html', '--verbose'], {
        cwd: dir,
      }).then(
        () => null,
        (error: { code: number; stderr: string }) => error,
      );
      expect(failed?.code).toBe(1);
      expect(failed?.stderr).toMatch(/reference\/: no reference tables/);
      expect(await snapshot()).toEqual(before);
    } finally {
      await rename(path.join(dir, 'reference-away'), path.join(dir, 'sources', 'reference'));
    }
  }, 60_000);
});
