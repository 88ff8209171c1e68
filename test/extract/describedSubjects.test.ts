/**
 * Subjects an article describes instead of naming (pipeline/extract/describedSubjects.ts), on
 * sentences written for the test: without them the figures went to the city or province inside
 * the description.
 */
import { describe, expect, it } from 'vitest';
import type { Fact, FactModel } from '../../pipeline/facts/factModel.js';
import { factsFrom } from '../helpers.js';

const find = (m: FactModel, value: number): Fact[] =>
  m.facts.filter((f) => f.value !== undefined && Math.abs(f.value - value) < 1e-9);
const nameOf = (m: FactModel, id: string | undefined) => m.entities.find((e) => e.id === id)?.name;

describe('a group the article counts and goes on about', () => {
  it('gives "the 58 development zones in this province" their own figures, not the province', async () => {
    const m = await factsFrom(
      '# The Development Zones in Jiangxi Province Grow Faster\n\n' +
        'In 2024, the 58 development zones in this province contributed 41.2% of the fiscal revenue of the whole province.\n\n' +
        'Jiangxi issued new policies last year. The development zones in this province raised their output per mu by 9.5%.',
    );
    expect(nameOf(m, find(m, 41.2)[0]?.subject)).toBe('Development zones in Jiangxi Province');
    expect(nameOf(m, find(m, 9.5)[0]?.subject)).toBe('Development zones in Jiangxi Province');
  });

  it('names a group by the places it lists, and keeps "28 other cities" out of "three major cities"', async () => {
    const m = await factsFrom(
      'Linfen, Yuncheng, and Jincheng, three coal cities along the Fen River, signed a pact in 2023. ' +
        'The three cities have a combined population of 9.8 million. The region also has 28 other cities.\n\n' +
        'Investment in all three cities reached 150 billion yuan last year.',
    );
    const group = m.entities.find((e) => e.name === 'Linfen, Yuncheng, and Jincheng');
    expect(find(m, 9.8e6)[0]?.subject).toBe(group?.id);
    expect(find(m, 150e9)[0]?.subject).toBe(group?.id);
    expect(group?.aliases).not.toContain('28 other cities');
  });

  it('leaves a group the article names by its place ("Hunan Hi-tech Zones") to that name', async () => {
    const m = await factsFrom(
      '# Hunan Hi-tech Zones\n\nThe province’s eight national high-tech zones earned 900 billion yuan. ' +
        'Firms in the eight national high-tech zones filed 12,000 patents.',
    );
    expect(m.entities.map((e) => e.name)).not.toContain('Eight national high-tech zones');
  });

  it('does not make a group of a count said once', async () => {
    const m = await factsFrom('Hefei has 12 industrial parks. Its GDP reached 1.2 trillion yuan in 2022.');
    expect(m.entities.map((e) => e.name.toLowerCase())).not.toContain('12 industrial parks');
    expect(find(m, 1.2e12)[0]?.subject).toBe('hefei');
  });
});

describe('a zone named by its kind and place', () => {
  it('gives the figures of "the free trade zone in Xiamen\'s Haicang District ... the FTZ" to the zone', async () => {
    const m = await factsFrom(
      "About 420 companies have registered in the free trade zone in Xiamen's Haicang District since it opened. " +
        'Around 35 percent of them are logistics firms, and the 12-square-kilometer FTZ plans more.',
    );
    const zone = "Free trade zone in Xiamen's Haicang District";
    expect(nameOf(m, find(m, 420)[0]?.subject)).toBe(zone);
    expect(nameOf(m, find(m, 35)[0]?.subject)).toBe(zone);
  });
});

describe('a corridor named by the places it connects', () => {
  it('reads "a corridor connecting A with the port of B, and further to C" as the A-B-C corridor', async () => {
    const m = await factsFrom(
      'The province plans an industrial corridor connecting Lanzhou with the river port of Baiyin, and further to Wuwei, the old trading town. ' +
        'The industrial corridor is to cover 9,000 square kilometers.',
    );
    expect(nameOf(m, find(m, 9000)[0]?.subject)).toBe('Lanzhou-Baiyin-Wuwei Industrial Corridor');
  });
});

describe('a city cluster whose name has lower-case words', () => {
  it('finds "Pearl River upper reaches city cluster" and gives it its GDP', async () => {
    const m = await factsFrom(
      '# Pearl River upper reaches city cluster: Overview\n\n' +
        'The Pearl River upper reaches city cluster centres on Nanning and Liuzhou. Its GDP reached 2.1 trillion yuan in 2022.',
    );
    expect(nameOf(m, find(m, 2.1e12)[0]?.subject)).toBe('Pearl River upper reaches city cluster');
  });
});

describe('a group named from a headline', () => {
  it('does not take the verb of "to co-develop industrial parks" into the group\'s name', async () => {
    const m = await factsFrom(
      '# Demo zone, district to co-develop industrial parks in Southland\n\n' +
        'The Lakeside Demonstration Zone integrates four national and three provincial industrial parks in the cities of Riverton and Hillview. ' +
        'The industrial parks cover 12.5 square kilometers.',
    );
    expect(m.entities.map((e) => e.name).filter((n) => /co-develop/i.test(n))).toEqual([]);
  });
});
