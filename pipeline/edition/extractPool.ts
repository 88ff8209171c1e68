/**
 * Extraction off the build's thread: a pool of worker threads, one per core, each holding the
 * reference tables and reading one source at a time within a time budget. A source that runs
 * past it is stopped (its worker terminated, a new one started for the rest) and reported as a
 * SourceError naming the file; the other sources go on, and the build's own thread (a watch's
 * preview server) stays free throughout. A worker gives what `extractSource` gives on this
 * thread, copied across (structured clone keeps every field and its order).
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { SourceError } from '../ingest/errors.js';
import type { SourceFile } from '../ingest/readSources.js';
import type { Reference } from '../ingest/reference.js';
import type { SourceFacts } from '../extract/extractSources.js';
import type { WorkerReply } from './extractWorker.js';

export interface ExtractPoolOptions {
  /** Worker threads (default: the cores, at most the sources given). */
  size?: number;
  /** Time one source may take, in ms. */
  timeoutMs: number;
  /** Heap one worker may use, in MB: a source needing more is stopped and reported, not the build. */
  heapMb?: number;
}

export interface ExtractPool {
  extract(file: SourceFile): Promise<SourceFacts>;
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
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

const BOOT = new URL('./extractWorker.boot.mjs', import.meta.url);

export function startExtractPool(reference: Reference, options: ExtractPoolOptions): ExtractPool {
  const size = Math.max(1, options.size ?? os.availableParallelism());
  const queue: Job[] = [];
  const slots = new Set<Slot>();
  let nextId = 0;
  let closed = false;

  const start = () => {
    const worker = new Worker(BOOT, {
      workerData: { reference },
      // The CLI's own flags (a --cpu-prof, an --import) are not the worker's.
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: options.heapMb ?? 1024 },
    });
    const slot: Slot = { worker, ready: false, job: null, timer: null };
    slots.add(slot);
    worker.on('message', (message: 'ready' | WorkerReply) => {
      if (message === 'ready') {
        slot.ready = true;
        dispatch();
        return;
      }
      const job = finish(slot);
      if (!job) return;
      if ('facts' in message) job.resolve(message.facts);
      else job.reject(new SourceError(message.error.file, message.error.line, message.error.reason));
      dispatch();
    });
    // A worker that dies (out of memory, a crash) costs the source it was reading, never the rest.
    worker.on('error', (error) => {
      const job = finish(slot);
      job?.reject(new SourceError(job.file.path, null, `extraction stopped: ${error.message}`));
      if (!slot.ready) failStart(error);
    });
    worker.on('exit', () => {
      const job = finish(slot);
      job?.reject(new SourceError(job.file.path, null, 'extraction stopped: its worker exited'));
      slots.delete(slot);
      dispatch();
    });
  };

  /** The slot's job, its timer cleared; the slot is free again. */
  const finish = (slot: Slot): Job | null => {
    if (slot.timer) clearTimeout(slot.timer);
    const job = slot.job;
    slot.job = null;
    slot.timer = null;
    return job;
  };

  /** A worker that cannot even start (no loader): every source waiting fails with the reason. */
  const failStart = (error: Error) => {
    for (const job of queue.splice(0))
      job.reject(new SourceError(job.file.path, null, `extraction could not start: ${error.message}`));
  };

  const dispatch = () => {
    if (closed) return;
    for (const slot of slots) {
      if (!slot.ready || slot.job || queue.length === 0) continue;
      const job = queue.shift()!;
      slot.job = job;
      slot.timer = setTimeout(() => {
        slot.job = null;
        slot.timer = null;
        job.reject(
          new SourceError(
            job.file.path,
            null,
            `extraction took longer than ${seconds(options.timeoutMs)}: stopped and skipped (--source-timeout)`,
          ),
        );
        void slot.worker.terminate();
      }, options.timeoutMs);
      slot.worker.postMessage({ id: job.id, file: job.file });
    }
    // Another worker for the waiting sources, up to the pool's size (one replaces each one stopped).
    const starting = [...slots].filter((s) => !s.ready).length;
    if (queue.length > starting && slots.size < size) start();
  };

  return {
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

const seconds = (ms: number) => (ms >= 1000 ? `${+(ms / 1000).toFixed(1)} s` : `${ms} ms`);
