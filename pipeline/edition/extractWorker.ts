/**
 * One extraction worker thread (see extractPool.ts): it holds the reference tables and reads
 * the sources it is sent one at a time, saying when it starts each, and answering with the
 * source's facts or the SourceError extractSource gave.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildEntityIndex } from '../extract/entityIndex.js';
import { asSourceError, extractSource, OutOfTime } from '../extract/extractSources.js';
import { outOfTime } from './extractBudget.js';
import type { SourceFile } from '../ingest/readSources.js';
import type { Reference } from '../ingest/reference.js';

export type WorkerRequest = { id: number; file: SourceFile };
export type WorkerReply =
  | { started: number }
  | { id: number; facts: ReturnType<typeof extractSource> }
  | { id: number; error: { file: string; line: number | null; reason: string } };

const port = parentPort!;
const { reference, timeoutMs } = workerData as { reference: Reference; timeoutMs: number };
const index = buildEntityIndex(reference);

port.on('message', ({ id, file }: WorkerRequest) => {
  // The pool times each source from here: sources wait here in turn, not on a reply each.
  port.postMessage({ started: id } satisfies WorkerReply);
  let reply: WorkerReply;
  try {
    reply = { id, facts: extractSource(file, reference, index, performance.now() + timeoutMs) };
  } catch (error) {
    const { line, reason } =
      error instanceof OutOfTime ? outOfTime(file.path, timeoutMs) : asSourceError(file.path, error);
    reply = { id, error: { file: file.path, line, reason } };
  }
  port.postMessage(reply);
});
port.postMessage('ready');
