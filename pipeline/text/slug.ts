/**
 * The one slug rule, for entity ids, source ids and output file names alike: lowercase ASCII
 * letters, digits, `_` and dashes (and Chinese characters where asked), accents dropped,
 * possessive 's dropped, at most 80 characters. Empty when nothing is left: callers choose
 * their fallback.
 */
export function slugify(text: string, options: { han?: boolean } = {}): string {
  const other = options.han ? /[^a-z0-9_\p{Script=Han}]+/gu : /[^a-z0-9_]+/g;
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(other, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}
