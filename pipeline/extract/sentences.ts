/**
 * Paragraph -> sentences, each a verbatim slice of the file with its offset and line, so a
 * fact's quote can always be found again in the source.
 */
import type { Paragraph } from '../clean/cleanArticle.js';

export interface Sentence {
  text: string;
  offset: number;
  line: number;
  /** Index of the paragraph in the article: subjects carry over within a paragraph only. */
  paragraph: number;
}

/** Words after which a period does not end a sentence. */
const ABBREVIATIONS =
  /(?:\b(?:Co|Ltd|Inc|Corp|No|Nos|Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|vs|etc|e\.g|i\.e|approx|Dept|Gov|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z])\.$/;
const END = /[.!?。！？]+["'”’)\]]*/g;
/** A line break before a list item's dash or bullet. */
const LIST_ITEM = /\n(?=[ \t]*[-–•*][ \t]+\S)/g;

export function splitSentences(paragraphs: Paragraph[], lineStarts: number[]): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, index) => {
    let start = 0;
    const text = paragraph.text;
    const push = (end: number) => {
      const raw = text.slice(start, end);
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (/[\p{L}\p{N}]/u.test(body)) {
        const offset = paragraph.offset + start + lead;
        sentences.push({ text: body, offset, line: lineAt(lineStarts, offset), paragraph: index });
      }
    };
    // A list item on a line of its own starts a sentence, ended by a full stop or not
    // ("up 8.1 percent year-on-year\n- General public budget revenue: ...").
    const items = [...text.matchAll(LIST_ITEM)].map((m) => m.index! + 1);
    const upTo = (position: number) => {
      while (items.length > 0 && items[0]! <= position) {
        const item = items.shift()!;
        if (item <= start) continue;
        push(item);
        start = item;
      }
    };
    END.lastIndex = 0;
    for (let m = END.exec(text); m; m = END.exec(text)) {
      upTo(m.index);
      const end = m.index + m[0].length;
      const after = text.slice(end);
      // A sentence ends only before white space and a capital, digit, quote or CJK character (or a
      // list item's dash before one: "[1][3]. - In the first half"); a Chinese full stop ends one
      // whatever follows ("...from Shanghai。Riverside ...").
      const fullWidth = /[。！？]/.test(m[0]);
      if (!fullWidth && !/^\s+(?:[-–—•]\s+)?["'“‘([]?[\p{Lu}\p{N}\p{Script=Han}]/u.test(after) && after.trim() !== '')
        continue;
      if (m[0].startsWith('.') && ABBREVIATIONS.test(text.slice(Math.max(0, m.index - 12), m.index + 1))) continue;
      push(end);
      start = end;
    }
    upTo(text.length);
    push(text.length);
  });
  return sentences;
}

/** Offsets where each line starts: line numbers by binary search instead of rescanning. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function lineAt(lineStarts: number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
