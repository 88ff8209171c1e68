/**
 * Markdown is parsed part by part (the parser's time grows faster than the text in long blocks
 * and nested lists): the parts must give exactly the blocks one parse of the whole file gives,
 * and a stretch too long or too deep for the parser is read as plain text, every line kept.
 */
import type { RootContent } from 'mdast';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_CELLS, MAX_NESTING, MAX_PART_LINES, markdownParts } from '../../pipeline/ingest/markdownParts.js';
import { parseMarkdown } from '../../pipeline/ingest/parseMarkdown.js';
import { parseSource } from '../../pipeline/ingest/parseSource.js';
import { decodeSource } from '../../pipeline/ingest/readSources.js';
import { ROOT } from '../helpers.js';

const source = (text: string, name = 'a.md') => parseSource(decodeSource(name, new TextEncoder().encode(text)));

/** Blocks as one parse of the whole file gives them: [heading?, [line, text] of each non-blank line]. */
function wholeParse(text: string): [boolean, [number, string][]][] {
  const blocks: [boolean, [number, string][]][] = [];
  for (const node of parseMarkdown(text).children) {
    if (node.type === 'yaml') continue;
    const lines = linesIn(text, node);
    if (lines.length > 0) blocks.push([node.type === 'heading', lines]);
  }
  return blocks;
}

function linesIn(text: string, node: RootContent): [number, string][] {
  const { start, end } = node.position!;
  const first = start.offset! - (start.column - 1);
  return text
    .slice(first, end.offset!)
    .split('\n')
    .map((raw, i): [number, string] => [
      start.line + i,
      raw
        .replace(/\r$/, '')
        .replace(/^[ \t]*(?:(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,9}[.)][ \t]+)[ \t]*)*/, '')
        .replace(/[ \t]+$/, ''),
    ])
    .filter(([, line]) => line.trim() !== '');
}

const inParts = (text: string) =>
  source(text).blocks.map((b): [boolean, [number, string][]] => [
    b.type === 'heading',
    b.lines.map((l) => [l.line, l.text]),
  ]);

/** Enough blank-separated paragraphs to make several parts. */
const filler = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => `Paragraph ${from + i} says something about Songjiang.`).join('\n\n');

const TRICKY: Record<string, string> = {
  'a fence holding blank lines, headings and text at the margin': `${filler(70)}\n\n\`\`\`sh\n# not a heading\n\nText at the margin\n\n# still code\n\`\`\`\n\n${filler(70, 70)}\n`,
  'a fence in a list item left open, then a fence at the margin': `${filler(58)}\n\n- item\n  \`\`\`\n  code\n\nText\n\`\`\`\n\n# not a heading\n\nmore code\n\`\`\`\n\n${filler(70, 58)}\n`,
  'an HTML comment over blank lines': `${filler(60)}\n\n<!-- a comment\n\n# not a heading\n\nText in it\n-->\n\n# A heading\n\n${filler(60, 60)}\n`,
  'a script block over blank lines': `${filler(60)}\n\n<script>\nvar a = 1;\n\nText\n\n# no\n</script>\n\n${filler(60, 60)}\n`,
  'a loose list with indented paragraphs and headings': `${filler(55)}\n\n- one\n\n  # inside the item\n\n  more of it\n\n- two\n\n  > a quote\n\nAfter the list\n\n${filler(70, 55)}\n`,
  'front matter with blank lines and a comment': `---\ntitle: A title\n\n# a comment\npublisher: X\n---\n\n# Heading\n\n${filler(150)}\n`,
  'quotes with lazy lines, setext headings, tables': `${filler(50)}\n\n> quoted\nlazy line\n\nTitle\n=====\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nSub\n---\n\n${filler(80, 50)}\n`,
  'Windows line ends': `${filler(70)}\r\n\r\n\`\`\`\r\n# code\r\n\r\nText\r\n\`\`\`\r\n\r\n# Head\r\n\r\n${filler(70, 70)}\r\n`,
};

describe('Markdown parsed in parts', () => {
  for (const [name, text] of Object.entries(TRICKY)) {
    it(`gives the blocks of one parse: ${name}`, () => {
      expect(markdownParts(text).length).toBeGreaterThan(1);
      expect(inParts(text)).toEqual(wholeParse(text));
    });
  }

  it('gives the blocks of one parse for every article of the seed and evaluation corpora', () => {
    const dirs = [path.join(ROOT, 'sources'), path.join(ROOT, 'test', 'eval', 'articles')];
    let compared = 0;
    for (const dir of dirs) {
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
        const text = readFileSync(path.join(dir, name), 'utf8');
        expect(inParts(text), name).toEqual(wholeParse(text));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10);
  });

  it('reads a line nesting lists thousands deep as plain text, not overflowing the stack', () => {
    // '- ' x 10,000 took 48 s to parse, then overflowed the stack.
    const parsed = source(`${'- '.repeat(10_000)}Songjiang has 5 firms.\n`);
    expect(parsed.blocks.map((b) => b.lines.map((l) => l.text))).toEqual([['Songjiang has 5 firms.']]);
    expect(markdownParts(`${'> '.repeat(MAX_NESTING + 1)}a\n`)[0]!.plain).toBe(true);
    expect(markdownParts(`${'> '.repeat(MAX_NESTING)}a\n`)[0]!.plain).toBe(false);
  });

  it('reads a table row of more cells than MAX_CELLS as plain text, and a table of ordinary width as Markdown', () => {
    // A one-row table of 10,000 columns took 63 s to read once.
    const wide = `|${' a |'.repeat(10_000)}\n|${'---|'.repeat(10_000)}\n|${' 1 |'.repeat(10_000)}\n`;
    expect(markdownParts(wide).map((p) => p.plain)).toEqual([true]);
    expect(
      source(wide)
        .blocks.flatMap((b) => b.lines)
        .map((l) => l.line),
    ).toEqual([1, 2, 3]);
    const table = `|${' a |'.repeat(MAX_CELLS - 1)}\n|${'---|'.repeat(MAX_CELLS - 1)}\n`;
    expect(markdownParts(table).map((p) => p.plain)).toEqual([false]);
  });

  it('reads a block longer than the parser takes on as plain text, every line kept and headings found', () => {
    const lines = Array.from({ length: MAX_PART_LINES + 100 }, (_, i) => (i === 7 ? '# Heading' : `- - item ${i}`));
    const text = `${filler(3)}\n\n${lines.join('\n')}\n\n${filler(3, 3)}\n`;
    const parts = markdownParts(text);
    expect(parts.map((p) => p.plain)).toEqual([false, true, false]);
    const parsed = source(text);
    const kept = parsed.blocks.flatMap((b) => b.lines);
    expect(kept.map((l) => l.text)).toEqual([
      ...Array.from({ length: 3 }, (_, i) => `Paragraph ${i} says something about Songjiang.`),
      ...lines.map((l) => l.replace(/^(?:- )+|^# /, '')),
      ...Array.from({ length: 3 }, (_, i) => `Paragraph ${3 + i} says something about Songjiang.`),
    ]);
    for (const l of kept) expect(text.slice(l.offset, l.offset + l.text.length)).toBe(l.text);
    expect(parsed.blocks.filter((b) => b.type === 'heading').map((b) => b.lines[0]!.text)).toEqual(['Heading']);
  });
});
