/** `briefings facts`: the contract other tools read. */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { forTerminal } from '../../pipeline/cli/terminal.js';
import { FactModelSchema } from '../../pipeline/facts/factModel.js';
import { ROOT, SOURCES } from '../helpers.js';

const run = promisify(execFile);
const briefings = (args: string[]) =>
  run('node', [path.join(ROOT, 'bin/briefings.js'), ...args], { cwd: ROOT }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

describe('briefings facts', () => {
  it('prints the model as JSON in the documented shape', async () => {
    const { code, stdout } = await briefings(['facts', '--json']);
    expect(code).toBe(0);
    const model = FactModelSchema.parse(JSON.parse(stdout));
    expect(model.sources).toHaveLength(5);
    expect(Object.keys(model)).toEqual(['sources', 'entities', 'facts', 'conflicts', 'dropped']);
    const kinds = new Set(model.facts.map((f) => f.kind));
    expect(kinds).toEqual(new Set(['metric', 'event', 'membership', 'cooperation', 'target', 'focus']));
  });

  it('prints a readable table, and --explain lists what was dropped', async () => {
    const { stdout } = await briefings(['facts', '--explain']);
    expect(stdout).toMatch(/R&D intensity: 3\.77%/);
    expect(stdout).toMatch(/003_04df8af467d1954a\.txt: dropped/);
    expect(stdout).toMatch(/unrelated story glued on: "Exploring New Methods/);
  });

  it('names a malformed source, exits 1, and still prints the rest', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'briefings-cli-'));
    await cp(SOURCES, dir, { recursive: true });
    await writeFile(path.join(dir, 'broken.md'), '---\ntitle: [oops\n---\nText');
    const { code, stdout, stderr } = await briefings(['facts', '--json', '--sources', dir]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/error: broken\.md:2: malformed front matter/);
    expect(JSON.parse(stdout).sources).toHaveLength(5);
  });

  it('takes the same reading budget as build: a source over --max-source-size is named and skipped', async () => {
    const { code, stdout, stderr } = await briefings(['facts', '--json', '--max-source-size', '0.01']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/error: 003_04df8af467d1954a\.txt: source is 17 KB, over the 11 KB .*--max-source-size/);
    // The four smaller seeds still count.
    expect(JSON.parse(stdout).sources).toHaveLength(4);
    expect((await briefings(['facts', '--source-timeout', 'soon'])).code).toBe(2);
  });

  it('has --help', async () => {
    const { code, stdout } = await briefings(['facts', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usage: briefings facts/);
  });
});

describe('exit codes', () => {
  it('are documented in --help and tell usage from bad input', async () => {
    const help = await briefings(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Exit codes:\n {2}0 {4}done\n {2}1 {4}some input was bad/);
    expect((await briefings([])).code).toBe(2);
    expect((await briefings(['frobnicate'])).code).toBe(2);
    const badValue = await briefings(['build', '--paper', 'a3', '--out', path.join(tmpdir(), 'never-written')]);
    expect(badValue.code).toBe(2);
    expect(badValue.stderr).toMatch(/--paper takes a4 or letter, not 'a3'/);
    expect((await briefings(['build', '--no-such-option'])).code).toBe(2);
    expect((await briefings(['verify'])).code).toBe(2);
  });
});

describe('a sources folder of its own', () => {
  it("is read with the project's reference tables, and its own tables add to or correct them", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'briefings-own-'));
    await writeFile(
      path.join(dir, 'article.md'),
      'Matsue, a district of Shanghai, reported 1,200 high-tech enterprises in 2024, up 8 percent on the year before.\n',
    );
    const plain = await briefings(['facts', '--json', '--sources', dir]);
    expect(plain.code).toBe(0);
    const songjiang = JSON.parse(plain.stdout).entities.find((e: { id: string }) => e.id === 'songjiang');
    expect(songjiang).toMatchObject({ name: 'Songjiang', latitude: 31.0322 });

    await mkdir(path.join(dir, 'reference'));
    await writeFile(
      path.join(dir, 'reference', 'places.md'),
      '| name | kind | parent | aliases | latitude | longitude |\n| --- | --- | --- | --- | --- | --- |\n| Songjiang | district | Shanghai | Matsue | 31.5 | 121.2 |\n',
    );
    const corrected = JSON.parse((await briefings(['facts', '--json', '--sources', dir])).stdout);
    expect(corrected.entities.find((e: { id: string }) => e.id === 'songjiang')).toMatchObject({ latitude: 31.5 });
    expect(corrected.entities.some((e: { id: string }) => e.id === 'shanghai')).toBe(true);
  });
});

describe('what reaches the terminal (issue 14, point 10)', () => {
  it('strips escape sequences from article text, titles and file names', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'briefings-cli-'));
    const esc = '\u001b]0;owned\u0007\u001b[2J';
    await writeFile(
      path.join(dir, `evil${'\u001b[31m'}.md`),
      `---\ntitle: Riverside${esc} news\n---\nRiverside Hi-tech Zone${esc} attracted 2.1 billion yuan of investment last year, officials said.\n`,
    );
    for (const args of [['facts'], ['facts', '--explain']]) {
      const { stdout, stderr } = await briefings([...args, '--sources', dir]);
      expect(stdout).toMatch(/2\.1 billion yuan/);
      expect(forTerminal(stdout + stderr)).toBe(stdout + stderr);
    }
  });

  it('keeps tab, newline and carriage return, and nothing else below the space', () => {
    const controls = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
    expect(forTerminal(`a${controls}${String.fromCharCode(0x7f, 0x9b)}b`)).toBe('a\t\n\rb');
  });

  it('ends quietly when the reader closes the pipe early', async () => {
    const { stdout, stderr } = await run(
      'bash',
      ['-o', 'pipefail', '-c', `node ${path.join(ROOT, 'bin/briefings.js')} facts --json | head -c 10`],
      { cwd: ROOT },
    );
    expect(stdout).toHaveLength(10);
    expect(stderr).not.toMatch(/EPIPE|Error/);
  });
});
