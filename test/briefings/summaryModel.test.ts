/** The one-page summary's quotes: whole when the page has room, and never without the figure they are cited for. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BriefingModel } from '../../pipeline/briefings/briefingModel.js';
import { formatFigure } from '../../pipeline/briefings/formatFigure.js';
import { planBriefings } from '../../pipeline/briefings/planBriefings.js';
import { SUMMARY_FITS, summaryModel } from '../../pipeline/briefings/summaryModel.js';
import type { FactModel } from '../../pipeline/facts/factModel.js';
import { seedFacts, seedReference } from '../helpers.js';

let model: FactModel;
let briefings: BriefingModel[];
beforeAll(async () => {
  model = await seedFacts();
  const keyMetrics = (await seedReference()).metrics.map((m) => m.id);
  briefings = planBriefings(model, { minFacts: 4, keyMetrics }).briefings;
});

describe('summary quotes', () => {
  it('are whole at the roomiest fit: a sentence is shortened only when the page needs it', () => {
    for (const briefing of briefings) {
      const summary = summaryModel(briefing, SUMMARY_FITS[0]!);
      for (const note of summary.notes) {
        const full = briefing.notes.find((n) => n.path === note.path && n.line === note.line && n.quote === note.quote);
        expect(full, `${briefing.id}: note ${note.n}`).toBeDefined();
      }
    }
  });

  it('keep, at every fit, each printed figure as its sentence writes it and the name of whom it is about', () => {
    let shortened = 0;
    for (const briefing of briefings)
      for (const fit of SUMMARY_FITS) {
        const summary = summaryModel(briefing, fit);
        for (const row of summary.headline) {
          const note = summary.notes.find((n) => n.n === row.cite)!;
          const fact = model.facts.find(
            (f) => f.line === note.line && f.value === row.value && formatFigure(f) === row.display,
          )!;
          expect(fact, `${briefing.id}: ${row.label}`).toBeDefined();
          if (note.quote.includes('…')) shortened++;
          expect(note.quote, `${briefing.id} at ${fit.quoteChars}: ${row.label}`).toContain(fact.figure!);
          const names = [...model.entities.find((e) => e.id === fact.subject)!.aliases, row.subject];
          const named = names.some((n) => fact.quote.toLowerCase().includes(n.toLowerCase()));
          if (named)
            expect(
              names.some((n) => note.quote.toLowerCase().includes(n.toLowerCase())),
              `${briefing.id} at ${fit.quoteChars}: ${row.subject} in ${note.quote}`,
            ).toBe(true);
          else expect(note.quote.startsWith('…'), `${briefing.id}: kept from the sentence's start`).toBe(false);
        }
      }
    expect(shortened).toBeGreaterThan(3);
  });
});
