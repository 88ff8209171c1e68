/** Events named in a few words for the timeline chart: who, what was done, to what; never cut mid-name. */
import { describe, expect, it } from 'vitest';
import { eventPhrase, PHRASE_CHARS } from '../../pipeline/briefings/eventPhrase.js';

const CASES: [string, string][] = [
  [
    'On May 24, the conference on further promoting the scientific and technological innovation ecological construction of the G60 Science and Technology Innovation Corridor in the Yangtze River Delta was held.',
    'Conference held',
  ],
  [
    'Construction of the 2.0 version of the Shanghai-Jiaxing-Hangzhou G60 science and technology corridor has started.',
    'Construction of the 2.0 version has started',
  ],
  [
    'In 2018, relying on the opportunity of the construction of the Shanghai-Suzhou-Huzhou high-speed railway and the Songjiang hub, a national large-scale project, nine cities co-hosted the first G60 science and technology corridor joint conference and issued a statement.',
    'Nine cities co-hosted the first joint conference',
  ],
  [
    'Signing the “Songjiang Declaration” and the Strategic Cooperation Agreement, this corridor has officially developed to version 3.0, connecting 1 city, 9 cities and 3 provinces.',
    'Corridor has developed to version 3.0',
  ],
  [
    'Alpha and Beta signed a cooperation agreement on robotics on June 3, 2021, with a total investment of 20 billion yuan.',
    'Alpha and Beta signed a cooperation agreement',
  ],
  [
    'The Hefei Comprehensive National Science Center was established in 2017.',
    'Hefei Comprehensive National Science Center established',
  ],
  ['In 2020, the first batch of 12 projects broke ground in Lingang.', 'First batch of 12 projects broke ground'],
  ['In 2021 the park opened.', 'Park opened'],
];

describe('event phrases', () => {
  it.each(CASES)('%s', (sentence, phrase) => {
    expect(eventPhrase(sentence)).toBe(phrase);
  });

  it('keep a list of names whole, dropping the subject before they cut a name, and end on no ellipsis', () => {
    const phrase = eventPhrase(
      'In 2017, Songjiang, Jiaxing and Hangzhou in Zhejiang Province signed a strategic cooperation agreement, and the corridor was extended.',
    );
    expect(phrase).toMatch(/^Signed a (strategic )?cooperation agreement$/);
    const long = eventPhrase(`${'Very '.repeat(30)}long opening words without any verb at all`);
    expect(long.length).toBeLessThanOrEqual(PHRASE_CHARS);
    expect(long).not.toMatch(/…|\.\.\.$/);
  });
});
