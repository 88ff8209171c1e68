/**
 * Issue 14, point 2: extraction is linear in the source. Reading a sentence costs time that grows
 * with the square of its length, so a sentence (or headline) longer than any article's is dropped
 * with its reason, and the sentences around it are read as before.
 */
import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS } from '../../pipeline/extract/extractArticle.js';
import { factsFrom } from '../helpers.js';

const GOOD = 'Songjiang District had 1,200 high-tech enterprises at the end of 2023, officials said on Monday.';

describe('sentences longer than any article has', () => {
  it('drop a 25 KB sentence of figures with its line and reason, and read the sentences around it', async () => {
    // "1 billion ..." x 2,500 in one sentence: 15 s once, each figure labelled from the whole sentence.
    const long = `Songjiang had ${'1 billion '.repeat(2500)}yuan.`;
    const m = await factsFrom(`${GOOD}\n\n${long}\n\n${GOOD.replace('1,200', '1,300')}\n`);
    expect(m.facts.filter((f) => f.kind === 'metric').map((f) => [f.value, f.line])).toEqual([
      [1200, 1],
      [1300, 5],
    ]);
    const dropped = m.dropped.filter((d) => /a sentence may have/.test(d.reason));
    expect(dropped).toHaveLength(1);
    expect(dropped[0]!.line).toBe(3);
    expect(dropped[0]!.reason).toBe(
      `sentence of ${long.length.toLocaleString('en-US')} characters, over the 2,000 a sentence may have: not read (a list or table run together, not prose)`,
    );
    expect(dropped[0]!.text.length).toBeLessThanOrEqual(120);
  });

  it('drop a 1 MB line of names and a 100 KB capitalised chain, each one sentence', async () => {
    // 133 s and 12 s once: every name tested against every other for overlap, every chain prefix joined.
    const names = `${'Songjiang and Suzhou and '.repeat(41_943)}Jiaxing.`;
    const chain = `The ${'Abc '.repeat(25_000)}Zone has 5 firms.`;
    const m = await factsFrom(`${GOOD}\n\n${names}\n\n${chain}\n`);
    expect(m.facts.filter((f) => f.kind === 'metric').map((f) => f.value)).toEqual([1200]);
    expect(m.dropped.filter((d) => /a sentence may have/.test(d.reason)).map((d) => d.line)).toEqual([3, 5]);
  });

  it('read a sentence of the longest length allowed', async () => {
    const head = 'Songjiang District had 1,200 high-tech enterprises at the end of 2023, in fields such as ';
    const fields = 'robotics, chips, '
      .repeat(200)
      .slice(0, MAX_SENTENCE_CHARS - head.length - 'and biomedicine.'.length);
    const sentence = `${head}${fields.replace(/,?\s*\S*$/, ',')} and biomedicine.`;
    expect(sentence.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(sentence.length).toBeGreaterThan(MAX_SENTENCE_CHARS - 20);
    const m = await factsFrom(`${sentence}\n`);
    expect(m.facts.some((f) => f.value === 1200)).toBe(true);
    expect(m.dropped.filter((d) => /a sentence may have/.test(d.reason))).toEqual([]);
  });

  it('drop a front-matter title longer than a sentence may be, and read the body', async () => {
    const title = `Songjiang ${'grows '.repeat(1000)}`;
    const m = await factsFrom(`---\ntitle: ${title}\n---\n${GOOD}\n`);
    expect(m.facts.some((f) => f.value === 1200)).toBe(true);
    const dropped = m.dropped.filter((d) => /^headline of/.test(d.reason));
    expect(dropped.map((d) => d.line)).toEqual([2]);
  });
});
