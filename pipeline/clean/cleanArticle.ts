/**
 * ParsedSource -> Article: the article's own text, its metadata, and a record of every line
 * dropped and why. Scraped pages carry navigation, bylines, comment forms and whole unrelated
 * stories glued underneath; none of it may reach a briefing.
 */
import type { Dropped, Source } from '../facts/factModel.js';
import type { BoilerplateRow, Reference } from '../ingest/reference.js';
import type { ParsedSource, SourceLine } from '../ingest/parseSource.js';
import { parseDate } from '../text/dates.js';
import { SourceError } from '../ingest/errors.js';
import { clipChars, clipWords } from '../text/clip.js';

export interface Paragraph {
  /** Verbatim slice of the file from the first kept line to the end of the last. */
  text: string;
  offset: number;
  line: number;
}

export interface Article {
  source: Source;
  /** The full file text: quotes are checked against it. */
  fileText: string;
  paragraphs: Paragraph[];
  dropped: Dropped[];
  /** The headline as the page gives it (front matter or a title line); null when the title is the first sentence. */
  headline: string | null;
}

/**
 * `lastLine`: a line unwrapped from several (see `unwrapHardWrapped`) ends on a later line.
 * `row`: a row of a fact sheet (see `factSheetRows`), a paragraph of its own.
 */
type Line = SourceLine & { block: number; heading: boolean; lastLine?: number; row?: boolean };

/** "Land Area     121.68 km2": a label, a gap of spaces or a tab, a value; as a page's table is scraped. */
const KEY_VALUE = /^\s*[A-Z][\p{L}&'’()/ -]{1,40}?(?:\s{3,}|\t+)\S/u;
/** Consecutive key-value lines that make a fact sheet. */
const MIN_SHEET_ROWS = 3;

/** A line of prose: long enough, or ending like a sentence. Anything else in the body is a fragment. */
const words = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;
const endsLikeSentence = (text: string) => /[.!?。！？"”'’:：;)]\s*$/.test(text);
const isProse = (text: string) => (words(text) >= 12 && endsLikeSentence(text)) || words(text) >= 25;
/** Listing-page headlines: "Title | Tag | Tag". */
/** "Headline | Tag | Tag": the last two cells short. Anchored at the end, so a long line is cheap. */
const PIPE_TAGS = /\s\|\s[^|]{1,60}\s\|\s[^|]{1,60}$/;
const MIN_FRAGMENT_WORDS = 8;
/** A list item's bullet that the source parser leaves in the text (it strips "- ", "* ", "1. "). */
const BULLET = /^\s*[•–·]\s/;
/** The longest photo caption, in words: a longer line under a repeated headline is the article's own. */
const MAX_CAPTION_WORDS = 40;
/** A dateline on its own ("15 July 2015", "Monday, March 3, 2021 10:05") is not a headline. */
const DATE_LINE =
  /^(?:[A-Za-z]+,?\s+)?(?:\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{4}[-./]\d{1,2}[-./]\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;

export function cleanArticle(parsed: ParsedSource, reference: Pick<Reference, 'boilerplate'>): Article {
  const lines: Line[] = unwrapHardWrapped(
    parsed.blocks.flatMap((block, i) =>
      block.lines.map((l) => ({ ...l, block: i, heading: block.type === 'heading' })),
    ),
    parsed.text,
  );
  const dropped: Dropped[] = [];
  const drop = (line: Line, reason: string, extra = 0) =>
    dropped.push({
      source: parsed.id,
      line: line.line,
      text: clip(line.text) + (extra > 0 ? ` (+${extra} more line${extra > 1 ? 's' : ''})` : ''),
      reason,
    });

  markFactSheetRows(lines);
  const bodyStart = lines.findIndex(
    (l) => !l.heading && isProse(l.text) && !matchBoilerplate(l.text, reference.boilerplate),
  );
  const header = bodyStart === -1 ? lines : lines.slice(0, bodyStart);
  const titleLine = header.find((l) => isTitleCandidate(l, reference.boilerplate));

  const kept: Line[] = [];
  const headline = (parsed.frontMatter.title ?? titleLine?.text ?? '').trim();
  let headlineSeen = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // The headline again after the page's own title line is a photo's alt text, and the line under it,
    // when the next photo or a heading follows, that photo's caption ("Kunshan accounts for ...").
    if (headline && line.text.trim() === headline) {
      if (headlineSeen && line !== titleLine) {
        drop(line, 'photo alt text (the headline again)');
        // A caption is followed by the next photo or by a heading, the article's own lead by prose.
        const [caption, after] = [lines[i + 1], lines[i + 2]];
        if (
          caption &&
          after &&
          words(caption.text) <= MAX_CAPTION_WORDS &&
          caption.text.trim() !== headline &&
          (after.text.trim() === headline || !isProse(after.text))
        ) {
          drop(caption, 'photo caption');
          i++;
        }
        continue;
      }
      headlineSeen = true;
    }
    const rule = matchBoilerplate(line.text, reference.boilerplate);
    // "Latest News" above the headline is navigation: an article cannot end before its body starts.
    if (rule?.action === 'end' && bodyStart !== -1 && i > bodyStart) {
      dropRest(lines.slice(i), rule.reason, drop);
      break;
    }
    let rest = rule?.action === 'prefix' ? restAfterPrefix(line, rule) : null;
    // "date 2022-05-27 BEIJING, May 27, 2022 /PRNewswire/ -- In the first quarter ...": two prefixes.
    for (let again = rest && matchBoilerplate(rest.text, reference.boilerplate); again?.action === 'prefix'; ) {
      const next = restAfterPrefix(rest!, again);
      if (!next || next.offset === rest!.offset) break;
      rest = next;
      again = matchBoilerplate(rest.text, reference.boilerplate);
    }
    if (rule && !rest) {
      drop(line, rule.reason);
      continue;
    }
    if (rest) {
      // "date 2021-11-05 The district's revenue ...": the article's first sentence shares the line.
      kept.push(rest);
      continue;
    }
    const inBody = bodyStart !== -1 && i > bodyStart;
    if (inBody && isStoryBoundary(lines, i)) {
      dropStories(lines.slice(i), drop);
      break;
    }
    if (line === titleLine) drop(line, 'title');
    else if (line.row && /\d/.test(line.text)) kept.push(line);
    // "- Total imports and exports: $3.012 billion": a short list item in the body with a figure is
    // a row of the article's list, not a caption.
    else if (inBody && (line.item || BULLET.test(line.text)) && /\d/.test(line.text) && words(line.text) >= 3)
      kept.push(line);
    else if (inBody && isMenu(line.text)) drop(line, 'navigation menu');
    else if (i > 0 && line.text.trim() === lines[i - 1]!.text.trim()) drop(line, 'repeated line');
    else if (
      !isProse(line.text) &&
      (words(line.text) < MIN_FRAGMENT_WORDS || !endsLikeSentence(line.text)) &&
      (i < bodyStart || words(line.text) < MIN_FRAGMENT_WORDS)
    ) {
      drop(line, i < bodyStart || bodyStart === -1 ? 'page header' : 'fragment: heading, caption or byline');
    } else kept.push(line);
  }

  const paragraphs = groupParagraphs(kept, parsed.text);
  if (paragraphs.length === 0) {
    throw new SourceError(
      parsed.path,
      null,
      'no article text: every line is boilerplate or a fragment, so there are no sentences to read',
    );
  }
  const fm = parsed.frontMatter;
  const headerText = header.map((l) => l.text);
  return {
    source: {
      id: parsed.id,
      path: parsed.path,
      title: fm.title ?? titleLine?.text.trim() ?? titleFromText(paragraphs[0]!.text),
      published: (fm.published && parseDate(fm.published)) || firstDate(headerText, lines, reference.boilerplate),
      publisher: fm.publisher ?? publisherFrom(headerText),
      url: fm.url ?? null,
      sha256: parsed.sha256,
    },
    fileText: parsed.text,
    paragraphs,
    dropped,
    headline: fm.title ?? titleLine?.text.trim() ?? null,
  };
}

function matchBoilerplate(text: string, rules: BoilerplateRow[]): BoilerplateRow | undefined {
  const trimmed = text.trim();
  return rules.find((rule) => rule.pattern.test(trimmed));
}

/** The line after a `prefix` rule's match, when what follows is prose of its own. */
function restAfterPrefix(line: Line, rule: BoilerplateRow): Line | null {
  const trimmedStart = line.text.length - line.text.trimStart().length;
  const match = rule.pattern.exec(line.text.trim());
  if (!match) return null;
  const cut = trimmedStart + match.index + match[0].length;
  const lead = line.text.slice(cut).length - line.text.slice(cut).trimStart().length;
  const text = line.text.slice(cut + lead);
  return isProse(text) ? { ...line, text, offset: line.offset + cut + lead } : null;
}

function isTitleCandidate(line: Line, rules: BoilerplateRow[]): boolean {
  const n = words(line.text);
  return (
    n >= 3 &&
    n <= 40 &&
    !matchBoilerplate(line.text, rules) &&
    !/^[\d\s:./-]+$/.test(line.text) &&
    !DATE_LINE.test(line.text.trim()) &&
    !/[.。]$/.test(line.text.trim())
  );
}

/** "ABOUT Introduction Development Zones Officials": capitalised words only, no sentence and no figure. */
function isMenu(text: string): boolean {
  const all = text.trim().split(/\s+/);
  return all.length >= 5 && !endsLikeSentence(text) && !/\d/.test(text) && all.every((w) => /^[\p{Lu}|&/-]/u.test(w));
}

/** A glued-on story starts where a headline is repeated (listing pages) or carries "| tags". */
function isStoryBoundary(lines: Line[], i: number): boolean {
  const text = lines[i]!.text.trim();
  const next = lines[i + 1]?.text.trim();
  // A headline repeated; a photo caption given twice (alt text, then caption) ends with a full stop.
  return (words(text) >= 4 && next === text && !/[.。]$/.test(text)) || (text.includes(' | ') && hasPipeTags(text));
}

function hasPipeTags(text: string): boolean {
  const match = PIPE_TAGS.exec(text);
  return !!match && /\S/.test(text.slice(0, match.index)) && match.index >= 9;
}

function dropRest(rest: Line[], reason: string, drop: (l: Line, r: string, extra?: number) => void) {
  if (rest.length > 0) drop(rest[0]!, reason, rest.length - 1);
}

/** Every story after the boundary is recorded on its own, by its headline. */
function dropStories(rest: Line[], drop: (l: Line, r: string, extra?: number) => void) {
  let start = 0;
  for (let i = 1; i <= rest.length; i++) {
    if (i === rest.length || (isStoryBoundary(rest, i) && rest[i - 1]!.text.trim() !== rest[i]!.text.trim())) {
      const headline = rest[start]!.text.trim().split(' | ')[0]!;
      drop(rest[start]!, `unrelated story glued on: "${clip(headline, 80)}"`, i - start - 1);
      start = i;
    }
  }
}

/**
 * A zone's fact sheet scraped from a page's table ("GDP     RMB 64.7 billion (2014)"): each row is
 * a figure with its label, not a page header or fragment. Only a run of such rows is a sheet.
 */
function markFactSheetRows(lines: Line[]): void {
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && lines[j]!.line === lines[i]!.line + (j - i) && KEY_VALUE.test(lines[j]!.text)) j++;
    if (j - i >= MIN_SHEET_ROWS) for (let k = i; k < j; k++) lines[k]!.row = true;
    i = Math.max(j, i + 1);
  }
}

/**
 * A line longer than any wrap width that ends a sentence is a paragraph of its own: a scraped page
 * that puts one paragraph per line and no blank line between. Hard-wrapped text ("How can
 * Heilongjiang catch up with the rest of the") never has lines this long.
 */
const LONG_LINE = 200;
const endsParagraph = (text: string) => text.length >= LONG_LINE && /[.!?。”"’)]\s*$/.test(text);

function groupParagraphs(kept: Line[], fileText: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let run: Line[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const first = run[0]!;
    const last = run[run.length - 1]!;
    paragraphs.push({
      text: fileText.slice(first.offset, last.offset + last.text.length),
      offset: first.offset,
      line: first.line,
    });
    run = [];
  };
  for (const line of kept) {
    const prev = run[run.length - 1];
    if (
      prev &&
      (prev.block !== line.block ||
        (prev.lastLine ?? prev.line) + 1 !== line.line ||
        prev.row ||
        line.row ||
        endsParagraph(prev.text))
    )
      flush();
    run.push(line);
  }
  flush();
  return paragraphs;
}

/**
 * Press-release wires and e-mail archives break lines at a fixed width, sometimes with a blank
 * line after each, so every sentence is cut into fragments that would be dropped. Such a page is
 * told by its widths: its longest lines cluster just under one width (at most 120 characters),
 * and a line was broken there when the next line's first word would not have fitted. Those
 * lines are joined back, verbatim (the blank lines stay in the text, so quotes still match).
 */
function unwrapHardWrapped(lines: Line[], fileText: string): Line[] {
  const width = wrapWidth(lines);
  if (width === null) return lines;
  const wrapped = (line: Line, next: Line | undefined) =>
    !!next &&
    !line.heading &&
    !next.heading &&
    line.text.trimEnd().length <= width * 1.1 &&
    !endsLikeSentence(line.text) &&
    line.text.trimEnd().length + 1 + (next.text.trim().split(/\s/)[0]?.length ?? 0) > width;
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    let j = i;
    while (wrapped(lines[j]!, lines[j + 1])) j++;
    if (j === i) {
      out.push(lines[i]!);
      continue;
    }
    const first = lines[i]!;
    const last = lines[j]!;
    const text = fileText.slice(first.offset, last.offset + last.text.length);
    out.push({ ...first, text, block: last.block, lastLine: last.line });
    i = j;
  }
  return out;
}

/** The width a page was wrapped at, or null when its lines are not hard-wrapped. */
function wrapWidth(lines: Line[]): number | null {
  const lengths = lines.filter((l) => !l.heading).map((l) => l.text.trimEnd().length);
  if (lengths.length < 8) return null;
  const sorted = [...lengths].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.9)]!;
  if (width < 40 || width > 120) return null;
  // Wrapped text fills its lines: most lines longer than half the width end within 15 % of it.
  const long = lengths.filter((n) => n > width / 2 && n <= width);
  const full = long.filter((n) => n >= width * 0.85);
  return long.length >= 6 && full.length >= long.length * 0.5 ? width : null;
}

function firstDate(header: string[], lines: Line[], rules: BoilerplateRow[]): string | null {
  // Dates usually sit in the header; datelines matched as boilerplate near the top count too.
  const near = lines
    .slice(0, 12)
    .filter((l) => matchBoilerplate(l.text, rules))
    .map((l) => l.text);
  for (const text of [...header, ...near]) {
    const date = parseDate(text);
    if (date && /\d{4}-\d{2}-\d{2}/.test(date)) return date;
  }
  return null;
}

function publisherFrom(header: string[]): string | null {
  for (const text of header) {
    const m = /^\s*(?:source|from|publisher)\s*[:：]\s*([^|\d][^|]*?)\s*(?:\||$)/i.exec(text);
    if (m) return m[1]!.trim();
  }
  return null;
}

function titleFromText(text: string): string {
  const first = text.split(/(?<=[.!?])\s/)[0]!.trim();
  // Up to 14 words whole; longer, the first 12.
  return first.split(/\s+/).length <= 14 ? first.replace(/[.!?]$/, '') : clipWords(first, 12);
}

const clip = (text: string, max = 120) => clipChars(text.trim(), max);
