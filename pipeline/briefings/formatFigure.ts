/** A fact's figure as printed: base units back to readable ones, qualifier kept, nothing rounded away. */
import type { Fact } from '../facts/factModel.js';

const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** A no-break space: "¥4 trillion" and "57.92 million people" never break across lines. */
const NBSP = '\u00a0';

export function formatNumber(value: number): string {
  for (const [scale, word] of SCALES) {
    if (Math.abs(value) >= scale) return `${trim(value / scale)}${NBSP}${word}`;
  }
  return Math.abs(value) >= 1000 ? Math.round(value).toLocaleString('en-US') : trim(value);
}

function trim(n: number): string {
  return String(Number(n.toFixed(4)));
}

export function formatFigure(f: Pick<Fact, 'value' | 'unit' | 'qualifier' | 'figure' | 'alternate'>): string {
  if (f.value === undefined) return '';
  const q = f.qualifier ? `${f.qualifier} ` : '';
  let body: string;
  switch (f.unit) {
    case '%':
      body = `${trim(f.value)}%`;
      break;
    case 'share':
      body =
        f.figure && /\d\/\d|[a-z]-[a-z]/i.test(f.figure)
          ? `${f.figure} (${(f.value * 100).toFixed(1)}%)`
          : `${trim(f.value * 100)}%`;
      break;
    case 'CNY':
      body = `¥${formatNumber(f.value)}`;
      break;
    case 'USD':
      body = `US$${formatNumber(f.value)}`;
      break;
    case 'km²':
    case 'km':
      body = `${formatNumber(f.value)}${NBSP}${f.unit}`;
      break;
    case '×':
      body = `${trim(f.value)}×`;
      break;
    default:
      body = f.unit ? `${formatNumber(f.value)}${NBSP}${f.unit}` : formatNumber(f.value);
  }
  const alt = f.alternate ? ` (${f.alternate.figure.replace(/(\d)\s+(?=\p{L})/gu, `$1${NBSP}`)})` : '';
  return `${q}${body}${alt}`;
}

/**
 * How a set of figures in one unit reads on a chart axis: the factor their base values are
 * divided by and the unit's name ("¥ billion", "%", "million people"), from the largest value.
 */
export function axisUnit(unit: string, largest: number): { factor: number; name: string } {
  if (unit === '%') return { factor: 1, name: '%' };
  if (unit === 'share') return { factor: 0.01, name: '%' };
  if (unit === '×') return { factor: 1, name: 'times' };
  const scale = SCALES.find(([s]) => Math.abs(largest) >= s);
  const [factor, word] = scale ?? [1, ''];
  const money: Record<string, string> = { CNY: '¥', USD: 'US$' };
  const name = money[unit] ? `${money[unit]}${word ? ` ${word}` : ''}` : [word, unit].filter(Boolean).join(' ');
  return { factor, name: name || 'number' };
}
