/**
 * The extraction stage as one call with I/O at its edge: read the sources folder, load the
 * reference tables, build the fact model. Errors come back per file; the model holds the rest.
 *
 * With a cache folder, each source's facts are stored under a key of its path and bytes, the
 * reference tables' bytes and the extraction code: an unchanged source is never read again.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SourceError } from '../errors.js';
import { buildEntityIndex } from '../extract/entityIndex.js';
import { readSources, type SourceFile } from '../ingest/readSources.js';
import { loadReference, type Reference } from '../ingest/reference.js';
import { asSourceError, assembleFactModel, extractSource, type SourceFacts } from '../model/buildFactModel.js';
import type { FactModel } from '../model/factModel.js';
import { codeDigest, EXTRACTION_CODE } from './codeDigest.js';
import { writeAtomic } from './writeAtomic.js';

export interface LoadedFacts {
  model: FactModel;
  reference: Reference;
  errors: SourceError[];
  /** Every source file found, readable or not, by path: what "new and changed sources" compare. */
  files: { path: string; sha256: string }[];
  /** Sources whose facts came from the cache, and sources extracted now. */
  cache: { hits: number; misses: number };
}

export interface LoadFactsOptions {
  /** Folder for cached per-source facts; no caching without it. */
  cacheDir?: string;
  /** Extract every source again (the results still refresh the cache). */
  force?: boolean;
}

export async function loadFacts(sourcesDir: string, options: LoadFactsOptions = {}): Promise<LoadedFacts> {
  const files = await readSources(sourcesDir);
  const { reference, errors: referenceErrors } = loadReference(files.references);
  const index = buildEntityIndex(reference);
  const errors: SourceError[] = [...files.errors, ...referenceErrors];
  const cache = { hits: 0, misses: 0 };
  const factsDir = options.cacheDir ? path.join(options.cacheDir, 'facts') : null;
  if (factsDir) await mkdir(factsDir, { recursive: true });
  const referenceKey = digestOf(files.references);

  const results: SourceFacts[] = [];
  for (const file of files.articles) {
    const entry = factsDir ? path.join(factsDir, `${cacheKey(file, referenceKey)}.json`) : null;
    const cached = entry && !options.force ? await readCached(entry) : null;
    if (cached) {
      cache.hits++;
      results.push(cached);
      continue;
    }
    try {
      const result = extractSource(file, reference, index);
      cache.misses++;
      results.push(result);
      if (entry) await writeAtomic(entry, JSON.stringify(result));
    } catch (error) {
      errors.push(asSourceError(file.path, error));
    }
  }
  const model = assembleFactModel(results, index);
  // A file that cannot be read is still there: it counts as changed, not removed.
  const read = [...files.articles, ...files.references].map((f) => ({ path: f.path, sha256: f.sha256 }));
  read.push(...files.unreadable.map((p) => ({ path: p, sha256: 'unreadable' })));
  return { model, reference, errors, files: read.sort((a, b) => a.path.localeCompare(b.path)), cache };
}

function digestOf(files: SourceFile[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file.path).update('\0').update(file.sha256).update('\0');
  return hash.digest('hex');
}

function cacheKey(file: SourceFile, referenceKey: string): string {
  return createHash('sha256').update(codeDigest(EXTRACTION_CODE)).update(referenceKey).update(file.path).update('\0').update(file.sha256).digest('hex').slice(0, 32);
}

/** A missing or unreadable entry is a miss; the assembled model is validated as a whole. */
async function readCached(file: string): Promise<SourceFacts | null> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as SourceFacts;
    return Array.isArray(data.facts) && data.source ? data : null;
  } catch {
    return null;
  }
}
