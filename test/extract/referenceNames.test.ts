/** Names from the reference tables are data: a bracket or a regex in one never breaks extraction. */
import { describe, expect, it } from 'vitest';
import { buildFactModel } from '../../pipeline/extract/extractSources.js';
import { decodeSource, readSources } from '../../pipeline/ingest/readSources.js';
import { loadReference } from '../../pipeline/ingest/reference.js';
import { SOURCES } from '../helpers.js';

const file = (name: string, text: string) => decodeSource(name, new TextEncoder().encode(text));

async function referenceWith(rows: string[]) {
  const { references } = await readSources(SOURCES);
  const extra = file(
    'reference/places-odd.md',
    [
      '| name | kind | parent | aliases | latitude | longitude |',
      '| --- | --- | --- | --- | --- | --- |',
      ...rows,
    ].join('\n'),
  );
  const { reference, errors } = loadReference([...references, extra]);
  expect(errors).toEqual([]);
  return reference;
}

describe('reference names with regex syntax', () => {
  // A catastrophic-backtracking name would hang here: vitest's time-out fails it.
  it('extracts an article naming an unlisted corridor when a place name has a bracket or a pattern', async () => {
    const reference = await referenceWith([
      '| Hong Kong (SAR | city | | | 22.3 | 114.2 |',
      '| (\\w+\\s?)+Q | city | | | 1 | 1 |',
    ]);
    const article = file(
      'article.md',
      'The Chengdu-Chongqing Science and Technology Innovation Corridor links Chengdu and Chongqing. ' +
        'The Abc Abc Abc Abc Abc Abc Abc Abc Abc Abc Abc Abc Abc Abc Abc Abc Abc Abc Abc Abc Abc Abc Abc Corridor has 12 parks.\n',
    );
    const { model, errors } = buildFactModel([article], reference);
    expect(errors).toEqual([]);
    expect(model.entities.some((e) => e.kind === 'corridor' && /Chengdu-Chongqing/.test(e.name))).toBe(true);
  });
});
