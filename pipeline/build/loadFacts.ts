/**
 * The extraction stage as one call with I/O at its edge: read the sources folder, load the
 * reference tables, build the fact model. Errors come back per file; the model holds the rest.
 */
import { SourceError } from '../errors.js';
import { readSources } from '../ingest/readSources.js';
import { loadReference, type Reference } from '../ingest/reference.js';
import { buildFactModel } from '../model/buildFactModel.js';
import type { FactModel } from '../model/factModel.js';

export interface LoadedFacts {
  model: FactModel;
  reference: Reference;
  errors: SourceError[];
}

export async function loadFacts(sourcesDir: string): Promise<LoadedFacts> {
  const files = await readSources(sourcesDir);
  const { reference, errors: referenceErrors } = loadReference(files.references);
  const { model, errors } = buildFactModel(files.articles, reference);
  return { model, reference, errors: [...files.errors, ...referenceErrors, ...errors] };
}
