/**
 * Source file -> ParsedSource: front matter plus the body as blocks of positioned lines.
 * A line keeps its offset in the file so later stages can quote it verbatim.
 */
import type { RootContent } from 'mdast';
import path from 'node:path';
import { SourceError } from './errors.js';
import { parseFrontMatter, type FrontMatter } from './frontMatter.js';
import { parseMarkdown } from './parseMarkdown.js';
import type { SourceFile } from './readSources.js';

export interface SourceLine {
  /** The line's content without Markdown block markers (`#`, `>`, `-`, `1.`), untrimmed inside. */
  text: string;
  /** Offset of `text` in the file. */
  offset: number;
  /** 1-based line number. */
  line: number;
}

export interface SourceBlock {
  type: 'heading' | 'paragraph' | 'other';
  lines: SourceLine[];
}

export interface ParsedSource {
  id: string;
  path: string;
  text: string;
  sha256: string;
  frontMatter: FrontMatter;
  blocks: SourceBlock[];
}

const BLOCK_MARKER = /^[ \t]*(?:(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,9}[.)][ \t]+)[ \t]*)*/;
const SCRIPT_FRONT_MATTER = /^---[ \t]*(js|javascript|coffee|json5?)\b/i;

export function parseSource(file: SourceFile): ParsedSource {
  const scriptMatter = SCRIPT_FRONT_MATTER.exec(file.text);
  if (scriptMatter) {
    throw new SourceError(
      file.path,
      1,
      `front matter of type '${scriptMatter[1]}' is not allowed: front matter is data only (use YAML)`,
    );
  }
  const { frontMatter, blocks } = file.path.toLowerCase().endsWith('.txt') ? plainBlocks(file) : markdownBlocks(file);
  return {
    id: file.id,
    path: file.path.split(path.sep).join('/'),
    text: file.text,
    sha256: file.sha256,
    frontMatter,
    blocks,
  };
}

/** Markdown through the unified processor: headings, paragraphs and the rest, with positions. */
function markdownBlocks(file: SourceFile): { frontMatter: FrontMatter; blocks: SourceBlock[] } {
  const tree = parseMarkdown(file.text);
  let frontMatter: FrontMatter = {};
  const blocks: SourceBlock[] = [];
  for (const node of tree.children) {
    if (node.type === 'yaml') {
      frontMatter = parseFrontMatter(node.value, file.path, (node.position?.start.line ?? 1) + 1);
      continue;
    }
    const lines = linesOf(file.text, node);
    if (lines.length > 0) blocks.push({ type: blockType(node), lines });
  }
  return { frontMatter, blocks };
}

/**
 * A `.txt` article is plain text, not Markdown: blocks are runs of non-blank lines. Reading it
 * without the Markdown parser is 2-3x faster, and a line that happens to start with "#" or "1."
 * is not made a heading or a list. YAML front matter between `---` lines is still read.
 */
function plainBlocks(file: SourceFile): { frontMatter: FrontMatter; blocks: SourceBlock[] } {
  const text = file.text;
  let frontMatter: FrontMatter = {};
  let offset = 0;
  let line = 1;
  const opening = /^---[ \t]*\r?\n/.exec(text);
  if (opening) {
    const closing = /^(?:---|\.\.\.)[ \t]*$/m.exec(text.slice(opening[0].length));
    if (closing) {
      const yaml = text.slice(opening[0].length, opening[0].length + closing.index);
      frontMatter = parseFrontMatter(yaml, file.path, 2);
      offset = opening[0].length + closing.index + closing[0].length;
      line = 1 + text.slice(0, offset).split('\n').length - 1;
    }
  }
  const blocks: SourceBlock[] = [];
  let current: SourceLine[] = [];
  const flush = () => {
    if (current.length > 0) blocks.push({ type: 'paragraph', lines: current });
    current = [];
  };
  while (offset <= text.length) {
    let next = text.indexOf('\n', offset);
    if (next === -1) next = text.length;
    let raw = text.slice(offset, next);
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);
    const marker = BLOCK_MARKER.exec(raw)?.[0].length ?? 0;
    const content = raw.slice(marker).replace(/[ \t]+$/, '');
    if (content.trim() === '') flush();
    else current.push({ text: content, offset: offset + marker, line });
    offset = next + 1;
    line++;
  }
  flush();
  return { frontMatter, blocks };
}

function blockType(node: RootContent): SourceBlock['type'] {
  if (node.type === 'heading') return 'heading';
  if (node.type === 'paragraph') return 'paragraph';
  return 'other';
}

/** The node's source lines, each stripped of block markers, blank lines left out. */
function linesOf(text: string, node: RootContent): SourceLine[] {
  const start = node.position?.start;
  const end = node.position?.end;
  if (!start || !end || start.offset === undefined || end.offset === undefined) return [];
  const lines: SourceLine[] = [];
  let offset = start.offset - (start.column - 1);
  let line = start.line;
  while (offset < end.offset) {
    let next = text.indexOf('\n', offset);
    if (next === -1 || next > end.offset) next = Math.min(end.offset, text.length);
    let raw = text.slice(offset, next);
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);
    const marker = BLOCK_MARKER.exec(raw)?.[0].length ?? 0;
    const content = raw.slice(marker).replace(/[ \t]+$/, '');
    if (content.trim() !== '') lines.push({ text: content, offset: offset + marker, line });
    offset = next + 1;
    line++;
  }
  return lines;
}
