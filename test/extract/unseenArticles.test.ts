/** Articles the extractor was not written against, about corridors missing from the reference tables. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, factsFrom } from '../helpers.js';

const fixture = (name: string) => readFileSync(path.join(FIXTURES, 'articles', name), 'utf8');

describe('an unseen Markdown article with front matter', () => {
  it('discovers the corridor and reads its figures, target and front matter', async () => {
    const model = await factsFrom(fixture('chengdu-chongqing.md'), 'chengdu-chongqing.md');
    const corridor = model.entities.find((e) => e.kind === 'corridor');
    expect(corridor).toMatchObject({
      name: 'Chengdu-Chongqing Science and Technology Innovation Corridor',
      reference: false,
    });
    expect(model.sources[0]).toMatchObject({
      title: 'Chengdu-Chongqing corridor draws 320 research projects',
      published: '2024-03-18',
      publisher: 'Western Science Daily',
      url: 'https://example.org/chengdu-chongqing',
    });
    const facts = model.facts.filter((f) => f.subject === corridor!.id);
    expect(facts.find((f) => f.metric === 'area')).toMatchObject({ value: 12_500, unit: 'km²' });
    expect(facts.find((f) => f.metric === 'high-tech-enterprises')).toMatchObject({
      value: 1200,
      qualifier: 'more than',
    });
    expect(facts.find((f) => f.metric === 'rd-intensity')).toMatchObject({ value: 2.9 });
    expect(facts.find((f) => f.kind === 'target')).toMatchObject({ value: 30, qualifier: 'at least', date: '2027' });
    // Places named in the corridor's own name are its members.
    expect(new Set(model.facts.filter((f) => f.kind === 'membership').map((f) => f.object))).toEqual(
      new Set(['chengdu', 'chongqing']),
    );
  });

  it('drops the related-news block glued underneath', async () => {
    const model = await factsFrom(fixture('chengdu-chongqing.md'), 'chengdu-chongqing.md');
    expect(model.facts.some((f) => /ferry|passengers/.test(f.quote))).toBe(false);
    expect(model.dropped.map((d) => d.reason)).toContain('share links');
  });
});

describe('an unseen plain-text article', () => {
  it('reads a corridor named only in the text, its figures and a dated cooperation', async () => {
    const model = await factsFrom(fixture('hangzhou-west.txt'), 'hangzhou-west.txt');
    const corridor = model.entities.find((e) => e.kind === 'corridor')!;
    expect(corridor.name).toBe('Hangzhou City West Science and Technology Innovation Corridor');
    expect(model.sources[0]!.published).toBe('2023-11-02');
    const metric = (id: string) =>
      model.facts.find((f) => f.kind === 'metric' && f.subject === corridor.id && f.metric === id);
    expect(metric('rd-intensity')).toMatchObject({ value: 6.2 });
    expect(metric('population')).toMatchObject({ value: 1_100_000, unit: 'people', qualifier: 'about' });
    expect(model.facts.find((f) => f.kind === 'cooperation')).toMatchObject({
      subject: 'hangzhou',
      object: 'huzhou',
      value: 25,
      date: '2023-08',
    });
  });
});

describe('conflicts', () => {
  it('marks the same metric with different values in different sources, and resolves nothing', async () => {
    const { buildFactModel } = await import('../../pipeline/extract/extractSources.js');
    const { decodeSource } = await import('../../pipeline/ingest/readSources.js');
    const { seedReference } = await import('../helpers.js');
    const a =
      'The G60 Science and Technology Innovation Corridor covers an area of 76,200 square kilometers, officials said.';
    const b =
      'The G60 Science and Technology Innovation Corridor covers an area of 76,000 square kilometers, a report said.';
    const files = [a, b].map((t, i) => decodeSource(`s${i}.md`, new TextEncoder().encode(t)));
    const { model } = buildFactModel(files, await seedReference());
    expect(model.conflicts).toEqual([
      expect.objectContaining({ subject: 'g60', metric: 'area', unit: 'km²', values: [76_200, 76_000] }),
    ]);
    expect(model.facts.filter((f) => f.metric === 'area')).toHaveLength(2);
  });
});
