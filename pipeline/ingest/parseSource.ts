/**
 * Source file -> ParsedSource: front matter plus the body as blocks of positioned lines.
 * A line keeps its offset in the file so later stages can quote it verbatim.
 */
import type { RootContent } from 'mdast';
import path from 'node:path';
import { SourceError } from './errors.js';
import { parseFrontMatter, type FrontMatter } from './frontMatter.js';
import { ATX_HEADING, MAX_PART_LINES, markdownParts, type MarkdownPart } from './markdownParts.js';
import { parseMarkdown } from './parseMarkdown.js';
import type { SourceFile } from './readSources.js';

export interface SourceLine {
  /** The line's content without Markdown block markers (`#`, `>`, `-`, `1.`), untrimmed inside. */
  text: string;
  /** Offset of `text` in the file. */
  offset: number;
  /** 1-based line number. */
  line: number;
  /** The line opened a list item ("- ", "* ", "1. "). */
  item?: boolean;
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
/** The end of a block marker that opens a list item. */
const LIST_MARKER = /(?:[-*+]|\d{1,9}[.)])[ \t]+$/;
const itemFlag = (marker: string) => (LIST_MARKER.test(marker) ? { item: true } : {});
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

/**
 * Markdown through the unified processor, part by part (see markdownParts): headings, paragraphs
 * and the rest, with positions in the file.
 */
function markdownBlocks(file: SourceFile): { frontMatter: FrontMatter; blocks: SourceBlock[] } {
  let frontMatter: FrontMatter = {};
  const blocks: SourceBlock[] = [];
  const parts = markdownParts(file.text);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part.plain) {
      blocks.push(...plainRuns(file.text, part.start, part.end, part.line, true));
      continue;
    }
    const tree = parseMarkdown(file.text.slice(part.start, part.end));
    // A fence or an HTML block left open at the part's end goes on into the next: parse the two as one.
    const next = parts[i + 1];
    if (next && !next.plain && runsOn(tree.children.at(-1), file.text, part)) {
      parts[i + 1] = { ...part, end: next.end, plain: next.line - part.line > MAX_PART_LINES };
      continue;
    }
    for (const node of tree.children) {
      if (node.type === 'yaml') {
        frontMatter = parseFrontMatter(node.value, file.path, part.line + (node.position?.start.line ?? 1));
        continue;
      }
      const lines = linesOf(file.text, node, part);
      if (lines.length > 0) blocks.push({ type: blockType(node), lines });
    }
  }
  return { frontMatter, blocks };
}

/** A fenced code or HTML block (of the kinds a blank line does not end) that the part's end cut short. */
function runsOn(node: RootContent | undefined, text: string, part: MarkdownPart): boolean {
  if (!node?.position || (node.type !== 'code' && node.type !== 'html')) return false;
  const own = text.slice(part.start + node.position.start.offset!, part.start + node.position.end.offset!);
  const fence = /^ {0,3}(`{3,}|~{3,})/.exec(own);
  if (node.type === 'code') {
    if (!fence) return false;
    const closing = own.trimEnd().split('\n').at(-1)!.trim();
    return !(own.includes('\n') && closing.startsWith(fence[1]!) && new Set(closing).size === 1);
  }
  const ends: [RegExp, RegExp][] = [
    [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
    [/^ {0,3}<!--/, /-->/],
    [/^ {0,3}<\?/, /\?>/],
    [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
    [/^ {0,3}<![A-Za-z]/, />/],
  ];
  const kind = ends.find(([opening]) => opening.test(own));
  return !!kind && !kind[1].test(own.slice(kind[0].exec(own)![0].length));
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
  return { frontMatter, blocks: plainRuns(text, offset, text.length, line, false) };
}

/**
 * Runs of non-blank lines from `offset` to `end`, each a paragraph; with `headings`, a Markdown
 * part read as plain text, where a line opening with `#` (outside fenced code) is a heading.
 */
function plainRuns(text: string, offset: number, end: number, line: number, headings: boolean): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  let current: SourceLine[] = [];
  let fenced = false;
  const flush = () => {
    if (current.length > 0) blocks.push({ type: 'paragraph', lines: current });
    current = [];
  };
  while (offset <= end) {
    let next = text.indexOf('\n', offset);
    if (next === -1 || next > end) next = end;
    let raw = text.slice(offset, next);
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);
    const marker = BLOCK_MARKER.exec(raw)?.[0].length ?? 0;
    const content = raw.slice(marker).replace(/[ \t]+$/, '');
    if (headings && /^ {0,3}(?:`{3,}|~{3,})/.test(raw)) fenced = !fenced;
    ATX_HEADING.lastIndex = 0;
    if (content.trim() === '') flush();
    else if (headings && !fenced && ATX_HEADING.test(raw)) {
      flush();
      blocks.push({ type: 'heading', lines: [{ text: content, offset: offset + marker, line }] });
    } else current.push({ text: content, offset: offset + marker, line, ...itemFlag(raw.slice(0, marker)) });
    offset = next + 1;
    line++;
  }
  flush();
  return blocks;
}

function blockType(node: RootContent): SourceBlock['type'] {
  if (node.type === 'heading') return 'heading';
  if (node.type === 'paragraph') return 'paragraph';
  return 'other';
}

/** The node's source lines, each stripped of block markers, blank lines left out; positions are the part's. */
function linesOf(text: string, node: RootContent, part: MarkdownPart): SourceLine[] {
  const start = node.position?.start;
  const end = node.position?.end;
  if (!start || !end || start.offset === undefined || end.offset === undefined) return [];
  const lines: SourceLine[] = [];
  const endOffset = part.start + end.offset;
  let offset = part.start + start.offset - (start.column - 1);
  let line = part.line + start.line - 1;
  while (offset < endOffset) {
    let next = text.indexOf('\n', offset);
    if (next === -1 || next > endOffset) next = Math.min(endOffset, text.length);
    let raw = text.slice(offset, next);
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);
    const marker = BLOCK_MARKER.exec(raw)?.[0].length ?? 0;
    const content = raw.slice(marker).replace(/[ \t]+$/, '');
    if (content.trim() !== '')
      lines.push({ text: content, offset: offset + marker, line, ...itemFlag(raw.slice(0, marker)) });
    offset = next + 1;
    line++;
  }
  return lines;
}
