/**
 * Issue 14, point 3: one source giving thousands of facts (a data dump, not an article) keeps its
 * first MAX_FACTS_PER_SOURCE, the rest dropped with one reason, so it cannot flood the briefings
 * of the places it names.
 */
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFacts } from '../../pipeline/edition/loadFacts.js';
import { MAX_FACTS_PER_SOURCE } from '../../pipeline/extract/extractSources.js';
import { factsFrom, SOURCES } from '../helpers.js';

const sentence = (i: number) => `In 2023, Songjiang had ${1000 + i} high-tech enterprises in cluster number ${i}.`;

describe('facts one source may give', () => {
  it(`are its first ${MAX_FACTS_PER_SOURCE}: the rest are dropped with one reason at the first left out`, async () => {
    const m = await factsFrom(Array.from({ length: 400 }, (_, i) => sentence(i)).join('\n\n'));
    expect(m.facts).toHaveLength(MAX_FACTS_PER_SOURCE);
    expect(m.facts.at(-1)!.value).toBe(1000 + MAX_FACTS_PER_SOURCE - 1);
    const capped = m.dropped.filter((d) => /one source may give/.test(d.reason));
    expect(capped).toEqual([
      {
        source: 'article',
        line: 2 * MAX_FACTS_PER_SOURCE + 1,
        text: '150 facts from here on',
        reason:
          'the source gives 400 facts, more than the 250 one source may give (an article gives tens): only its first 250 are kept',
      },
    ]);
  });

  it('make the source one read in part, which the build reports', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'briefings-capped-'));
    await cp(path.join(SOURCES, 'reference'), path.join(dir, 'reference'), { recursive: true });
    await writeFile(path.join(dir, 'dump.md'), Array.from({ length: 400 }, (_, i) => sentence(i)).join('\n\n'));
    await writeFile(path.join(dir, 'article.md'), sentence(1));
    const { errors, readInPart } = await loadFacts(dir);
    expect(errors).toEqual([]);
    expect(readInPart.map((e) => e.message)).toEqual([
      'dump.md: read in part: it gives 400 facts, more than the 250 one source may give (an article gives tens): only its first 250 are kept (facts --explain lists what was left out)',
    ]);
  });

  it('are all kept up to that many', async () => {
    const m = await factsFrom(Array.from({ length: MAX_FACTS_PER_SOURCE }, (_, i) => sentence(i)).join('\n\n'));
    expect(m.facts).toHaveLength(MAX_FACTS_PER_SOURCE);
    expect(m.dropped.filter((d) => /one source may give/.test(d.reason))).toEqual([]);
  });
});
