/**
 * What reading one source may cost, its defaults, and the errors a source over it is reported
 * with (the same on the build's thread and in a worker).
 */
import os from 'node:os';
import { SourceError } from '../ingest/errors.js';

/** What reading one source may cost, and where it is read. Over budget, a source is reported by name and skipped. */
export interface ExtractBudget {
  /** Time one source may take, in ms: past it, it is stopped (between sentences, else by stopping its worker). */
  timeoutMs: number;
  /** Size of a source that is read, in bytes: a larger one is refused before it is read. */
  maxBytes: number;
  /** Heap one worker may use, in MB: a source needing more stops its worker and is reported. */
  heapMb: number;
  /** Worker threads reading sources at once. */
  workers: number;
  /**
   * Sources to read totalling at most this many bytes are read on the build's own thread, with
   * no worker started: a worker's start (0.5-0.8 s) costs more than reading them (the seed
   * corpus, an edited article). With more to read, sources up to this size are read here while
   * the workers start. Every step of extraction is linear, so one holds the thread a quarter
   * second at most, and the time budget holds here too, checked between sentences. 0: workers only.
   */
  inThreadBytes: number;
}

export const EXTRACT_BUDGET: ExtractBudget = {
  timeoutMs: 30_000,
  maxBytes: 2 * 1024 * 1024,
  heapMb: 1024,
  workers: os.availableParallelism(),
  inThreadBytes: 64 * 1024,
};

export function tooLarge(file: string, bytes: number, max: number): SourceError {
  const size = (n: number) => (n >= 1048576 ? `${+(n / 1048576).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`);
  // "2 MB, over the 2 MB" says nothing: then the bytes.
  const [is, limit] =
    size(bytes) === size(max)
      ? [bytes, max].map((n) => `${n.toLocaleString('en-US')} bytes`)
      : [size(bytes), size(max)];
  return new SourceError(
    file,
    null,
    `source is ${is}, over the ${limit} a source may have to be read (--max-source-size): skipped`,
  );
}

export function outOfTime(file: string, ms: number): SourceError {
  const time = ms >= 1000 ? `${+(ms / 1000).toFixed(1)} s` : `${ms} ms`;
  return new SourceError(file, null, `extraction took longer than ${time}: stopped and skipped (--source-timeout)`);
}
