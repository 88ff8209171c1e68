/**
 * A map's layout, worked out before Vega draws it: the extent (the places with room around
 * them, never less than MIN_KM across, so two places 35 km apart do not fill the box), the
 * Mercator projection that shows it at the chart's size, a scale bar in kilometres, and a
 * position for each place's name that covers no other name, dot or the scale bar.
 *
 * The projection is Vega's own Mercator (d3-geo's), given its scale and translation, so the
 * positions computed here are where Vega draws. Pure arithmetic: the same places give the same
 * numbers, and so the same SVG.
 */

export interface MapPlace {
  name: string;
  latitude: number;
  longitude: number;
  /** Facts about the place: the dot's area grows with them. */
  facts: number;
}

/** A place named only so the reader knows where the map is (the city the members lie in). */
export interface Landmark {
  name: string;
  latitude: number;
  longitude: number;
}

export interface MapSize {
  width: number;
  height: number;
}

/** West, south, east, north in degrees: what the map shows. */
export interface Extent {
  west: number;
  south: number;
  east: number;
  north: number;
}

export type Align = 'left' | 'right' | 'center';

export interface MapLayout {
  /** Vega-Lite's projection: scale and translation given, so it does not fit itself to the data. */
  projection: {
    type: 'mercator';
    scale: number;
    translate: [number, number];
    clipExtent: [[number, number], [number, number]];
  };
  extent: Extent;
  /** Each place with its dot's area in px² (drawn with no size scale). */
  places: (MapPlace & { size: number })[];
  /** Landmarks inside the frame with a dot of their own, drawn small and gray. */
  landmarks: Landmark[];
  /** Each place's and landmark's name, anchored beside its dot, aligned from there; `shade` is its colour. */
  labels: { name: string; longitude: number; latitude: number; align: Align; shade: string }[];
  /** The scale bar: a pale backdrop, its two halves and its three tick labels ("0", "25", "50 km"). */
  scaleBar: {
    km: number;
    backdrop: { longitude: number; latitude: number; longitude2: number; latitude2: number }[];
    segments: { longitude: number; latitude: number; longitude2: number; latitude2: number; shade: string }[];
    ticks: { longitude: number; latitude: number; text: string }[];
  };
}

/** A map is never less than this across, so close places keep their distance and some context. */
export const MIN_KM = 300;
/** Places stay inside this share of the box's width and height: room for their names. */
const INNER = 0.7;
const EARTH_KM = 6371.0088;
/** Names are 10 px Noto Sans (the spec's font size): a generous estimate of their width, so a box never undercounts. */
const CHAR_PX = 6.2;
const LINE_PX = 12;
const DOT_AREA = { min: 40, max: 400 };
const BAR_SHADES = ['#1f2933', '#9aa7b4'];
const INK = { place: '#1f2933', landmark: '#6b7885' };
/** A landmark's dot, px²: smaller than any place's. */
const LANDMARK_AREA = 16;
/** A name keeps this far from any dot but its own, and half this from other names, px. */
const CLEARANCE = 4;
/**
 * A landmark whose dot would come nearer than this to a place's dot (Shanghai's centre, 12 km
 * from Zhangjiang) crowds it: its name is printed without a dot, as an area's name is.
 */
const LANDMARK_GAP = 8;
/** How much more covering a name or dot costs a name's position than only crowding it. */
const COVERING = 8;

const rad = (deg: number) => (deg * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;
const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + rad(lat) / 2));

export function layoutMap(places: MapPlace[], size: MapSize, landmarks: Landmark[] = []): MapLayout {
  const { width: W, height: H } = size;
  // Unscaled Mercator: x is longitude in radians, y grows southward as on the page.
  const xs = places.map((p) => rad(p.longitude));
  const ys = places.map((p) => -mercY(p.latitude));
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const centreLat = deg(2 * Math.atan(Math.exp(-cy)) - Math.PI / 2);
  const minSpan = MIN_KM / (EARTH_KM * Math.cos(rad(centreLat)));
  const scale = Math.min(
    W / minSpan,
    x1 > x0 ? (INNER * W) / (x1 - x0) : Number.POSITIVE_INFINITY,
    y1 > y0 ? (INNER * H) / (y1 - y0) : Number.POSITIVE_INFINITY,
  );
  const translate: [number, number] = [W / 2 - scale * cx, H / 2 - scale * cy];
  const project = (lon: number, lat: number) => ({
    x: translate[0] + scale * rad(lon),
    y: translate[1] - scale * mercY(lat),
  });
  const invert = (x: number, y: number) => ({
    longitude: round(deg((x - translate[0]) / scale)),
    latitude: round(deg(2 * Math.atan(Math.exp((translate[1] - y) / scale)) - Math.PI / 2)),
  });
  const corner = [invert(0, 0), invert(W, H)];
  const extent = {
    west: corner[0]!.longitude,
    north: corner[0]!.latitude,
    east: corner[1]!.longitude,
    south: corner[1]!.latitude,
  };

  const scaleBar = planScaleBar(W, H, scale, invert);
  const most = Math.max(1, ...places.map((p) => p.facts));
  const dot = (name: string, lon: number, lat: number, area: number, shade: string) => {
    const { x, y } = project(lon, lat);
    return { name, x, y, r: Math.sqrt(area / Math.PI), shade };
  };
  const dots = places.map((p) =>
    dot(p.name, p.longitude, p.latitude, DOT_AREA.min + ((DOT_AREA.max - DOT_AREA.min) * p.facts) / most, INK.place),
  );
  const frame = { x0: 2, y0: 2, x1: W - 2, y1: H - 2 };
  const names = new Set(places.map((p) => p.name));
  const shownLandmarks = landmarks.filter((l) => {
    const { x, y } = project(l.longitude, l.latitude);
    return !names.has(l.name) && x > 10 && x < W - 10 && y > 10 && y < H - 10;
  });
  const crowds = (l: Landmark) => {
    const { x, y } = project(l.longitude, l.latitude);
    const r = Math.sqrt(LANDMARK_AREA / Math.PI);
    return dots.some((d) => Math.hypot(d.x - x, d.y - y) - d.r - r < LANDMARK_GAP);
  };
  const dotted = shownLandmarks.filter((l) => !crowds(l));
  const marks = shownLandmarks.map((l) =>
    dot(l.name, l.longitude, l.latitude, dotted.includes(l) ? LANDMARK_AREA : 0, INK.landmark),
  );
  const everyDot = [...dots, ...marks.filter((m) => m.r > 0)];
  const taken: Box[] = [scaleBar.box];
  const labels: MapLayout['labels'] = [];
  // Places before landmarks; larger dots (more facts) first; ties by name, never by input order.
  const order = [
    ...places
      .map((p, i) => ({ d: dots[i]!, rank: p.facts }))
      .sort((a, b) => b.rank - a.rank || a.d.name.localeCompare(b.d.name)),
    ...marks.map((d) => ({ d, rank: 0 })).sort((a, b) => a.d.name.localeCompare(b.d.name)),
  ];
  for (const { d } of order) {
    const w = d.name.length * CHAR_PX;
    let best: { anchor: Candidate; box: Box; cost: number } | null = null;
    for (const anchor of candidates(d.r)) {
      const box = labelBox(d.x + anchor.dx, d.y + anchor.dy, w, anchor.align);
      // Covering a name or a dot costs far more than only coming near one.
      const near = grow(box, CLEARANCE / 2);
      const cost =
        taken.reduce((sum, t) => sum + overlap(box, t) * COVERING + overlap(near, t), 0) +
        everyDot.reduce((sum, o) => sum + covers(box, o, 1) * COVERING + (o === d ? 0 : covers(box, o, CLEARANCE)), 0) +
        outside(box, frame) * 4 * COVERING;
      if (!best || cost < best.cost) best = { anchor, box, cost };
      if (cost === 0) break;
    }
    taken.push(best!.box);
    labels.push({
      name: d.name,
      ...invert(d.x + best!.anchor.dx, d.y + best!.anchor.dy),
      align: best!.anchor.align,
      shade: d.shade,
    });
  }
  return {
    projection: {
      type: 'mercator',
      scale: round(scale),
      translate: [round(translate[0]), round(translate[1])],
      clipExtent: [
        [0, 0],
        [W, H],
      ],
    },
    extent,
    places: places.map((p, i) => ({ ...p, size: Math.round(Math.PI * dots[i]!.r ** 2) })),
    landmarks: dotted,
    labels,
    scaleBar: { km: scaleBar.km, backdrop: scaleBar.backdrop, segments: scaleBar.segments, ticks: scaleBar.ticks },
  };
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
interface Candidate {
  dx: number;
  dy: number;
  align: Align;
}

/** Beside the dot first (right, left), then above and below, then on the diagonals. */
function candidates(r: number): Candidate[] {
  const side = r + 4;
  const diag = r * 0.7 + 3;
  const lift = r * 0.7 + LINE_PX / 2 + 1;
  return [
    { dx: side, dy: 0, align: 'left' },
    { dx: -side, dy: 0, align: 'right' },
    { dx: 0, dy: -(r + LINE_PX / 2 + 2), align: 'center' },
    { dx: 0, dy: r + LINE_PX / 2 + 2, align: 'center' },
    { dx: diag, dy: -lift, align: 'left' },
    { dx: diag, dy: lift, align: 'left' },
    { dx: -diag, dy: -lift, align: 'right' },
    { dx: -diag, dy: lift, align: 'right' },
  ];
}

/** The box a name covers, anchored at its vertical middle. */
function labelBox(x: number, y: number, w: number, align: Align): Box {
  const left = align === 'left' ? x : align === 'right' ? x - w : x - w / 2;
  return { x0: left, y0: y - LINE_PX / 2, x1: left + w, y1: y + LINE_PX / 2 };
}

const grow = (b: Box, by: number): Box => ({ x0: b.x0 - by, y0: b.y0 - by, x1: b.x1 + by, y1: b.y1 + by });

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

/** How far a box reaches into a dot and the room kept around it, weighted as an overlap of that depth. */
function covers(box: Box, dot: { x: number; y: number; r: number }, room: number): number {
  const dx = Math.max(box.x0 - dot.x, 0, dot.x - box.x1);
  const dy = Math.max(box.y0 - dot.y, 0, dot.y - box.y1);
  const depth = dot.r + room - Math.hypot(dx, dy);
  return depth > 0 ? depth * LINE_PX : 0;
}

function outside(box: Box, frame: Box): number {
  const area = (box.x1 - box.x0) * (box.y1 - box.y0);
  return area - overlap(box, frame);
}

/** A round length about a quarter of the map's width, bottom left, in two halves with 0, half and whole marked. */
function planScaleBar(
  W: number,
  H: number,
  scale: number,
  invert: (x: number, y: number) => { longitude: number; latitude: number },
) {
  const y = H - 12;
  const atBar = invert(0, y).latitude;
  const kmPerPx = (EARTH_KM * Math.cos(rad(atBar))) / scale;
  const target = 0.25 * W * kmPerPx;
  const magnitude = 10 ** Math.floor(Math.log10(target));
  const km = [5, 2, 1].map((m) => m * magnitude).find((l) => l <= target) ?? magnitude;
  const length = km / kmPerPx;
  const x0 = 14;
  const at = (x: number) => invert(x, y);
  const segments = [0, 1].map((half) => {
    const from = at(x0 + (half * length) / 2);
    const to = at(x0 + ((half + 1) * length) / 2);
    return { ...from, longitude2: to.longitude, latitude2: to.latitude, shade: BAR_SHADES[half]! };
  });
  const tickY = y - 9;
  const ticks = [0, 0.5, 1].map((f) => ({
    ...invert(x0 + f * length, tickY),
    text: f === 1 ? `${formatKm(km)} km` : formatKm(km * f),
  }));
  const lastWidth = `${formatKm(km)} km`.length * CHAR_PX;
  const box = { x0: x0 - 6, y0: tickY - LINE_PX / 2 - 2, x1: x0 + length + lastWidth / 2 + 2, y1: y + 4 };
  // A pale band behind it, so it reads over land as over sea: a thick rule across the box's middle.
  const middle = (box.y0 + box.y1) / 2;
  const from = invert(box.x0, middle);
  const to = invert(box.x1, middle);
  const backdrop = [{ ...from, longitude2: to.longitude, latitude2: to.latitude }];
  return { km, backdrop, segments, ticks, box };
}

const formatKm = (km: number) => String(Number(km.toFixed(2)));
/** Coordinates to a millionth of a degree: well under a pixel, and the same digits on every run. */
const round = (n: number) => Math.round(n * 1e6) / 1e6;
