import { describe, expect, it } from 'vitest';
import { formatFigure } from '../../pipeline/briefings/formatFigure.js';

describe('formatFigure', () => {
  it('joins a number to its scale and unit with no-break spaces, so "¥4 / trillion" cannot wrap', () => {
    expect(formatFigure({ value: 4e12, unit: 'CNY' })).toBe('¥4\u00a0trillion');
    expect(formatFigure({ value: 57.92e6, unit: 'people', qualifier: 'about' })).toBe(
      'about 57.92\u00a0million\u00a0people',
    );
    expect(formatFigure({ value: 76200, unit: 'km²' })).toBe('76,200\u00a0km²');
    expect(
      formatFigure({ value: 1e11, unit: 'CNY', alternate: { value: 13.8e9, unit: 'USD', figure: 'US$13.8 billion' } }),
    ).toBe('¥100\u00a0billion (US$13.8\u00a0billion)');
  });
});
