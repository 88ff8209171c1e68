/**
 * Enter the pipeline at the stage under test: from Markdown text to a fact model, using the
 * real reference tables in `sources/reference`.
 */
import path from 'node:path';
import type { BuildOptions } from '../pipeline/edition/buildOptions.js';
import type { Printer } from '../pipeline/print/printer.js';
import { readSources, decodeSource } from '../pipeline/ingest/readSources.js';
import { loadReference, type Reference } from '../pipeline/ingest/reference.js';
import { buildFactModel } from '../pipeline/extract/extractSources.js';
import type { FactModel } from '../pipeline/facts/factModel.js';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const SOURCES = path.join(ROOT, 'sources');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');

let reference: Reference | undefined;
export async function seedReference(): Promise<Reference> {
  if (!reference) {
    const files = await readSources(SOURCES);
    reference = loadReference(files.references).reference;
  }
  return reference;
}

/** The fact model of one in-memory article. */
export async function factsFrom(text: string, name = 'article.md'): Promise<FactModel> {
  const { model, errors } = buildFactModel([decodeSource(name, new TextEncoder().encode(text))], await seedReference());
  if (errors.length > 0) throw errors[0];
  return model;
}

let seedModel: FactModel | undefined;
/** The fact model of the bundled seed corpus. */
export async function seedFacts(): Promise<FactModel> {
  if (!seedModel) {
    const files = await readSources(SOURCES);
    seedModel = buildFactModel(files.articles, await seedReference()).model;
  }
  return seedModel;
}

/** A full build of the seed corpus as the tests print it: PDF and HTML, A4, digest, a fixed author. */
export const seedBuildOptions = (
  outDir: string,
  printer: Printer,
  extra: Partial<BuildOptions> = {},
): BuildOptions => ({
  sourcesDir: SOURCES,
  outDir,
  templatesDir: path.join(ROOT, 'templates'),
  formats: ['pdf', 'html'],
  paper: 'a4',
  minFacts: 4,
  author: 'Test Office',
  printer,
  digest: true,
  ...extra,
});
