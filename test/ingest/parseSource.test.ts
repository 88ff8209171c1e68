import { describe, expect, it } from 'vitest';
import { parseSource } from '../../pipeline/ingest/parseSource.js';
import { decodeSource } from '../../pipeline/ingest/readSources.js';

const source = (name: string, text: string) => parseSource(decodeSource(name, new TextEncoder().encode(text)));

describe('plain-text sources', () => {
  it('read front matter, and keep every line at its number', () => {
    const parsed = source(
      'a.txt',
      '---\ntitle: From front matter\npublished: 2024-03-18\n---\nHeadline here\n\n# 5 is not a heading in plain text\nSecond line of it.\n',
    );
    expect(parsed.frontMatter).toEqual({ title: 'From front matter', published: '2024-03-18' });
    expect(parsed.blocks.map((b) => b.lines.map((l) => [l.line, l.text]))).toEqual([
      [[5, 'Headline here']],
      [
        [7, '5 is not a heading in plain text'],
        [8, 'Second line of it.'],
      ],
    ]);
    expect(parsed.blocks.every((b) => b.type === 'paragraph')).toBe(true);
    for (const block of parsed.blocks)
      for (const l of block.lines) expect(parsed.text.slice(l.offset, l.offset + l.text.length)).toBe(l.text);
  });

  it('read an unquoted title with a colon in it, line by line', () => {
    const parsed = source(
      'c.md',
      "---\ntitle: Xinhua Silk Road: Lakeside's park grows\npublisher: Xinhua\n---\nBody.\n",
    );
    expect(parsed.frontMatter).toEqual({ title: "Xinhua Silk Road: Lakeside's park grows", publisher: 'Xinhua' });
  });

  it('name the line of malformed front matter', () => {
    expect(() => source('b.txt', '---\ntitle: [unclosed\n---\nBody.\n')).toThrow(/b\.txt:2: malformed front matter/);
  });
});
