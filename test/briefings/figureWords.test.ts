/** Which figures are key figures, and how a count is labelled. */
import { describe, expect, it } from 'vitest';
import { countLabel, namedInPassing } from '../../pipeline/briefings/figureWords.js';

describe('figure words', () => {
  it('name a small count of categories in passing, not a count of firms, money or a share', () => {
    expect(namedInPassing({ value: 3, unit: 'industries', label: 'Traditional industries' })).toBe(true);
    expect(namedInPassing({ value: 9, unit: 'co-hosted', label: 'Cities co-hosted' })).toBe(true);
    expect(namedInPassing({ value: 3, unit: 'unicorns', label: 'Unicorns' })).toBe(false);
    expect(namedInPassing({ value: 16, unit: 'districts', label: 'Districts' })).toBe(false);
    expect(namedInPassing({ value: 6.79, unit: '%', label: 'R&D intensity' })).toBe(false);
  });

  it('label a count of places by what it counts: partner cities, provinces', () => {
    expect(countLabel('Cities', 'cities', true)).toBe('Partner cities');
    expect(countLabel('Cities', 'provinces', false)).toBe('Provinces');
    expect(countLabel('Cities', 'cities', false)).toBe('Cities');
    expect(countLabel('Companies', 'companies', true)).toBe('Companies');
  });
});
