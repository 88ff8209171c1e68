/** The acceptance list, asserted on the bundled seed corpus. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Fact, FactModel } from '../../pipeline/facts/factModel.js';
import { SOURCES, seedFacts } from '../helpers.js';

let model: FactModel;
beforeAll(async () => {
  model = await seedFacts();
});

const metric = (subject: string, metricId: string) =>
  model.facts.filter((f) => f.kind === 'metric' && f.subject === subject && f.metric === metricId);
const only = (facts: Fact[]) => {
  expect(facts).toHaveLength(1);
  return facts[0]!;
};

describe('seed corpus fact model', () => {
  it('has the G60 corridor headline figures', () => {
    expect(only(metric('g60', 'rd-intensity'))).toMatchObject({ value: 3.77, unit: '%' });
    expect(only(metric('g60', 'area'))).toMatchObject({ value: 76_200, unit: 'km²' });
    expect(only(metric('g60', 'population'))).toMatchObject({ value: 57_920_000, qualifier: 'about' });
    // "the GDP of the country has increased to 1/15": a share of the nation's GDP, never the corridor's GDP.
    expect(only(metric('g60', 'gdp-share'))).toMatchObject({ figure: '1/15', unit: 'share' });
    expect(metric('g60', 'gdp')).toEqual([]);
  });

  it('gives Songjiang its own R&D intensity, not the corridor average', () => {
    const songjiang = only(metric('songjiang', 'rd-intensity'));
    expect(songjiang).toMatchObject({ value: 6.79, unit: '%' });
    expect(songjiang.quote).toContain('6.79%');
  });

  it('has Shanghai robot density and smart factories', () => {
    expect(only(metric('shanghai', 'robot-density'))).toMatchObject({ value: 260, unit: 'robots per 10,000 people' });
    expect(only(metric('shanghai', 'smart-factories'))).toMatchObject({ value: 100 });
  });

  it('has Shanghai–Suzhou cooperation on 193 tasks', () => {
    const coop = model.facts.find(
      (f) => f.kind === 'cooperation' && f.subject === 'shanghai' && f.object === 'suzhou' && f.value === 193,
    );
    expect(coop).toMatchObject({ unit: 'tasks' });
  });

  it('has the 45 billion yuan AI computing centre', () => {
    const centre = model.facts.find((f) => f.kind === 'metric' && f.value === 45e9);
    expect(centre).toMatchObject({ unit: 'CNY', metric: 'investment' });
    expect(centre!.quote).toContain('advanced computing center');
    expect(model.entities.find((e) => e.id === centre!.subject)?.name).toMatch(/computing center/);
  });

  it('has the nine member cities of the G60 corridor, each cited', () => {
    const members = model.facts.filter((f) => f.kind === 'membership' && f.subject === 'g60').map((f) => f.object);
    expect(new Set(members)).toEqual(
      new Set(['songjiang', 'jiaxing', 'hangzhou', 'jinhua', 'suzhou', 'huzhou', 'xuancheng', 'wuhu', 'hefei']),
    );
  });

  it('has the Zhangjiang–Lingang target of at least 10 unicorns within three years', () => {
    const target = model.facts.find((f) => f.kind === 'target' && f.metric === 'unicorns');
    expect(target).toMatchObject({ subject: 'zhangjiang-lingang', value: 10, qualifier: 'at least', date: '2021' });
  });

  it('has the dated corridor history: version 2.0 and the 40 -> 180 km extension in 2017', () => {
    const events = model.facts.filter((f) => f.kind === 'event' && f.subject === 'g60');
    expect(events.find((e) => e.quote.includes('2.0 version'))?.date).toBe('2017');
    expect(only(metric('g60', 'length'))).toMatchObject({ value: 180, unit: 'km', date: '2017' });
  });

  it('takes no fact from the stories glued under the articles', () => {
    const unrelated =
      /Nepal|tunnel|House Foreign Affairs|group rent|Jiuting|exhibition|masterpieces|nightlife|Jiuliu|DRAMA96/i;
    expect(model.facts.filter((f) => unrelated.test(f.quote))).toEqual([]);
    expect(model.dropped.some((d) => /unrelated story/.test(d.reason) && /Group Rent/.test(d.text))).toBe(true);
    expect(model.dropped.some((d) => /Top News/.test(d.reason))).toBe(true);
  });

  it('quotes every fact verbatim from its source file, at the right line', () => {
    for (const fact of model.facts) {
      const source = model.sources.find((s) => s.id === fact.source)!;
      const text = readFileSync(path.join(SOURCES, source.path), 'utf8');
      const at = text.indexOf(fact.quote);
      expect(at, fact.quote).toBeGreaterThanOrEqual(0);
      const lines = text.split('\n');
      expect(lines[fact.line - 1], fact.quote).toContain(fact.quote.split('\n')[0]);
      if (fact.figure) expect(fact.quote).toContain(fact.figure);
    }
  });

  it('infers titles and dates where front matter is missing', () => {
    const byId = Object.fromEntries(model.sources.map((s) => [s.id.slice(0, 3), s]));
    expect(byId['000']).toMatchObject({
      title: 'Leading innovation hubs tie up for win-win strategy',
      published: '2018-07-12',
      publisher: 'Shine',
    });
    expect(byId['001']).toMatchObject({ published: '2023-05-15', publisher: 'Science and Technology Daily' });
    expect(byId['002']).toMatchObject({
      title: 'Shanghai, Suzhou push deeper cooperation on technology',
      published: null,
    });
    expect(byId['003']!.published).toBe('2024-05-24');
    expect(byId['004']!.published).toBe('2023-07-11');
  });
});

describe('briefing file names', () => {
  it('never share a file when two ids sanitize alike', async () => {
    const { planBriefings } = await import('../../pipeline/briefings/planBriefings.js');
    const model = structuredClone(await seedFacts());
    const g60 = model.entities.find((e) => e.id === 'g60')!;
    for (const id of ['G60/x', 'g60-x', '../g60 x']) {
      model.entities.push({ ...g60, id, name: `Copy ${id}` });
      model.facts.push(
        ...model.facts.filter((f) => f.subject === 'g60').map((f) => ({ ...f, id: `${f.id}-${id}`, subject: id })),
      );
    }
    const slugs = planBriefings(model, { minFacts: 4, keyMetrics: [] })
      .briefings.filter((b) => b.kind === 'corridor')
      .map((b) => b.slug);
    expect(slugs).toEqual(expect.arrayContaining(['g60', 'g60-x', 'g60-x-2', 'g60-x-3']));
    expect(new Set(slugs).size).toBe(slugs.length);
  });
});
