/** Dates as printed for readers: as precise as the model's ISO date, never more. */
import { describe, expect, it } from 'vitest';
import { readerDate } from '../../pipeline/render/readerDate.js';

describe('readerDate', () => {
  it('writes a day, a month or a year as a reader does', () => {
    expect(readerDate('2024-05-24')).toBe('24 May 2024');
    expect(readerDate('2023-07')).toBe('July 2023');
    expect(readerDate('2017')).toBe('2017');
  });
});
