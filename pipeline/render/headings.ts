/**
 * The headings of a document we rendered, in order, as a reader sees them: what its PDF
 * bookmarks should say. Chromium names bookmarks after the laid-out heading and drops the space
 * wherever a heading wraps ("Science andTechnology"), so the print stage puts these back.
 */
const HEADING = /<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' };

export function headingTexts(html: string): string[] {
  return [...html.matchAll(HEADING)].map((m) =>
    m[2]!
      .replace(/<[^>]*>/g, ' ')
      .replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, e: string) => ENTITIES[e]!)
      .replace(/\s+/g, ' ')
      .trim(),
  );
}
