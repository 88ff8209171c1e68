/** The flags that bound reading one source, shared by `build`, `watch` and `facts`. */
import { EXTRACT_BUDGET, type ExtractBudget } from '../edition/extractBudget.js';
import { UsageError } from './exitCodes.js';

export const BUDGET_HELP = `  --source-timeout S   seconds one source may take to read before it is stopped and skipped (default: 30)
  --max-source-size MB largest source read, in MB; a larger one is skipped (default: 2)`;

export const BUDGET_ARGS = {
  'source-timeout': { type: 'string', default: String(EXTRACT_BUDGET.timeoutMs / 1000) },
  'max-source-size': { type: 'string', default: String(EXTRACT_BUDGET.maxBytes / 1048576) },
} as const;

/** The flags' values -> the budget, with a clear message for a bad value. */
export function budgetFrom(values: {
  'source-timeout': string;
  'max-source-size': string;
}): Pick<ExtractBudget, 'timeoutMs' | 'maxBytes'> {
  const seconds = Number(values['source-timeout']);
  if (!Number.isFinite(seconds) || seconds < 0)
    throw new UsageError(`--source-timeout takes a number of seconds, not '${values['source-timeout']}'`);
  const mb = Number(values['max-source-size']);
  if (!Number.isFinite(mb) || mb <= 0)
    throw new UsageError(`--max-source-size takes a number of MB, not '${values['max-source-size']}'`);
  return { timeoutMs: Math.max(100, Math.round(seconds * 1000)), maxBytes: Math.round(mb * 1048576) };
}
