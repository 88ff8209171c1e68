/**
 * The sources a briefing cites, as its Sources table lists them: each with its own title (an
 * untitled article is never shown under its first sentence as if that were its title, but as an
 * untitled article beginning with its first words), its publisher, date and web address or file;
 * and the columns some row fills, so none prints empty on every row.
 */
import type { Source } from '../facts/factModel.js';
import type { BriefingModel, SourceRow } from './briefingModel.js';

/** The title a source gives itself; null when the model's is its first sentence. */
export function ownTitle(source: Source, untitled: ReadonlySet<string>): string | null {
  return untitled.has(source.id) ? null : source.title;
}

/** What names a source where one line must: its own title, else its file. */
export function sourceName(source: Source, untitled: ReadonlySet<string>): string {
  return ownTitle(source, untitled) ?? source.path;
}

/** How many words of an untitled source's opening the Sources table quotes to tell it apart. */
const OPENING_WORDS = 8;

/** The first words of an untitled source's opening sentence, ending in an ellipsis when cut. */
export function openingWords(sentence: string): string {
  const words = sentence.replace(/…$/, '').split(/\s+/).filter(Boolean);
  if (words.length <= OPENING_WORDS) return words.join(' ');
  return `${words
    .slice(0, OPENING_WORDS)
    .join(' ')
    .replace(/[,;:]$/, '')} …`;
}

export function sourceRows(
  sources: Source[],
  citedPaths: Set<string>,
  untitled: ReadonlySet<string>,
): Pick<BriefingModel, 'sources' | 'sourceColumns'> {
  const rows: SourceRow[] = sources
    .filter((s) => citedPaths.has(s.path))
    .map((s) => ({
      id: s.id,
      title: ownTitle(s, untitled),
      opening: untitled.has(s.id) ? openingWords(s.title) : null,
      publisher: s.publisher,
      published: s.published,
      url: s.url,
      path: s.path,
    }));
  return {
    sources: rows,
    sourceColumns: {
      publisher: rows.some((r) => r.publisher),
      url: rows.some((r) => r.url),
      file: rows.some((r) => !r.url),
    },
  };
}
