/**
 * The one format a reader sees dates in, wherever a briefing, its header, the digest or the index
 * prints one: "24 May 2024", "May 2024", "2024", as precise as the date is. ISO dates stay in
 * the models and in machine files (manifest.json, changes.json).
 */
import { MONTH_NAMES } from '../text/dates.js';

export function readerDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return [day ? String(Number(day)) : '', month ? MONTH_NAMES[Number(month) - 1] : '', year].filter(Boolean).join(' ');
}
