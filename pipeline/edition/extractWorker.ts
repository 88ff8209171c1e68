/**
 * One extraction worker thread (see extractPool.ts): it holds the reference tables and reads
 * one source at a time, answering with the source's facts or the SourceError extractSource gave.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildEntityIndex } from '../extract/entityIndex.js';
import { asSourceError, extractSource } from '../extract/extractSources.js';
import type { SourceFile } from '../ingest/readSources.js';
import type { Reference } from '../ingest/reference.js';

export type WorkerRequest = { id: number; file: SourceFile };
export type WorkerReply =
  | { id: number; facts: ReturnType<typeof extractSource> }
  | { id: number; error: { file: string; line: number | null; reason: string } };

const port = parentPort!;
const reference = (workerData as { reference: Reference }).reference;
const index = buildEntityIndex(reference);

port.on('message', ({ id, file }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id, facts: extractSource(file, reference, index) };
  } catch (error) {
    const { line, reason } = asSourceError(file.path, error);
    reply = { id, error: { file: file.path, line, reason } };
  }
  port.postMessage(reply);
});
port.postMessage('ready');
