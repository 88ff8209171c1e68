/** A fact's figure as printed: base units back to readable ones, qualifier kept, nothing rounded away. */
import type { Fact } from '../facts/factModel.js';

const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

export function formatNumber(value: number): string {
  for (const [scale, word] of SCALES) {
    if (Math.abs(value) >= scale) return `${trim(value / scale)} ${word}`;
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
      body = `${formatNumber(f.value)} ${f.unit}`;
      break;
    case '×':
      body = `${trim(f.value)}×`;
      break;
    default:
      body = `${formatNumber(f.value)} ${f.unit ?? ''}`.trim();
  }
  const alt = f.alternate ? ` (${f.alternate.figure})` : '';
  return `${q}${body}${alt}`;
}
