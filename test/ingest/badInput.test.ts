/** Malformed sources and reference tables: one clear error naming the file (and line), the rest still count. */
import { mkdtemp, mkdir, writeFile, symlink, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFacts } from '../../pipeline/edition/loadFacts.js';
import { SOURCES } from '../helpers.js';

async function corpusWith(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'briefings-'));
  await cp(path.join(SOURCES, 'reference'), path.join(dir, 'reference'), { recursive: true });
  await writeFile(
    path.join(dir, 'good.md'),
    'The G60 Science and Technology Innovation Corridor covers an area of 76,200 square kilometers.',
  );
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
  return dir;
}

describe('bad sources', () => {
  it.each([
    ['empty.md', '', /empty\.md: file is empty/],
    ['binary.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]), /binary\.txt:1: file is binary/],
    [
      'latin1.txt',
      new Uint8Array([0x4f, 0x4b, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a]),
      /latin1\.txt:2: file is not valid UTF-8/,
    ],
    [
      'badyaml.md',
      '---\ntitle: [unclosed\n---\n\nText here is long enough to be prose for the extractor to read.',
      /badyaml\.md:2: malformed front matter/,
    ],
    ['jsmatter.md', '---js\n{ title: "x" }\n---\nBody.', /jsmatter\.md:1: front matter of type 'js' is not allowed/],
    [
      'tagged.md',
      '---\ntitle: !!js/function "function () { return 1 }"\n---\n\nBody text here.',
      /tagged\.md:2: malformed front matter/,
    ],
    ['junk.txt', 'Home >> News\nShare\nRead More', /junk\.txt: no article text/],
  ])('%s gives one clear error and the good source still counts', async (name, content, message) => {
    const { model, errors } = await loadFacts(await corpusWith({ [name]: content }));
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(message)]);
    expect(model.sources.map((s) => s.path)).toEqual(['good.md']);
    expect(model.facts.some((f) => f.metric === 'area')).toBe(true);
  });

  it('reports a symlink loop and goes on', async () => {
    const dir = await corpusWith({});
    await mkdir(path.join(dir, 'more'));
    await symlink(dir, path.join(dir, 'more', 'loop'));
    const { model, errors } = await loadFacts(dir);
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/more\/loop: folder is a symlink loop/)]);
    expect(model.sources).toHaveLength(1);
  });
});

describe('symlinks out of the sources folder (issue 14, point 6)', () => {
  it('refuses a link to a file or folder outside, names it, and reads the links that stay inside', async () => {
    const dir = await corpusWith({});
    const outside = await mkdtemp(path.join(tmpdir(), 'briefings-private-'));
    await writeFile(
      path.join(outside, 'secret.md'),
      'Private notes: the password is hunter2, kept in this folder alone.',
    );
    await symlink(path.join(outside, 'secret.md'), path.join(dir, 'linked.md'));
    await symlink(outside, path.join(dir, 'linked-folder'));
    await symlink(path.join(dir, 'good.md'), path.join(dir, 'again.md'));
    const { model, errors } = await loadFacts(dir);
    expect(errors.map((e) => e.message).sort()).toEqual([
      expect.stringMatching(/^linked-folder: symlink points outside the sources folder/),
      expect.stringMatching(/^linked\.md: symlink points outside the sources folder/),
    ]);
    expect(model.sources.map((s) => s.path).sort()).toEqual(['again.md', 'good.md']);
    expect(JSON.stringify(model)).not.toMatch(/hunter2/);
  });
});

describe('bad reference tables', () => {
  it('names the file and line of a missing column', async () => {
    const { errors } = await loadFacts(
      await corpusWith({ 'reference/places-extra.md': '| name | kind |\n| --- | --- |\n| Foo | city |\n' }),
    );
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(
        /reference\/places-extra\.md:1: table is missing columns 'parent', 'aliases', 'latitude', 'longitude'/,
      ),
    ]);
  });

  it('names the file and line of a duplicate id, and keeps the first', async () => {
    const table = '| id | name | aliases | members |\n| --- | --- | --- | --- |\n| g60 | Another G60 | | |\n';
    const { model, errors } = await loadFacts(await corpusWith({ 'reference/corridors-extra.md': table }));
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(
        /reference\/corridors-extra\.md:3: duplicate id 'g60' \(first defined at reference\/corridors\.md:\d+\)/,
      ),
    ]);
    expect(model.entities.find((e) => e.id === 'g60')?.name).toBe(
      'Yangtze River Delta G60 Science and Technology Innovation Corridor',
    );
  });
});
