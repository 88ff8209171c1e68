/**
 * The map of a corridor's places as a reader sees it, read from its SVG: land under the dots, a
 * scale bar that measures true distances, room around close places, names that cover no other
 * name or dot, and the same bytes every time.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BriefingModel } from '../../pipeline/briefings/briefingModel.js';
import type { ChartPlan } from '../../pipeline/briefings/chartPlan.js';
import { planBriefings } from '../../pipeline/briefings/planBriefings.js';
import { renderChart, renderCharts, type ChartSpecs } from '../../pipeline/render/renderCharts.js';
import { loadTemplates } from '../../pipeline/render/templates.js';
import { ROOT, seedFacts, seedReference } from '../helpers.js';
import { svgTexts } from '../readerChecks.js';

let specs: ChartSpecs;
let briefings: BriefingModel[];
const maps = new Map<string, string>();

beforeAll(async () => {
  specs = (await loadTemplates(path.join(ROOT, 'templates'))).charts;
  const keyMetrics = (await seedReference()).metrics.map((m) => m.id);
  briefings = planBriefings(await seedFacts(), { minFacts: 4, keyMetrics }).briefings;
  for (const briefing of briefings)
    for (const chart of await renderCharts(briefing, specs))
      if (chart.id === 'member-map') maps.set(briefing.id, chart.svg);
});

interface Dot {
  x: number;
  y: number;
  r: number;
  /** A member place's dot (sized by its facts), not a landmark's. */
  place: boolean;
}
interface Label {
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** The map's dots (circle symbols), as drawn: places' and landmarks'. */
function dots(svg: string): Dot[] {
  return [...svg.matchAll(/<path [^>]*aria-roledescription="circle"[^>]*>/g)].map((m) => {
    const [, x, y] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(m[0])!;
    const r = Number(/d="M([\d.]+),0A/.exec(m[0])![1]);
    return { x: Number(x), y: Number(y), r, place: /size: \d/.test(m[0]) };
  });
}
const placeDots = (svg: string) => dots(svg).filter((d) => d.place);

/**
 * Every name's box as a reader sees it: 10 px Noto Sans averages under 5.8 px a character, a
 * capital stands 7 px above the baseline and a descender 2 px below.
 */
function labels(svg: string): Label[] {
  return [...svg.matchAll(/<text [^>]*font-size="10px"[^>]*>([^<]*)<\/text>/g)].map((m) => {
    const [, x, y] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(m[0])!;
    const anchor = /text-anchor="(\w+)"/.exec(m[0])?.[1] ?? 'start';
    const w = m[1]!.length * 5.8;
    const left = anchor === 'start' ? Number(x) : anchor === 'end' ? Number(x) - w : Number(x) - w / 2;
    return { text: m[1]!, x0: left, x1: left + w, y0: Number(y) - 7, y1: Number(y) + 2 };
  });
}

const boxesOverlap = (a: Label, b: Label) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
function coversDot(l: Label, d: Dot): boolean {
  const dx = Math.max(l.x0 - d.x, 0, d.x - l.x1);
  const dy = Math.max(l.y0 - d.y, 0, d.y - l.y1);
  return Math.hypot(dx, dy) < d.r;
}

/** Collisions a reader would see: names over names, names over dots. */
function collisions(svg: string): string[] {
  const ls = labels(svg);
  const ds = dots(svg);
  const found: string[] = [];
  for (const [i, a] of ls.entries()) {
    for (const b of ls.slice(i + 1)) if (boxesOverlap(a, b)) found.push(`${a.text} over ${b.text}`);
    for (const d of ds)
      if (coversDot(a, d)) found.push(`${a.text} over a dot at ${Math.round(d.x)},${Math.round(d.y)}`);
  }
  return found;
}

/** Kilometres per pixel, read off the scale bar: its two halves' length and the length it is labelled with. */
function kmPerPx(svg: string): number {
  const halves = [...svg.matchAll(/<line [^>]*aria-roledescription="rule mark"[^>]*stroke-width="3"[^>]*>/g)].map(
    (m) => {
      const x = Number(/translate\(([-\d.]+),/.exec(m[0])![1]);
      return [x, x + Number(/x2="([-\d.]+)"/.exec(m[0])![1])];
    },
  );
  expect(halves).toHaveLength(2);
  const length = Math.max(...halves.flat()) - Math.min(...halves.flat());
  const km = Number(
    svgTexts(svg)
      .find((t) => / km$/.test(t))!
      .replace(' km', ''),
  );
  return km / length;
}

/** Great-circle distance in km. */
function haversine(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.latitude - a.latitude) * rad) / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(((b.longitude - a.longitude) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

describe('the member map', () => {
  it('draws its places on land: coastline paths under the dots', () => {
    expect([...maps.keys()].sort()).toEqual(['g60', 'shanghai-suzhou-cooperation', 'zhangjiang-lingang']);
    for (const [id, svg] of maps) {
      const land = /<g class="mark-shape[^"]*"[^>]*>([\s\S]*?)<\/g>/.exec(svg)?.[1] ?? '';
      expect((land.match(/[ML]/g) ?? []).length, id).toBeGreaterThan(100);
      expect(svg.indexOf('mark-shape'), `${id}: land drawn first`).toBeLessThan(
        svg.indexOf('aria-roledescription="circle"'),
      );
    }
  });

  it('has a scale bar in km that measures the distance between two dots', () => {
    for (const id of maps.keys()) {
      const svg = maps.get(id)!;
      const texts = svgTexts(svg);
      expect(texts, id).toContain('0');
      expect(
        texts.some((t) => /^\d+ km$/.test(t)),
        id,
      ).toBe(true);
      const members = briefings.find((b) => b.id === id)!.members;
      const [a, b] = placeDots(svg);
      const drawn = Math.hypot(a!.x - b!.x, a!.y - b!.y) * kmPerPx(svg);
      const real = haversine(members[0] as never, members[1] as never);
      expect(Math.abs(drawn - real) / real, `${id}: ${members[0]!.name}–${members[1]!.name}`).toBeLessThan(0.03);
    }
  });

  it('shows at least 300 km across, so two places 35 km apart do not fill the box', () => {
    const svg = maps.get('zhangjiang-lingang')!;
    const width = Number(/width="([\d.]+)"/.exec(svg)![1]) - 10;
    expect(width * kmPerPx(svg)).toBeGreaterThanOrEqual(299);
    const [a, b] = placeDots(svg);
    expect(Math.hypot(a!.x - b!.x, a!.y - b!.y)).toBeLessThan(width / 4);
  });

  it('names every place where no name or dot covers it, and the city the places lie in', () => {
    for (const [id, svg] of maps) {
      const names = labels(svg).map((l) => l.text);
      for (const m of briefings.find((b) => b.id === id)!.members) expect(names, id).toContain(m.name);
      expect(names, id).toContain('Shanghai');
      expect(collisions(svg), id).toEqual([]);
    }
  });

  it("keeps the gray city clear of the places' dots: its dot is left out where it would crowd one", () => {
    const gray = (svg: string) =>
      [...svg.matchAll(/<text [^>]*fill="#6b7885"[^>]*>([^<]*)<\/text>/g)].map((m) => labels(m[0])[0]!);
    for (const [id, svg] of maps) {
      const all = dots(svg);
      for (const place of all.filter((d) => d.place)) {
        for (const mark of all.filter((d) => !d.place))
          expect(Math.hypot(mark.x - place.x, mark.y - place.y) - mark.r - place.r, id).toBeGreaterThanOrEqual(8);
        for (const name of gray(svg)) {
          const dx = Math.max(name.x0 - place.x, 0, place.x - name.x1);
          const dy = Math.max(name.y0 - place.y, 0, place.y - name.y1);
          expect(Math.hypot(dx, dy) - place.r, `${id}: ${name.text}`).toBeGreaterThanOrEqual(4);
        }
      }
      // The city the places lie in, where it is not a member itself.
      if (!briefings.find((b) => b.id === id)!.members.some((m) => m.name === 'Shanghai'))
        expect(
          gray(svg).map((l) => l.text),
          id,
        ).toContain('Shanghai');
    }
  });

  it('places ten crowded districts without a collision', async () => {
    const places = [
      ['Shanghai', 31.2304, 121.4737],
      ['Songjiang', 31.0322, 121.2277],
      ['Pudong', 31.2215, 121.5447],
      ['Minhang', 31.1127, 121.3817],
      ['Qingpu', 31.151, 121.124],
      ['Zhangjiang', 31.205, 121.605],
      ['Lingang', 30.898, 121.93],
      ['Jiading', 31.3747, 121.265],
      ['Baoshan', 31.4043, 121.4896],
      ['Xuhui', 31.1885, 121.4365],
    ].map(([name, latitude, longitude], i) => ({
      name: String(name),
      latitude: Number(latitude),
      longitude: Number(longitude),
      facts: i + 1,
    }));
    const plan: ChartPlan = { id: 'member-map', title: 'Map', spec: 'member-map', data: { places, landmarks: [] } };
    const svg = (await renderChart(plan, specs)).svg;
    expect(labels(svg)).toHaveLength(10);
    expect(collisions(svg)).toEqual([]);
  });

  it('gives the same bytes on every render, in any order, and stays small', async () => {
    const g60 = briefings.find((b) => b.id === 'g60')!;
    const zl = briefings.find((b) => b.id === 'zhangjiang-lingang')!;
    const again = async (b: BriefingModel) => (await renderCharts(b, specs)).find((c) => c.id === 'member-map')!.svg;
    const zlFirst = await again(zl);
    const g60After = await again(g60);
    expect(zlFirst).toBe(maps.get('zhangjiang-lingang'));
    expect(g60After).toBe(maps.get('g60'));
    for (const [id, svg] of maps) expect(svg.length, id).toBeLessThan(25_000);
  });
});
