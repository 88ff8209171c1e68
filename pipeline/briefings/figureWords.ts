/**
 * The words that decide which figures are a briefing's key figures and how a count is labelled.
 * A small count of categories ("three traditional industries", "Cities: 3 provinces") is named in
 * passing, not measured: it is printed among a briefing's other figures, not its key figures.
 */

/** Counts of places: a place's "8 cities" in a sentence about its partners is its partner cities. */
export const PLACE_NOUNS = ['cities', 'provinces', 'districts', 'counties', 'towns', 'regions'];

/** Counts of categories rather than of actors or things made. */
export const CATEGORY_NOUNS = [
  ...PLACE_NOUNS,
  'industries',
  'areas',
  'clusters',
  'sectors',
  'fields',
  'zones',
  'parks',
  'bases',
  'platforms',
  'versions',
];

/** Below this, a count of categories is named in passing. */
export const SMALL_COUNT = 10;

/** The label a count of places gets in a sentence that names the subject's partners. */
export const partnerLabel = (unit: string) => `Partner ${unit.toLowerCase()}`;

const firstWord = (label: string) => label.toLowerCase().split(/\s+/)[0] ?? '';

/** Whether a figure is a small count of categories, by its unit or, when the unit is not a noun, its label's first word. */
export function namedInPassing(f: { value: number; unit: string; label: string }): boolean {
  const unit = f.unit.toLowerCase();
  return (
    Math.abs(f.value) < SMALL_COUNT && (CATEGORY_NOUNS.includes(unit) || CATEGORY_NOUNS.includes(firstWord(f.label)))
  );
}

/**
 * A count's label as a reader needs it: "Cities: 8 cities" in a sentence about a place's partners
 * is "Partner cities"; "Cities: 3 provinces" is "Provinces".
 */
export function countLabel(label: string, unit: string, aboutPartners: boolean): string {
  const noun = unit.toLowerCase();
  if (!PLACE_NOUNS.includes(noun)) return label;
  if (aboutPartners) return partnerLabel(noun);
  const own = label.toLowerCase();
  return PLACE_NOUNS.includes(own) && own !== noun ? noun.charAt(0).toUpperCase() + noun.slice(1) : label;
}
