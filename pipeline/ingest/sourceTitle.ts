/**
 * Whether a source gives its own title. Cleaning names an article that has none by its first
 * sentence, so every fact can say where it comes from; a reader is told the source gives no
 * title instead of being shown that sentence as one.
 */

/** A title stands on a line of its own: bare, as a Markdown heading, or as front matter's `title:`. */
const BEFORE = /^[ \t]*(?:#{1,6}[ \t]+|title[ \t]*:[ \t]*["']?)?$/;
const AFTER = /^["']?[ \t]*#*[ \t]*\r?$/;

export function givesTitle(text: string, title: string): boolean {
  const wanted = title.trim();
  if (!wanted) return false;
  for (let at = text.indexOf(wanted); at !== -1; at = text.indexOf(wanted, at + 1)) {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const lineEnd = text.indexOf('\n', at + wanted.length);
    const after = text.slice(at + wanted.length, lineEnd === -1 ? text.length : lineEnd);
    if (BEFORE.test(text.slice(lineStart, at)) && AFTER.test(after)) return true;
  }
  return false;
}
