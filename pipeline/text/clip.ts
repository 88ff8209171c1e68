/** Shortening text for a line, a table cell or a quote: one home, so every cut ends alike ("…"). */

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
