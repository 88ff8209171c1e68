/** The charts of every seed briefing, read as their SVG text: what a reader can make out on them. */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BriefingModel } from '../../pipeline/briefings/briefingModel.js';
import { planBriefings } from '../../pipeline/briefings/planBriefings.js';
import { renderCharts, type Chart } from '../../pipeline/render/renderCharts.js';
import { loadTemplates } from '../../pipeline/render/templates.js';
import { ROOT, seedFacts, seedReference } from '../helpers.js';
import { clippedTexts, svgTexts } from '../readerChecks.js';

let charts: Map<BriefingModel, Chart[]>;

beforeAll(async () => {
  const templates = await loadTemplates(path.join(ROOT, 'templates'));
  const keyMetrics = (await seedReference()).metrics.map((m) => m.id);
  charts = new Map();
  for (const briefing of planBriefings(await seedFacts(), { minFacts: 4, keyMetrics }).briefings)
    charts.set(briefing, await renderCharts(briefing, templates.charts));
});

describe('charts as a reader sees them', () => {
  it('cut no text short: no SVG text in any chart ends in an ellipsis', () => {
    const clipped = [...charts].flatMap(([b, cs]) =>
      cs.flatMap((c) => clippedTexts(c.svg).map((t) => `${b.id}/${c.id}: ${t}`)),
    );
    expect(clipped).toEqual([]);
    expect(
      clippedTexts('<svg><text>Yangtze River Delt…</text><text><tspan>a</tspan><tspan>b...</tspan></text></svg>'),
    ).toHaveLength(2);
  });

  it('label each event of a timeline with a phrase in words and its citation mark', () => {
    const g60 = [...charts].find(([b]) => b.id === 'g60')!;
    const timeline = g60[1].find((c) => c.id === 'timeline')!;
    const texts = svgTexts(timeline.svg);
    for (const event of g60[0].timeline) {
      const label = texts.find((t) => t.endsWith(`[${event.cite}]`));
      expect(label, event.text).toBeDefined();
      expect(label!.replace(/\[\d+\]$/, '').match(/\p{L}{3,}/gu)?.length ?? 0, label).toBeGreaterThanOrEqual(2);
    }
  });
});
