/**
 * Event facts: dated happenings ("In 2017, ... signed", "On May 24, the conference ... was
 * held"). A sentence with an event verb but no date takes the date of the event just before it
 * in the paragraph ("Construction of the 2.0 version ... has started.").
 */
import { isLocated, summarize, type SentenceContext } from '../context.js';
import { FUTURE, type FactDraft } from './draft.js';

const EVENT_VERB =
  /\b(?:signed|sealed|held|launched|released|established|founded|opened|unveiled|began|begun|started|extended|included|approved|completed|set up|co-hosted|hosted|announced|awarded|selected|issued|built|put into operation|developed to|gone through|went through|was born|were born|broke ground)\b/i;
const TIME_ADVERBIAL = /(?:\b(?:in|on|since|from|as of|starting|at the end of|year of)\s+|^)$/i;

export function extractEvents(ctx: SentenceContext): FactDraft[] {
  const text = ctx.sentence.text;
  if (FUTURE.test(text) || !EVENT_VERB.test(text)) {
    delete ctx.carry.eventDate; // only the very next sentence inherits a date
    return [];
  }
  const date = ctx.dates.find(
    (d) => TIME_ADVERBIAL.test(text.slice(Math.max(0, d.start - 20), d.start)) || /\d{4}-\d{2}-\d{2}/.test(d.iso),
  );
  // "After that, ..." moves on in time: it does not inherit the date before it.
  const iso =
    date?.iso ?? (/^(?:after that|later|then|subsequently|since then)\b/i.test(text) ? undefined : ctx.carry.eventDate);
  if (!iso) return [];
  ctx.carry.eventDate = iso;
  // The corridor the event is about, not the region it lies in ("... across the Yangtze River Delta").
  const corridor = ctx.mentions.find((m) => m.kind === 'corridor' && !isLocated(text, m))?.id;
  return [{ kind: 'event', subject: corridor ?? ctx.clauses[0]!.subject, date: iso, text: summarize(text) }];
}
