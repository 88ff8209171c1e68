/**
 * Issue 14, point 2: each source is read within a budget, off the build's thread. A source over
 * the size budget is refused unread; one past the time budget is stopped; either is reported by
 * name and the others still count. What a worker reads is byte for byte what this thread reads.
 */
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFacts } from '../../pipeline/edition/loadFacts.js';
import { SOURCES } from '../helpers.js';

const GOOD = 'The G60 Science and Technology Innovation Corridor covers an area of 76,200 square kilometers.';

async function corpusWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'briefings-budget-'));
  await cp(path.join(SOURCES, 'reference'), path.join(dir, 'reference'), { recursive: true });
  await writeFile(path.join(dir, 'good.md'), GOOD);
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
  return dir;
}

/**
 * A source made to be slow: 4 MB of the costliest sentences a source may hold (2,000 characters of
 * names and figures each: every figure looks at every name), about 14 s to read on this machine.
 */
function slowSource(): string {
  const body = 'Songjiang has 5 firms and '.repeat(75);
  const word = (i: number) => i.toString(26).replace(/./g, (c) => String.fromCharCode(97 + Number.parseInt(c, 26)));
  return Array.from({ length: 2048 }, (_, i) => `The ${word(i)} ${body}end.`).join('\n\n');
}

describe('extraction in worker threads', () => {
  it('gives the same model and the same fact cache, byte for byte, as extraction on this thread', async () => {
    // In workers only; on this thread only; small sources here while the workers start, the rest there.
    const [inWorkers, inThread, shared] = await Promise.all(
      [{ inThreadBytes: 0 }, { workers: 0 }, { inThreadBytes: 16 * 1024 }].map(async (budget) => {
        const cacheDir = await mkdtemp(path.join(tmpdir(), 'briefings-cache-'));
        const loaded = await loadFacts(SOURCES, { cacheDir, budget });
        const [name] = await readdir(path.join(cacheDir, 'facts'));
        return { loaded, cache: await readFile(path.join(cacheDir, 'facts', name!), 'utf8') };
      }),
    );
    expect(inWorkers!.loaded.cache.misses).toBe(5);
    expect(inWorkers!.loaded.errors).toEqual([]);
    expect(JSON.stringify(inWorkers!.loaded.model)).toBe(JSON.stringify(inThread!.loaded.model));
    expect(inWorkers!.cache).toBe(inThread!.cache);
    expect(JSON.stringify(shared!.loaded.model)).toBe(JSON.stringify(inThread!.loaded.model));
    expect(shared!.cache).toBe(inThread!.cache);
  });

  it('stops a source past the time budget and names it; the other sources count, and this thread stays free', async () => {
    const dir = await corpusWith({ 'slow.md': slowSource(), 'other.md': GOOD.replace('76,200', '76,300') });
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 10);
    const started = performance.now();
    const { model, errors } = await loadFacts(dir, {
      budget: { timeoutMs: 2000, maxBytes: 8 * 1048576, inThreadBytes: 0 },
    }).finally(() => clearInterval(ticker));
    const seconds = (performance.now() - started) / 1000;
    expect(errors.map((e) => e.message)).toEqual([
      'slow.md: extraction took longer than 2 s: stopped and skipped (--source-timeout)',
    ]);
    expect(model.sources.map((s) => s.path)).toEqual(['good.md', 'other.md']);
    expect(model.facts.filter((f) => f.metric === 'area').map((f) => f.value)).toEqual([76_200, 76_300]);
    // Read on this thread, the slow source would have let no timer run until it was done.
    expect(ticks).toBeGreaterThan(seconds * 20);
  });

  it('stops a source past the time budget on this thread too (a little to read is read here)', async () => {
    const dir = await corpusWith({ 'slow.md': slowSource() });
    const { model, errors } = await loadFacts(dir, {
      budget: { timeoutMs: 1000, maxBytes: 8 * 1048576, workers: 0 },
    });
    expect(errors.map((e) => e.message)).toEqual([
      'slow.md: extraction took longer than 1 s: stopped and skipped (--source-timeout)',
    ]);
    expect(model.sources.map((s) => s.path)).toEqual(['good.md']);
  });

  it('refuses a source over the size budget unread, naming it, on this thread or in workers', async () => {
    const big = `${GOOD}\n\n`.repeat(100);
    const dir = await corpusWith({ 'big.md': big });
    for (const inThreadBytes of [0, 1 << 20]) {
      const { model, errors } = await loadFacts(dir, { budget: { maxBytes: 4096, inThreadBytes } });
      expect(errors.map((e) => e.message)).toEqual([
        `big.md: source is ${Math.ceil(big.length / 1024)} KB, over the 4 KB a source may have to be read (--max-source-size): skipped`,
      ]);
      expect(model.sources.map((s) => s.path)).toEqual(['good.md']);
    }
  });

  it('reports a source whose worker runs out of memory by name, and reads the rest in a new worker', async () => {
    const figures = Array.from(
      { length: 12_000 },
      (_, i) =>
        `In ${2000 + (i % 24)}, Songjiang had ${i + 1} high-tech companies in its cluster, up ${i % 90} percent.\n`,
    ).join('\n');
    const dir = await corpusWith({ 'figures.md': figures, 'other.md': GOOD.replace('76,200', '76,300') });
    const { model, errors } = await loadFacts(dir, {
      budget: { inThreadBytes: 0, workers: 1, heapMb: 32, timeoutMs: 60_000 },
    });
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/^figures\.md: extraction stopped: .*memory/)]);
    expect(model.sources.map((s) => s.path)).toEqual(['good.md', 'other.md']);
  });
});
