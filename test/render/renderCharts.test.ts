/** The charts of every seed briefing, read as their SVG text: what a reader can make out on them. */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
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

  it('print every label level: industries as the matrix rows, places as its columns, a long name by a letter and its key', () => {
    const rotated = [...charts].flatMap(([b, cs]) =>
      cs.filter((c) => /rotate\(-?[1-9]/.test(c.svg)).map((c) => `${b.id}/${c.id}`),
    );
    expect(rotated).toEqual([]);
    const g60 = [...charts].find(([b]) => b.id === 'g60')!;
    const matrix = g60[1].find((c) => c.id === 'industry-matrix')!;
    const texts = svgTexts(matrix.svg);
    for (const industry of g60[0].industries) expect(texts).toContain(industry.name);
    expect(texts).toEqual(expect.arrayContaining(['A', 'Suzhou', 'Songjiang']));
    expect(matrix.key).toEqual([
      { mark: 'A', name: 'Yangtze River Delta G60 Science and Technology Innovation Corridor' },
    ]);
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

  it("print the unit in the axis title and each bar's value at its end, and the whole name of every place", () => {
    const bars = [...charts].flatMap(([b, cs]) =>
      cs.filter((c) => /^(figures|comparison)-/.test(c.id)).map((c) => ({ briefing: b, chart: c })),
    );
    expect(bars.length).toBeGreaterThanOrEqual(3);
    for (const { briefing, chart } of bars) {
      const texts = svgTexts(chart.svg);
      const rows =
        briefing.kind === 'corridor'
          ? [...briefing.headline, ...briefing.memberFigures].filter((f) =>
              chart.title.startsWith(`${f.label} by place`),
            )
          : briefing.comparisons
              .find((c) => chart.title.startsWith(`${c.label}:`))!
              .rows.map((r) => ({ ...r, subject: r.name }));
      for (const row of rows) expect(texts, `${briefing.id}/${chart.id}`).toContain(row.subject);
      const values = rows.filter((r) => texts.includes(`${r.display.replace(/\u00a0/g, ' ')} [${r.cite}]`));
      expect(values.length, `${briefing.id}/${chart.id}: a value and its citation mark at each bar`).toBe(
        new Set(rows.map((r) => r.subject)).size,
      );
      const unit = 'unit' in rows[0]! ? rows[0].unit : '';
      const title = texts.find((t) => t.startsWith(`${chart.title.split(/ by place|:/)[0]}, `));
      expect(title, `${briefing.id}/${chart.id}: axis title with the unit`).toBeDefined();
      if (unit === '%' || unit === 'share') expect(title).toMatch(/, %$/);
    }
    const g60 = bars.find((b) => b.briefing.id === 'g60')!;
    expect(svgTexts(g60.chart.svg)).toContain('Yangtze River Delta G60 Science and Technology Innovation Corridor');
  });

  it('leave out a chart with too little to show: every chart has at least two bars, cells or dots', () => {
    for (const [briefing, cs] of charts)
      for (const chart of cs) {
        const marks = [...chart.svg.matchAll(/<g class="mark-(rect|symbol)[^"]*"[^>]*>([\s\S]*?)<\/g>/g)]
          .map((m) => (m[2]!.match(/<path\b/g) ?? []).length)
          .filter((n) => n > 0);
        expect(Math.max(0, ...marks), `${briefing.id}/${chart.id}`).toBeGreaterThanOrEqual(2);
      }
  });
});

describe('chart specs', () => {
  it('refuse a spec Vega-Lite warns about, naming its file, instead of printing its warning', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'charts-'));
    await cp(path.join(ROOT, 'templates'), dir, { recursive: true });
    const file = path.join(dir, 'charts', 'figures-by-place.vl.json');
    // A stacked bar sorted by x beside an unstacked text layer: Vega-Lite drops the sort.
    const spec = JSON.parse(await readFile(file, 'utf8'));
    delete spec.encoding.x.stack;
    await writeFile(file, JSON.stringify(spec));
    await expect(loadTemplates(dir)).rejects.toThrow(/figures-by-place\.vl\.json.*Vega-Lite: .*sort/);
    await rm(dir, { recursive: true, force: true });
  });
});
