/** Which charts a briefing gets and what they draw, before any drawing; and the summary's one chart. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BriefingModel, Note } from '../../pipeline/briefings/briefingModel.js';
import { planCharts } from '../../pipeline/briefings/chartPlan.js';
import { planBriefings } from '../../pipeline/briefings/planBriefings.js';
import { SUMMARY_FITS, summaryModel } from '../../pipeline/briefings/summaryModel.js';
import { seedFacts, seedReference } from '../helpers.js';

let briefings: BriefingModel[];
beforeAll(async () => {
  const keyMetrics = (await seedReference()).metrics.map((m) => m.id);
  briefings = planBriefings(await seedFacts(), { minFacts: 4, keyMetrics }).briefings;
});
const byId = (id: string) => structuredClone(briefings.find((b) => b.id === id)!);

describe('chart plans', () => {
  it('leave out a chart with too little to show: one event, one mapped place, one place with a figure', () => {
    const g60 = byId('g60');
    expect(planCharts(g60).map((c) => c.id)).toEqual(expect.arrayContaining(['timeline', 'member-map', 'figures-0']));
    g60.timeline = g60.timeline.slice(0, 1);
    g60.members = g60.members.map((m, i) => (i === 0 ? m : { ...m, latitude: null, longitude: null }));
    g60.memberFigures = [];
    const ids = planCharts(g60).map((c) => c.id);
    expect(ids).not.toContain('timeline');
    expect(ids).not.toContain('member-map');
    expect(ids.filter((id) => id.startsWith('figures-'))).toEqual([]);
  });

  it('leave out the industry grid when every place works on every industry: it has nothing to contrast', () => {
    const pair = byId('shanghai-suzhou-cooperation');
    const places = [...new Set(pair.focusMatrix.map((m) => m.place))];
    const industries = [...new Set(pair.focusMatrix.map((m) => m.industry))];
    pair.focusMatrix = places.flatMap((place) => industries.map((industry) => ({ place, industry, cite: 1 })));
    expect(planCharts(pair).map((c) => c.id)).not.toContain('industry-matrix');
    pair.focusMatrix.pop();
    expect(planCharts(pair).map((c) => c.id)).toContain('industry-matrix');
  });

  it('draw one bar per place, in the unit the axis names', () => {
    const g60 = byId('g60');
    g60.memberFigures.push({ ...g60.memberFigures[0]!, value: 1, display: '1%' }); // a second Songjiang R&D figure
    const bars = planCharts(g60).find((c) => c.title === 'R&D intensity by place')!;
    expect(bars.data.figures!.map((r) => r.place)).toEqual([
      'Yangtze River Delta G60 Science\nand Technology Innovation Corridor',
      'Songjiang',
    ]);
    expect(bars.xTitle).toBe('R&D intensity, %');
  });

  it("number the summary's chart for its page: each mark leads to a note on it quoting that figure's sentence", () => {
    const where = (notes: Note[], n: unknown) => {
      const note = notes.find((x) => x.n === n);
      return note ? `${note.path}:${note.line}` : `no note ${String(n)}`;
    };
    let charted = 0;
    for (const briefing of briefings) {
      const full = planCharts(briefing).find((c) => c.id !== 'timeline');
      const summary = summaryModel(briefing, SUMMARY_FITS.find((f) => f.withChart)!);
      expect(summary.chart?.id, briefing.id).toBe(full?.id);
      if (!full || !summary.chart) continue;
      const rows = Object.values(full.data).flat();
      const mine = Object.values(summary.chart.data).flat();
      for (const [i, row] of rows.entries()) {
        if (typeof row.cite !== 'number') continue;
        charted++;
        expect(where(summary.notes, mine[i]!.cite), briefing.id).toBe(where(briefing.notes, row.cite));
      }
    }
    expect(charted).toBeGreaterThan(3);
  });
});
