import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../pipeline/extract/numbers.js';

const one = (text: string) => {
  const found = findQuantities(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('findQuantities', () => {
  it('scales words to base units', () => {
    expect(one('with a population of about 57.92 million.')).toMatchObject({
      value: 57_920_000,
      qualifier: 'about',
      figure: '57.92 million',
    });
    expect(one('four trillion RMB')).toMatchObject({ kind: 'currency', value: 4e12, unit: 'CNY' });
    // Exactly, not 16574000000.000002: the value reaches the fact model and its JSON as it is.
    expect(one('reached 16.574 billion yuan').value).toBe(16_574_000_000);
    expect(one('32.8 billion yuan').value).toBe(32_800_000_000);
  });

  it('reads "square km", "ranking No 17", a bare population and a count rounded with "-odd"', () => {
    expect(one('The circle covers about 185,000 square km.')).toMatchObject({ value: 185_000, unit: 'km²' });
    expect(one('Its grade moves up, ranking No 17 on the list.')).toMatchObject({ value: 17, unit: 'rank' });
    expect(one('with a population of 350,000 and many firms')).toMatchObject({ value: 350_000 });
    expect(one('a survey of 30-odd high-tech enterprises')).toMatchObject({ value: 30, unit: 'enterprises' });
  });

  it('reads physical units in one spelling each, and leaves "5G" alone', () => {
    expect(one('cargo throughput of 160 million metric tons')).toMatchObject({ value: 160e6, unit: 'tonnes' });
    expect(one('an annual output of 100GW of wafers')).toMatchObject({ value: 100, unit: 'GW', figure: '100GW' });
    expect(one('handled 2.5 million TEUs last year')).toMatchObject({ value: 2.5e6, unit: 'TEU' });
    expect(findQuantities('5G base stations along the G60 corridor')).toEqual([]);
  });

  it('reads currencies before and after the number, keeping a second currency', () => {
    expect(one('a total investment of 45 billion yuan')).toMatchObject({ value: 45e9, unit: 'CNY' });
    const q = one('worth more than RMB 100 billion (US$13.8 billion).');
    expect(q).toMatchObject({ value: 1e11, unit: 'CNY', qualifier: 'more than' });
    expect(q.alternate).toEqual({ value: 13.8e9, unit: 'USD', figure: 'US$13.8 billion' });
  });

  it('reads fractions written as digits and as words', () => {
    expect(one('has increased to 1/15;').value).toBeCloseTo(1 / 15);
    expect(one('exceeds one-fifth of the country')).toMatchObject({
      kind: 'fraction',
      value: 0.2,
      qualifier: 'more than',
    });
  });

  it('keeps qualifiers and counted nouns', () => {
    expect(one('There are now nearly 3,000 biopharmaceutical companies in the region')).toMatchObject({
      value: 3000,
      qualifier: 'nearly',
      unit: 'companies',
      noun: 'biopharmaceutical companies',
    });
    expect(one('More than 840 companies in the field')).toMatchObject({ value: 840, qualifier: 'more than' });
    expect(one('at least 10 “unicorns” in artificial intelligence')).toMatchObject({
      value: 10,
      unit: 'unicorns',
      qualifier: 'at least',
    });
  });

  it('reads rates, areas, percentages and ranges', () => {
    expect(one('is 260 robots per 10,000 people, more')).toMatchObject({
      kind: 'rate',
      value: 260,
      unit: 'robots per 10,000 people',
    });
    expect(one('covers an area of 76,200 square kilometers')).toMatchObject({
      kind: 'area',
      value: 76_200,
      unit: 'km²',
    });
    expect(one('accounting for 43 percent')).toMatchObject({ kind: 'percent', value: 43, unit: '%' });
    expect(one('extended from the original 40 kilometers to 180 kilometers')).toMatchObject({
      value: 180,
      unit: 'km',
      from: 40,
    });
  });

  it('ignores years, ordinals, versions, names and references back', () => {
    expect(
      findQuantities(
        'In 2022, the National 14th Five-Year Plan (2021-2025), version 1.0, 6G, G60, Highway 101 and the 2 cities',
      ),
    ).toEqual([]);
    expect(findQuantities('Tencent’s center')).toEqual([]);
  });
});

describe('a change from one level to another, with a gloss and qualifiers between', () => {
  it('reads "from 74.75 billion yuan (about $10 billion) in 2012 to 281.11 billion yuan" as one figure, the later', () => {
    const qs = findQuantities(
      'Its trade grew from 74.75 billion yuan (about $10 billion) in 2012 to 281.11 billion yuan in 2022.',
    );
    expect(qs.map((q) => [q.value, q.from])).toEqual([[281.11e9, 74.75e9]]);
  });
});
