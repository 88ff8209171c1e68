/** The hostile sources of issue 14 by name: each a file name and its text (bench/slowSources.ts). */
export const SLOW_CASES: Record<string, () => { name: string; text: string }> = {
  'list-2000': () => ({ name: 'list.md', text: `${'- '.repeat(2000)}Songjiang\n` }),
  'list-10000': () => ({ name: 'list.md', text: `${'- '.repeat(10_000)}Songjiang\n` }),
  'billion-25k': () => ({ name: 'billion.md', text: `Songjiang had ${'1 billion '.repeat(2500)}yuan.\n` }),
  'chain-100k': () => ({ name: 'chain.md', text: `The ${'Abc '.repeat(25_000)}has 5 firms.\n` }),
  'billion-yuan-25k': () => ({
    name: 'billion.md',
    text: `Songjiang had ${'1 billion yuan, '.repeat(1600)}in 2020.\n`,
  }),
  'table-10000': () => ({
    name: 'table.md',
    text: `|${' a |'.repeat(10_000)}\n|${'---|'.repeat(10_000)}\n|${' 1 |'.repeat(10_000)}\n`,
  }),
  'line-1mb-sentences': () => ({
    name: 'sentences.md',
    text: `${'In 2020, Songjiang had 5 firms. '.repeat(32_768)}\n`,
  }),
  'line-1mb-words': () => ({ name: 'words.md', text: `${'Songjiang has 5 firms and '.repeat(40_330)}\n` }),
  'line-1mb-periods': () => ({ name: 'periods.md', text: `Songjiang ${'a. b. '.repeat(174_762)}\n` }),
  'line-2mb-letters': () => ({ name: 'letters.md', text: `${'x'.repeat(2 * 1024 * 1024)}\n` }),
  'line-1mb-numbers': () => ({ name: 'numbers.md', text: `Songjiang ${'1,000 '.repeat(174_762)}\n` }),
  'line-1mb-names': () => ({ name: 'names.md', text: `${'Songjiang and Suzhou and '.repeat(41_943)}\n` }),
  'figures-785k': () => ({
    name: 'figures.md',
    text: Array.from(
      { length: 6000 },
      (_, i) =>
        `In ${2000 + (i % 24)}, Songjiang had ${i + 1} high-tech companies in its integrated circuit cluster, and its industrial output reached ${i + 3}.5 billion yuan.\n`,
    ).join('\n'),
  }),
};
