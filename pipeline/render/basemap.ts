/**
 * The land under a map: Natural Earth's 1:10m countries (the `world-atlas` package, ISC, public
 * domain data), cut to the map's extent and to about half a pixel, so a briefing carries a few
 * kilobytes of coastline and borders instead of the world. The file is read once per process;
 * it is part of the render cache key (edition/codeHash.ts), since it shapes printed bytes.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Extent } from './mapLayout.js';

/** The TopoJSON the basemap is cut from: its name as a package path, and where it is installed. */
export const BASEMAP = { name: 'world-atlas/countries-10m.json', file: '' };
BASEMAP.file = createRequire(import.meta.url).resolve(BASEMAP.name);

type Position = [number, number];
type Ring = Position[];
type Polygon = Ring[];
interface Country {
  polygons: Polygon[];
  bounds: Extent;
}

export interface LandFeature {
  type: 'Feature';
  properties: Record<string, never>;
  geometry: { type: 'MultiPolygon'; coordinates: Polygon[] };
}

let loading: Promise<Country[]> | null = null;

async function countries(): Promise<Country[]> {
  loading ??= (async () => {
    const { read } = await import('vega');
    const topology = JSON.parse(await readFile(BASEMAP.file, 'utf8'));
    const features = read(topology, { type: 'topojson', feature: 'countries' }) as {
      geometry: { type: string; coordinates: unknown } | null;
    }[];
    return features.flatMap((f) => {
      if (!f.geometry) return [];
      const polygons = (
        f.geometry.type === 'Polygon'
          ? [f.geometry.coordinates]
          : f.geometry.type === 'MultiPolygon'
            ? f.geometry.coordinates
            : []
      ) as Polygon[];
      const all = polygons.flatMap((p) => p[0] ?? []);
      if (all.length === 0) return [];
      const lons = all.map((p) => p[0]);
      const lats = all.map((p) => p[1]);
      const bounds = {
        west: Math.min(...lons),
        east: Math.max(...lons),
        south: Math.min(...lats),
        north: Math.max(...lats),
      };
      return [{ polygons, bounds }];
    });
  })();
  return loading;
}

/**
 * The land inside `extent` and a margin around it (the projection's clip cuts it at the frame,
 * so no edge made by this cut is seen), coordinates rounded to `step` degrees with repeats
 * dropped. A ring the rounding collapses or turns over is dropped: turned over, it would fill
 * the whole globe.
 */
export async function landWithin(extent: Extent, step: number): Promise<LandFeature[]> {
  const marginX = (extent.east - extent.west) * 0.1;
  const marginY = (extent.north - extent.south) * 0.1;
  const box = {
    west: extent.west - marginX,
    east: extent.east + marginX,
    south: extent.south - marginY,
    north: extent.north + marginY,
  };
  const features: LandFeature[] = [];
  for (const country of await countries()) {
    const b = country.bounds;
    if (b.west > box.east || b.east < box.west || b.south > box.north || b.north < box.south) continue;
    const polygons = country.polygons.flatMap((polygon) => {
      const rings: Ring[] = [];
      for (const [i, ring] of polygon.entries()) {
        const cut = simplify(clipRing(ring, box), step);
        if (cut) rings.push(cut);
        else if (i === 0) return [];
      }
      return [rings];
    });
    if (polygons.length > 0)
      features.push({ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: polygons } });
  }
  return features;
}

/** Sutherland–Hodgman against each side of the box in turn; the ring's orientation is kept. */
export function clipRing(ring: Ring, box: Extent): Ring {
  const open = ring.length > 1 && same(ring[0]!, ring[ring.length - 1]!) ? ring.slice(0, -1) : ring;
  const sides: [(p: Position) => boolean, (a: Position, b: Position) => Position][] = [
    [(p) => p[0] >= box.west, (a, b) => atLon(a, b, box.west)],
    [(p) => p[0] <= box.east, (a, b) => atLon(a, b, box.east)],
    [(p) => p[1] >= box.south, (a, b) => atLat(a, b, box.south)],
    [(p) => p[1] <= box.north, (a, b) => atLat(a, b, box.north)],
  ];
  let out = open;
  for (const [inside, cross] of sides) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const current = input[i]!;
      const previous = input[(i + input.length - 1) % input.length]!;
      if (inside(current)) {
        if (!inside(previous)) out.push(cross(previous, current));
        out.push(current);
      } else if (inside(previous)) out.push(cross(previous, current));
    }
    if (out.length === 0) break;
  }
  return out.length > 0 ? [...out, out[0]!] : [];
}

const atLon = (a: Position, b: Position, lon: number): Position => [
  lon,
  a[1] + ((b[1] - a[1]) * (lon - a[0])) / (b[0] - a[0]),
];
const atLat = (a: Position, b: Position, lat: number): Position => [
  a[0] + ((b[0] - a[0]) * (lat - a[1])) / (b[1] - a[1]),
  lat,
];
const same = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

/**
 * Rounded to the grid, repeats dropped, then every point within a step of the line through its
 * neighbours dropped (Douglas–Peucker); null when the ring collapses or turns over.
 */
function simplify(ring: Ring, step: number): Ring | null {
  if (ring.length < 4) return null;
  const snap = (n: number) => Number((Math.round(n / step) * step).toFixed(6));
  const snapped: Ring = [];
  for (const p of ring) {
    const q: Position = [snap(p[0]), snap(p[1])];
    if (snapped.length === 0 || !same(snapped[snapped.length - 1]!, q)) snapped.push(q);
  }
  const out = douglasPeucker(snapped, step);
  if (out.length < 4) return null;
  const before = area(ring);
  const after = area(out);
  return Math.sign(before) === Math.sign(after) && Math.abs(after) >= step * step ? out : null;
}

function douglasPeucker(line: Ring, tolerance: number): Ring {
  if (line.length < 3) return line;
  const keep = new Uint8Array(line.length);
  keep[0] = 1;
  keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let distance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = distanceToSegment(line[i]!, line[first]!, line[last]!);
      if (d > distance) {
        distance = d;
        farthest = i;
      }
    }
    if (farthest !== -1) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return line.filter((_, i) => keep[i]);
}

function distanceToSegment(p: Position, a: Position, b: Position): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/** Twice the signed planar area of a closed ring. */
function area(ring: Ring): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1]![0] * ring[i]![1] - ring[i]![0] * ring[i - 1]![1];
  return sum;
}
