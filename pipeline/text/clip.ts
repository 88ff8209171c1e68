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
