/**
 * Dates as articles write them -> ISO strings as precise as the text allows
 * ("2023", "2023-05", "2023-05-15"). Nothing is invented: a day without a year gets its year
 * only from an explicit reference date (the article's own date).
 */

/** Month names as printed; lower-cased to read dates. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const MONTHS = MONTH_NAMES.map((m) => m.toLowerCase());
/** A month's name, full or short ("Aug", "Sept."), as a capture group. */
export const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const YEAR = '((?:19|20)\\d{2})';

export interface DateMatch {
  iso: string;
  start: number;
  end: number;
  /** True when the year came from the reference date rather than the text. */
  inferredYear: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthIndex = (name: string) =>
  MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace('.', '').slice(0, 3))) + 1;

function iso(year: number, month?: number, day?: number): string | null {
  if (month === undefined) return String(year);
  if (month < 1 || month > 12) return null;
  if (day === undefined) return `${year}-${pad(month)}`;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

type Rule = {
  re: RegExp;
  read: (m: RegExpExecArray, refYear: number | null) => { iso: string | null; inferred?: boolean };
};

/** Most specific first: a full date must win over the bare year inside it. */
const RULES: Rule[] = [
  {
    re: new RegExp(`\\b${YEAR}[-/.](\\d{1,2})[-/.](\\d{1,2})\\b`, 'g'),
    read: (m) => ({ iso: iso(+m[1]!, +m[2]!, +m[3]!) }),
  },
  {
    re: /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g,
    read: (m) => ({ iso: iso(+m[1]!, +m[2]!, +m[3]!) }),
  },
  {
    re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`, 'gi'),
    read: (m) => ({ iso: iso(+m[3]!, monthIndex(m[1]!), +m[2]!) }),
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}\\b`, 'gi'),
    read: (m) => ({ iso: iso(+m[3]!, monthIndex(m[2]!), +m[1]!) }),
  },
  {
    re: new RegExp(`\\b${MONTH}(?:,?\\s+of|,)?\\s+${YEAR}\\b`, 'gi'),
    read: (m) => ({ iso: iso(+m[2]!, monthIndex(m[1]!)) }),
  },
  {
    re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*(?:,\\s*)?(?:19|20)\\d{2})`, 'gi'),
    read: (m, refYear) => (refYear ? { iso: iso(refYear, monthIndex(m[1]!), +m[2]!), inferred: true } : { iso: null }),
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)\\s+(?:of\\s+)?${MONTH}\\b(?!,?\\s*(?:19|20)\\d{2})`, 'gi'),
    read: (m, refYear) => (refYear ? { iso: iso(refYear, monthIndex(m[2]!), +m[1]!), inferred: true } : { iso: null }),
  },
  {
    re: new RegExp(`\\b(?:in|since|from|until|by)\\s+${MONTH}(?![\\s,]*\\d)`, 'gi'),
    read: (m, refYear) => (refYear ? { iso: iso(refYear, monthIndex(m[1]!)), inferred: true } : { iso: null }),
  },
  // A bare year, but not one inside a range of plan years ("2021-2025") or a longer number.
  {
    re: /(?<![\d.,/-])((?:19|20)\d{2})(?![\d%]|-\d|\s*(?:yuan|RMB|km|people|companies|enterprises))/g,
    read: (m) => ({ iso: String(+m[1]!) }),
  },
];

/** Every date in `text`, left to right, without overlaps. `reference` gives a year to "May 11". */
export function findDates(text: string, reference: string | null = null): DateMatch[] {
  const refYear = reference ? Number(reference.slice(0, 4)) : null;
  const found: DateMatch[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((d) => start < d.end && end > d.start)) continue;
      const { iso: value, inferred } = rule.read(m, refYear);
      if (value) found.push({ iso: value, start, end, inferredYear: inferred ?? false });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The first date in a line such as "From:Shine | 2018-07-12 03:29" or "Release time:May 24, 2024". */
export function parseDate(text: string): string | null {
  return findDates(text)[0]?.iso ?? null;
}

/** Adds whole years to an ISO date, for "within three years" relative to the article's date. */
export function addYears(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}
