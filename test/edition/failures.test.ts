/**
 * Bad input in a real build, through the command line: every bad file is named once (with its
 * line where there is one), the rest of the build goes on, the exit code says something failed,
 * and earlier good PDFs stay in place byte for byte.
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SOURCES } from '../helpers.js';
import { cliArgs, isAlive, trackBrowsers, waitFor } from '../processes.js';

let dir: string;
// Root reads any file whatever its mode, so an unreadable file is tested as an ordinary user.
const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

function run(
  extraEnv: Record<string, string> = {},
  args: string[] = [],
): Promise<{ code: number | null; out: string; browsers: Set<number> }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, cliArgs(ROOT, 'build', args), {
      cwd: dir,
      env: { ...process.env, CI: 'true', HOME: dir, ...extraEnv },
      ...asUser,
    });
    let out = '';
    const browsers = trackBrowsers(child.pid!);
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('exit', (code) => {
      browsers.stop();
      resolve({ code, out, browsers: browsers.seen });
    });
  });
}

async function pdfBytes(): Promise<Map<string, string>> {
  const bytes = new Map<string, string>();
  for (const folder of ['corridors', 'cooperation', 'places']) {
    for (const name of await readdir(path.join(dir, 'out', folder))) {
      if (name.endsWith('.pdf'))
        bytes.set(`${folder}/${name}`, (await readFile(path.join(dir, 'out', folder, name))).toString('base64'));
    }
  }
  return bytes;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'briefings-failures-'));
  await cp(SOURCES, path.join(dir, 'sources'), { recursive: true });
  await cp(path.join(ROOT, 'templates'), path.join(dir, 'templates'), { recursive: true });
  await chmod(dir, 0o777);
  execFileSync('chmod', ['-R', 'a+rwX', dir]);
  const first = await run();
  expect(first.code, first.out).toBe(0);
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('a build with bad input', () => {
  it('names every bad file once, builds the rest, exits 1 and keeps the earlier PDFs', async () => {
    const sources = path.join(dir, 'sources');
    const add = (name: string, data: string | Uint8Array) => writeFile(path.join(sources, name), data, { mode: 0o666 });
    await add('empty.md', '');
    await add('binary.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]));
    await add('latin1.txt', new Uint8Array([0x4f, 0x4b, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a]));
    await add('huge.txt', 'Songjiang had more than 840 companies in 2023.\n'.repeat(1_150_000)); // 51 MB
    await add('no-sentences.txt', 'Home >> News\nShare\nRead More\n');
    await add('bad-yaml.md', '---\ntitle: [unclosed\n---\n\nText.\n');
    await add('js-matter.md', '---javascript\n({ title: require("fs").readFileSync("/etc/passwd") })\n---\nBody.\n');
    await add('tagged.md', '---\ntitle: !!js/function "function () { return 1 }"\n---\n\nBody text.\n');
    await add('reference/places-bad.md', '| name | kind |\n| --- | --- |\n| Foo | city |\n');
    await add(
      'reference/corridors-dup.md',
      '| id | name | aliases | members |\n| --- | --- | --- | --- |\n| g60 | Another G60 | | |\n',
    );
    await mkdir(path.join(sources, 'more'));
    await symlink(sources, path.join(sources, 'more', 'loop'));
    execFileSync('mkfifo', [path.join(sources, 'pipe.txt')]);
    await add('locked.txt', 'A secret nobody may read.\n');
    await chmod(path.join(sources, 'locked.txt'), 0o000);
    // And one good edit, which must still be built.
    const seed = path.join(sources, '001_1231e3a42a0b2f10.txt');
    await writeFile(
      seed,
      (await readFile(seed, 'utf8')).replace('a total of 100 smart factories', 'a total of 120 smart factories'),
    );

    const before = await pdfBytes();
    const { code, out, browsers } = await run();
    expect(code, out).toBe(1);
    expect(browsers.size).toBeGreaterThan(0); // it printed, and its browser is gone with it
    await waitFor(() => [...browsers].every((pid) => !isAlive(pid)), 'the failed build’s browser to exit', 5000);
    const expected = [
      /^error: bad-yaml\.md:2: malformed front matter/m,
      /^error: binary\.txt:1: file is binary/m,
      /^error: empty\.md: file is empty/m,
      /^error: huge\.txt: file is 5\d\.\d MB; sources over 10 MB are refused/m,
      /^error: js-matter\.md:1: front matter of type 'javascript' is not allowed/m,
      /^error: latin1\.txt:2: file is not valid UTF-8/m,
      /^error: locked\.txt: cannot read file: permission denied/m,
      /^error: more\/loop: folder is a symlink loop/m,
      /^error: no-sentences\.txt: no article text/m,
      /^error: pipe\.txt: not a regular file/m,
      /^error: reference\/corridors-dup\.md:3: duplicate id 'g60'/m,
      /^error: reference\/places-bad\.md:1: table is missing columns/m,
      /^error: tagged\.md:2: malformed front matter/m,
    ];
    for (const pattern of expected) expect(out).toMatch(pattern);
    expect(out.match(/^error: /gm)).toHaveLength(expected.length);
    expect(out).toMatch(/printed 1 of 9 briefings/);

    const after = await pdfBytes();
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [file, bytes] of before)
      if (!file.startsWith('places/shanghai.')) expect(after.get(file), file).toBe(bytes);
    expect(after.get('places/shanghai.pdf')).not.toBe(before.get('places/shanghai.pdf'));
  });

  it('names an unknown template by file and line, and keeps every PDF', async () => {
    const layout = path.join(dir, 'templates', 'briefing.hbs');
    const good = await readFile(layout, 'utf8');
    await writeFile(layout, good.replace('{{> notes}}', '{{> notes}}\n{{> appendix}}'));
    const before = await pdfBytes();
    const { code, out } = await run({}, ['--force']);
    expect(code).toBe(1);
    const line = good.split('\n').findIndex((l) => l.includes('{{> notes}}')) + 2;
    expect(out).toContain(
      `templates/briefing.hbs:${line}: unknown template 'appendix': there is no partials/appendix.hbs`,
    );
    expect(out.match(/unknown template/g)).toHaveLength(1);
    expect(await pdfBytes()).toEqual(before);
    await writeFile(layout, good);
  });

  it('says how to install or point to a browser when none is found, and keeps every PDF', async () => {
    const before = await pdfBytes();
    const { code, out } = await run({ BRIEFINGS_CHROMIUM: '/nonexistent/chromium' }, ['--force']);
    expect(code).not.toBe(0);
    expect(out).toContain('no browser at /nonexistent/chromium (from BRIEFINGS_CHROMIUM)');
    expect(out).toContain("'npm run setup' installs one");
    expect(out.match(/no browser at/g)).toHaveLength(1); // said once, not once per briefing
    expect(await pdfBytes()).toEqual(before);
  });
});
