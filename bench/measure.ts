/**
 * One size of the benchmark, in its own process so its peak memory is its own: extraction,
 * a cold build, a no-op rebuild and a one-source edit, on a corpus already generated.
 * Prints one JSON line.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build, type BuildOptions } from '../pipeline/edition/build.js';
import { loadFacts } from '../pipeline/edition/loadFacts.js';

const { values } = parseArgs({
  options: {
    sources: { type: 'string' },
    work: { type: 'string' },
    templates: { type: 'string' },
    bytes: { type: 'string' },
  },
});
const sourcesDir = values.sources!;
const work = values.work!;
const ms = (start: number) => Math.round(performance.now() - start);

const options: BuildOptions = {
  sourcesDir,
  outDir: path.join(work, 'out'),
  templatesDir: values.templates!,
  cacheDir: path.join(work, 'cache'),
  formats: ['pdf', 'html'],
  paper: 'a4',
  minFacts: 4,
  author: 'Benchmark',
};
await rm(options.outDir, { recursive: true, force: true });
await rm(options.cacheDir!, { recursive: true, force: true });

let start = performance.now();
const cold = await build(options);
const coldMs = ms(start);
// The build's own peak, before the extraction runs below add theirs.
const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);

start = performance.now();
const noop = await build(options);
const noopMs = ms(start);

// One source edited: a figure changed, as an analyst fixing a typo would.
const first = path.join(sourcesDir, 'bench-00001.txt');
const original = await readFile(first, 'utf8');
await writeFile(
  first,
  original.replace(/more than (\d+) smart factories/, (_, n: string) => `more than ${Number(n) + 1} smart factories`),
);
start = performance.now();
const edit = await build(options);
const editMs = ms(start);
await writeFile(first, original);
await build(options); // back to the corpus as generated, so the next no-op (run as a command) is one

// Extraction alone: every source read, cleaned and extracted, no cache. Twice: the first run
// in a fresh process pays for loading modules and warming the JIT, the second is steady state.
let extractStart = performance.now();
const facts = await loadFacts(sourcesDir);
const extractColdMs = ms(extractStart);
extractStart = performance.now();
await loadFacts(sourcesDir);
const extractMs = ms(extractStart);

console.log(
  JSON.stringify({
    sources: facts.model.sources.length,
    bytes: Number(values.bytes),
    facts: facts.model.facts.length,
    extractMs,
    extractColdMs,
    cold: {
      ms: coldMs,
      timings: cold.timings,
      briefings: cold.briefings.length,
      pages: cold.briefings.reduce((n, b) => n + (b.pages ?? 0), 0),
      failed: cold.failed.length,
    },
    noop: { ms: noopMs, reprinted: noop.reprinted.length, browser: noop.browserLaunched },
    edit: { ms: editMs, reprinted: edit.reprinted, timings: edit.timings },
    maxRssMb,
  }),
);
