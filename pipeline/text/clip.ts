/** Shortening text for a line, a table cell, a quote or a chart label: one home, so every cut ends alike ("…"). */

/** At most `max` characters, the last being "…" when cut. */
export function clipChars(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** At most about `max` characters, cut at a word boundary when one is in the second half. */
export function clipAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = text.lastIndexOf(' ', max);
  return `${text.slice(0, end > max / 2 ? end : max)}…`;
}

/** The first `max` words, whitespace collapsed, without a dangling comma before the "…". */
export function clipWords(text: string, max: number): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  return words.length <= max
    ? words.join(' ')
    : `${words
        .slice(0, max)
        .join(' ')
        .replace(/[,;:]$/, '')}…`;
}

/** Words in lines of at most about `width` characters (a longer word keeps a line to itself), joined by "\n". */
export function wrapWords(text: string, width: number): string {
  const lines: string[] = [];
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}

/**
 * At most about `max` characters of `text` that still hold every string in `keep` (a figure, the
 * name of whom it is about): the cut falls at word boundaries and each end cut is marked "…".
 * When the kept strings alone span more than `max`, that span is kept whole. A string of `keep`
 * the text does not contain is ignored.
 */
export function clipAround(text: string, keep: string[], max: number): string {
  if (text.length <= max) return text;
  const spans = keep.flatMap((k) => {
    const at = k ? text.indexOf(k) : -1;
    return at === -1 ? [] : [[at, at + k.length] as const];
  });
  if (spans.length === 0) return clipAtWord(text, max);
  let start = Math.min(...spans.map((s) => s[0]));
  let end = Math.max(...spans.map((s) => s[1]));
  // A sentence reads from its start: kept from there when what it must keep is within reach.
  if (end <= max) {
    let cut = text.lastIndexOf(' ', max);
    if (cut < end) cut = text.indexOf(' ', end);
    if (cut === -1) return text;
    return `${text.slice(0, cut).replace(/[,;:]$/, '')}…`;
  }
  // Else the room left goes after the kept span first, then before it.
  const room = Math.max(0, max - (end - start));
  const before = Math.min(start, Math.max(0, room - (text.length - end)));
  start -= before;
  end = Math.min(text.length, end + room - before);
  // Whole words only: widen to the word a cut would split, at the kept span's ends too.
  while (start > 0 && /\S/.test(text[start - 1]!)) start--;
  while (end < text.length && /\S/.test(text[end]!)) end++;
  const body = text
    .slice(start, end)
    .trim()
    .replace(/[,;:]$/, '');
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}
