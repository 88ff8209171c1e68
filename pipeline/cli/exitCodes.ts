/**
 * The command line's exit codes: the only numbers a script calling `briefings` needs. Each
 * failure class has its own, so a scheduler can tell "one article is bad" from "try later".
 */
import { LockError } from '../edition/lock.js';
import { SourceError } from '../ingest/errors.js';

export const EXIT = {
  ok: 0,
  /** Some input was bad (a source, reference table, template or briefing failed); the rest was built. */
  someInputBad: 1,
  /** The command line itself: unknown command or option, a bad value. */
  usage: 2,
  /** Another build holds the output folder and did not finish within --wait. */
  lockHeld: 3,
  /** Anything else: a bug or the machine (disk full, permissions); the message says which. */
  failed: 4,
  interrupted: 130,
  terminated: 143,
} as const;

export const EXIT_CODES_HELP = `Exit codes:
  0    done
  1    some input was bad (named above); everything else was built
  2    usage: unknown command or option, or a bad value
  3    another build holds the output folder (see --wait)
  4    failed for another reason (the message says which)
  130  interrupted (Ctrl-C); 143 terminated
`;

/** The exit code for an error that stopped a command. */
export function exitCodeFor(error: unknown): number {
  if (error instanceof LockError) return EXIT.lockHeld;
  if (error instanceof UsageError || isParseArgsError(error)) return EXIT.usage;
  // Input that stops a whole command (no reference tables at all) is still bad input, not a crash.
  if (error instanceof SourceError) return EXIT.someInputBad;
  return EXIT.failed;
}

/** A bad value on the command line ("--print takes duplex, grayscale, crop-safe"). */
export class UsageError extends Error {
  override name = 'UsageError';
}

const isParseArgsError = (error: unknown) =>
  typeof (error as { code?: unknown })?.code === 'string' &&
  (error as { code: string }).code.startsWith('ERR_PARSE_ARGS');
