/**
 * The whole build, stage by stage:
 *
 *   sources -> ingest -> clean -> extract -> fact model        (loadFacts, cached per source)
 *   fact model + edition history -> briefing models            (planBriefings)
 *   briefing model -> charts (Vega-Lite -> SVG) -> HTML       (renderBriefing)
 *   HTML -> PDF (Chromium) -> metadata                        (writeBriefing)
 *   -> out/corridors|places/<slug>.pdf|.html, manifest.json, index.html, changes.json
 *
 * Incremental: a briefing whose model, templates, code and print options match the manifest,
 * and whose files are intact, is not rendered; one whose HTML matches is not printed. A build
 * with nothing to print launches no browser. One failed briefing is reported and never costs
 * the others or an earlier good output.
 */
export type { BuildOptions, BuildReport } from './buildOptions.js';
import path from 'node:path';
import { describeError } from '../text/describeError.js';
import type { BriefingModel } from '../briefings/briefingModel.js';
import { planBriefings } from '../briefings/planBriefings.js';
import { SUMMARY_FITS } from '../briefings/summaryModel.js';
import type { Printer } from '../print/printer.js';
import type { BuildOptions, BuildReport, Renderer } from './buildOptions.js';
import { documentId, htmlKey, modelKey, pdfInfo, type OutputSettings } from './keys.js';
import { describeChanges, type Changes } from './changes.js';
import { digestIfStale } from './digestStep.js';
import { codeHash, folderHash, PRINT_CODE, RENDER_CODE } from './codeHash.js';
import { EDITION_FILE, localDay, openHistory, readEdition } from './history.js';
import { loadFacts } from './loadFacts.js';
import { acquireLock } from './lock.js';
import { removeInside } from './insideFolder.js';
import {
  isIntact,
  loadManifest,
  sortEntries,
  type DigestRecord,
  type Manifest,
  type ManifestEntry,
} from './manifest.js';
import { renderIndex } from './renderIndex.js';
import { writeAtomic, writeIfChanged } from './writeAtomic.js';
import { mapLimit } from '../ingest/mapLimit.js';

/** Briefings rendered and printed at once: the printer's pages, plus one rendering meanwhile. */
const PRINTING_AT_ONCE = 3;

export async function build(options: BuildOptions): Promise<BuildReport> {
  const release = await acquireLock(options.outDir, { waitMs: options.lockWaitMs, onWait: options.onLockWait });
  try {
    return await buildLocked(options);
  } finally {
    await release();
  }
}

async function buildLocked(options: BuildOptions): Promise<BuildReport> {
  const timings: Record<string, number> = {};
  const time = async <T>(stage: string, work: () => Promise<T> | T): Promise<T> => {
    const start = performance.now();
    try {
      return await work();
    } finally {
      timings[stage] = (timings[stage] ?? 0) + Math.round(performance.now() - start);
    }
  };
  const now = options.now?.() ?? new Date();
  const builtAt = now.toISOString();
  const settings: OutputSettings = {
    outDir: options.outDir,
    formats: options.formats,
    paper: options.paper,
    author: options.author,
    grayscale: options.grayscale === true,
    cropSafe: options.cropSafe === true,
  };

  // 1. Facts from sources; 2. the previous edition; 3. briefing models compared with it.
  const facts = await time('facts', () =>
    loadFacts(options.sourcesDir, { cacheDir: options.cacheDir, force: options.force, budget: options.extractBudget }),
  );
  const [loaded, edition] = await time('edition', () =>
    Promise.all([loadManifest(options.outDir), readEdition(options.outDir)]),
  );
  const manifest = loaded.manifest;
  const history = openHistory(edition, localDay(now));
  const plan = await time('models', () =>
    planBriefings(facts.model, {
      minFacts: options.minFacts,
      keyMetrics: facts.reference.metrics.map((m) => m.id),
      untitledSources: new Set(facts.untitled),
      baselineFor: history.baselineFor,
    }),
  );
  const wanted = options.only ? plan.briefings.filter((b) => options.only!.includes(b.id)) : plan.briefings;
  const previous = new Map((manifest?.briefings ?? []).map((e) => [e.id, e]));
  const report: BuildReport = {
    briefings: [],
    reprinted: [],
    unchanged: [],
    removed: [],
    skipped: plan.skipped,
    failed: [],
    sourceErrors: facts.errors,
    readInPart: facts.readInPart,
    changes: undefined as unknown as Changes,
    cache: facts.cache,
    browserLaunched: false,
    timings,
    // Without a usable manifest every briefing is rebuilt and no earlier file is removed.
    ...(loaded.problem ? { manifestIgnored: loaded.problem } : {}),
  };
  for (const id of options.only ?? [])
    if (!plan.briefings.some((b) => b.id === id))
      report.failed.push({ id, reason: 'no briefing with this id in the sources' });

  // 4. What is already up to date: same model key and intact files.
  const current = new Map<string, ManifestEntry>();
  const toRender: { briefing: BriefingModel; key: string }[] = [];
  const hashes = { templates: await folderHash(options.templatesDir), code: codeHash(RENDER_CODE) };
  await time('check', async () => {
    for (const briefing of wanted) {
      const key = modelKey(briefing, settings, hashes);
      const before = previous.get(briefing.id);
      if (!options.force && before?.modelKey === key && (await isIntact(before, options.outDir, options.formats)))
        current.set(briefing.id, before);
      else toRender.push({ briefing, key });
    }
  });

  // 5. The rest, a few at a time (so memory holds a few documents, not the edition): charts
  //    and HTML, then a print only if the HTML changed. The browser starts at the first print;
  //    rendering and printing code (Vega, Puppeteer) is loaded only when something needs it.
  let loading: Promise<Renderer> | null = null;
  const renderer = () =>
    (loading ??= time('templates', async () => ({
      output: await import('./briefingOutput.js'),
      templates: await (await import('../render/templates.js')).loadTemplates(options.templatesDir),
    })));
  /** HTML rendered in this build, kept for the digest only when one is asked for. */
  const renderedHtml = new Map<string, string>();
  let ownPrinter: Printer | null = null;
  let printer: Promise<Printer> | null = null;
  const getPrinter = () => (printer ??= time('browser', () => obtainPrinter(options, (p) => (ownPrinter = p))));
  let done = 0;
  const phaseStart = performance.now();
  try {
    await mapLimit(toRender, PRINTING_AT_ONCE, async ({ briefing, key }) => {
      let outcome: 'printed' | 'unchanged' | 'failed' = 'unchanged';
      try {
        // A template that cannot be loaded fails every briefing with the same message.
        const { output, templates } = await renderer();
        const rendered = await time('html', () => output.renderBriefing(briefing, templates, settings));
        // The summary is printed with its briefing, so its HTML is part of the key.
        const printed = rendered.html + rendered.summaryHtml(SUMMARY_FITS[0]!);
        if (options.digest) renderedHtml.set(briefing.id, rendered.html);
        const document = documentId(printed, pdfInfo(briefing, options.author), settings);
        const keys = { model: key, document, html: htmlKey(document, codeHash(PRINT_CODE)) };
        const before = previous.get(briefing.id);
        if (
          !options.force &&
          before?.htmlKey === keys.html &&
          (await isIntact(before, options.outDir, options.formats))
        ) {
          current.set(briefing.id, { ...before, modelKey: key });
        } else {
          const browser = options.formats.includes('pdf') ? await getPrinter() : null;
          report.browserLaunched ||= browser !== null;
          current.set(
            briefing.id,
            await output.writeBriefing(briefing, rendered, keys, browser, settings, before, builtAt),
          );
          report.reprinted.push(briefing.id);
          outcome = 'printed';
        }
      } catch (error) {
        report.failed.push({ id: briefing.id, reason: describeError(error) });
        outcome = 'failed';
      }
      options.onProgress?.({ done: ++done, total: toRender.length, id: briefing.id, outcome });
    });
    if (toRender.length > 0) timings.print = Math.round(performance.now() - phaseStart);
    report.unchanged = [...current.keys()].filter((id) => !report.reprinted.includes(id));

    // 6. Briefings the sources no longer support are removed, unless a source failed to read
    //    (then its briefings may only be missing for now, and are kept).
    const planned = new Set(plan.briefings.map((b) => b.id));
    for (const [id, entry] of previous) {
      if (current.has(id)) continue;
      if (!planned.has(id) && report.sourceErrors.length === 0) {
        for (const file of Object.values(entry.files)) await removeInside(options.outDir, file.path);
        report.removed.push(id);
      } else current.set(id, entry); // failed, not asked for, or kept while a source is unreadable
    }

    // 7. The digest, when asked for and anything in it changed.
    if (options.digest && options.formats.includes('pdf')) {
      report.digest = await time('digest', () =>
        digestIfStale({
          plan: plan.briefings,
          current,
          previous: manifest?.digest ?? null,
          report,
          options,
          settings,
          now,
          getPrinter,
          renderedHtml,
          renderer,
          templatesHash: hashes.templates,
        }),
      );
    }
  } finally {
    if (ownPrinter) await (ownPrinter as Printer).close();
  }

  // 8. Manifest, index, changes and the edition history.
  report.briefings = sortEntries([...current.values()]);
  report.reprinted.sort();
  const next: Manifest = {
    generator: 'corridor-briefings',
    updated:
      report.reprinted.length > 0 || report.removed.length > 0 || report.digest?.rebuilt
        ? builtAt
        : (manifest?.updated ?? null),
    briefings: report.briefings,
    digest: digestOfEdition(report, manifest?.digest ?? null),
  };
  const failedIds = report.failed.map((f) => f.id);
  report.changes = describeChanges(edition, facts.model, facts.files, {
    reprinted: report.reprinted,
    unchanged: report.unchanged,
    removed: report.removed,
    failed: failedIds,
  });
  await time('write', async () => {
    await writeIfChanged(path.join(options.outDir, 'manifest.json'), `${JSON.stringify(next, null, 2)}\n`);
    await writeIfChanged(path.join(options.outDir, 'index.html'), renderIndex(report.briefings, next.digest));
    await writeIfChanged(path.join(options.outDir, 'changes.json'), `${JSON.stringify(report.changes, null, 2)}\n`);
    const settled = [...report.reprinted, ...report.unchanged];
    const state = history.next({ model: facts.model, files: facts.files, settled, dropped: report.removed, builtAt });
    // A build that changed nothing leaves the history (and its date) as it was.
    if (!edition || JSON.stringify({ ...state, builtAt: edition.builtAt }) !== JSON.stringify(edition)) {
      await writeAtomic(path.join(options.outDir, EDITION_FILE), JSON.stringify(state));
    }
  });
  return report;
}

async function obtainPrinter(options: BuildOptions, own: (p: Printer) => void): Promise<Printer> {
  const given = options.printer;
  if (typeof given === 'function') return given();
  if (given) return given;
  const { launchPrinter } = await import('../print/printer.js');
  const printer = await launchPrinter(options.printerOptions);
  own(printer);
  return printer;
}

/**
 * The digest the manifest and the index record: the one printed now, else the earlier one, marked
 * stale once a briefing in it was printed again or removed without the digest following.
 */
function digestOfEdition(report: BuildReport, previous: DigestRecord | null): DigestRecord | null {
  if (report.digest?.rebuilt) return report.digest.record;
  const record = report.digest?.record ?? previous;
  if (!record) return null;
  return report.reprinted.length > 0 || report.removed.length > 0 ? { ...record, stale: true } : record;
}
