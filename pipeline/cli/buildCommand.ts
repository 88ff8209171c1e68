/** `briefings build`: options in, a summary out; a progress bar on a terminal, plain lines in CI. */
import { err, out } from './terminal.js';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build, type BuildOptions, type BuildReport } from '../edition/build.js';
import { BUDGET_ARGS, BUDGET_HELP, budgetFrom } from './budgetFlags.js';
import { EXIT, EXIT_CODES_HELP, UsageError } from './exitCodes.js';
import type { Fact } from '../facts/factModel.js';
import { clipChars } from '../text/clip.js';

export const BUILD_OPTIONS_HELP = `  --sources DIR        folder of articles and reference tables (default: sources)
  --out DIR            output folder (default: out)
  --templates DIR      Handlebars templates and chart specs (default: templates)
  --cache DIR          per-source fact cache (default: .cache)
  --only ID,...        build only these briefings (ids as in out/manifest.json)
  --format pdf,html    what to write (default: pdf,html)
  --paper a4|letter    paper size (default: a4)
  --min-facts N        facts a place needs for a briefing (default: 4)
  --author NAME        PDF author (default: briefings.config.json "author", else corridor-briefings)
  --force              extract, render and print everything again
  --digest             also print the digest of the whole edition (out/digest.pdf)
  --print OPTIONS      print-ready options, comma-separated: duplex (briefings in the digest start
                       on a right-hand page), grayscale (charts and colours safe in black and
                       white), crop-safe (wider margins, nothing near the trim edge)
  --print-timeout S    seconds a briefing may take to print before it is retried (default: 60)
${BUDGET_HELP}
  --recycle-after N    documents a browser prints before it is replaced (default: 50)
  --wait S             seconds to wait for another build on the same output folder (default: 600)
  --verbose            also list the places skipped for too few facts, the cache and stage timings
  -h, --help           show this help

Environment: BRIEFINGS_CHROMIUM=/path/to/chromium picks the browser.
`;

const USAGE = `Usage: briefings build [options]

Builds a PDF (and HTML) briefing for every corridor and every place with enough facts. Only
briefings whose facts, templates or options changed since the last build are printed again.

Options:
${BUILD_OPTIONS_HELP}
${EXIT_CODES_HELP}`;

export const BUILD_ARGS = {
  sources: { type: 'string', default: 'sources' },
  out: { type: 'string', default: 'out' },
  templates: { type: 'string', default: 'templates' },
  cache: { type: 'string', default: '.cache' },
  only: { type: 'string' },
  format: { type: 'string', default: 'pdf,html' },
  paper: { type: 'string', default: 'a4' },
  'min-facts': { type: 'string', default: '4' },
  author: { type: 'string' },
  force: { type: 'boolean', default: false },
  digest: { type: 'boolean', default: false },
  print: { type: 'string', default: '' },
  'print-timeout': { type: 'string', default: '60' },
  ...BUDGET_ARGS,
  'recycle-after': { type: 'string', default: '50' },
  wait: { type: 'string', default: '600' },
  verbose: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

type BuildValues = ReturnType<typeof parseArgs<{ args: string[]; options: typeof BUILD_ARGS }>>['values'];

/** Command-line values -> BuildOptions, with a clear message for each bad value. */
export function buildOptionsFrom(values: BuildValues): BuildOptions {
  const formats = values.format.split(',').map((f) => f.trim());
  if (formats.some((f) => f !== 'pdf' && f !== 'html'))
    throw new UsageError(`--format takes pdf and/or html, not '${values.format}'`);
  if (values.paper !== 'a4' && values.paper !== 'letter')
    throw new UsageError(`--paper takes a4 or letter, not '${values.paper}'`);
  const whole = (flag: 'min-facts' | 'recycle-after', min: number) => {
    const n = Number(values[flag]);
    if (!Number.isInteger(n) || n < min)
      throw new UsageError(`--${flag} takes a whole number of at least ${min}, not '${values[flag]}'`);
    return n;
  };
  const seconds = (flag: 'print-timeout' | 'wait') => {
    const n = Number(values[flag]);
    if (!Number.isFinite(n) || n < 0)
      throw new UsageError(`--${flag} takes a number of seconds, not '${values[flag]}'`);
    return Math.round(n * 1000);
  };
  const minFacts = whole('min-facts', 1);
  return {
    sourcesDir: path.resolve(values.sources),
    outDir: path.resolve(values.out),
    templatesDir: path.resolve(values.templates),
    cacheDir: path.resolve(values.cache),
    ...(values.only ? { only: values.only.split(',').map((s) => s.trim()) } : {}),
    formats: formats as BuildOptions['formats'],
    paper: values.paper,
    minFacts,
    author: values.author ?? readConfig().author ?? 'corridor-briefings',
    force: values.force,
    extractBudget: budgetFrom(values),
    digest: values.digest,
    ...printOptions(values.print),
    printerOptions: { timeoutMs: Math.max(1000, seconds('print-timeout')), recycleAfter: whole('recycle-after', 1) },
    lockWaitMs: seconds('wait'),
    onLockWait: (holder) =>
      err(`waiting for the build already writing to ${values.out} (pid ${holder.pid}, started ${holder.started})...\n`),
  };
}

const PRINT_OPTIONS = ['duplex', 'grayscale', 'crop-safe'] as const;

function printOptions(value: string): Pick<BuildOptions, 'duplex' | 'grayscale' | 'cropSafe'> {
  const asked = value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  const unknown = asked.filter((v) => !(PRINT_OPTIONS as readonly string[]).includes(v));
  if (unknown.length > 0)
    throw new UsageError(`--print takes ${PRINT_OPTIONS.join(', ')}, not '${unknown.join(', ')}'`);
  return {
    duplex: asked.includes('duplex'),
    grayscale: asked.includes('grayscale'),
    cropSafe: asked.includes('crop-safe'),
  };
}

export async function buildCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: BUILD_ARGS });
  if (values.help) {
    out(USAGE);
    return EXIT.ok;
  }
  const options = buildOptionsFrom(values);
  const tty = process.stderr.isTTY && !process.env.CI;
  options.onProgress = ({ done, total, id, outcome }) => {
    if (tty) {
      const width = 24;
      const filled = Math.round((done / total) * width);
      err(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${id.padEnd(30).slice(0, 30)}`);
      if (done === total) err('\n');
    } else err(`${outcome} ${done}/${total}: ${id}\n`);
  };
  // Ctrl-C or a kill stops the build; exiting (rather than dying of the signal) lets the
  // browser be killed with this process. Files are written atomically, so none is left half-done.
  process.once('SIGINT', () => process.exit(EXIT.interrupted));
  process.once('SIGTERM', () => process.exit(EXIT.terminated));
  const started = performance.now();
  const report = await build(options);
  out(formatReport(report, options, performance.now() - started, values.verbose));
  return exitCode(report);
}

export function exitCode(report: BuildReport): number {
  return report.failed.length > 0 || report.sourceErrors.length > 0 ? EXIT.someInputBad : EXIT.ok;
}

/** The summary a person reads after a build: what was printed, what was up to date, what failed. */
export function formatReport(report: BuildReport, options: BuildOptions, ms: number, verbose = true): string {
  const lines: string[] = [];
  const seconds = (ms / 1000).toFixed(1);
  // Relative to where the command ran, unless that means climbing out of it ("../../tmp/o").
  const relative = path.relative(process.cwd(), options.outDir) || '.';
  const outDir = relative.startsWith('..') ? path.resolve(options.outDir) : relative;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  for (const error of report.sourceErrors) lines.push(`error: ${error.message}`);
  for (const note of report.readInPart ?? []) lines.push(`warning: ${note.message}`);
  if (report.manifestIgnored)
    lines.push(
      `warning: ${outDir}/manifest.json is ${report.manifestIgnored}; it was not used: every briefing was rebuilt and no earlier file removed`,
    );
  const { new: added, changed, removed } = report.changes.sources;
  const named = (label: string, files: string[]) =>
    files.length === 0 ? [] : [`${label} ${files.length > 3 ? `${files.length} sources` : files.join(', ')}`];
  const sourceNote = report.changes.firstEdition
    ? 'first edition'
    : [...named('new:', added), ...named('changed:', changed), ...named('removed:', removed)].join('; ') ||
      'no source changed';
  if (report.reprinted.length === 0 && report.removed.length === 0 && report.failed.length === 0) {
    lines.push(
      `nothing changed: ${plural(report.unchanged.length, 'briefing')} up to date in ${outDir}/${report.browserLaunched ? '' : ', no browser started'} (${seconds}s; ${sourceNote})`,
    );
  } else {
    lines.push(
      `printed ${report.reprinted.length} of ${plural(report.briefings.length, 'briefing')} into ${outDir}/ in ${seconds}s (${report.unchanged.length} up to date; ${sourceNote})`,
    );
    // Columns as wide as the longest id, up to 48 characters; a longer id is clipped, its file still named in full.
    const width = Math.min(48, Math.max(28, ...report.reprinted.map((id) => id.length)));
    for (const id of report.reprinted) {
      const b = report.briefings.find((e) => e.id === id)!;
      lines.push(
        `  ${b.kind.padEnd(11)} ${clipChars(b.id, width).padEnd(width)} ${String(b.pages ?? '-').padStart(3)} ${b.pages === 1 ? 'page ' : 'pages'}  ${(b.files.pdf ?? b.files.html)?.path ?? ''}`,
      );
    }
  }
  const facts = report.changes.facts;
  if (!report.changes.firstEdition && facts.new.length + facts.changed.length + facts.removed.length > 0) {
    lines.push(
      `facts: ${facts.new.length} new, ${facts.changed.length} changed, ${facts.removed.length} removed (see ${outDir}/changes.json)`,
    );
    // A handful is named: "1 changed" alone makes the reader open changes.json to learn which.
    if (facts.new.length + facts.changed.length + facts.removed.length <= 3) {
      for (const f of facts.new) lines.push(`  new      ${describeFact(f)}`);
      for (const c of facts.changed)
        lines.push(
          `  changed  ${describeFact(c.after)} (was ${c.before.qualifier ? `${c.before.qualifier} ` : ''}${c.before.figure ?? c.before.text})`,
        );
      for (const f of facts.removed) lines.push(`  removed  ${describeFact(f)}`);
    }
  }
  if (report.digest?.rebuilt)
    lines.push(
      `digest: ${report.digest.record!.pages} pages, ${report.digest.record!.starts.length} briefings in ${outDir}/${report.digest.record!.file.path}`,
    );
  else if (report.digest?.reason) lines.push(`digest ${report.digest.reason}`);
  if (report.removed.length > 0)
    lines.push(
      `removed ${plural(report.removed.length, 'briefing')} the sources no longer support: ${report.removed.join(', ')}`,
    );
  if (verbose && report.skipped.length > 0) {
    lines.push(`skipped ${report.skipped.length}:`);
    for (const s of report.skipped) lines.push(`  ${s.name}: ${s.reason}`);
  } else if (report.skipped.length > 0)
    lines.push(`${plural(report.skipped.length, 'place')} with too few facts for a briefing (--verbose lists them)`);
  if (report.failed.length > 0) {
    // One broken template fails every briefing alike: say it once, with the briefings it stopped.
    const byReason = new Map<string, string[]>();
    for (const f of report.failed) byReason.set(f.reason, [...(byReason.get(f.reason) ?? []), f.id]);
    lines.push(`failed ${report.failed.length} (earlier outputs kept):`);
    for (const [reason, ids] of byReason)
      lines.push(
        ids.length === 1 ? `  ${ids[0]}: ${reason}` : `  ${reason}\n    (${ids.length} briefings: ${ids.join(', ')})`,
      );
  }
  if (verbose) {
    lines.push(
      `facts from ${report.cache.hits + report.cache.misses} sources: ${report.cache.hits} from the cache, ${report.cache.misses} read`,
    );
    lines.push(
      `stages (ms): ${Object.entries(report.timings)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** "Songjiang: GDP 160 billion yuan (songjiang.md:12)": a fact in one line, as its briefing would cite it. */
function describeFact(f: Fact): string {
  const what =
    f.figure !== undefined ? `${f.label ?? f.kind} ${f.qualifier ? `${f.qualifier} ` : ''}${f.figure}` : f.text;
  return clipChars(`${f.subject}: ${what}`, 90) + ` (${f.source}:${f.line})`;
}

function readConfig(): { author?: string } {
  const file = path.resolve('briefings.config.json');
  if (!existsSync(file)) return {};
  const data = JSON.parse(readFileSync(file, 'utf8')) as { author?: unknown };
  return typeof data.author === 'string' ? { author: data.author } : {};
}
