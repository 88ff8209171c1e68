/**
 * A cited sentence as a timeline entry or a table row prints it: whole when short, else cut
 * around what it is cited for (whom it is about, its figure and year, the words that name the
 * event), so the cut never takes away the fact. The note it cites has the whole sentence.
 */
import { clipAround } from '../text/clip.js';
import { balanced } from './quoteMarks.js';

/** About four lines of a timeline entry or table cell. */
export const ROW_CHARS = 320;

export function rowSentence(quote: string, keep: string[], event?: string): string {
  const text = balanced(quote);
  // The event's phrase ("Nine cities co-hosted the first joint conference") is short: its longer words are its what.
  const eventWords = (event ?? '').split(/\s+/).filter((w) => w.length >= 4 && text.includes(w));
  return clipAround(text, [...keep, ...eventWords], ROW_CHARS);
}
