/**
 * Extraction time of the hostile sources of issue 14, one source at a time, each in a fresh
 * process with a time limit (a case that overflows the stack or runs past it is reported as
 * such). It times `extractSource` on the calling thread: the work a source costs, whatever
 * budget the build gives it.
 *
 *   node --import tsx bench/slowSources.ts [--limit S] [CASE ...]
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildEntityIndex } from '../pipeline/extract/entityIndex.js';
import { extractSource } from '../pipeline/extract/extractSources.js';
import { readSources } from '../pipeline/ingest/readSources.js';
import { loadReference } from '../pipeline/ingest/reference.js';
import { decodeSource } from '../pipeline/ingest/readSources.js';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Each hostile source by name: its file name and text. */
export const SLOW_CASES: Record<string, () => { name: string; text: string }> = {
  'list-2000': () => ({ name: 'list.md', text: `${'- '.repeat(2000)}Songjiang\n` }),
  'list-10000': () => ({ name: 'list.md', text: `${'- '.repeat(10_000)}Songjiang\n` }),
  'billion-25k': () => ({ name: 'billion.md', text: `Songjiang had ${'1 billion '.repeat(2500)}yuan.\n` }),
  'chain-100k': () => ({ name: 'chain.md', text: `The ${'Abc '.repeat(25_000)}has 5 firms.\n` }),
  'billion-yuan-25k': () => ({
    name: 'billion.md',
    text: `Songjiang had ${'1 billion yuan, '.repeat(1600)}in 2020.\n`,
  }),
  'table-10000': () => ({
    name: 'table.md',
    text: `|${' a |'.repeat(10_000)}\n|${'---|'.repeat(10_000)}\n|${' 1 |'.repeat(10_000)}\n`,
  }),
  'line-1mb-sentences': () => ({
    name: 'sentences.md',
    text: `${'In 2020, Songjiang had 5 firms. '.repeat(32_768)}\n`,
  }),
  'line-1mb-words': () => ({ name: 'words.md', text: `${'Songjiang has 5 firms and '.repeat(40_330)}\n` }),
  'line-1mb-periods': () => ({ name: 'periods.md', text: `Songjiang ${'a. b. '.repeat(174_762)}\n` }),
  'line-2mb-letters': () => ({ name: 'letters.md', text: `${'x'.repeat(2 * 1024 * 1024)}\n` }),
  'line-1mb-numbers': () => ({ name: 'numbers.md', text: `Songjiang ${'1,000 '.repeat(174_762)}\n` }),
  'line-1mb-names': () => ({ name: 'names.md', text: `${'Songjiang and Suzhou and '.repeat(41_943)}\n` }),
  'figures-785k': () => ({
    name: 'figures.md',
    text: Array.from(
      { length: 6000 },
      (_, i) =>
        `In ${2000 + (i % 24)}, Songjiang had ${i + 1} high-tech companies in its integrated circuit cluster, and its industrial output reached ${i + 3}.5 billion yuan.\n`,
    ).join('\n'),
  }),
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { limit: { type: 'string', default: '120' }, one: { type: 'string' } },
});

if (values.one) {
  const make = SLOW_CASES[values.one]!;
  const { name, text } = make();
  const files = await readSources(path.join(ROOT, 'sources'));
  const reference = loadReference(files.references).reference;
  const index = buildEntityIndex(reference);
  const file = decodeSource(name, new TextEncoder().encode(text));
  const start = performance.now();
  let outcome: string;
  try {
    outcome = `${extractSource(file, reference, index).facts.length} facts`;
  } catch (error) {
    outcome = `error: ${(error as Error).message.slice(0, 80)}`;
  }
  const seconds = (performance.now() - start) / 1000;
  process.stdout.write(JSON.stringify({ seconds, bytes: Buffer.byteLength(text), outcome }));
} else {
  const names = positionals.length > 0 ? positionals : Object.keys(SLOW_CASES);
  const limit = Number(values.limit);
  for (const name of names) {
    const run = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--one', name], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: limit * 1000,
      killSignal: 'SIGKILL',
    });
    let line: string;
    if (run.error || run.signal) line = `over ${limit} s (stopped)`;
    else if (run.status !== 0) line = `crashed: ${/RangeError[^\n]*/.exec(run.stderr)?.[0] ?? run.stderr.slice(-200)}`;
    else {
      const r = JSON.parse(run.stdout) as { seconds: number; bytes: number; outcome: string };
      line = `${r.seconds.toFixed(2)} s  ${(r.bytes / 1024).toFixed(0)} KB  ${r.outcome}`;
    }
    process.stdout.write(`${name.padEnd(22)} ${line}\n`);
  }
}
