/**
 * What a reader would catch on a printed page, as functions of its text or HTML: a figure with
 * no citation mark, a heading with nothing under it.
 */

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** Text that holds numbers but no figures: what is cut out before looking for figures. */
const NOT_FIGURES = [
  /page \d+ of \d+/g, // the running footer
  /\d{4}-\d{2}(-\d{2})?/g, // ISO dates
  new RegExp(`\\b\\d{1,2} (${MONTHS}) \\d{4}\\b`, 'g'), // long dates
  /(?<![\d.,])\b(19|20)\d{2}\b(?![\d.,%])/g, // years
  /(?<=^|\s)\d{1,2}\.(?= [A-Z“])/g, // list numbers ("1. Shanghai: ...")
  /(?<![\w.,/-])\d+(\.\d+)?(\s+\d+(\.\d+)?){2,}(?![\w.,/%-])/g, // a chart axis or legend: three or more bare numbers in a row
];

/** Where the body ends: the sources table, the notes (they quote the figures' sentences) and the colophon. */
const BODY_ENDS = [
  'Sources TITLE ',
  'Notes: the sentences behind these facts',
  'Sources of these figures',
  'Made from ',
];

/** A document's text up to its sources, notes and colophon: what the briefing itself says. */
export function bodyText(pages: string[]): string {
  const text = pages.join(' ').replace(/\s+/g, ' ');
  return text.slice(0, Math.min(...BODY_ENDS.map((e) => text.indexOf(e)).filter((i) => i >= 0), text.length));
}

const CITE = /\[\d+\]/g;
const FIGURE = /(?<![\w.,/-])(?:US\$|¥|\$)?\d+(?:[.,/]\d+)*(?:%|×)?/g;
/** A sentence ends at . ! or ? before a capital, an opening quote or the end; decimals are not ends. */
const SENTENCE_END = /[.!?](?=\s+[A-Z“"(]|\s*$)/g;

/**
 * Every figure in a document's body with no citation mark after it in its sentence, as the
 * sentence's text. Page numbers, dates, years, list and note numbers, chart axes and the
 * colophon hold no figures.
 */
export function uncitedFigures(pages: string[]): string[] {
  let body = bodyText(pages).replace(CITE, ' ¶ ');
  for (const pattern of NOT_FIGURES) body = body.replace(pattern, ' ');
  const found: string[] = [];
  for (const sentence of body.split(SENTENCE_END)) {
    const lastCite = sentence.lastIndexOf('¶');
    for (const figure of sentence.matchAll(FIGURE))
      if (figure.index > lastCite) found.push(`${figure[0]} in: ${sentence.trim().slice(0, 160)}`);
  }
  return found;
}

const HEADING = /<h([1-6])\b[^>]*>[\s\S]*?<\/h\1>/g;

/** Every heading followed directly by another heading or by nothing, as its text. */
export function headingsWithNothingUnder(html: string): string[] {
  const body = html.slice(html.indexOf('<body'));
  const headings = [...body.matchAll(HEADING)];
  return headings.flatMap((h, i) => {
    const next = headings[i + 1]?.index ?? body.length;
    const under = body
      .slice(h.index + h[0].length, next)
      .replace(/<style[\s\S]*?<\/style>/g, '')
      .replace(/<[^>]*>/g, '')
      .trim();
    return under ? [] : [h[0].replace(/<[^>]*>/g, '').trim()];
  });
}

/** The cover's as-of line as printed ("As of 24 May 2024", or "The sources give no date"), after which a briefing's lede starts. */
const AS_OF = new RegExp(
  `(?:As of (?:\\d{1,2} (?:${MONTHS}) \\d{4}|(?:${MONTHS}) \\d{4}|\\d{4})|The sources give no date) `,
);

/**
 * The lede as printed: the text of the first page after the cover's as-of line up to the first
 * of `ends` (the document's section headings and chart captions); null when there is no as-of line.
 */
export function ledeText(firstPage: string, ends: string[]): string | null {
  const start = AS_OF.exec(firstPage);
  if (!start) return null;
  const rest = firstPage.slice(start.index + start[0].length);
  const cut = Math.min(...ends.map((e) => rest.indexOf(e)).filter((i) => i >= 0), rest.length);
  return rest.slice(0, cut).trim();
}

/** Every text an SVG prints, as it prints it: one entry per <text> element, its lines joined by a space. */
export function svgTexts(svg: string): string[] {
  const decode = (s: string) =>
    s.replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, e: string) => HTML_ENTITIES[e]!).replace(/\s+/g, ' ');
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) =>
    decode(m[1]!.replace(/<[^>]*>/g, ' ')).trim(),
  );
}
const HTML_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  '#x27': "'",
  nbsp: ' ',
};

/** Chart texts cut short: ending in an ellipsis, as Vega marks a label it truncated. */
export const clippedTexts = (svg: string): string[] => svgTexts(svg).filter((t) => /(…|\.\.\.)$/.test(t));
