/**
 * Target facts: a goal with its deadline ("Within three years ... at least 10 unicorns",
 * "six industrial clusters ... by the end of 2020"). A deadline stated in one sentence carries
 * to the goals in the next sentence of the paragraph ("Besides, the corridor will be home to ...").
 */
import { addYears } from '../../text/dates.js';
import { clauseOfFigure, summarize, type SentenceContext } from '../context.js';
import { labelFor } from '../metricLabel.js';
import { subjectOfFigure } from '../subjects.js';
import { shiftQuantity } from '../numbers.js';
import {
  FUTURE,
  type FactDraft,
  figureFields,
  figureSpan,
  filedUnder,
  HEADLINE,
  impliedCurrency,
  isGoalAt,
} from './draft.js';

const WORD_YEARS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

export function extractTargets(ctx: SentenceContext): FactDraft[] {
  const text = ctx.sentence.text;
  if (!FUTURE.test(text) && ctx.sentence.paragraph !== HEADLINE) return [];
  const deadline = deadlineOf(text, ctx.source.published) ?? ctx.carry.deadline;
  if (deadline) ctx.carry.deadline = deadline;
  const facts: FactDraft[] = [];
  for (const q of ctx.quantities) {
    if (!isGoalAt(ctx, q.start)) continue;
    const clause = clauseOfFigure(ctx, q);
    const label = labelFor(text.slice(clause.start, clause.end), shiftQuantity(q, clause.start), ctx.index, []);
    const subject = subjectOfFigure(text, ctx.mentions, clause, figureSpan(q), ctx.recent);
    if (!label || subject.startsWith('source-')) continue;
    const filed = filedUnder(ctx, clause, subject, label);
    facts.push({
      kind: 'target',
      subject: filed.subject,
      metric: filed.label.id,
      label: filed.label.label,
      ...figureFields(q),
      ...impliedCurrency(ctx, q, label.label),
      date: deadline?.date ?? null,
      text: `${q.qualifier ? `${q.qualifier} ` : ''}${q.figure}${deadline ? ` ${deadline.phrase}` : ''}`,
    });
  }
  if (facts.length === 0 && deadline && deadlineOf(text, ctx.source.published)) {
    facts.push({ kind: 'target', subject: ctx.clauses[0]!.subject, date: deadline.date, text: summarize(text) });
  }
  return facts;
}

function deadlineOf(text: string, published: string | null): { date: string; phrase: string } | null {
  const by = /\bby\s+(?:the\s+end\s+of\s+)?((?:19|20)\d{2})\b/i.exec(text);
  if (by) return { date: by[1]!, phrase: by[0] };
  const within = /\bwithin\s+(?:the\s+next\s+)?(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+years?\b/i.exec(
    text,
  );
  if (within && published) {
    const years = WORD_YEARS[within[1]!.toLowerCase()] ?? Number(within[1]);
    return {
      date: addYears(published, years).slice(0, 4),
      phrase: `${within[0].toLowerCase()} (by ${addYears(published, years).slice(0, 4)})`,
    };
  }
  return null;
}
