import { describe, expect, it } from 'vitest';
import { buildEntityIndex } from '../../pipeline/extract/entityIndex.js';
import { findMentions } from '../../pipeline/extract/mentions.js';
import { seedReference } from '../helpers.js';

const ids = async (text: string) =>
  findMentions(text, buildEntityIndex(await seedReference()), new Map()).map((m) => m.id);

describe('aliases from the reference tables', () => {
  it('maps machine translation to the canonical entity', async () => {
    expect(await ids('Matsue’s source of innovation')).toEqual(['songjiang']);
    expect(await ids('expert system, incorporated circuits and biomedicine')).toEqual([
      'industry-artificial-intelligence',
      'industry-integrated-circuits',
      'industry-biomedicine',
    ]);
    expect(await ids('biological medicine and biopharmaceutical companies')).toEqual([
      'industry-biomedicine',
      'industry-biomedicine',
    ]);
  });

  it('prefers the longest alias and matches any case or dash', async () => {
    expect(await ids('Pudong New Area')).toEqual(['pudong']);
    expect(await ids('the G60 science and technology corridor')).toEqual(['g60']);
    expect(await ids('the Zhangjiang-Lingang corridor')).toEqual(['zhangjiang-lingang']);
  });

  it('does not match inside other words', async () => {
    expect(await ids('Tencent basic political aims')).toEqual([]);
  });

  it('discovers corridors, zones, organizations and people not in the tables', async () => {
    const discovered = new Map();
    const text =
      'The Chengdu-Chongqing Science and Technology Innovation Corridor and Suzhou Industrial Park, said Li Ming, deputy director of Suzhou Science and Technology Bureau.';
    const found = findMentions(text, buildEntityIndex(await seedReference()), discovered);
    expect(found.map((m) => `${m.kind}:${m.text}`)).toEqual([
      'corridor:Chengdu-Chongqing Science and Technology Innovation Corridor',
      'zone:Suzhou Industrial Park',
      'person:Li Ming',
      'organization:Suzhou Science and Technology Bureau',
    ]);
    expect(discovered.get('suzhou-industrial-park')).toMatchObject({ parent: 'suzhou', reference: false });
    expect(discovered.get('person-li-ming')).toMatchObject({
      role: 'deputy director of Suzhou Science and Technology Bureau',
    });
  });
});
