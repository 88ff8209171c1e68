/**
 * Extraction off the build's thread: a pool of worker threads, one per core, each holding the
 * reference tables and reading one source at a time within a time budget. A source that runs
 * past it is stopped (by the worker between two sentences, else by terminating the worker and
 * starting a new one for the rest) and reported as a SourceError naming the file; the other sources go on, and the build's own thread (a watch's
 * preview server) stays free throughout. A worker gives what `extractSource` gives on this
 * thread, copied across (structured clone keeps every field and its order).
 *
 * Each worker is sent a few sources ahead, so it never waits for this thread between two
 * (waiting for a reply before sending the next cost 1.3 s over 1,000 sources); it says when it
 * starts each, and the source's time runs from then.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { SourceError } from '../ingest/errors.js';
import type { SourceFile } from '../ingest/readSources.js';
import type { Reference } from '../ingest/reference.js';
import type { SourceFacts } from '../extract/extractSources.js';
import { outOfTime } from './extractBudget.js';
import type { WorkerReply } from './extractWorker.js';

export interface ExtractPoolOptions {
  /** Worker threads (default: the cores). */
  size?: number;
  /** Time one source may take, in ms. */
  timeoutMs: number;
  /** Heap one worker may use, in MB: a source needing more is stopped and reported, not the build. */
  heapMb?: number;
}

export interface ExtractPool {
  extract(file: SourceFile): Promise<SourceFacts>;
  /** A worker has started and takes sources. */
  readonly ready: boolean;
  close(): Promise<void>;
}

interface Job {
  id: number;
  file: SourceFile;
  resolve: (facts: SourceFacts) => void;
  reject: (error: SourceError) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Sent to the worker, in order; the first is the one it is reading once it said so. */
  sent: Job[];
  started: boolean;
  timer: NodeJS.Timeout | null;
  /** Stopped by this pool (a source past its time): its exit is expected. */
  stopped: boolean;
}

/** How long past its time a source's worker is terminated, if it has not stopped the source itself. */
const GRACE_MS = 1000;
/** Sources sent to a worker ahead of the one it is reading. */
const AHEAD = 4;
const BOOT = new URL('./extractWorker.boot.mjs', import.meta.url);

export function startExtractPool(reference: Reference, options: ExtractPoolOptions): ExtractPool {
  const size = Math.max(1, options.size ?? os.availableParallelism());
  const queue: Job[] = [];
  const slots = new Set<Slot>();
  let nextId = 0;
  let closed = false;

  const start = () => {
    const worker = new Worker(BOOT, {
      workerData: { reference, timeoutMs: options.timeoutMs },
      // The CLI's own flags (a --cpu-prof, an --import) are not the worker's.
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: options.heapMb ?? 1024 },
    });
    const slot: Slot = { worker, ready: false, sent: [], started: false, timer: null, stopped: false };
    slots.add(slot);
    worker.on('message', (message: 'ready' | WorkerReply) => {
      if (message === 'ready') slot.ready = true;
      else if ('started' in message) {
        slot.started = true;
        // The worker stops a source at its time itself, between sentences; this is for one it cannot stop.
        slot.timer = setTimeout(() => stop(slot), options.timeoutMs + GRACE_MS);
      } else {
        const job = settle(slot);
        if ('facts' in message) job?.resolve(message.facts);
        else job?.reject(new SourceError(message.error.file, message.error.line, message.error.reason));
      }
      dispatch();
    });
    // A worker that dies (out of memory, a crash) costs the source it was reading, never the rest.
    worker.on('error', (error) => {
      if (!slot.ready) return failStart(slot, error);
      lose(slot, `extraction stopped: ${error.message}`);
    });
    worker.on('exit', () => {
      if (!slot.stopped) lose(slot, 'extraction stopped: its worker exited');
      slots.delete(slot);
      dispatch();
    });
  };

  /** The job the worker was reading, done: its timer cleared. */
  const settle = (slot: Slot): Job | undefined => {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.started = false;
    return slot.sent.shift();
  };

  /** The source being read costs the reason; the ones sent after it go back to the queue for another worker. */
  const lose = (slot: Slot, reason: string) => {
    const job = slot.started ? settle(slot) : undefined;
    job?.reject(new SourceError(job.file.path, null, reason));
    queue.unshift(...slot.sent.splice(0));
  };

  const stop = (slot: Slot) => {
    slot.stopped = true;
    lose(slot, outOfTime('', options.timeoutMs).reason);
    void slot.worker.terminate();
  };

  /** A worker that cannot even start (no loader): every source waiting fails with the reason. */
  const failStart = (slot: Slot, error: Error) => {
    slot.stopped = true;
    for (const job of [...slot.sent.splice(0), ...queue.splice(0)])
      job.reject(new SourceError(job.file.path, null, `extraction could not start: ${error.message}`));
  };

  const dispatch = () => {
    if (closed) return;
    for (const slot of slots) {
      while (slot.ready && !slot.stopped && slot.sent.length <= AHEAD && queue.length > 0) {
        const job = queue.shift()!;
        slot.sent.push(job);
        slot.worker.postMessage({ id: job.id, file: job.file });
      }
    }
    // Another worker while sources wait, up to the pool's size (one replaces each one stopped).
    const starting = [...slots].filter((s) => !s.ready && !s.stopped).length;
    const running = [...slots].filter((s) => !s.stopped).length;
    if (queue.length > starting * AHEAD && running < size) start();
  };

  return {
    get ready() {
      return [...slots].some((s) => s.ready && !s.stopped);
    },
    extract(file) {
      if (closed) return Promise.reject(new Error('the extraction pool is closed'));
      return new Promise<SourceFacts>((resolve, reject) => {
        queue.push({ id: nextId++, file, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      await Promise.all([...slots].map((s) => s.worker.terminate()));
    },
  };
}
