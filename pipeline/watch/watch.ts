/**
 * Watch mode: the same build, run again on every change under the sources and templates.
 *
 * Changes are debounced, so a burst of saves gives one build, or two when the burst straddles
 * the start of one; a change during a build queues exactly one more, which reads the files as
 * they are then, so the last save wins. Editors' swap, backup and lock files, hidden files and
 * anything under the output or cache folders never trigger. The browser is launched on the first
 * print and kept for later builds; `close()` shuts it and any build in flight down.
 */
import path from 'node:path';
import { describeError } from '../text/describeError.js';
import { launchPrinter, type Printer } from '../print/printer.js';
import { build, type BuildOptions, type BuildReport } from '../edition/build.js';
import { watchTree, type TreeWatcher } from './watchTree.js';

export interface WatchEvents {
  /** A build starts; `changed` lists what triggered it (empty for the first build). */
  onStart?: (changed: string[]) => void;
  onBuild?: (report: BuildReport, ms: number) => void;
  /** A build that could not run at all (a missing folder, say); watching goes on. */
  onError?: (error: unknown) => void;
}

export interface Watcher {
  /** Resolves when the build in progress, and any queued, have finished. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** Files editors write beside the one being edited, and never as the edit itself. */
const IGNORED = [
  /(^|\/)\./, // hidden: .file.swp, .#lock, .DS_Store, and the sources reader skips them too
  /~$/, // backups: file.txt~
  /(^|\/)#[^/]*#$/, // Emacs auto-save: #file#
  /\.(sw[a-p]|tmp|temp|bak|orig|crdownload|part)$/i,
  /(^|\/)4913$/, // Vim's probe for a writable folder
  /___jb_(tmp|old)___$/, // JetBrains safe-write
];

export function isIgnored(relPath: string): boolean {
  return IGNORED.some((pattern) => pattern.test(relPath.replaceAll('\\', '/')));
}

export function startWatching(options: BuildOptions, events: WatchEvents = {}, debounceMs = 200): Watcher {
  let printer: Promise<Printer> | null = null;
  const buildOptions: BuildOptions = {
    ...options,
    printer: () => {
      if (closed) return Promise.reject(new Error('watch mode is stopping'));
      printer ??= launchPrinter(options.printerOptions);
      return printer;
    },
  };
  const changed = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let queued = false;
  let closed = false;

  const runBuild = async (trigger: string[]) => {
    events.onStart?.(trigger);
    const started = performance.now();
    try {
      events.onBuild?.(await build(buildOptions), performance.now() - started);
    } catch (error) {
      events.onError?.(error);
    }
  };
  const start = (trigger: string[]) => {
    running = runBuild(trigger).finally(() => {
      running = null;
      if (queued && !closed) {
        queued = false;
        schedule();
      }
    });
  };
  const kick = () => {
    timer = null;
    if (closed) return;
    if (running) {
      queued = true;
      return;
    }
    const trigger = [...changed].sort();
    changed.clear();
    start(trigger);
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(kick, debounceMs);
  };

  const outside = [options.outDir, options.cacheDir].filter((d): d is string => !!d);
  const isOutside = (full: string) => outside.some((o) => full === o || full.startsWith(`${o}${path.sep}`));
  const watchers: TreeWatcher[] = [];
  for (const [label, dir] of [
    ['sources', options.sourcesDir],
    ['templates', options.templatesDir],
  ] as const) {
    const onChange = (rel: string) => {
      if ((rel && isIgnored(rel)) || isOutside(path.join(dir, rel))) return;
      changed.add(rel ? `${label}/${rel}` : label);
      if (running) queued = true;
      else schedule();
    };
    const onError = (error: Error) => events.onError?.(new Error(`watching ${dir} failed: ${describeError(error)}`));
    watchers.push(watchTree(dir, onChange, { skip: isOutside, onError }));
  }
  start([]);

  return {
    async idle() {
      while (running || timer) await (running ?? new Promise((resolve) => setTimeout(resolve, debounceMs)));
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
      // Closing the browser first makes a build in flight fail fast instead of printing on.
      const open = printer;
      printer = null;
      if (open) await (await open.catch(() => null))?.close();
      await running?.catch(() => undefined);
    },
  };
}
