import { describe, expect, it } from 'vitest';
import { clipAround, wrapWords } from '../../pipeline/text/clip.js';

describe('wrapWords', () => {
  it('breaks between words, keeps every word whole, and leaves short text on one line', () => {
    expect(wrapWords('Yangtze River Delta G60 Science and Technology Innovation Corridor', 34)).toBe(
      'Yangtze River Delta G60 Science\nand Technology Innovation Corridor',
    );
    expect(wrapWords('Songjiang', 34)).toBe('Songjiang');
    expect(wrapWords('Supercalifragilistic x', 5)).toBe('Supercalifragilistic\nx');
  });
});

describe('clipAround', () => {
  const quote =
    'In 2023 the total industrial output value of Shanghai continued to be maintained at four trillion RMB, with that of strategic emerging industries accounting for 43 percent," said Tang Wenkan, deputy director.';

  it('keeps the sentence whole when it is short enough, and from its start when what it must keep is within reach', () => {
    expect(clipAround('Short.', ['Short'], 150)).toBe('Short.');
    const cut = clipAround(quote, ['Shanghai', 'four trillion RMB'], 120);
    expect(cut).toMatch(/^In 2023 the total .* four trillion RMB.*…$/);
    expect(cut.length).toBeLessThanOrEqual(121);
  });

  it('never cuts the cited figure or whom it is about: cuts before and after them, marked', () => {
    const cut = clipAround(quote, ['Shanghai', '43 percent'], 150);
    expect(cut).toContain('Shanghai');
    expect(cut).toContain('43 percent');
    expect(cut).toMatch(/^…Shanghai continued .*…$/);
    // Even when they alone are longer than the room: kept whole, words unbroken.
    const tight = clipAround(quote, ['Shanghai', '43 percent'], 40);
    expect(tight).toBe(
      '…Shanghai continued to be maintained at four trillion RMB, with that of strategic emerging industries accounting for 43 percent,"…',
    );
  });
});
