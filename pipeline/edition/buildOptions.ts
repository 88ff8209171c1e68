/** What a build is asked to do and what it reports: the contract between the CLI, watch mode and the build. */
import type { SourceError } from '../ingest/errors.js';
import type { Printer, PrinterOptions } from '../print/printer.js';
import type { Templates } from '../render/templates.js';
import type { Changes } from './changes.js';
import type { ExtractBudget } from './extractBudget.js';
import type { DigestRecord, ManifestEntry, OutputFormat } from './manifest.js';

/** The rendering code and the loaded templates: loaded only when something must be rendered. */
export interface Renderer {
  output: typeof import('./briefingOutput.js');
  templates: Templates;
}

export interface BuildOptions {
  sourcesDir: string;
  outDir: string;
  templatesDir: string;
  /** Per-source fact cache; without it every source is extracted on every build. */
  cacheDir?: string;
  only?: string[];
  formats: OutputFormat[];
  paper: 'a4' | 'letter';
  minFacts: number;
  author: string;
  /** Re-extract, re-render and reprint everything. */
  force?: boolean;
  /** What reading one source may take (time, size); defaults in EXTRACT_BUDGET. */
  extractBudget?: Partial<ExtractBudget>;
  /** Also print the digest of the whole edition (out/digest.pdf). */
  digest?: boolean;
  /** Start every briefing of the digest on a right-hand page. */
  duplex?: boolean;
  /** Charts and colours that read in black and white. */
  grayscale?: boolean;
  /** Wider margins, header and footer kept clear of the trim edge. */
  cropSafe?: boolean;
  /** The browser to print with, or a function giving it (asked only when something needs printing). Without it, one is launched for this build and closed after. */
  printer?: Printer | (() => Promise<Printer>);
  /** Options of a browser this build launches itself. */
  printerOptions?: PrinterOptions;
  /** How long to wait for another build on the same output folder (default 10 min; 0: stop at once). */
  lockWaitMs?: number;
  onLockWait?: (holder: { pid: number; host: string; started: string }) => void;
  /** The clock, for dating editions (tests set it). */
  now?: () => Date;
  /** After each briefing rendered: printed, unchanged (its HTML had not changed) or failed. */
  onProgress?: (event: {
    done: number;
    total: number;
    id: string;
    outcome: 'printed' | 'unchanged' | 'failed';
  }) => void;
}

export interface BuildReport {
  /** Every briefing in the output folder after this build: the manifest. */
  briefings: ManifestEntry[];
  /** Ids printed (or written) by this build. */
  reprinted: string[];
  /** Ids found up to date. */
  unchanged: string[];
  /** Ids whose sources no longer support a briefing: their files were deleted. */
  removed: string[];
  skipped: { id: string; name: string; reason: string }[];
  failed: { id: string; reason: string }[];
  sourceErrors: SourceError[];
  /** Sources read in part (sentences too long, too many facts): reported, not failed. */
  readInPart?: SourceError[];
  changes: Changes;
  cache: { hits: number; misses: number };
  browserLaunched: boolean;
  /** Why out/manifest.json was not used (unreadable, or a path in it leads out of the folder): everything was rebuilt. */
  manifestIgnored?: string;
  /** The digest, when asked for: rebuilt now, or up to date; null when it could not be made. */
  digest?: { rebuilt: boolean; record: DigestRecord | null; reason?: string };
  timings: Record<string, number>;
}
