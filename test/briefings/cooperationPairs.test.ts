/** Briefings on two places' cooperation: which pairs get one, and what it draws on. */
import { describe, expect, it } from 'vitest';
import { planBriefings } from '../../pipeline/briefings/planBriefings.js';
import { factsFrom, seedFacts, seedReference } from '../helpers.js';

const ARTICLE = `---
title: Nanjing and Wuxi deepen ties
published: 2024-03-01
---

Nanjing and Wuxi signed 40 cooperation agreements on March 1.

The two cities will jointly build an innovation platform for integrated circuits in Nanjing and Wuxi.

Nanjing and Wuxi will cooperate on biomedicine and artificial intelligence.

Hangzhou and Nanjing signed a cooperation agreement in 2023.
`;

const plan = async (text: string, minFacts = 4) =>
  planBriefings(await factsFrom(text), {
    minFacts,
    keyMetrics: (await seedReference()).metrics.map((m) => m.id),
  });

describe('cooperation briefings', () => {
  it('go to a pair of places two sentences or more say cooperate, with their figures, shared industries and sentences', async () => {
    const { briefings } = await plan(ARTICLE);
    const pairs = briefings.filter((b) => b.kind === 'cooperation');
    expect(pairs.map((b) => [b.id, b.title, b.kindLabel])).toEqual([
      ['nanjing-wuxi-cooperation', 'Nanjing–Wuxi cooperation', 'Cooperation briefing'],
    ]);
    const pair = pairs[0]!;
    expect(pair.headline.map((f) => `${f.label}: ${f.display.replace(/\u00a0/g, ' ')}`)).toEqual([
      'Cooperation agreements: 40 agreements',
    ]);
    expect(pair.lede.figures.map((f) => f.phrase)).toEqual(['40 cooperation agreements']);
    expect(pair.lede.members.names).toEqual(['Nanjing', 'Wuxi']);
    expect(pair.cooperation).toHaveLength(2);
    expect(pair.industries.map((i) => i.name).sort()).toEqual([
      'Artificial intelligence',
      'Biomedicine',
      'Integrated circuits',
    ]);
    // Hangzhou's one agreement with Nanjing is a mention, not a relationship: no briefing, and not in this one.
    expect(briefings.some((b) => b.id.includes('hangzhou'))).toBe(false);
    expect(pair.notes.some((n) => n.quote.includes('Hangzhou'))).toBe(false);
    expect(pair.members.map((m) => m.name)).toEqual(['Nanjing', 'Wuxi']);
  });

  it('need two sentences: one cooperation sentence gives no briefing', async () => {
    const once = ARTICLE.replace(/The two cities will jointly build[^\n]*\n/, '').replace(
      /Nanjing and Wuxi will cooperate[^\n]*\n/,
      '',
    );
    expect((await plan(once)).briefings.filter((b) => b.kind === 'cooperation')).toEqual([]);
  });

  it('say why a pair with too few facts has none', async () => {
    const { briefings, skipped } = await plan(ARTICLE, 20);
    expect(briefings.filter((b) => b.kind === 'cooperation')).toEqual([]);
    expect(skipped.find((s) => s.id === 'nanjing-wuxi-cooperation')?.reason).toMatch(/facts, fewer than the 20/);
  });

  it('leave a corridor of exactly the two places to its own briefing', async () => {
    const text = ARTICLE.replace(/Nanjing/g, 'Zhangjiang').replace(/Wuxi/g, 'Lingang');
    const pairs = async (t: string) =>
      (await plan(t, 1)).briefings.map((b) => b.id).filter((id) => id.startsWith('zhangjiang-lingang'));
    expect(await pairs(text)).toEqual(['zhangjiang-lingang-cooperation']);
    const corridor = `${text}\nThe Zhangjiang-Lingang corridor will host 20 research institutes by 2025.\n`;
    expect(await pairs(corridor)).toEqual(['zhangjiang-lingang']);
  });

  it('cover the seed corpus: Shanghai–Suzhou, its 193 tasks cited to their sentence', async () => {
    const keyMetrics = (await seedReference()).metrics.map((m) => m.id);
    const pairs = planBriefings(await seedFacts(), { minFacts: 4, keyMetrics }).briefings.filter(
      (b) => b.kind === 'cooperation',
    );
    expect(pairs.map((b) => b.id)).toEqual(['shanghai-suzhou-cooperation']);
    const tasks = pairs[0]!.headline.find((f) => f.display === '193\u00a0tasks')!;
    expect(pairs[0]!.notes.find((n) => n.n === tasks.cite)?.quote).toMatch(
      /^Shanghai and Suzhou sealed arrangements on 193/,
    );
  });
});
