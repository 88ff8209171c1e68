/**
 * Extraction time of the hostile sources of issue 14, one source at a time, each in a fresh
 * process with a time limit (a case that overflows the stack or runs past it is reported as
 * such). It times `extractSource` on the calling thread: the work a source costs, whatever
 * budget the build gives it.
 *
 *   node --import tsx bench/slowSources.ts [--limit S] [CASE ...]
 *   node --import tsx bench/slowSources.ts --write DIR     (each case as DIR/<case>.md, for a build)
 */
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildEntityIndex } from '../pipeline/extract/entityIndex.js';
import { extractSource } from '../pipeline/extract/extractSources.js';
import { readSources } from '../pipeline/ingest/readSources.js';
import { loadReference } from '../pipeline/ingest/reference.js';
import { decodeSource } from '../pipeline/ingest/readSources.js';
import { SLOW_CASES } from './hostileSources.js';

const ROOT = path.resolve(import.meta.dirname, '..');

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { limit: { type: 'string', default: '120' }, one: { type: 'string' }, write: { type: 'string' } },
});

if (values.write) {
  await mkdir(values.write, { recursive: true });
  for (const [name, make] of Object.entries(SLOW_CASES))
    await writeFile(path.join(values.write, `${name}.md`), make().text);
} else if (values.one) {
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
