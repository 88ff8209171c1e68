/**
 * A Markdown file -> the parts it is parsed in, one at a time. The Markdown parser (micromark)
 * takes time that grows faster than the text in long blocks and in nested lists and quotes
 * (`"- "` x 2,000 on one line: 1.2 s; a two-deep list of 8,000 lines: 42 s; a paragraph of
 * 8,000 lines: 1.2 s), so a file is cut where no block can go on: before a line at the left
 * margin, after a blank line, that no list, quote, fenced code, HTML block or front matter
 * continues. Each part parsed on its own gives the blocks one parse of the file would give.
 *
 * A stretch no such cut shortens to MAX_PART_LINES lines, or with a line nesting more than
 * MAX_NESTING lists and quotes or of more than MAX_CELLS table cells (no article has any), is read
 * as plain text: runs of lines, a line opening with `#` a heading. So parsing is linear in the
 * file, whatever it holds.
 */

export interface MarkdownPart {
  /** Offsets in the file: the part is `text.slice(start, end)`, whole lines. */
  start: number;
  end: number;
  /** 1-based line number of the part's first line. */
  line: number;
  /** Read as plain text rather than parsed as Markdown. */
  plain: boolean;
}

/** Lines of a stretch between cuts that Markdown parsing takes on; beyond it, plain text. */
export const MAX_PART_LINES = 200;
/** Lists and quotes one line may open, one inside the other; beyond it, plain text. */
export const MAX_NESTING = 8;
/** Table cells one line may have (`|` in it); beyond it, plain text (10,000 columns took 1 s a row). */
export const MAX_CELLS = 500;
/** Parts are made of whole stretches up to about this many lines, so a long article is a few parses. */
const PART_LINES = 120;

// A cut goes before a line at the margin that cannot carry on a list item (marker or digit) or a quote.
const STARTS_FRESH = /[^\s>*+\-\d]/y;
const BLANK = /[ \t]*\r?$/my;
const FENCE = / {0,3}(`{3,}|~{3,})/y;
/** HTML blocks that a blank line does not end (CommonMark kinds 1-5), by how each ends. */
const HTML_OPENINGS: [RegExp, RegExp][] = [
  [/ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/imy, /<\/(?:script|pre|style|textarea)>/i],
  [/ {0,3}<!--/y, /-->/],
  [/ {0,3}<\?/y, /\?>/],
  [/ {0,3}<![A-Za-z]/y, />/],
  [/ {0,3}<!\[CDATA\[/y, /\]\]>/],
];
const FRONT_MATTER_FENCE = /---[ \t]*\r?$/my;
const CONTAINER = /[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t\r]|$))/my;
const INDENT_LIMIT = 4 * MAX_NESTING;

const at = (re: RegExp, text: string, index: number): RegExpExecArray | null => {
  re.lastIndex = index;
  return re.exec(text);
};

export function markdownParts(text: string): MarkdownPart[] {
  // Stretches between cuts, each with its line count and whether it nests too deep.
  const stretches: { start: number; line: number; lines: number; deep: boolean }[] = [];
  let fence: { char: string; length: number } | null = null;
  let html: RegExp | null = null;
  let frontMatter = at(FRONT_MATTER_FENCE, text, 0) !== null;
  let previousBlank = false;
  let offset = 0;
  for (let line = 1; offset <= text.length; line++) {
    let next = text.indexOf('\n', offset);
    if (next === -1) next = text.length;
    const blank = at(BLANK, text, offset) !== null;
    const cut =
      stretches.length === 0 ||
      (previousBlank && !fence && !html && !frontMatter && at(STARTS_FRESH, text, offset) !== null);
    if (cut) stretches.push({ start: offset, line, lines: 0, deep: false });
    const stretch = stretches[stretches.length - 1]!;
    stretch.lines++;
    const content = text.slice(offset, next);
    if (!stretch.deep && !blank && tooDeep(content)) stretch.deep = true;

    // What this line opens or closes that a blank line would not end.
    if (frontMatter) {
      if (line > 1 && at(FRONT_MATTER_FENCE, text, offset) !== null) {
        frontMatter = false;
        // The front matter is a part of its own: whatever follows starts afresh.
        if (next < text.length) stretches.push({ start: next + 1, line: line + 1, lines: 0, deep: false });
      }
    } else if (fence) {
      const close = at(FENCE, text, offset);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length && content.trim() === close[1])
        fence = null;
    } else if (html) {
      if (html.test(content)) html = null;
    } else {
      const open = at(FENCE, text, offset);
      if (open) fence = { char: open[1]![0]!, length: open[1]!.length };
      else
        for (const [opening, ending] of HTML_OPENINGS) {
          const m = at(opening, text, offset);
          if (m) {
            if (!ending.test(content.slice(m[0].length))) html = ending;
            break;
          }
        }
    }
    previousBlank = blank;
    offset = next + 1;
  }

  const parts: MarkdownPart[] = [];
  for (const [i, stretch] of stretches.entries()) {
    const end = stretches[i + 1]?.start ?? text.length;
    if (stretch.start >= end && i > 0) continue;
    const plain = stretch.deep || stretch.lines > MAX_PART_LINES;
    const last = parts[parts.length - 1];
    // Parsed stretches join the part before while it stays short.
    if (last && !last.plain && !plain && stretch.line - last.line + stretch.lines <= PART_LINES) last.end = end;
    else parts.push({ start: stretch.start, end, line: stretch.line, plain });
  }
  return parts;
}

/** A line opening more than MAX_NESTING lists and quotes, indented as deep as that, or of more than MAX_CELLS cells. */
function tooDeep(line: string): boolean {
  let cells = 0;
  for (let i = line.indexOf('|'); i !== -1 && cells <= MAX_CELLS; i = line.indexOf('|', i + 1)) cells++;
  if (cells > MAX_CELLS) return true;
  let indent = 0;
  for (let i = 0; i < line.length && (line[i] === ' ' || line[i] === '\t'); i++) indent += line[i] === '\t' ? 4 : 1;
  if (indent > INDENT_LIMIT) return true;
  let depth = 0;
  CONTAINER.lastIndex = 0;
  while (depth <= MAX_NESTING && CONTAINER.lastIndex < line.length && CONTAINER.test(line)) depth++;
  return depth > MAX_NESTING;
}

/** An ATX heading line ("# Title") of a part read as plain text. */
export const ATX_HEADING = / {0,3}#{1,6}(?:[ \t]|\r?$)/y;
