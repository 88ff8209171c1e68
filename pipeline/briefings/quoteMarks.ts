/**
 * A sentence as a briefing prints it: its words as the source has them, its quote marks put
 * right. A sentence cut from a longer quotation keeps a mark whose partner is in the next
 * sentence ("\"We have built a total of 100 smart factories."); printed inside our own quote
 * marks, its own double marks would read as ours doubled ("“6+X” strategic industries" in “...”).
 */

const DOUBLE = /["“”„]/g;
const IS_DOUBLE = /["“”„]/;
/** A single mark standing alone between spaces is a stray, not an apostrophe or a quotation. */
const STRAY_SINGLE = /(^|\s)[‘’'](?=\s|$)/g;
/** Set between two quote marks that meet ("“ ‘"), so the reader sees two marks, not one doubled. */
const THIN_SPACE = '\u2009';

/**
 * Where each double mark of a sentence opens or closes a quotation. One the sentence split left
 * open at its start, or closed with its opening in the sentence before ("..., " said Tang.), is
 * closed at the sentence's end or opened at its start: the words are still someone's. Any other
 * unpaired mark is dropped.
 */
function pairMarks(text: string): { marks: Map<number, 'open' | 'close'>; before: boolean; after: boolean } {
  const opens: number[] = [];
  const marks = new Map<number, 'open' | 'close'>();
  let first: { at: number; opening: boolean } | null = null;
  for (const m of text.matchAll(DOUBLE)) {
    const at = m.index!;
    const opening = m[0] === '“' || m[0] === '„' || (m[0] === '"' && (at === 0 || /[\s([{—–-]/.test(text[at - 1]!)));
    first ??= { at, opening };
    if (opening) opens.push(at);
    else if (opens.length > 0) {
      marks.set(opens.pop()!, 'open');
      marks.set(at, 'close');
    }
  }
  if (opens[0] === 0) {
    marks.set(0, 'open');
    return { marks, before: false, after: true };
  }
  if (first && !first.opening && !marks.has(first.at)) {
    marks.set(first.at, 'close');
    return { marks, before: true, after: false };
  }
  return { marks, before: false, after: false };
}

function withMarks(sentence: string, [open, close]: [string, string]): string {
  const text = sentence.trim();
  const { marks, before, after } = pairMarks(text);
  let out = before ? open : '';
  for (let i = 0; i < text.length; i++) {
    const mark = marks.get(i);
    if (mark) out += mark === 'open' ? open : close;
    else if (!IS_DOUBLE.test(text[i]!)) out += text[i];
  }
  return (out + (after ? close : '')).replace(STRAY_SINGLE, '$1').replace(/ {2,}/g, ' ').trim();
}

/**
 * For printing inside our own quote marks: its quotations in single marks, unpaired marks
 * dropped. A sentence that is one quotation whole needs no marks of its own inside ours.
 */
export function quoted(sentence: string): string {
  let text = withMarks(sentence, ['‘', '’']);
  const inner = text.slice(1, -1);
  if (text.startsWith('‘') && text.endsWith('’') && !/[‘’]/.test(inner.replace(/\b[’']\b|[’']s\b/g, ''))) text = inner;
  if (text.startsWith('‘')) text = THIN_SPACE + text;
  if (text.endsWith('’')) text += THIN_SPACE;
  return text;
}

/** For printing as it stands (a timeline entry): unpaired marks dropped, pairs as curly double marks. */
export function balanced(sentence: string): string {
  return withMarks(sentence, ['“', '”']);
}
