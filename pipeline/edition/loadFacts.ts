/**
 * The extraction stage as one call with I/O at its edge: read the sources folder, load the
 * reference tables, build the fact model. Errors come back per file; the model holds the rest.
 *
 * With a cache folder, each source's facts are kept in one cache file per sources folder,
 * extraction code and reference tables, by path and sha256 of the source's bytes: an unchanged
 * source is never extracted again. One file, not one per source, because reading 1,000 small
 * files cost more than extracting a few (measured in bench/); it only ever holds the current
 * sources, so it does not grow with edits.
 */
import { createHash } from 'node:crypto';
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ReferenceTableError, SourceError } from '../ingest/errors.js';
import { buildEntityIndex, type EntityIndex } from '../extract/entityIndex.js';
import { REFERENCE_DIR, readReferences, readSources, type SourceFile } from '../ingest/readSources.js';
import { layerReference, loadReference, type Reference } from '../ingest/reference.js';
import { givesTitle } from '../ingest/sourceTitle.js';
import {
  asSourceError,
  assembleFactModel,
  extractSource,
  OutOfTime,
  readInPart,
  type SourceFacts,
} from '../extract/extractSources.js';
import type { FactModel } from '../facts/factModel.js';
import { codeHash, FACTS_CODE } from './codeHash.js';
import { EXTRACT_BUDGET, type ExtractBudget, outOfTime, tooLarge } from './extractBudget.js';
import { startExtractPool } from './extractPool.js';
import { writeAtomic } from './writeAtomic.js';

/** The project's own sources folder: its reference tables apply to every sources folder. */
const BUILT_IN_SOURCES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../sources');

export interface LoadedFacts {
  model: FactModel;
  reference: Reference;
  errors: SourceError[];
  /** Sources read in part: sentences too long to read, facts over what one source may give (not errors). */
  readInPart: SourceError[];
  /** Every source file found, readable or not, by path: what "new and changed sources" compare. */
  files: { path: string; sha256: string }[];
  /** Sources whose facts came from the cache, and sources extracted now. */
  cache: { hits: number; misses: number };
  /** Ids of sources that give no title of their own: the model names them by their first sentence. */
  untitled: string[];
}

export interface LoadFactsOptions {
  /** Folder for cached per-source facts; no caching without it. */
  cacheDir?: string;
  /** Extract every source again (the results still refresh the cache). */
  force?: boolean;
  /** What reading one source may cost; each field defaults to EXTRACT_BUDGET's. */
  budget?: Partial<ExtractBudget>;
}

/** path -> the sha256 of the bytes it was extracted from, and what they gave. */
type FactCache = Record<string, { sha256: string; facts: SourceFacts }>;

export async function loadFacts(sourcesDir: string, options: LoadFactsOptions = {}): Promise<LoadedFacts> {
  const files = await readSources(sourcesDir);
  const builtIn = await builtInReferences(sourcesDir);
  // Without tables no corridor or place is known: every briefing would vanish. Stop before writing.
  if (builtIn.length === 0 && files.references.length === 0) {
    throw new ReferenceTableError(
      `${REFERENCE_DIR}/`,
      null,
      'no reference tables: the folder is missing or empty, so nothing was built and the earlier edition is kept',
    );
  }
  const own = loadReference(files.references);
  const base = loadReference(builtIn);
  const reference = builtIn.length > 0 ? layerReference(base.reference, own.reference) : own.reference;
  const referenceErrors = [...base.errors, ...own.errors];
  const index = buildEntityIndex(reference);
  const errors: SourceError[] = [...files.errors, ...referenceErrors];
  const cacheFile = options.cacheDir
    ? path.join(options.cacheDir, 'facts', `${await cacheName(sourcesDir, [...builtIn, ...files.references])}.json`)
    : null;
  const cached: FactCache = cacheFile && !options.force ? await readCache(cacheFile) : {};
  const next: FactCache = {};
  const cache = { hits: 0, misses: 0 };

  const budget = { ...EXTRACT_BUDGET, ...options.budget };
  // The id too: a file's id changes when another file comes to share its name, and facts carry it.
  const hitFor = (file: SourceFile) => {
    const hit = cached[file.path];
    return hit && hit.sha256 === file.sha256 && hit.facts.source.id === file.id ? hit : null;
  };
  const toRead = files.articles.filter((file) => !hitFor(file));
  const extracted = await extractAll(toRead, reference, index, budget);

  const results: SourceFacts[] = [];
  for (const file of files.articles) {
    const hit = hitFor(file);
    if (hit) {
      cache.hits++;
      results.push(hit.facts);
      next[file.path] = hit;
      continue;
    }
    const outcome = extracted.get(file)!;
    if ('error' in outcome) errors.push(outcome.error);
    else {
      cache.misses++;
      results.push(outcome.facts);
      next[file.path] = { sha256: file.sha256, facts: outcome.facts };
    }
  }
  const changed = cache.misses > 0 || Object.keys(cached).length !== cache.hits;
  if (cacheFile && changed) await writeAtomic(cacheFile, JSON.stringify(next));

  const model = assembleFactModel(results, index);
  // A file that cannot be read is still there: it counts as changed, not removed.
  const read = [...files.articles, ...files.references].map((f) => ({ path: f.path, sha256: f.sha256 }));
  read.push(...files.unreadable.map((p) => ({ path: p, sha256: 'unreadable' })));
  const partial = results.flatMap((r) => {
    const why = readInPart(r);
    return why ? [new SourceError(r.source.path, null, why)] : [];
  });
  const texts = new Map(files.articles.map((f) => [f.id, f.text]));
  const untitled = model.sources.filter((s) => !givesTitle(texts.get(s.id) ?? '', s.title)).map((s) => s.id);
  return {
    model,
    reference,
    errors,
    readInPart: partial,
    files: read.sort((a, b) => a.path.localeCompare(b.path)),
    cache,
    untitled,
  };
}

/**
 * Each source's facts or the error it gave, within the budget: sources over the size budget are
 * refused unread; a little to read (budget.inThreadBytes) is read on this thread; more, by a
 * pool of workers, while this thread reads the small sources itself until the first worker has
 * started (a worker takes 0.5-0.8 s to start: as long as reading 100 sources here).
 */
async function extractAll(
  files: SourceFile[],
  reference: Reference,
  index: EntityIndex,
  budget: ExtractBudget,
): Promise<Map<SourceFile, Outcome>> {
  const outcomes = new Map<SourceFile, Outcome>();
  const bytes = (file: SourceFile) => Buffer.byteLength(file.text);
  const within: SourceFile[] = [];
  for (const file of files) {
    if (bytes(file) <= budget.maxBytes) within.push(file);
    else outcomes.set(file, { error: tooLarge(file.path, bytes(file), budget.maxBytes) });
  }
  const readHere = (file: SourceFile) => outcomes.set(file, extractHere(file, reference, index, budget.timeoutMs));
  const total = within.reduce((sum, file) => sum + bytes(file), 0);
  if (budget.workers < 1 || total <= budget.inThreadBytes) {
    for (const file of within) readHere(file);
    return outcomes;
  }
  const pool = startExtractPool(reference, {
    size: Math.min(budget.workers, within.length),
    timeoutMs: budget.timeoutMs,
    heapMb: budget.heapMb,
  });
  const inPool = (file: SourceFile) =>
    pool.extract(file).then(
      (facts) => outcomes.set(file, { facts }),
      (error: unknown) => outcomes.set(file, { error: asSourceError(file.path, error) }),
    );
  try {
    // Large sources go to the workers at once; small ones are read here until a worker is ready,
    // one at a time, letting the event loop (a preview's requests, the workers' messages) run between.
    const small = within.filter((file) => bytes(file) <= budget.inThreadBytes);
    const waiting = within.filter((file) => bytes(file) > budget.inThreadBytes).map(inPool);
    while (small.length > 0 && !pool.ready) {
      readHere(small.shift()!);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all([...waiting, ...small.map(inPool)]);
  } finally {
    await pool.close();
  }
  return outcomes;
}

type Outcome = { facts: SourceFacts } | { error: SourceError };

function extractHere(file: SourceFile, reference: Reference, index: EntityIndex, timeoutMs: number): Outcome {
  try {
    return { facts: extractSource(file, reference, index, performance.now() + timeoutMs) };
  } catch (error) {
    return { error: error instanceof OutOfTime ? outOfTime(file.path, timeoutMs) : asSourceError(file.path, error) };
  }
}

/** One cache per sources folder, extraction code and reference tables. */
async function cacheName(sourcesDir: string, references: SourceFile[]): Promise<string> {
  const hash = createHash('sha256')
    .update(await realpath(sourcesDir).catch(() => sourcesDir))
    .update('\0')
    .update(codeHash(FACTS_CODE));
  for (const file of references) hash.update(file.path).update('\0').update(file.sha256).update('\0');
  return hash.digest('hex').slice(0, 32);
}

/** A missing or unreadable cache is empty; the assembled model is validated as a whole. */
async function readCache(file: string): Promise<FactCache> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as FactCache;
    return data && typeof data === 'object' && !Array.isArray(data) ? data : {};
  } catch {
    return {};
  }
}

/** The built-in tables, unless the folder is the project's own sources folder (then they are its own). */
async function builtInReferences(sourcesDir: string): Promise<SourceFile[]> {
  const [own, builtIn] = await Promise.all([
    realpath(sourcesDir).catch(() => sourcesDir),
    realpath(BUILT_IN_SOURCES).catch(() => null),
  ]);
  if (!builtIn || own === builtIn) return [];
  const references = await readReferences(builtIn);
  return references.map((file) => ({ ...file, path: `built-in/${file.path}` }));
}
