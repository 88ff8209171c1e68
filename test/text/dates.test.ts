import { describe, expect, it } from 'vitest';
import { addYears, findDates, parseDate } from '../../pipeline/text/dates.js';

describe('dates', () => {
  it('reads the date shapes the seeds use', () => {
    expect(parseDate('From:Shine  |  2018-07-12 03:29')).toBe('2018-07-12');
    expect(parseDate('Source: Science and Technology Daily | 2023-05-15 09:24:32 | Author')).toBe('2023-05-15');
    expect(parseDate('Release time:May 24, 2024 11:48 AM')).toBe('2024-05-24');
    expect(parseDate(' date 2023-07-11 ')).toBe('2023-07-11');
    expect(parseDate('2023年5月15日')).toBe('2023-05-15');
    expect(parseDate('24 May 2024')).toBe('2024-05-24');
  });

  it('gives a day without a year only the reference year, and says so', () => {
    expect(findDates('On May 24, the conference', null)).toEqual([]);
    expect(findDates('On May 24, the conference', '2024-05-24')[0]).toMatchObject({
      iso: '2024-05-24',
      inferredYear: true,
    });
  });

  it('never reads an impossible date or a plan range as a year', () => {
    expect(parseDate('2023-02-30')).not.toBe('2023-02-30');
    expect(findDates('the 14th Five-Year Plan (2021-2025)').map((d) => d.iso)).toEqual([]);
    expect(findDates('Since 2016, and in 2017').map((d) => d.iso)).toEqual(['2016', '2017']);
  });

  it('adds years for relative deadlines', () => {
    expect(addYears('2018-07-12', 3)).toBe('2021-07-12');
  });
});
