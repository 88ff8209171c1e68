/**
 * One test per error class of issue 12, on sentences written for the test (not taken from the
 * evaluation corpus): what a figure is, whose it is, and what it is called.
 */
import { describe, expect, it } from 'vitest';
import type { Fact, FactModel } from '../../pipeline/facts/factModel.js';
import { factsFrom } from '../helpers.js';
import { formatFigure } from '../../pipeline/briefings/formatFigure.js';

const figures = (m: FactModel) => m.facts.filter((f) => f.value !== undefined);
const find = (m: FactModel, value: number): Fact[] => figures(m).filter((f) => Math.abs(f.value! - value) < 1e-9);
const names = (m: FactModel) => m.entities.map((e) => e.name);

describe('1. the subject is read, not carried over', () => {
  it('resolves "the zone" and "the district" to the last zone or district named', async () => {
    const m = await factsFrom(
      'Lakeside Hi-tech Zone was set up in Hefei in 2010. The zone now has 58 little giant firms.\n\n' +
        'Nanhu district is next to it. The district attracted 3.2 billion yuan of investment.',
    );
    expect(find(m, 58)[0]?.subject).toBe('lakeside-hi-tech-zone');
    expect(find(m, 3.2e9)[0]?.subject).toBe('nanhu-district');
  });
});

describe('1i. whose data', () => {
  it('gives "Data from X showed that the output ..." to X, not to the zone named before', async () => {
    const m = await factsFrom(
      'Lakeside High-tech Zone saw its output rise 12 percent in the first quarter. ' +
        'Data from Hillside High-tech Zone in Southland province showed that the industrial output value above designated size reached 16.574 billion yuan in the first quarter.',
    );
    expect(find(m, 16.574e9)[0]?.subject).toBe('hillside-high-tech-zone');
  });
});

describe('1j. a place inside the subject', () => {
  it('gives "the growth rate of X in the region reached N" to the region, not the city named before', async () => {
    const m = await factsFrom(
      'Hefei leads the Lakeside River Delta in patents. Between 2018 and 2022, the average annual growth rate of innovation drivers in the Lakeside River Delta reached 4.8 percent.',
    );
    expect(find(m, 4.8)[0]?.subject).toBe('lakeside-river-delta');
  });
});

describe('1k. a share that opens its clause', () => {
  it('gives "95 percent of X\'s manufacturing is ..." to X, and leaves X out of the label', async () => {
    const m = await factsFrom(
      'The 1.0 version of the G60 Science and Technology Innovation Corridor has set up a development axis for Hillside District. ' +
        'Currently, 95 percent of Hillside District’s advanced manufacturing is concentrated on both sides of the G60 highway.',
    );
    expect(find(m, 95)[0]).toMatchObject({ subject: 'hillside-district', label: 'Share of advanced manufacturing' });
  });
});

describe('1e. a new paragraph returns to the topic', () => {
  it('reads "the district" at a paragraph\'s start as the article\'s place, not one named in passing before', async () => {
    const m = await factsFrom(
      'Lakeside Science City grows 11% in 2019\n\nLakeside Science City put in a sterling performance in 2019.\n\n' +
        "Its collaboration with Shenzhen's Hilltop Science City is aimed at building a science center.\n\n" +
        "The district's high-tech zone ranking is expected to rise to 21, with 311 high-tech companies.",
    );
    expect(find(m, 311)[0]?.subject).toBe('lakeside-science-city');
  });
});

describe('1a. places without a place word, and the place that holds a count', () => {
  it('finds a one-word place named twice where a place stands, and gives it what is counted in it', async () => {
    const m = await factsFrom(
      'Beijing said on Monday that the capital has kept growing.\n\n' +
        'In 2013, 1,878 headquarters based in Lakeview achieved revenues of 1.3 trillion yuan. ' +
        "They made up 40 percent of Lakeview's total revenue, and 1,548 specialized and sophisticated SMEs in the area got support.",
    );
    expect(m.entities.find((e) => e.name === 'Lakeview')).toBeTruthy();
    for (const v of [1878, 1.3e12, 1548]) expect(find(m, v)[0]?.subject).toBe('lakeview');
    expect(find(m, 1548)[0]?.label).toBe('Specialized and sophisticated SMEs');
  });

  it('takes a one-word name that heads a zone name for its city, not a second zone', async () => {
    const m = await factsFrom(
      'Over the years Riverton Torch Hi-tech Zone has become a platform for Riverton to grow. ' +
        'Firms in Riverton value the zone, and the zone now has 14,000 companies.\n\n' +
        'Many firms in Riverton export to markets across the world, officials said on Monday.',
    );
    expect(m.entities.find((e) => e.name === 'Riverton')?.kind).toBe('city');
    expect(find(m, 14000)[0]?.subject).toBe('riverton-torch-hi-tech-zone');
  });
});

describe('1c. the kind of a place, from the article and the tables', () => {
  it('takes "the district" for the kind of the article\'s one-word place, and knows every province', async () => {
    const m = await factsFrom(
      "Fenghai's gross domestic product reached 79.5 billion yuan in the first half, up 0.3 percent. The district ranked first in Guangzhou.\n\n" +
        "Investment in Fenghai grew, and the district registered 15,924 companies. Gansu's foreign trade reached 58.5 billion yuan.",
    );
    expect(m.entities.find((e) => e.name === 'Fenghai')?.kind).toBe('district');
    expect(find(m, 79.5e9)[0]?.subject).toBe('fenghai');
    expect(find(m, 58.5e9)[0]?.subject).toBe('gansu');
    expect(m.entities.find((e) => e.id === 'gansu')?.kind).toBe('province');
  });

  it('reads an acronym in brackets after a name as that name', async () => {
    const m = await factsFrom(
      'The report of the Riverton Economic & Technological Development Zone (RETDZ) was released on Dec 27.\n\n' +
        "Wuhan opened a new metro line in December. RETDZ's GDP is expected to grow by 7.5 percent in the new year.",
    );
    expect(find(m, 7.5)[0]?.subject).toBe('riverton-economic-technological-development-zone');
  });

  it('leaves a figure of two places named together to the first when they do not cooperate', async () => {
    const m = await factsFrom(
      'Lakeside Hi-tech Zone (LHZ) and Lakeside Development District (LDD) share one administration.\n\n' +
        'The LHZ and LDD held six launching ceremonies for new projects last year.',
    );
    expect(find(m, 6)[0]?.subject).toBe('lakeside-hi-tech-zone');
  });
});

describe('1d. a corridor is named by its name', () => {
  it('reads "nine cities" as the G60 corridor only where the article names G60', async () => {
    const m = await factsFrom(
      'Lakeside Innovation Zone ranks 12th in the country. High-tech zones in nine cities in Shandong made the list.\n\n' +
        "The GDP of Lakeside Innovation Zone hit 110 billion yuan. The region's imports and exports totaled 2.1 billion yuan.",
    );
    expect(find(m, 2.1e9)[0]?.subject).toBe('lakeside-innovation-zone');
    expect(m.facts.some((f) => f.subject === 'g60')).toBe(false);
  });

  it('takes "G60 High-Tech Corridor" for the G60 corridor, and a corridor named once in passing for no main subject', async () => {
    const g60 = await factsFrom(
      'The regional GDP of the G60 High-Tech Corridor hit 5.46 trillion yuan. The G60 High-Tech Corridor has 29,000 high-tech companies.',
    );
    expect(find(g60, 29000)[0]?.subject).toBe('g60');
    const songjiang = await factsFrom(
      'An open economy is providing Songjiang District with high-quality development.\n\n' +
        'A forum held in the suburban district showed that its fiscal revenue amounted to 22.5 billion yuan. ' +
        'The results were bolstered by the G60 High-Tech Corridor vision. Songjiang companies did well.',
    );
    expect(find(songjiang, 22.5e9)[0]?.subject).toBe('songjiang');
  });
});

describe('1b. what the article is about', () => {
  it('reads it from a name opening the lead sentence, not from a name further in a first sentence used as title', async () => {
    const m = await factsFrom(
      'Lakeside Hi-tech Zone reported 2.1 billion yuan of foreign capital, above the Pearl River Delta average.\n\n' +
        'Its GDP was 129 billion yuan in the first half, while exports went on growing in every month of the year.',
    );
    expect(find(m, 129e9)[0]?.subject).toBe('lakeside-hi-tech-zone');
  });

  it('files a city cluster as a region of its own, not under a member city', async () => {
    const m = await factsFrom(
      'Covering about 185,000 square km, the Hanjiang-Xiangyang economic circle takes up 1.9 percent of the land. ' +
        'In 2019 the economic circle had a population of 96 million.\n\n' +
        'Hanjiang and Xiangyang signed 12 agreements with the Middle Yangtze River Delta.',
    );
    expect(find(m, 1.9)[0]?.subject).toBe('hanjiang-xiangyang-economic-circle');
    expect(find(m, 96e6)[0]?.subject).toBe('hanjiang-xiangyang-economic-circle');
    expect(m.entities.find((e) => e.name === 'Middle Yangtze River Delta')?.kind).toBe('corridor');
  });
});

describe('2. a mentioned entity is not the subject', () => {
  it('skips relative clauses, "including" lists and places after a preposition', async () => {
    const m = await factsFrom(
      'Riverside Science City, which spans Qingpu and Wujiang, covers 1,800 square kilometers. ' +
        'The science city hosts 45 institutes, including Fudan University. ' +
        'Huzhou in Zhejiang province reported 12 new industrial parks.',
    );
    expect(find(m, 1800)[0]?.subject).toBe('riverside-science-city');
    expect(find(m, 45)[0]?.subject).toBe('riverside-science-city');
    expect(find(m, 12)[0]?.subject).toBe('huzhou');
  });

  it("gives a figure to the possessor right before it, and the nation's average to no one", async () => {
    const m = await factsFrom(
      "Nanshan district grew 6.3 percent, above the national average of 5 percent and Suzhou's average of 3.9 percent.",
    );
    expect(find(m, 6.3)[0]?.subject).toBe('nanshan-district');
    expect(find(m, 3.9)[0]?.subject).toBe('suzhou');
    expect(find(m, 5)).toEqual([]);
  });
});

describe('3. pseudo-entities', () => {
  it('never makes a headline, a joined pair or an "X-based" phrase an entity name', async () => {
    const m = await factsFrom(
      'Output of Lakeside Hi-tech Zones Rose by 10%\n\n' +
        'The Lakeside High-tech Industrial Development Zone (LHIDZ) and the Lakeside Development District started 7 projects. ' +
        'The Suzhou-based Lakeside Research Institute has 300 staff. ' +
        'Now the Lakeside Development District has turned that vision into reality with 12 new labs.',
    );
    expect(
      names(m).some((n) =>
        /^Lakeside (?:High-tech Industrial Development Zone|Development District|Research Institute)$/.test(n),
      ),
    ).toBe(true);
    expect(names(m).some((n) => /^Output of|\band the\b|-based|^Now\b/.test(n))).toBe(false);
  });
});

describe('3b. names of zones', () => {
  it('reads "X\'s high-tech Industrial Development Zone" as the X zone, and a zone name of kind words alone as no name', async () => {
    const m = await factsFrom(
      "Riverton's high-tech Industrial Development Zone has become a locomotive for the local economy.\n\n" +
        'In 2001, the GDP of the zone was 9.8 billion yuan. The Industrial Development Zone model spread across the country.',
    );
    expect(names(m)).toContain('Riverton high-tech Industrial Development Zone');
    expect(names(m)).not.toContain('Industrial Development Zone');
    expect(find(m, 9.8e9)[0]?.subject).toBe('riverton-high-tech-industrial-development-zone');
  });
});

describe('3c. a zone named by its place after "of"', () => {
  it('reads "the industrial park of X City" as the X park, and "Y\'s industrial park" as no name', async () => {
    const m = await factsFrom(
      "Southland's industrial park forges featured clusters\n\n" +
        'date 2022-05-27 RIVERTON, May 27, 2022 /PRNewswire/ -- In the first quarter, the industrial park of Hillside City in Southland province made a total output value of 7.76 billion yuan, up 11.2 percent.\n\n' +
        'Photo shows the Lakeside Electronic Information Industrial Park, located in Hillside City.\n\n' +
        'In the first quarter, the park has seen 1.6 billion yuan of investment in place and nine newly signed projects.',
    );
    expect(find(m, 7.76e9)[0]?.subject).toBe('hillside-industrial-park');
    expect(find(m, 1.6e9)[0]?.subject).toBe('hillside-industrial-park');
    expect(names(m).some((n) => /Southland's|Riverton|Lakeside Electronic/.test(n))).toBe(false);
  });
});

describe('3b. two names joined by "and" are two names', () => {
  it('splits "X Academy of Sciences and the Y Academy" and a ministry before a known place, and drops a government with no place', async () => {
    const m = await factsFrom(
      'Lakeside Science City was backed by the Lakeside Academy of Sciences and the Hilltop Academy of Engineering. ' +
        'The Ministry of Science and Technology and Tianjin Municipal Government signed a pact, and the Committee and Municipal Government approved 30 projects in the science city.',
    );
    const all = names(m);
    for (const n of [
      'Lakeside Academy of Sciences',
      'Hilltop Academy of Engineering',
      'Ministry of Science and Technology',
      'Tianjin Municipal Government',
    ])
      expect(all).toContain(n);
    expect(all.filter((n) => / and (?:the|Tianjin)\b/.test(n) || n === 'Municipal Government')).toEqual([]);
  });
});

describe('4. numbers inside names are not figures', () => {
  it('reads no figure from Fortune 500, Top 100, G60, the first half, a five-year plan or a version', async () => {
    const m = await factsFrom(
      'Suzhou hosts Fortune 500 firms and Top 100 lists under the G60 banner in the first half of the 14th Five-Year Plan, version 3.0 of its strategy.',
    );
    expect(figures(m).map((f) => f.value)).toEqual([]);
  });
});

describe('5. figure forms', () => {
  it('reads counts in words, growth, fractions, ranks, durations and short scales', async () => {
    const m = await factsFrom(
      'The corridor links nine cities and twenty-five parks. Its output rose to 300 billion yuan, up 8.4 percent year on year. ' +
        'It holds one third of the patents and two-thirds of the exports. Hefei ranks fifth among Chinese cities. ' +
        'Suzhou is 40 minutes by high-speed rail from Shanghai. Hangzhou attracted 45bn rmb of investment and its GDP reached 1.2 trn yuan.',
    );
    const values = figures(m).map((f) => `${f.value} ${f.unit}`);
    for (const v of ['9 cities', '25 parks', '8.4 %', '5 rank', '40 minutes', '45000000000 CNY', '1200000000000 CNY'])
      expect(values).toContain(v);
    expect(find(m, 1 / 3)).toHaveLength(1);
    expect(find(m, 2 / 3)).toHaveLength(1);
  });
});

describe('4b. set phrases count nothing', () => {
  it('reads no figure from "one country, two systems" or "the two sessions"', async () => {
    const m = await factsFrom(
      'Under "one country, two systems", Lakeside Hi-tech Zone hosts 12 Hong Kong firms, a figure given during the two sessions.',
    );
    expect(figures(m).map((f) => f.value)).toEqual([12]);
  });

  it('reads no count of the zone from the set it is compared within ("among 219 competitors")', async () => {
    const m = await factsFrom(
      'Lakeside Economic Development Zone ranked 24th among 219 competitors in the assessment. ' +
        'Among 53 indicators, Lakeside Economic Development Zone beat the national average in 32 items.',
    );
    expect(figures(m).some((f) => f.value === 219 || f.value === 53)).toBe(false);
    expect(find(m, 24)[0]?.unit).toBe('rank');
  });
});

describe('5d. counts and ranks in longer phrases', () => {
  it('reads "the 16th place", "40,000 more apartments" and a count whose noun has a verb form inside it', async () => {
    const m = await factsFrom(
      'Lakeside Hi-tech Zone has ascended to the 16th place among the national high-tech zones. ' +
        'The zone will provide 40,000 more public housing apartments. It has 300 advanced manufacturing enterprises and 50 firms operating abroad.',
    );
    expect(find(m, 16)[0]?.unit).toBe('rank');
    expect(find(m, 40000)[0]?.label).toMatch(/^Public housing apartments$/i);
    expect(find(m, 300)[0]?.label).toMatch(/^Advanced manufacturing enterprises$/i);
    expect(find(m, 50)[0]?.unit).toBe('firms');
  });
});

describe('5e. parts of a count', () => {
  it('reads "793 of them", "of which nearly 200 are ..., 32 are ..." and "97 of the top 500 global companies"', async () => {
    const m = await factsFrom(
      'Lakeside Hi-tech Zone keeps growing. By 2017, 1,360 companies from Hong Kong have registered in Lakeside Hi-tech Zone, 793 of them are from Kowloon. ' +
        'The zone now has more than 800 high-tech enterprises, of which nearly 200 are foreign-invested, 32 are listed companies. ' +
        'Statistics show that 97 of the top 500 global companies have invested in the zone.',
    );
    expect(find(m, 793)[0]?.label).toBe('Companies from Kowloon');
    expect(find(m, 200)[0]).toMatchObject({ label: 'Foreign-invested high-tech enterprises', qualifier: 'nearly' });
    expect(find(m, 32)[0]?.label).toBe('Listed companies');
    expect(find(m, 97)[0]).toMatchObject({ label: 'Top 500 global companies', subject: 'lakeside-hi-tech-zone' });
    expect(find(m, 500)).toEqual([]);
  });
});

describe('1f. a district and the science city in it', () => {
  it('reads "Lakeside District" as a district that keeps the short name, and "the whole zone" as the zone', async () => {
    const m = await factsFrom(
      'Agreements for 40 projects were signed in Lakeside District on Wednesday. A plan for the Lakeside Science City was unveiled. ' +
        'Lakeside will provide 400 school places.\n\nHilltop Hi-tech Zone was founded in 1988 beside Lakeside District.\n\n' +
        'In 2011, the whole zone achieved an income of 150 billion yuan.',
    );
    expect(m.entities.find((e) => e.name === 'Lakeside District')?.kind).toBe('district');
    expect(find(m, 400)[0]?.subject).toBe('lakeside-district');
    expect(find(m, 150e9)[0]?.subject).toBe('hilltop-hi-tech-zone');
  });
});

describe('1g. lists read "respectively", and clauses after a comma', () => {
  it('pairs "A in X and B in Y cover 100.9 and 170.6 km², respectively" in order, and a purpose after it is no goal', async () => {
    const m = await factsFrom(
      'Lakeside Science City in Lakeside District and Hilltop Science City in Hilltop District cover 100.9 and 170.6 square kilometers, respectively, aiming to build a world-class hub.',
    );
    expect(find(m, 100.9)[0]).toMatchObject({ subject: 'lakeside-science-city', kind: 'metric', unit: 'km²' });
    expect(find(m, 170.6)[0]).toMatchObject({ subject: 'hilltop-science-city', kind: 'metric' });
  });

  it('gives a figure in a fronted phrase to the clause after its comma, not to a name before it or an object after', async () => {
    const m = await factsFrom(
      "Lakeside District grew fast. Despite being a small district making up just one-tenth of Shenzhen, Lakeside District contributes a fourth of the city's GDP, earning its name as the Hilltop Valley of China.\n\n" +
        'Hilltop Hi-tech Zone had a good year. The contract value over the past year came in at 120 billion yuan, with many indicators leading Wuhan.',
    );
    expect(find(m, 0.1)[0]?.subject).toBe('lakeside-district');
    expect(find(m, 120e9)[0]?.subject).toBe('hilltop-hi-tech-zone');
  });

  it('reads "enterprises there" as the place last named, never one only compared with', async () => {
    const m = await factsFrom(
      'Lakeside Hi-tech Zone is the hub of the region. It has 50 unicorns, second only to Silicon Valley in the United States. ' +
        'Last year, high-tech enterprises there generated gross revenue over 3.5 trillion yuan.',
    );
    expect(find(m, 3.5e12)[0]).toMatchObject({ subject: 'lakeside-hi-tech-zone', label: 'Gross revenue' });
  });
});

describe('6. now versus goal', () => {
  it('files "now has" as a figure, "focused on building" as a target, and reports two targets for one measure', async () => {
    const m = await factsFrom(
      'Lakeside Hi-tech Zone now has 58 listed firms. The zone is focused on building a cluster worth RMB 100 billion. ' +
        'The zone will form three industrial clusters by 2025. The zone will form six industrial clusters by 2027.',
    );
    expect(find(m, 58)[0]?.kind).toBe('metric');
    expect(find(m, 1e11)[0]?.kind).toBe('target');
    const region = await factsFrom(
      'Lakeside Hi-tech Zone grows. There are now nearly 3,000 biopharmaceutical companies in the zone, focused on building a cluster worth more than RMB 200 billion.',
    );
    expect(find(region, 3000)[0]?.kind).toBe('metric');
    expect(find(region, 2e11)[0]?.kind).toBe('target');
    expect(m.conflicts.some((c) => c.values.includes(3) && c.values.includes(6))).toBe(true);
  });

  it('files a count at the end of a month already past as reached, and a later clause\'s "will" as not the figure\'s', async () => {
    const m = await factsFrom(
      '---\ntitle: Lakeside Hi-tech Zone\npublished: 2017-05-10\n---\n' +
        'By the end of March, 2017, 1,360 companies have registered in Lakeside Hi-tech Zone. ' +
        'There are 87 welfare programs under way in the zone, and the Metro Line 16 will open soon. ' +
        'By the end of 2020, the zone will have 3,000 companies.',
    );
    expect(find(m, 1360)[0]?.kind).toBe('metric');
    expect(find(m, 87)[0]?.kind).toBe('metric');
    expect(find(m, 3000)[0]?.kind).toBe('target');
  });
});

describe('6d. words of plans that are not goals', () => {
  it('reads "a planned area of" and "is estimated to have reached" as figures reached', async () => {
    const m = await factsFrom(
      'Lakeside New Area has developed into an urban area with a planned area of 2,299 square kilometers and a population of 1.6 million. ' +
        'The gross output value of industries above a designated size in Lakeside New Area is estimated to have reached 345 billion yuan.',
    );
    expect(find(m, 2299)[0]?.kind).toBe('metric');
    expect(find(m, 1.6e6)[0]?.kind).toBe('metric');
    expect(find(m, 345e9)[0]?.kind).toBe('metric');
  });
});

describe('6c. then and now', () => {
  it('reads "was A in 1949, but by 2018 had grown to B" as one figure, B, that was A', async () => {
    const m = await factsFrom(
      "Riverton's economy\n\nIn 1949, Riverton's GDP was 33 million yuan, but by 2018 the figure had grown to 273.3 billion yuan.\n\n" +
        "In 1949, Riverton's retail sales were 32.5 million yuan, compared with 135.5 billion yuan in 2018.",
    );
    expect(find(m, 273.3e9)[0]?.subject).toBe('riverton');
    expect(find(m, 135.5e9)[0]?.subject).toBe('riverton');
    expect(find(m, 33e6)).toEqual([]);
    expect(find(m, 32.5e6)).toEqual([]);
  });
});

describe('5c. headline figures', () => {
  it('reads a figure only the headline gives, and a headline\'s "to boost" as a goal', async () => {
    const m = await factsFrom(
      '---\ntitle: Lakeside Hi-tech Zone ranks 12th for innovation capability\n---\nLakeside Hi-tech Zone was praised by the ministry on Monday for its work.',
    );
    expect(find(m, 12)[0]?.subject).toBe('lakeside-hi-tech-zone');
    const goal = await factsFrom(
      '---\ntitle: Riverton Economic Circle to boost 160 key projects in 2022\n---\nThe Riverton Economic Circle was set up in 2020 by the two provinces around it.',
    );
    expect(find(goal, 160)[0]?.kind).toBe('target');
  });
});

describe('5b. a change, then the level it reached', () => {
  it('reads "jumped by 16.4 percent to 138.15 billion yuan" as the measure\'s level and its growth', async () => {
    const m = await factsFrom(
      "Riverton's economy\n\nRiverton's exports rose. Consumption has seen a strong rebound in Riverton as the gross merchandise sales jumped by 16.4 percent to 138.15 billion yuan.",
    );
    expect(find(m, 138.15e9)[0]?.label).toBe('Gross merchandise sales');
    expect(find(m, 16.4)[0]?.label).toBe('Gross merchandise sales growth');
  });
});

describe('6b. a bare number after a verb of amount', () => {
  it('reads "totaled 50" and "increase by 300 to over 1,000" with the measure named before the verb', async () => {
    const m = await factsFrom(
      'The number of unicorns in Riverside Hi-tech Zone totaled 50 last year, officials said on Monday. ' +
        'Furthermore, high-tech enterprises in the zone are projected to increase by 300 to over 1,000 next year.',
    );
    expect(find(m, 50)[0]).toMatchObject({ kind: 'metric', label: 'Unicorns', subject: 'riverside-hi-tech-zone' });
    expect(find(m, 300)[0]).toMatchObject({ kind: 'target', label: 'High-tech enterprises increase' });
    expect(find(m, 1000)[0]).toMatchObject({ kind: 'target', label: 'High-tech enterprises' });
  });
});

describe('7. labels name the measure', () => {
  it('labels by the measure, never by a place, a pronoun or a whole clause', async () => {
    const m = await factsFrom(
      'Total revenues for all businesses in Lakeside Hi-tech Zone reached 565.9 billion yuan, up 12.59 percent year-on-year. ' +
        'Hefei now has 58 little giant firms and covers 120 square kilometers.',
    );
    expect(find(m, 565.9e9)[0]?.label).toBe('Total revenues');
    expect(find(m, 12.59)[0]?.label).toBe('Total revenues growth');
    expect(find(m, 58)[0]?.label).toBe('Little giant firms');
    expect(find(m, 120)[0]?.label).toBe('Area');
  });

  it('labels by the object of "increase X to" and "raise X by", and keeps money apart from intensity', async () => {
    const m = await factsFrom(
      'Lakeside New Area in Jiangxi province was founded in 2016. It plans to increase GDP to 200 billion yuan in 2025 and become an important engine for the province’s development. ' +
        'Last year the new area raised its exports by 18.5 percent and its R&D spending reached 6.3 billion yuan, ' +
        'while R&D spending was 3.1 percent of GDP.',
    );
    expect(find(m, 200e9)[0]).toMatchObject({ kind: 'target', label: 'GDP', subject: 'lakeside-new-area' });
    expect(find(m, 18.5)[0]?.label).toBe('Exports growth');
    expect(find(m, 6.3e9)[0]?.label).toBe('R&D spending');
    expect(find(m, 3.1)[0]?.label).toBe('R&D intensity');
  });

  it('labels each side of "while", a measure named after "in", a share and the growth of a measure', async () => {
    const m = await factsFrom(
      'Imports of Lakeside Hi-tech Zone soared 69.5 percent to 44.4 billion yuan while exports edged up 1.9 percent to 14.1 billion yuan. ' +
        'In 2017 the zone garnered 234.85 billion yuan in the total value of industries above a designated scale. ' +
        'About 90 percent of the foreign investment was injected into modern service businesses. ' +
        'The zone also witnessed double-digit growth in fixed-asset investment of 14.5 percent to reach 4.53 billion yuan.',
    );
    expect([69.5, 44.4e9, 1.9, 14.1e9].map((v) => find(m, v)[0]?.label)).toEqual([
      'Imports growth',
      'Imports',
      'Exports growth',
      'Exports',
    ]);
    expect(find(m, 234.85e9)[0]?.label).toBe('Total value of industries');
    expect(find(m, 90)[0]?.label).toBe('Share of foreign investment');
    expect(find(m, 14.5)[0]?.label).toBe('Investment growth');
    expect(find(m, 4.53e9)[0]?.label).toBe('Investment');
  });
});

describe('7b. a list of sums, each naming its measure after "in"', () => {
  it('reads "achieved A in GDP, B in output and C in revenue" as three measures of the subject', async () => {
    const m = await factsFrom(
      'Lakeside New Area is a state-level new area. In 2017, this new area achieved 210.27 billion yuan in GDP, ' +
        '282.1 billion yuan in gross industrial output value above the designated size and 96.82 billion yuan in total retail sales. ' +
        'Its industrial investment saw a 65.7% increase to 6.59 billion yuan in the first half.',
    );
    expect([210.27e9, 282.1e9, 96.82e9].map((v) => find(m, v)[0]?.label)).toEqual([
      'GDP',
      'Total industrial output',
      'Total retail sales',
    ]);
    expect(find(m, 96.82e9)[0]?.subject).toBe('lakeside-new-area');
    expect(find(m, 6.59e9)[0]?.label).toBe('Investment');
  });
});

describe('1i. a zone named short', () => {
  it('reads "Lakeside" after "Lakeside Comprehensive Pilot Zone" as the zone, not a city', async () => {
    const m = await factsFrom(
      'The Lakeside Comprehensive Pilot Zone is eyeing a 16 percent GDP growth for 2015. ' +
        'The number of new enterprises in Lakeside is expected to exceed 150. ' +
        'Lakeside will land at least 50 projects with an accrued investment of more than 50 billion yuan. ' +
        'There will be two communities for Taiwanese people in Lakeside.',
    );
    expect(find(m, 50e9)[0]).toMatchObject({ subject: 'lakeside-comprehensive-pilot-zone', kind: 'target' });
    expect(m.entities.find((e) => e.id === 'lakeside')).toBeUndefined();
  });

  it('reads "(Wuhu ETDZ)" after the full name as the zone\'s short name, not the city it starts with', async () => {
    const m = await factsFrom(
      'Wuhu Economic and Technological Development Zone (Wuhu ETDZ) is located to the north of Wuhu. ' +
        'Covering an area of 121.68 sq km, Wuhu ETDZ encompasses an export processing zone. ' +
        'Its GDP reached RMB 64.7 billion in 2014.',
    );
    const zone = 'wuhu-economic-and-technological-development-zone';
    expect(find(m, 121.68)[0]?.subject).toBe(zone);
    expect(find(m, 64.7e9)[0]?.subject).toBe(zone);
  });
});

describe('5f. a fact sheet scraped from a table', () => {
  it('reads each "Label     value" row as a figure of the zone the headline names, with its change', async () => {
    const m = await factsFrom(
      'Lakeside Economic and Technological Development Zone\n\n' +
        '    Rating     A\n' +
        '    Land Area     121.68 km2\n' +
        '    GDP     RMB 56.5 billion, 10.74% up(2013)\n' +
        '    FDI     US$3.5 billion, 17.85% up\n\n' +
        'Lakeside Economic and Technological Development Zone is located to the north of the city, with good access to the river port.\n',
    );
    const zone = 'lakeside-economic-and-technological-development-zone';
    expect(find(m, 121.68)[0]).toMatchObject({ subject: zone, label: 'Area' });
    expect(find(m, 56.5e9)[0]).toMatchObject({ subject: zone, label: 'GDP' });
    expect(find(m, 10.74)[0]).toMatchObject({ subject: zone, label: 'GDP growth' });
    expect(find(m, 17.85)[0]).toMatchObject({ subject: zone, label: 'FDI growth' });
    expect(m.entities.some((e) => e.name === 'Land Area')).toBe(false);
  });
});

describe('1j. a county-level place the tables do not know', () => {
  it('finds "Fengcheng" from "in Liaoning province", "the Fengcheng government" and "Fengcheng\'s", not the province named first', async () => {
    const m = await factsFrom(
      'The annual meeting was held in Jiangyin, Jiangsu province on August 20. Fengcheng in Liaoning province was enlisted on the list for the first time, ranking 87th. ' +
        'In the past five years, the Fengcheng government pushed forward the construction of its industrial clusters. The county-level economy of Fengcheng has achieved great progress. ' +
        "During the period, Fengcheng's key economic indicators came out on top in Liaoning province. It realized a total output value of 27.28 billion yuan in 2010. " +
        'Its local total fixed assets investment achieved 26 billion yuan, a 99.2 percent year-on-year increase and its general budget revenue was 1.67 billion yuan.',
    );
    expect(m.entities.find((e) => e.id === 'fengcheng')?.kind).toBe('city');
    for (const v of [87, 27.28e9, 26e9, 1.67e9]) expect(find(m, v)[0]?.subject).toBe('fengcheng');
    expect(find(m, 1.67e9)[0]?.label).toBe('General budget revenue');
  });

  it('reads "Xintai and Feicheng, two county-level cities in Tai\'an" as two cities, and gives the sum of a ranking to none of them', async () => {
    const m = await factsFrom(
      "Xintai and Feicheng, two county-level cities in Tai'an, have been included among the top 100 counties. " +
        'The combined GDP of the top 100 counties was 9.4 trillion yuan. ' +
        'Feicheng boasts strong investment potential and focuses on innovation.',
    );
    expect(['xintai', 'feicheng'].map((id) => m.entities.find((e) => e.id === id)?.kind)).toEqual(['city', 'city']);
    expect(find(m, 9.4e12)).toEqual([]);
  });
});

describe('1k. one zone with and without its city in front', () => {
  it('reads "Huizhou Lakeside High-Tech Zone" and "Lakeside High-Tech Zone" as one zone, and a converted area as no figure', async () => {
    const m = await factsFrom(
      'Lakeside High-Tech Zone in Huizhou saw its total industrial output value reach 29.851 billion yuan. ' +
        'The growth was supported by land development, with 1,268.8 mu (approximately 211.47 acres) of reserve acquisitions. ' +
        'Huizhou Lakeside High-Tech Zone has formulated a plan. Sales of products accounted for 162.6 billion yuan and other revenue accounted for 58.7 billion yuan.',
    );
    expect(m.entities.filter((e) => /lakeside/.test(e.id) && e.kind === 'zone').map((e) => e.id)).toEqual([
      'lakeside-high-tech-zone',
    ]);
    expect(find(m, 211.47)).toEqual([]);
    expect(find(m, 1268.8)[0]?.subject).toBe('lakeside-high-tech-zone');
    expect(find(m, 58.7e9)[0]?.label).toBe('Other revenue');
  });
});

describe('7c. counts named by their own nouns', () => {
  it('labels "37 units from the cities applied", each noun of "9 cities and 3 provinces", and ends a noun at "co-hosted"', async () => {
    const m = await factsFrom(
      'The Lakeside Corridor now connects 9 cities and 3 provinces across the delta. ' +
        'It is understood that a total of 37 units from the Lakeside Corridor applied for this time. ' +
        'In 2018, 12 cities co-hosted the first Lakeside Corridor joint conference.',
    );
    expect(find(m, 3)[0]?.label).toBe('Provinces');
    expect(find(m, 37)[0]?.label).toBe('Units that applied');
    expect(find(m, 12)[0]?.unit ?? '').not.toMatch(/co-hosted/);
  });
});

describe('1h. "It" after a government body', () => {
  it('goes on about the place the body set up, not the body', async () => {
    const m = await factsFrom(
      'The State Council agreed to set up the Riverside New Area on June 6, 2016. It has a planning area of 465 square kilometers and its GDP was 58.23 billion yuan in 2016.',
    );
    expect(find(m, 465)[0]?.subject).toBe('riverside-new-area');
    expect(find(m, 58.23e9)[0]?.subject).toBe('riverside-new-area');
  });
});

describe('8. figures of organisations reach a briefing', () => {
  it("files a company's figure under the place it is in, with the company's name", async () => {
    const m = await factsFrom('Tencent will invest 45 billion yuan in an AI computing center in Songjiang.');
    const fact = find(m, 45e9)[0]!;
    expect(fact.subject).toBe('songjiang');
  });
});

describe('9. text', () => {
  it('ends a sentence at a Chinese full stop', async () => {
    const m = await factsFrom(
      'Suzhou has 12 industrial parks in the city。Hefei has 30 research institutes in the province.',
    );
    expect(find(m, 12)[0]?.quote).toBe('Suzhou has 12 industrial parks in the city。');
    expect(find(m, 30)[0]?.subject).toBe('hefei');
  });
});

describe('1l. what the article is about', () => {
  it('reads a zone the body keeps naming as the topic, not the city of a section label above it', async () => {
    const m = await factsFrom(
      '---\ntitle: Business - Hefei\n---\n' +
        'The Lakeside Economic and Technological Development Area (LEDA) has fuelled growth for two decades.\n\n' +
        'Last year, 1,137 enterprises were set up there.\n\n' +
        'LEDA has ranked first in Southland province. LEDA hosts more than 700 ventures.\n\n' +
        'LEDA counts Siemens among its clients. LEDA also strives to develop new energies.',
    );
    expect(find(m, 1137)[0]?.subject).toBe('lakeside-economic-and-technological-development-area');
  });
});

describe('1m. a corridor the tables do not know is the topic', () => {
  it('gives the figures of a page about a corridor, referred back to as "the corridor", to the corridor and not the province of the headline', async () => {
    const m = await factsFrom(
      '---\ntitle: Zhejiang builds innovation hub in Huzhou\n---\n' +
        'The government of Zhejiang province signed an agreement to make the Huzhou East Science and Technology Innovation Corridor a growing innovation hub.\n\n' +
        'The corridor has been built by the province since 2016.\n\n' +
        'The corridor also houses 19 workstations for academicians.\n\n' +
        'Last year, the added value of its digital industries reached 162.6 billion yuan.\n\n' +
        'The average growth rate of the corridor is three times the provincial average.',
    );
    expect(find(m, 162.6e9)[0]?.subject).toBe('huzhou-east-science-and-technology-innovation-corridor');
  });
});

describe('1n. a city cluster named in lower case', () => {
  it('finds "the X urban cluster" and gives "The urban cluster covers ..." to it, not to the province named last', async () => {
    const m = await factsFrom(
      'Located in the south of China, the Lakeside Gulf urban cluster neighbors Zhejiang.\n\n' +
        'It covers 12 cities, Huzhou among them. The urban cluster covers a land area of 116,600 square kilometers.',
    );
    expect(names(m)).toContain('Lakeside Gulf Urban Cluster');
    expect(find(m, 116600)[0]?.subject).toBe('lakeside-gulf-urban-cluster');
    expect(find(m, 12)[0]?.subject).toBe('lakeside-gulf-urban-cluster');
  });
});

describe('1o. who acts is not what the page is about', () => {
  it('reads neither a photo credit nor the government opening the lead as the topic', async () => {
    const m = await factsFrom(
      'Huzhou, China. Photo: iStock\n\n' +
        'The Zhejiang provincial government has released its Huzhou East Science and Technology Innovation Corridor plan, which aims to build a new hub along the highway.\n\n' +
        'The plan mainly covers three cities. The regional GDP of these cities reached 4.6 trillion yuan in 2016.\n\n' +
        'The corridor is expected to lead the country by 2020. By 2030, the corridor hopes to be an innovative highland.',
      'article.txt',
    );
    expect(find(m, 4.6e12)[0]?.subject).toBe('huzhou-east-science-and-technology-innovation-corridor');
  });
});

describe('1p. what a document says has its own subject', () => {
  it('gives "X issued a plan which states that the GDP of Y need to increase by 9%" to Y, not to X', async () => {
    const m = await factsFrom(
      'The General Office of Zhejiang Provincial People’s Government recently issued the Work Arrangement for the Lakeside Science and Technology City in 2018, which clearly states that the GDP of the Lakeside Science and Technology City this year need to increase by 9% through efforts.',
    );
    expect(names(m)).toContain('General Office of Zhejiang Provincial People’s Government');
    expect(find(m, 9)[0]?.subject).toBe('lakeside-science-and-technology-city');
  });

  it('reads a name after "of" in the object of a verb as no subject', async () => {
    const m = await factsFrom(
      'Lakeside Science City grows fast. Lakeside Science City has 40 labs.\n\n' +
        'The work arrangement requires the establishment of the Hillside Municipal Committee. It will focus on advancing 58 reforms.',
    );
    expect(find(m, 58)[0]?.subject).toBe('lakeside-science-city');
  });
});

describe('1q. two shares of two wholes', () => {
  it('gives "accounting for 49.6 percent of X’s total and 3 percent of the country’s total" both to the subject, each named by its whole', async () => {
    const m = await factsFrom(
      'Lakeside Cooperation Zone grows fast. Lakeside’s use of foreign capital rose 11.7 percent to US$4.31 billion, accounting for 49.6 percent of Shenzhen’s total and 3 percent of the country’s total.',
    );
    expect(find(m, 49.6)[0]).toMatchObject({
      subject: 'lakeside-cooperation-zone',
      label: 'Share of Shenzhen’s total',
    });
    expect(find(m, 3)[0]?.subject).toBe('lakeside-cooperation-zone');
  });

  it('keeps a whole that has "and" in it: "about 3% of science and technology innovation results"', async () => {
    const m = await factsFrom(
      'Lakeside Cooperation Zone accounts for about 3% of science and technology innovation results in Zhejiang.',
    );
    expect(find(m, 3)[0]?.label).toBe('Share of science and technology innovation results');
  });
});

describe('1r. a paragraph goes on about the place the last one was about', () => {
  it('gives "The city’s GDP" after a paragraph about a county-level city to that city, not to the prefecture of the headline', async () => {
    const m = await factsFrom(
      '---\ntitle: Huzhou counties included in top 100\n---\n' +
        'Lanxi and Fengxi, two county-level cities in Huzhou, have been included among the top 100 counties in 2020.\n\n' +
        'The combined GDP of the top 100 counties was 9.4 trillion yuan, making up over 10 percent of the national economy.\n\n' +
        'Fengxi boasts strong investment potential and focuses strongly on scientific innovation.\n\n' +
        'The city’s regional gross domestic product reached 69.02 billion yuan in 2019.',
    );
    expect(find(m, 69.02e9)[0]?.subject).toBe('fengxi');
    // The ranking's whole list is no place of the article: its figures are not Huzhou's.
    expect(find(m, 9.4e12)).toEqual([]);
    expect(find(m, 10)).toEqual([]);
  });
});

describe('7d. a part "of which" has its own measure', () => {
  it('names "of which industrial investment reached 940 million yuan" apart from the whole investment', async () => {
    const m = await factsFrom(
      'Lakeside High-tech Zone witnessed growth in fixed-asset investment of 14.5 percent to reach 4.53 billion yuan, of which industrial investment reached 940 million yuan, up 20 percent year-on-year.',
    );
    expect(find(m, 4.53e9)[0]?.label).toBe('Investment');
    expect(find(m, 940e6)[0]?.label).toBe('Industrial investment');
    expect(find(m, 20)[0]?.label).toBe('Industrial investment growth');
  });
});

describe('1s. a city the tables do not know, named as visited', () => {
  it('finds "Fenghua" from "been to Fenghua" and "through Fenghua", a city by "the city", and keeps its figures', async () => {
    const m = await factsFrom(
      'Anyone who has been to Fenghua will have been amazed by the products in the city’s massive wholesale market, the Fenghua International Trade City. ' +
        'Some 80% of the world’s disposable lighters are sold through Fenghua. ' +
        'In the first eight months of this year, Fenghua’s exports amounted to RMB 336 billion, a year-on-year increase of 20.4%.',
    );
    expect(m.entities.find((e) => e.id === 'fenghua')?.kind).toBe('city');
    for (const v of [80, 336e9, 20.4]) expect(find(m, v)[0]?.subject).toBe('fenghua');
  });
});

describe('1t. a place that "is located in"', () => {
  it('takes "Yingkou is located in ..." for a place, and "There are N labs ... in the city" for the city\'s', async () => {
    const m = await factsFrom(
      'Yingkou is located on the coast of Bohai Sea. Trade in Yingkou grew 8.1 percent last year. ' +
        'Laobian District was approved as a national base. ' +
        'There are 7 national key labs and 6 research centers in the city; 96 provincial key labs and 41 incubators.',
    );
    expect(find(m, 8.1)[0]?.subject).toBe('yingkou');
    for (const v of [7, 6, 96, 41]) expect(find(m, v)[0]?.subject).toBe('yingkou');
  });
});

describe('1u. "the city" after a science city is the science city', () => {
  it('gives "the science city ... the city will build nine labs" to the science city, and "the capital city of X" makes X a city', async () => {
    const m = await factsFrom(
      'The capital city of Changsha in Hunan province is pushing forward the construction of the Yuelu Science City as part of its efforts to build itself into a sci-tech powerhouse.\n\n' +
        "Located in Changsha's Yuelu High-Tech Zone, also known as China's Silicon Hill, the science city began construction in 2021 and covers 80 square kilometers.\n\n" +
        'Focusing on two industries, the city will bring in companies, according to its plan. This includes nine provincial labs and 12 innovation centers.\n\n' +
        'Changsha has 52 universities. Changsha attracted 3.1 billion yuan of investment in 2022.',
    );
    expect(find(m, 80)[0]?.subject).toBe('yuelu-science-city');
    expect(find(m, 9)[0]?.subject).toBe('yuelu-science-city');
    expect(find(m, 12)[0]?.subject).toBe('yuelu-science-city');
    expect(find(m, 52)[0]?.subject).toBe('changsha');
    expect(find(m, 3.1e9)[0]?.subject).toBe('changsha');
  });
});

describe('1v. two places named with an en dash', () => {
  it('reads "the Xiamen–Zhangzhou region" as the "Xiamen–Zhangzhou Economic Circle" the article names', async () => {
    const m = await factsFrom(
      'Since 2020, the Xiamen–Zhangzhou region has deepened cooperation. ' +
        'The region’s integration index reached 150.2 in 2024, according to the Xiamen–Zhangzhou Economic Circle report.',
    );
    const circle = m.entities.find((e) => e.name === 'Xiamen–Zhangzhou Economic Circle');
    expect(circle).toBeDefined();
    expect(find(m, 150.2)[0]?.subject).toBe(circle?.id);
  });

  it('takes a headline naming the pair for the region, not for the city of the dateline', async () => {
    const m = await factsFrom(
      '# Xiamen–Zhangzhou Integration Doubles in Four Years\n\n' +
        'Xiamen - Since 2020, the Xiamen–Zhangzhou region has deepened cooperation between the two cities, Xiamen and Zhangzhou.\n\n' +
        'Among the five indicators, transport showed the strongest momentum. In 2024, it rose 35.5 percent compared with 2020.\n\n' +
        'Xiamen port handled 12.5 million containers. Xiamen also opened 2 labs, said the Xiamen government. The Xiamen–Zhangzhou Economic Circle plan runs to 2030.',
    );
    const circle = m.entities.find((e) => e.name === 'Xiamen–Zhangzhou Economic Circle');
    expect(find(m, 35.5)[0]?.subject).toBe(circle?.id);
  });
});

describe('1w. "in the region" in translated text', () => {
  it('holds "N enterprises in the region" in the district named last, as translation calls a district (区) a region', async () => {
    const m = await factsFrom(
      'The Lakeside Innovation Corridor links five cities along the expressway.\n\n' +
        'A robot factory opened in Nanhu District last year.\n\n' +
        'At present, there are 121 chip enterprises in the region, and nearly 3,000 biotech companies in the region.',
    );
    expect(find(m, 121)[0]?.subject).toBe('nanhu-district');
    expect(find(m, 3000)[0]?.subject).toBe('nanhu-district');
  });

  it('holds them in the city cluster when it was named after the district', async () => {
    const m = await factsFrom(
      'A robot factory opened in Nanhu District last year.\n\n' +
        'The Lakeside River Delta is growing fast. There are 300 chip enterprises in the region.',
    );
    expect(find(m, 300)[0]?.subject).toBe('lakeside-river-delta');
  });
});

describe('7x. a change "with an increase of" is the change of the measure before it', () => {
  it('labels "..., with a cumulative increase of more than 2 times" by the high-tech enterprises it follows', async () => {
    const m = await factsFrom(
      'The number of high-tech enterprises in the Lakeside Innovation Corridor accounts for 1/9 of the country, with a cumulative increase of more than 2 times since 2016.',
    );
    expect(find(m, 2)[0]?.label).toMatch(/^High-tech enterprises growth$/);
  });
});

describe('1x. places and zones said to be so in other words', () => {
  it('takes "X\'s provincial capital of Y" for a city, and an "Ecopark" for a zone that "the park" refers to', async () => {
    const m = await factsFrom(
      "Since 2018, Southland's provincial capital of Lakeport has grown fast. In 2020, the added value of Lakeport's digital economy reached 64.9 billion yuan.\n\n" +
        'Located in the Riverside New Area of Lakeport, Sino-Nordic Ecopark is a demonstration program. In the first half of the year, the park utilized over 1.1 billion yuan of domestic capital.',
    );
    expect(m.entities.find((e) => e.name === 'Lakeport')?.kind).toBe('city');
    expect(find(m, 64.9e9)[0]?.subject).toBe('lakeport');
    expect(find(m, 1.1e9)[0]?.subject).toBe('sino-nordic-ecopark');
  });
});

describe('1y. a fronted phrase, then "the tech city" and "it"', () => {
  it('gives "Occupying an area of 69 km², the tech city ..." and the next paragraph\'s "By the end of January, it had ..." to the science city', async () => {
    const m = await factsFrom(
      'Located in Seaport, a coastal city at the tip of Southland island, the Pearl Bay Science and Technology City was built under the 2020 plan.\n\n' +
        'Occupying a planned area of more than 69 square kilometers, the tech city carries out two national missions.\n\n' +
        'By the end of January, it had accumulated 9,026 registered enterprises.',
    );
    const city = m.entities.find((e) => e.name === 'Pearl Bay Science and Technology City')?.id;
    expect(find(m, 69)[0]?.subject).toBe(city);
    expect(find(m, 9026)[0]?.subject).toBe(city);
    expect(find(m, 9026)[0]?.kind).toBe('metric');
  });
});

describe('6b. what is already so, beside a goal', () => {
  it('reads figures in a relative clause or a fronted phrase before "will" as current, and "By the end of 2011, there were" too', async () => {
    const m = await factsFrom(
      'Published: 2024-05-01\n\n' +
        'Lakeside Academy, which involves a total investment of 1 billion yuan, will offer a 12-year curriculum. ' +
        'Covering 7 hectares, with a total floor area of 100,000 sq m, the academy will be able to accommodate 3,000 students.',
    );
    expect(find(m, 1e9)[0]?.kind).toBe('metric');
    expect(find(m, 7)[0]?.kind).toBe('metric');
    expect(find(m, 100000)[0]?.kind).toBe('metric');
    expect(find(m, 3000)[0]?.kind).toBe('target');
    const past = await factsFrom(
      'Lakeside Hi-tech Zone grew fast. By the end of 2011, there were 5,353 enterprises in the zone.',
    );
    expect(find(past, 5353)[0]?.kind).toBe('metric');
  });
});

describe("5b. a count of a ranking's members", () => {
  it('counts "60 Fortune 500 companies" and "two Top 500 enterprises", and never reads the 500 as a figure', async () => {
    const m = await factsFrom(
      'Lakeside Hi-tech Zone hosts more than 60 Fortune 500 companies and recruited two Top 500 enterprises in 2023.',
    );
    expect(find(m, 60)[0]?.label).toBe('Fortune 500 companies');
    expect(find(m, 2)[0]?.label).toBe('Top 500 enterprises');
    expect(find(m, 500)).toEqual([]);
  });
});

describe('6c. when a figure held', () => {
  it('dates "Since 2016, X has grown to nine cities" by the article, not by the start of the period', async () => {
    const m = await factsFrom(
      'Published: 2023-07-11\n\nSince 2016, the Lakeside Innovation Corridor has grown to nine cities.',
    );
    expect(find(m, 9)[0]?.date).toBe('2023-07-11');
  });
});

describe('8b. whose industry', () => {
  const focus = (m: FactModel) => m.facts.filter((f) => f.kind === 'focus').map((f) => `${f.subject}>${f.object}`);
  it('gives an industry that names a place\'s base ("the Lakeside Hi-tech Zone biomedicine base") to that place alone', async () => {
    const m = await factsFrom(
      'Hillside Science City and the Lakeside Hi-tech Zone biomedicine base will form a corridor in Southland.',
    );
    expect(focus(m)).toEqual(['lakeside-hi-tech-zone>industry-biomedicine']);
  });
  it('gives industries that "will emerge in the Hillside District area" to the district, not the corridor before', async () => {
    const m = await factsFrom(
      'The Lakeside Science and Technology Innovation Corridor links nine cities.\n\n' +
        'Strategic emerging industries, such as artificial intelligence and biomedicine, will emerge in the Hillside District area.',
    );
    expect(focus(m).sort()).toEqual([
      'hillside-district>industry-artificial-intelligence',
      'hillside-district>industry-biomedicine',
    ]);
  });
  it('reads "Also, it ..." at a paragraph\'s start as the place the paragraph before was about', async () => {
    const m = await factsFrom(
      'The Lakeside Science and Technology Innovation Corridor links Hillside Hi-tech Zone and Rivertown.\n\n' +
        'Hillside Hi-tech Zone, an emerging base in Rivertown, leads in artificial intelligence.\n\n' +
        'Also, it is promoting the development of robotics.',
    );
    expect(focus(m)).toContain('hillside-hi-tech-zone>industry-robotics');
    expect(focus(m).filter((f) => f.endsWith('>industry-robotics'))).toHaveLength(1);
  });
});

describe('1z. what an article is about, when a region is named only to say where', () => {
  it('makes the zone the topic, not the region it lies "at the center of", so "it" is the zone', async () => {
    const m = await factsFrom(
      "At the center of the Lakeside River Delta - one of the nation's economic powerhouses - the Hillside Economic and Technological Development Zone is one of the earliest development zones.\n\n" +
        'Covering 183.8 square kilometers, it now has a population of 220,000.\n\n' +
        'With combined investment of over $15 billion, more than 800 ventures are now operational in the zone.\n\n' +
        'The Hillside zone is one of the high-tech hubs in the Lakeside River Delta region.',
    );
    for (const value of [183.8, 220000, 15e9, 800])
      expect(find(m, value)[0]?.subject, String(value)).toBe('hillside-economic-and-technological-development-zone');
  });
});

describe('1za. "the high-tech zone"', () => {
  it('is the high-tech zone named before, not another zone named since', async () => {
    const m = await factsFrom(
      'Hillside High-tech Industrial Development Zone was established in 1992. In 2015, the province approved an area of 21.9 square kilometers for the Lakeside Cooperation Demonstration Zone. ' +
        'As of 2017, the high-tech zone has settled more than 270 industrial enterprises.',
    );
    expect(find(m, 21.9)[0]?.subject).toBe('lakeside-cooperation-demonstration-zone');
    expect(find(m, 270)[0]?.subject).toBe('hillside-high-tech-industrial-development-zone');
  });
});

describe('5d. "The number of X is N"', () => {
  it('reads N as a count of X, and "increasing P %" after it as the growth of X', async () => {
    const m = await factsFrom(
      'Hillside High-tech Zone grew fast in 2016. The number of newly registered enterprises is 830, increasing 116.71% year on year.',
    );
    expect(find(m, 830)[0]).toMatchObject({
      subject: 'hillside-high-tech-zone',
      label: 'Newly registered enterprises',
    });
    expect(find(m, 116.71)[0]?.label).toBe('Newly registered enterprises growth');
  });
});

describe('5e. a move in a ranking', () => {
  it('reads "jumped two spots" and "climbed 125 rungs" as places climbed, not as counts of spots', async () => {
    const m = await factsFrom(
      'Hillside High-tech Zone jumped two spots and ranked 21st. Lakeside Economic Zone climbed 125 rungs to 60th place.',
    );
    expect(find(m, 2)[0]).toMatchObject({
      unit: 'rank',
      label: 'Places climbed in ranking',
      subject: 'hillside-high-tech-zone',
    });
    expect(find(m, 125)[0]).toMatchObject({ unit: 'rank', figure: '125 rungs' });
    expect(find(m, 60)[0]?.unit).toBe('rank');
  });
});

describe('5g. a level reached, and the words that name a sum or a share', () => {
  it('reads "rose from over 3,500 in 2013 to over 10,000" and "from six to eight" as the later level', async () => {
    const m = await factsFrom(
      "Hillside Hi-tech Zone's branch offices rose from over 3,500 in 2013 to over 10,000 in 2024. " +
        'The number of its firms with revenue above 1 billion yuan increased from six to eight.',
    );
    expect(find(m, 10000)[0]).toMatchObject({ subject: 'hillside-hi-tech-zone', label: 'Branch offices' });
    expect(find(m, 8)[0]?.subject).toBe('hillside-hi-tech-zone');
    expect(find(m, 3500)).toEqual([]);
    expect(find(m, 6)).toEqual([]);
  });
  it('reads "increased by 330 million yuan to 1.48 billion yuan" as an increase and a level', async () => {
    const m = await factsFrom(
      "Hillside Hi-tech Zone's local budget revenue increased by 330 million yuan to 1.48 billion yuan, up 28.8 percent.",
    );
    expect(find(m, 330e6)[0]?.label).toBe('Local budget revenue increase');
    expect(find(m, 1.48e9)[0]?.label).toBe('Local budget revenue');
    expect(find(m, 28.8)[0]?.label).toBe('Local budget revenue growth');
  });
  it('names sums "created" or "took in" by the words after them', async () => {
    const m = await factsFrom(
      'In 2014, Hillside Hi-tech Zone generated 35.5 billion yuan in output value and created 1.508 billion yuan in public budget income. ' +
        'That year it took in 9.45 billion yuan in domestic funds and $12.91 million in foreign capital.',
    );
    expect(find(m, 1.508e9)[0]?.label).toBe('Public budget income');
    expect(find(m, 9.45e9)[0]?.label).toBe('Domestic funds');
    expect(find(m, 12.91e6)[0]?.label).toBe('Foreign capital');
  });
  it('names a share by what its part is or where it went, never "share of which"', async () => {
    const m = await factsFrom(
      "Hillside Hi-tech Zone's fixed asset investment was 53.3 billion yuan, 28 percent of which went to emerging industries while 15.9 percent supported services. " +
        'The zone has 500 firms. Around 60 percent of them are trading enterprises while 30 percent are service companies.',
    );
    expect(find(m, 28)[0]?.label).toBe('Share going to emerging industries');
    expect(find(m, 15.9)[0]?.label).toBe('Share going to services');
    expect(find(m, 60)[0]?.label).toBe('Trading enterprises (share)');
    expect(find(m, 30)[0]?.label).toBe('Service companies (share)');
    expect(
      figures(m)
        .map((f) => f.label)
        .join('|'),
    ).not.toMatch(/of which|of them|went/i);
  });
});

describe('1zb. a zone called by its initials, and a measure used as an adjective', () => {
  it('reads "TPFTZ" as the Tianjin Pilot Free Trade Zone named before, and "the 119.9-square-kilometer FTZ" as its area', async () => {
    const m = await factsFrom(
      "TIANJIN CITY -- China's (Tianjin) Pilot Free Trade Zone continued to attract foreign and local enterprises owing to the business environment it has provided since 2015.\n" +
        'Officials said their office has approved over 15,000 companies at the 119.9-square-kilometer FTZ.\n' +
        'More than 200 companies have moved from Beijing to TPFTZ.\n' +
        'The zone consists of three areas: the 30-sq/km Tianjin Port Dongjiang and the 46.8-sq/km Riverside Business District.',
    );
    const zone = m.entities.find((e) => e.id === 'tianjin-pilot-free-trade-zone');
    expect(zone?.name).toBe('Tianjin Pilot Free Trade Zone');
    expect(zone?.aliases).toContain('TPFTZ');
    expect(find(m, 119.9)[0]).toMatchObject({ subject: zone?.id, unit: 'km²' });
    expect(find(m, 15000)[0]?.subject).toBe(zone?.id);
    expect(find(m, 200)[0]?.subject).toBe(zone?.id);
    // An area of a place the article never names as one is left out, not given to Tianjin.
    expect(find(m, 30)).toEqual([]);
    expect(find(m, 46.8)[0]?.subject).toBe('riverside-business-district');
  });
});

describe('1zc. a city the tables do not know, said to be one "in" its province', () => {
  it('finds "Hillford city in Jiangsu province" and gives it the figures of "it" and "the city"', async () => {
    const m = await factsFrom(
      'Located at the core of the highly developed Yangtze River Delta, Hillford city in Jiangsu province is fast becoming a modern international city.\n\n' +
        'It is now home to more than 6,000 foreign-funded projects from 56 countries and regions around the world.\n\n' +
        "The city's actually utilized foreign capital reached $20 billion, and per capita GDP of the city exceeded $20,000 last year. " +
        'It accounts for about half of all investment from Taiwan in Suzhou and about a quarter of that in Jiangsu.',
      'hillford.txt',
    );
    expect(m.entities.find((e) => e.id === 'hillford')?.kind).toBe('city');
    expect(find(m, 6000)[0]?.subject).toBe('hillford');
    expect(find(m, 56)[0]).toMatchObject({ subject: 'hillford', label: 'Countries and regions' });
    expect(find(m, 20000)[0]).toMatchObject({ subject: 'hillford', label: 'GDP per capita' });
    // "a quarter of that": of a measure the sentence does not repeat, so no label to print it under.
    expect(find(m, 0.25)).toEqual([]);
  });
});

describe('7e. a share of GDP is an intensity', () => {
  it('files "boasting R&D investment accounting for over 4% in GDP" under R&D intensity, and R&D investment in yuan under R&D spending', async () => {
    const m = await factsFrom(
      'By 2030, Hillside Hi-tech Zone hopes to be an innovative highland, competing strongly with the Silicon Valley and boasting R&D investment accounting for over 4% in GDP. ' +
        "Last year the zone's R&D investment reached 5 billion yuan, the zone's government said on Monday.",
    );
    expect(find(m, 4)[0]).toMatchObject({ metric: 'rd-intensity', label: 'R&D intensity' });
    expect(find(m, 5e9)[0]).toMatchObject({ metric: 'rd-spending', label: 'R&D spending' });
  });
});

describe('7f. firms named by their field', () => {
  it('labels "840 companies in the field of artificial intelligence" by the field, and "1,200 enterprises in the zone" as enterprises', async () => {
    const m = await factsFrom(
      'More than 840 companies in the field of artificial intelligence have settled in Hillside Hi-tech Zone. ' +
        'The zone now has 320 enterprises in the integrated circuit industry, and 1,200 enterprises in the zone are high-tech firms.',
    );
    expect(find(m, 840)[0]?.label).toBe('Artificial intelligence companies');
    expect(find(m, 320)[0]?.label).toBe('Integrated circuit enterprises');
    expect(find(m, 1200)[0]?.label).toBe('Enterprises');
  });
});

describe('7g. "related" firms are firms of the industry named before them', () => {
  it('labels "121 related enterprises" by the industry of its sentence or the sentence before, and leaves it as written when none is named', async () => {
    const m = await factsFrom(
      'The integrated circuit industry in Hillside Hi-tech Zone is experiencing rapid growth.\n\n' +
        'At present, there are 121 related enterprises in the zone. ' +
        'The zone has fostered a complete chain in the biomedicine industry, with 307 related companies. ' +
        'Its port opened in 2019. It handles cargo for 45 related enterprises.',
    );
    expect(find(m, 121)[0]?.label).toBe('Integrated circuit enterprises');
    expect(find(m, 307)[0]?.label).toBe('Biomedicine companies');
    expect(find(m, 45)[0]?.label).toBe('Related enterprises');
  });
});

describe('1zi. a free trade zone written short after its province, and its sub-areas', () => {
  it('gives "the Hillside pilot FTZ" and "the Eastport sub-area" their own figures, not the province\'s', async () => {
    const m = await factsFrom(
      'Officials said the Jiangsu pilot FTZ has three sub-areas and 900 enterprises. ' +
        'The Eastport sub-area has this year imported 390 million yuan of electricity. ' +
        'Jiangsu province has 80 million residents.',
    );
    const ftz = m.entities.find((e) => e.id === find(m, 900)[0]?.subject);
    expect(ftz?.name).toBe('Jiangsu Pilot Free Trade Zone');
    expect(ftz?.kind).toBe('zone');
    expect(find(m, 3)[0]?.subject).toBe(ftz?.id);
    expect(m.entities.find((e) => e.id === find(m, 390e6)[0]?.subject)?.name).toBe('Eastport Sub-Area');
    expect(find(m, 80e6)[0]?.subject).toBe('jiangsu');
  });
});

describe('4h. a day of a month is a date', () => {
  it('reads no figure in "Aug 30 marked the anniversary" or "on 30 August", and keeps the figures after them', async () => {
    const m = await factsFrom(
      'Aug 30 marked the anniversary of Hillside Hi-tech Zone. On 30 August 25 firms opened in the zone. ' +
        'By Sept. 12 the zone had 40 projects.',
    );
    expect(find(m, 30)).toEqual([]);
    expect(find(m, 12)).toEqual([]);
    expect(find(m, 40)[0]?.label).toBe('Projects');
  });
});

describe('5j. a list of "Key: value" items', () => {
  it('reads each item, short ones included, as a figure labelled by its key, and its change by the same key', async () => {
    const m = await factsFrom(
      'The Hillside Economic and Technological Development Zone experienced great economic growth last year. Check out the numbers:\n' +
        '- Regional GDP: 76.8 billion yuan ($10.75 billion), up 8.1 percent year-on-year\n' +
        '- General public budget revenue: 2.346 billion yuan, up 23.9 percent year-on-year\n' +
        '- Total imports and exports: $3.012 billion\n' +
        '- Approved 91 national high-tech enterprises\n',
    );
    const zone = 'hillside-economic-and-technological-development-zone';
    expect(find(m, 76.8e9)[0]).toMatchObject({ subject: zone, label: 'GDP' });
    expect(find(m, 8.1)[0]?.label).toBe('GDP growth');
    expect(find(m, 2.346e9)[0]).toMatchObject({ subject: zone, label: 'General public budget revenue' });
    expect(find(m, 23.9)[0]?.label).toBe('General public budget revenue growth');
    expect(find(m, 3.012e9)[0]).toMatchObject({ subject: zone, label: 'Total imports and exports' });
    expect(find(m, 91)[0]?.subject).toBe(zone);
  });
});

describe('1zd. a figure opening a bracket after a name', () => {
  it('gives "the Eastern Port Area (26.4 sq km ...)" its own area, and leaves out the area of an unnamed "Area A (0.75 sq km)"', async () => {
    const m = await factsFrom(
      'Covering an area of 98.5 sq km, the Hillside Pilot Free Trade Zone consists of two sub-zones: ' +
        'the Eastern Port Area (26.4 sq km, inclusive of the Hillside Export Processing Area A (0.75 sq km)) and the Western Science Area (71.3 sq km).',
    );
    expect(find(m, 98.5)[0]?.subject).toBe('hillside-pilot-free-trade-zone');
    expect(find(m, 26.4)[0]?.subject).toBe('eastern-port-area');
    expect(find(m, 71.3)[0]?.subject).toBe('western-science-area');
    expect(find(m, 0.75)).toEqual([]);
  });
});

describe('1ze. a district named after its possessor', () => {
  it('reads "Beijing\'s Haidian district" as Haidian District, not a place called "Beijing\'s Haidian District"', async () => {
    const m = await factsFrom(
      "In 2018, the GDP of Hillside crossed that threshold, followed by Beijing's Haidian district in 2022, whose GDP reached 1.1 trillion yuan.",
    );
    const names = m.entities.filter((e) => e.kind === 'district').map((e) => e.name);
    expect(names).toContain('Haidian District');
    expect(names.some((n) => /['’]s /.test(n))).toBe(false);
  });
});

describe('1zf. "the zone" is the development zone, not the new area or economic region named since', () => {
  it('gives "Regarded as a key part of Riverside New Area, the zone ..." and the next paragraphs to the development zone', async () => {
    const m = await factsFrom(
      'Hillford Economic and Technological Development Zone\n\n' +
        'Established in 1992, Hillford Economic and Technological Development Zone, under the jurisdiction of Hillford New Area, was upgraded in 2010. ' +
        'Occupying a planning area of 287 square kilometers, the zone governs 73 villages.\n\n' +
        'Regarded as a key part of Riverside New Area, the zone has been positioned as the most dynamic area for the Central Plains Economic Zone.\n\n' +
        'In 2015, the zone achieved 16.24 billion yuan ($2.4 billion) in its regional GDP, up 9.7 percent year-on-year.',
      'hillford.txt',
    );
    expect(m.entities.find((e) => e.name === 'Central Plains Economic Zone')?.kind).toBe('corridor');
    for (const value of [287, 73, 16.24e9, 9.7])
      expect(find(m, value)[0]?.subject).toBe('hillford-economic-and-technological-development-zone');
    expect(find(m, 9.7)[0]?.label).toBe('GDP growth');
  });
});

describe('5h. a past figure after a fronted purpose', () => {
  it('reads "Aiming at ..., by the end of 2009 a total investment of 2.56 billion yuan has been put in" as a current investment', async () => {
    const m = await factsFrom(
      'Aiming at planning and constructing with high standards, by the end of 2009 a total investment of 2.56 billion Yuan has been put in for the infrastructure of Hillside Hi-tech Zone. ' +
        'Aiming to become a hub, the zone will attract 300 firms by 2030.',
    );
    expect(find(m, 2.56e9)[0]).toMatchObject({ kind: 'metric', label: 'Investment' });
    expect(find(m, 300)[0]?.kind).toBe('target');
  });
});

describe('5i. goals worded "rise from X to Y", "expects ... to", "is to", after a bulleted summary', () => {
  it('reads the later level as the goal, and the next bullet as current', async () => {
    const m = await factsFrom(
      'Group 1: Economic Development - Hillside New Area has shown strong momentum, with regional GDP projected to rise from 22.15 billion yuan in 2020 to 60 billion yuan by 2027 [1][3]. ' +
        '- In the first half of this year, the regional GDP reached 27.3 billion yuan, growing by 8.2% [1][3]. ' +
        'The new area expects its industrial output to rise to 90 billion yuan by 2028, and its exports are to reach 12 billion yuan.',
      'hillside.txt',
    );
    expect(find(m, 60e9)[0]).toMatchObject({ kind: 'target', label: 'GDP' });
    expect(find(m, 27.3e9)[0]).toMatchObject({ kind: 'metric', label: 'GDP' });
    expect(find(m, 90e9)[0]?.kind).toBe('target');
    expect(find(m, 12e9)[0]).toMatchObject({ kind: 'target', label: 'Exports' });
  });
});

describe('6d. a sum of money written without its currency', () => {
  it('takes the one currency of its sentence, and names its change after it', async () => {
    const m = await factsFrom(
      'The local GDP of Hillside Hi-tech Zone for the whole year reaches 2.5 billion, an increase of 18 percent; the financial revenue amounts to 550 million yuan, up 83.3 percent. ' +
        'The zone has 1.2 million residents.',
    );
    expect(find(m, 2.5e9)[0]).toMatchObject({ unit: 'CNY', label: 'GDP' });
    expect(find(m, 18)[0]?.label).toBe('GDP growth');
    expect(find(m, 1.2e6)[0]?.unit).not.toBe('CNY');
  });
});

describe("1zg. a place's governing body in one sentence, the place's figures in the next", () => {
  it('goes on about the park after "the Director of the Management Committee of HIP said", not the committee', async () => {
    const m = await factsFrom(
      'Hillside Industrial Park (HIP) lies 50 kilometers east of the city. ' +
        'Tang Xiaoruo, Director of the Management Committee of HIP, said that remarkable achievements have been made over the past decades. ' +
        'To date, there are 133 enterprises having access to HIP, with a total output value of 75.94 billion yuan.',
      'hip.txt',
    );
    expect(find(m, 133)[0]?.subject).toBe('hillside-industrial-park');
    expect(find(m, 75.94e9)[0]?.subject).toBe('hillside-industrial-park');
  });
});

describe("1zh. a free trade zone's part named by its city", () => {
  it('finds "the Hillford area of the China (Riverland)Pilot Free Trade Zone" and gives it its figures; a target beaten is no goal', async () => {
    const m = await factsFrom(
      'The influx of enterprises into the Hillford area of the China (Riverland)Pilot Free Trade Zone has emerged as a key driver of trade growth. ' +
        'The Hillford area recorded a total import and export volume of 93.16 billion yuan in 2025, exceeding its annual target by 5.7 percent.\n\n' +
        'Since its establishment, the Hillford area has attracted more than 3,100 new enterprises.',
      'hillford.txt',
    );
    const names = m.entities.map((e) => e.name);
    expect(names).toContain('China (Riverland) Pilot Free Trade Zone');
    expect(m.entities.find((e) => e.name === 'Hillford Area')?.aliases).not.toContain('Hillford');
    expect(find(m, 93.16e9)[0]).toMatchObject({ kind: 'metric', subject: 'hillford-area' });
    expect(find(m, 3100)[0]?.subject).toBe('hillford-area');
  });
});

describe('6e. a range is printed as a range', () => {
  it('keeps "80 to 100 companies" and "one or two companies" whole, never as exactly 100 or 2, and leaves changes alone', async () => {
    const m = await factsFrom(
      'By 2030, Hillside Hi-tech Zone will have 80 to 100 industrial companies each with revenue of over 20 million yuan, and will cultivate one or two companies with output of 10 billion yuan. ' +
        'Its high-tech enterprises increased by 300 to 1,200 last year.',
    );
    expect(formatFigure(find(m, 100)[0]!)).toMatch(/^80 to 100\s+companies$/);
    expect(formatFigure(find(m, 2)[0]!)).toMatch(/^one or (?:two|2)\s+companies$/);
    expect(find(m, 1200)[0]?.qualifier).toBeUndefined();
  });
});

describe('5k. an amount in two parts, as Chinese writes it', () => {
  it('reads "21 billion 700 million yuan" as 21.7 billion and "$3 billion 520 million" as 3.52 billion', async () => {
    const m = await factsFrom(
      'Hillside Hi-tech Zone had an industrial output value of 21 billion 700 million yuan, an increase of 24%. ' +
        'Its exports reached $3 billion 520 million.',
    );
    expect(find(m, 21.7e9)[0]?.unit).toBe('CNY');
    expect(find(m, 21e9)).toEqual([]);
    expect(find(m, 3.52e9)[0]?.unit).toBe('USD');
  });
});

describe('1zj. names as scraped and machine-translated text writes them', () => {
  it('finds a zone whose kind words are in mixed case, a city in apposition with adjectives, and no place in a company name', async () => {
    const m = await factsFrom(
      'The first quarter of this year, Eastvale economic and Technological Development Zone achieved industrial output of 9 billion yuan. ' +
        'With Saline Lake Haina chemical and other 25 enterprises put into operation, output rose 13%. ' +
        'At the same time, the park growth enterprises also contributed 2 billion yuan.\n\n' +
        'The shift has brought opportunity to Northport, a coastal port city in the region. ' +
        'Northport lured 35 projects in the first half, according to the provincial statistics bureau of Jiangsu.',
    );
    const zone = m.entities.find((e) => e.name === 'Eastvale Economic and Technological Development Zone');
    expect(zone?.kind).toBe('zone');
    expect(find(m, 9e9)[0]?.subject).toBe(zone?.id);
    expect(names(m)).not.toContain('Saline Lake');
    expect(find(m, 2e9)[0]?.subject).toBe(zone?.id);
    const northport = m.entities.find((e) => e.name === 'Northport');
    expect(northport?.kind).toBe('city');
    expect(find(m, 35)[0]?.subject).toBe(northport?.id);
  });
});

describe('1zk. a place described in lower case is the place named in full', () => {
  it('takes "Eastvale industrial park" for "Eastvale Intelligent Industrial Park", and reads "a record 1.56 billion yuan"', async () => {
    const m = await factsFrom(
      'Eastvale industrial park favors business growth\n\n' +
        'The Eastvale Intelligent Industrial Park, located in Yingze district, has injected impetus into local industry. ' +
        'In 2021, the total revenue of enterprises in the park reached a record 1.56 billion yuan. ' +
        'The industrial park has established a linkage mechanism with 10 colleges and universities.',
    );
    expect(names(m)).not.toContain('Eastvale Industrial Park');
    const park = m.entities.find((e) => e.name === 'Eastvale Intelligent Industrial Park');
    expect(find(m, 1.56e9)[0]?.subject).toBe(park?.id);
    expect(find(m, 10)[0]?.subject).toBe(park?.id);
  });
});

describe('1zl. a new paragraph returns to the zone the paragraph before was about', () => {
  it('gives "The zone ... it achieved" to the zone the paragraph opened with, not to a park named at its end', async () => {
    const m = await factsFrom(
      'Eastvale Economic and Technical Development Zone\n\n' +
        'Eastvale Economic and Technical Development Zone was founded in 1992.\n\n' +
        'In the 20 years since its founding, the development zone established three industrial parks. ' +
        'The construction of Mu Ligang Industrial Park was initiated, with over 600 various enterprises.\n\n' +
        "The zone has served as the city's window to the world. In 2011, it achieved a GDP of 15.8 billion yuan.",
    );
    const zone = m.entities.find((e) => e.name === 'Eastvale Economic and Technical Development Zone');
    expect(find(m, 15.8e9)[0]?.subject).toBe(zone?.id);
  });
});

describe('2q. a province behind a possessor after "of" is where, not who', () => {
  it('gives the zone, not the province, the figures of "registered in the zone -- in X, capital city of Southwest China\'s Y province"', async () => {
    const m = await factsFrom(
      'Private SMEs seen as key force for EVTDZ future\n\n' +
        "By the end of 2019, there were 8,915 small and medium enterprises registered in the Eastvale Economic and Technological Development Zone (EVTDZ) -- in Eastvale, capital city of Southwest China's Guizhou province -- according to officials. " +
        'Firms there need an annual revenue of 20 million ($2.9 million) to count.',
    );
    const zone = m.entities.find((e) => e.name === 'Eastvale Economic and Technological Development Zone');
    expect(find(m, 8915)[0]?.subject).toBe(zone?.id);
    expect(find(m, 20e6)[0]?.unit).toBe('CNY');
  });
});

describe("7h. a share of the country's GDP that has risen", () => {
  it('reads "has risen from 42.2 percent to 47.3 percent" as the share of national GDP, not as GDP', async () => {
    const m = await factsFrom(
      "Hillside Economic Belt's share of the country's gross domestic product has risen from 42.2 percent to 47.3 percent in the past ten years.",
    );
    const share = find(m, 47.3)[0];
    expect(share?.label).toBe('Share of national GDP');
    expect(share?.metric).toBe('gdp-share');
  });
});

describe('5l. a count a place owns ("Suzhou\'s 24 incubators") is a figure; the nation\'s is not printed', () => {
  it("reads possessed counts for their owner and leaves out counts that are China's", async () => {
    const m = await factsFrom(
      "Jiangsu province is investing in innovation. Hillside Hi-tech Zone is home to all of Suzhou's 24 national incubators. " +
        "Revenues of the province's six national high-tech zones hit 653 billion yuan. " +
        "Hillside Hi-tech Zone is one of China's 14 earliest development zones.",
    );
    expect(find(m, 24)[0]?.subject).toBe('suzhou');
    expect(find(m, 6)[0]?.subject).toBe('jiangsu');
    expect(find(m, 14)).toEqual([]);
  });
});

describe('2r. a clause opening with "It" is about what "It" is', () => {
  it('carries the zone past "It boasts institutes such as X" to "It is home to 272 research institutions"', async () => {
    const m = await factsFrom(
      'The Hillside High-Tech Zone was approved by the State Council in 1991.\n\n' +
        'The zone now includes major innovative resources. It boasts many national key universities and institutes, such as Hillside Ligong University, Northeastern University and two institutes of the Chinese Academy of Sciences: the Institute of Metal Research and the Hillside Institute of Automation.\n\n' +
        'It is home to 272 research institutions, including 76 key labs.',
    );
    const zone = m.entities.find((e) => e.name === 'Hillside High-Tech Zone');
    expect(find(m, 272)[0]?.subject).toBe(zone?.id);
  });
});

describe('1zm. a level after a change written "year on year to" or "added up to" is read', () => {
  it('reads the level behind an unhyphenated "year on year" and a sum that "added up to", with no "up to" printed', async () => {
    const m = await factsFrom(
      'Hillside Industrial Park is in Guizhou. ' +
        'The value of industries above designated size in the park increased by 65% year on year to 0.82 billion yuan. ' +
        'Retail sales of consumer goods added up to 10.81 billion yuan, up 12.4 percent.',
    );
    expect(find(m, 820_000_000)[0]?.label).toBe('Value of industries above designated size');
    const retail = find(m, 10_810_000_000)[0];
    expect(retail?.label).toBe('Retail sales of consumer goods');
    expect(retail?.qualifier).toBeUndefined();
  });
});

describe('1zn. a list whose later clauses drop the verb ("and exports, $1.87 billion")', () => {
  it('names each sum by the words before its comma, and a bare or "to"-led percentage as its change', async () => {
    const m = await factsFrom(
      'Hillside Industrial Park is in Guizhou. Fixed asset investment reached 23.15 billion yuan, and exports, $1.87 billion, up 12.7 percent. ' +
        'The above-scale industrial value was 70.84 billion yuan, an increase of 7 percent; the above-scale industrial added value, 17.27 billion yuan, 8.5 percent. ' +
        'Its imports soared 127.2 percent to 2.68 billion yuan and exports, 64.6 percent to 2.56 billion yuan.',
    );
    expect(find(m, 1_870_000_000)[0]?.label).toBe('Exports');
    expect(find(m, 12.7)[0]?.label).toBe('Exports growth');
    expect(find(m, 17_270_000_000)[0]?.label).toBe('Above-scale industrial added value');
    expect(find(m, 8.5)[0]?.label).toBe('Above-scale industrial added value growth');
    expect(find(m, 64.6)[0]?.label).toBe('Exports growth');
    expect(find(m, 2_560_000_000)[0]?.label).toBe('Exports');
  });
});

describe('1zo. "the top 20 enterprises in the zone" are the zone\'s own, not a ranking\'s whole list', () => {
  it("reads their output for the zone, and its change after a gloss as the output's growth", async () => {
    const m = await factsFrom(
      'Hillside Industrial Park is in Guizhou. In the first half of 2022, the top 20 industrial enterprises in the zone achieved an output value of 81.28 billion yuan ($12.04 billion), a year-on-year increase of 25.53 percent.',
    );
    const park = m.entities.find((e) => e.name === 'Hillside Industrial Park')?.id;
    expect(find(m, 81_280_000_000)[0]?.subject).toBe(park);
    expect(find(m, 25.53)[0]?.label).toBe('Output value growth');
  });
});

describe('5m. a place named with its place word ("Hillside City", "Riverton County") is a place', () => {
  it('finds the city and the county, each with its figures', async () => {
    const m = await factsFrom(
      'Hillside City grew fast last year. The city has a GDP of 5 billion yuan.\n\n' +
        'The output value of 603 large industrial enterprises in Riverton County was 163.9 billion yuan.',
    );
    const city = m.entities.find((e) => e.name === 'Hillside');
    const county = m.entities.find((e) => e.name === 'Riverton');
    expect([city?.kind, county?.kind]).toEqual(['city', 'district']);
    expect(find(m, 5e9)[0]?.subject).toBe(city?.id);
    expect(find(m, 163.9e9)[0]?.subject).toBe(county?.id);
  });
});

describe('5n. a group of zones a headline is about ("Economic Development Zones of Hillside City")', () => {
  it("gives the group the figures of 'the city's development zones'", async () => {
    const m = await factsFrom(
      'Economic Development Zones of Hillside City continued to Grow Steadily\n\n' +
        "From January to April, the city's economic Development zones completed a main business revenue of 458.96 billion yuan, a year-on-year increase of 15.9%.\n\n" +
        'Generally, the economic development zones continued to grow steadily.',
    );
    const group = m.entities.find((e) => /zones of Hillside City/i.test(e.name));
    expect(group?.kind).toBe('zone');
    expect(find(m, 458.96e9)[0]?.subject).toBe(group?.id);
    expect(find(m, 15.9)[0]?.subject).toBe(group?.id);
  });

  it('reads "imports growing by 65 percent to top 5.8 billion yuan" and "climbing over 106 percent to" for the group', async () => {
    const m = await factsFrom(
      'Comprehensive bonded areas in Xinjiang post surging trade\n\n' +
        'The comprehensive bonded areas in Xinjiang posted robust trade growth in the first eight months.\n\n' +
        'Trade volume surged by 79 percent year on year to 9.42 billion yuan in the zones, with imports growing by 65 percent to top 5.8 billion yuan, and exports climbing over 106 percent to 3.6 billion yuan.',
    );
    const group = m.entities.find((e) => /bonded areas in Xinjiang/i.test(e.name));
    expect(find(m, 9.42e9)[0]?.subject).toBe(group?.id);
    expect(find(m, 5.8e9)[0]?.label).toBe('Imports');
    expect(find(m, 65)[0]?.label).toBe('Imports growth');
    expect(find(m, 106)[0]?.text).toBe('Exports growth: over 106 percent');
  });
});

describe('5o. one place\'s "Bay Area" is a new area, called by its place alone; a plan\'s list is a target', () => {
  it('gives "Hillwan Bay Area" the figures of "Hillwan" and "the area", its masterplan\'s projects as targets, and no "Smart City"', async () => {
    const m = await factsFrom(
      'Located on the west coast, Hillwan is envisaged as a key transport node. With a population of 90,000, the area is expected to grow to more than 250,000 residents by 2025.\n\n' +
        'The newly issued masterplan lists 28 key projects. The Hillwan Bay Area will focus on sustainable development.\n\n' +
        '“Smart City” applications will also be adopted.',
    );
    const area = m.entities.find((e) => e.name === 'Hillwan Bay Area');
    expect(area?.kind).toBe('zone');
    expect(find(m, 250_000)[0]?.subject).toBe(area?.id);
    const projects = find(m, 28)[0];
    expect([projects?.subject, projects?.kind]).toEqual([area?.id, 'target']);
    expect(names(m)).not.toContain('Smart City');
  });
});

describe('1zp. a change said against "the same period last year" or "in annual terms", then its level', () => {
  it('reads the level after "compared to the same period last year to about" and "in annual terms, to"', async () => {
    const m = await factsFrom(
      'Hillside Industrial Park is in Guizhou. In January-May, cargo throughput of the park increased by 10.28% compared to the same period last year to about 22.26 million tonnes. ' +
        'The operating income of the park increased by 35.25% in annual terms, to 161.33 billion yuan.',
    );
    expect(find(m, 22_260_000)[0]?.text).toBe('Cargo throughput: about 22.26 million tonnes');
    expect(find(m, 10.28)[0]?.label).toBe('Cargo throughput growth');
    expect(find(m, 161_330_000_000)[0]?.label).toBe('Operating income');
  });
});

describe('2s. "N enterprises in the high-tech zone" after the figure is the high-tech zone last named', () => {
  it("gives the count to the high-tech zone, not to the article's own park", async () => {
    const m = await factsFrom(
      'Hillside Biomedical Park Project\n\nHillside Biomedical Park is a project of the Riverton National Hi-Tech Industrial Development Zone. It has 20 plants.\n\n' +
        'Riverton National Hi-Tech Industrial Development Zone is the main center of the industry.\n\n' +
        'In 2019, there were 122 industrial enterprises in the high-tech zone.',
    );
    const zone = m.entities.find((e) => e.name === 'Riverton National Hi-Tech Industrial Development Zone');
    expect(find(m, 122)[0]?.subject).toBe(zone?.id);
  });
});
