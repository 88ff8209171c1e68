import { describe, expect, it } from 'vitest';
import { wrapWords } from '../../pipeline/text/clip.js';

describe('wrapWords', () => {
  it('breaks between words, keeps every word whole, and leaves short text on one line', () => {
    expect(wrapWords('Yangtze River Delta G60 Science and Technology Innovation Corridor', 34)).toBe(
      'Yangtze River Delta G60 Science\nand Technology Innovation Corridor',
    );
    expect(wrapWords('Songjiang', 34)).toBe('Songjiang');
    expect(wrapWords('Supercalifragilistic x', 5)).toBe('Supercalifragilistic\nx');
  });
});
