/** Quote marks of a cited sentence as a briefing prints it, inside its own quote marks or not. */
import { describe, expect, it } from 'vitest';
import { balanced, quoted } from '../../pipeline/briefings/quoteMarks.js';

describe('quote marks', () => {
  it('puts quotations inside a quote in single marks, with a thin space where two marks meet', () => {
    expect(quoted('“6+X” strategic emerging industries will emerge.')).toBe(
      '\u2009‘6+X’ strategic emerging industries will emerge.',
    );
    expect(quoted('the opening of the “Shanghai Jiangsu innovation market.”')).toBe(
      'the opening of the ‘Shanghai Jiangsu innovation market.’\u2009',
    );
    expect(quoted("Shanghai's hubs and Matsue’s strength.")).toBe("Shanghai's hubs and Matsue’s strength.");
  });

  it('closes or opens a quotation the sentence split cut off, and drops marks with no partner', () => {
    // A sentence that is one quotation whole needs no marks of its own inside ours.
    expect(quoted('"We have built a total of 100 smart factories.')).toBe(
      'We have built a total of 100 smart factories.',
    );
    expect(quoted('Also, it has promoted applications," said Tang.')).toBe(
      '\u2009‘Also, it has promoted applications,’ said Tang.',
    );
    expect(balanced('Also, it has promoted applications," said Tang.')).toBe(
      '“Also, it has promoted applications,” said Tang.',
    );
    expect(quoted('He said, “The project is a “cooperative model in Wuhu.” ‘ will create.')).toBe(
      'He said, The project is a ‘cooperative model in Wuhu.’ will create.',
    );
  });
});
