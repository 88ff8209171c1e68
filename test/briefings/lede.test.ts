/** The lede's content, chosen from the seed corpus's facts: what it cites is what the notes quote. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BriefingModel, Note } from '../../pipeline/briefings/briefingModel.js';
import { inSentence } from '../../pipeline/briefings/lede.js';
import { planBriefings } from '../../pipeline/briefings/planBriefings.js';
import { SUMMARY_FITS, summaryModel } from '../../pipeline/briefings/summaryModel.js';
import { seedFacts, seedReference } from '../helpers.js';

let briefings: BriefingModel[];
beforeAll(async () => {
  const keyMetrics = (await seedReference()).metrics.map((m) => m.id);
  briefings = planBriefings(await seedFacts(), { minFacts: 4, keyMetrics }).briefings;
});

/** The first number of a printed figure, as the sentence it comes from writes it ("76,200", "1/15"). */
const leadingNumber = (display: string) => /\d[\d,./]*/.exec(display)?.[0] ?? '';

function expectFiguresQuoted(lede: BriefingModel['lede'], notes: Note[], where: string): void {
  for (const figure of lede.figures) {
    const note = notes.find((n) => n.n === figure.cite);
    expect(note?.quote, `${where}: ${figure.label}`).toContain(leadingNumber(figure.display));
  }
}

/** The sentence (file and line) each citation of a lede points to. */
const sentences = (lede: BriefingModel['lede'], notes: Note[]) =>
  [...lede.figures.map((f) => f.cite), lede.latest?.cite, lede.aim?.cite, ...lede.corridors.cites]
    .filter((n) => n != null)
    .map((n) => {
      const note = notes.find((x) => x.n === n);
      return note ? `${note.path}:${note.line}` : `no note ${n}`;
    });

describe('the lede', () => {
  it('names what each place is and cites the figures it states, in the briefing and in every fit of its summary', () => {
    for (const briefing of briefings) {
      expectFiguresQuoted(briefing.lede, briefing.notes, briefing.id);
      for (const fit of SUMMARY_FITS) {
        // Renumbered from 1, each mark still leads to the sentence it led to in the briefing.
        const summary = summaryModel(briefing, fit);
        expect(sentences(summary.briefing.lede, summary.notes), `${briefing.id} summary`).toEqual(
          sentences(briefing.lede, briefing.notes),
        );
      }
    }
    const songjiang = briefings.find((b) => b.id === 'songjiang')!.lede;
    expect(songjiang).toMatchObject({ kind: 'district', parent: 'Shanghai' });
    expect(songjiang.corridors.names).toEqual(['Yangtze River Delta G60 Science and Technology Innovation Corridor']);
    expect(songjiang.corridors.cites).toHaveLength(1);
  });

  it('states the latest event without its own date phrase, and leaves out counts that repeat their label', () => {
    const g60 = briefings.find((b) => b.id === 'g60')!.lede;
    expect(g60.latest).toMatchObject({ date: '2024-05-24', onDay: true });
    expect(g60.latest!.text).toMatch(/^the conference on .* was held$/);
    expect(g60.figures.map((f) => f.label)).toEqual(['R&D intensity', 'area', 'population']);
    const songjiang = briefings.find((b) => b.id === 'songjiang')!;
    expect(songjiang.headline.map((f) => f.label)).toContain('Artificial intelligence companies');
    expect(songjiang.lede.figures.map((f) => f.label.toLowerCase())).not.toContain('artificial intelligence companies');
  });

  it('lower-cases the first word of a label or clause only when it is an ordinary word', () => {
    const names = ['Songjiang', 'Yangtze River Delta'];
    expect(inSentence('Area', names)).toBe('area');
    expect(inSentence('R&D intensity', names)).toBe('R&D intensity');
    expect(inSentence('PCT patent applications', names)).toBe('PCT patent applications');
    expect(inSentence('G60 corridor', names)).toBe('G60 corridor');
    expect(inSentence('Songjiang’s output', names)).toBe('Songjiang’s output');
    expect(inSentence('Yangtze River Delta cities', names)).toBe('Yangtze River Delta cities');
    expect(inSentence('Construction of the 2.0 version has started', names)).toBe(
      'construction of the 2.0 version has started',
    );
  });
});
