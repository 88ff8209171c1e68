/** The Organizations section's content: who, what, how much, cited, in the briefings of the places they are in. */
import { describe, expect, it } from 'vitest';
import type { BriefingModel } from '../../pipeline/briefings/briefingModel.js';
import { planBriefings } from '../../pipeline/briefings/planBriefings.js';
import { factsFrom, seedFacts, seedReference } from '../helpers.js';

const WUXI = `---
title: Wuxi chip makers expand
published: 2024-03-01
---

Wuxi is a city in Jiangsu with a growing chip industry.

Xinxin Semiconductor Co., Ltd., based in Wuxi, employs 3,000 people.

Wuxi's GDP grew 6 percent in 2023.

Wuxi's R&D intensity reached 3.5 percent in 2023.
`;

const rows = (b: BriefingModel) =>
  b.organizations.flatMap((o) =>
    o.facts.map((f) =>
      `${o.name} (${o.place ?? '-'}): ${f.industry ?? f.label ?? f.text} ${f.figure ?? ''}`
        .replace(/\u00a0/g, ' ')
        .trim(),
    ),
  );

describe('organizations in a briefing', () => {
  it("give a figure filed under a place with its organization's name to the organization, not to the place's key figures", async () => {
    const keyMetrics = (await seedReference()).metrics.map((m) => m.id);
    const wuxi = planBriefings(await factsFrom(WUXI), { minFacts: 1, keyMetrics }).briefings.find(
      (b) => b.id === 'wuxi',
    )!;
    expect(rows(wuxi)).toEqual(['Xinxin Semiconductor Co., Ltd. (Wuxi): People 3,000 people']);
    expect(wuxi.headline.map((f) => f.label).join('; ')).not.toMatch(/Xinxin/);
    const cite = wuxi.organizations[0]!.facts[0]!.cite;
    expect(wuxi.notes.find((n) => n.n === cite)?.quote).toMatch(/employs 3,000 people/);
  });

  it("place an organization the sources place nowhere where its article is about: Songjiang's G60 computing center", async () => {
    const keyMetrics = (await seedReference()).metrics.map((m) => m.id);
    const briefings = planBriefings(await seedFacts(), { minFacts: 4, keyMetrics }).briefings;
    const g60 = briefings.find((b) => b.id === 'g60')!;
    expect(rows(g60)).toEqual(
      expect.arrayContaining([
        'Tencent’s G60 artificial intelligence advanced computing center (-): Investment ¥45 billion',
        'Tencent’s G60 artificial intelligence advanced computing center (-): artificial intelligence',
      ]),
    );
    const investment = g60.organizations.flatMap((o) => o.facts).find((f) => f.label === 'Investment')!;
    expect(g60.notes.find((n) => n.n === investment.cite)?.quote).toMatch(/total investment of 45 billion yuan/);
    // The article is about Songjiang: the center is in Songjiang's briefing and those Songjiang
    // is in (its corridor and its city), and in no other.
    const holding = briefings.filter((b) => rows(b).join().includes('Tencent')).map((b) => b.id);
    expect(holding.sort()).toEqual(['g60', 'shanghai', 'songjiang']);
  });
});
