/**
 * The English words extraction reads figures by: number words, fractions, scales, qualifiers,
 * currencies, and the nouns that never name what is counted. One home, so the figure reader
 * and the labeller cannot drift apart. Places, industries and metric names are not here: they
 * are the reference tables' (`sources/reference/`).
 */
import { MONTH_NAMES } from '../text/dates.js';

/** Number words as one compact pattern (tens with an optional "-five"), for the figure reader's regex. */
export const WORD_NUMBER_PATTERN = (): string =>
  `(?:${TENS.join('|')})(?:-(?:${UNITS.join('|')}))?|(?:a |one )?hundred|(?:a |one )thousand|${[...TEENS].reverse().join('|')}|${UNITS.slice(1).join('|')}`;

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** "two" to "ninety-nine", "a hundred", "a thousand". "One" is left out: "one of the ..." is rarely a figure. */
export const WORD_NUMBERS: Record<string, number> = Object.fromEntries([
  ...UNITS.slice(1).map((w, i) => [w, i + 2]),
  ...TEENS.map((w, i) => [w, i + 10]),
  ...TENS.flatMap((t, i) => [[t, (i + 2) * 10], ...UNITS.map((u, j) => [`${t}-${u}`, (i + 2) * 10 + j + 1])]),
  ['hundred', 100],
  ['a hundred', 100],
  ['one hundred', 100],
  ['a thousand', 1000],
  ['one thousand', 1000],
]);

/** Ordinal words: ranks ("ranks fifth") and fractions' denominators ("a fifteenth"). */
export const ORDINALS: Record<string, number> = Object.fromEntries([
  ...['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'].map((w, i) => [w, i + 1]),
  ...[
    'tenth',
    'eleventh',
    'twelfth',
    'thirteenth',
    'fourteenth',
    'fifteenth',
    'sixteenth',
    'seventeenth',
    'eighteenth',
    'nineteenth',
  ].map((w, i) => [w, i + 10]),
  ...['twentieth', 'thirtieth', 'fortieth', 'fiftieth'].map((w, i) => [w, (i + 2) * 10]),
]);

/** Fractions in words: "half", "a third", "one-third", "two thirds", "a fifteenth", "three quarters". */
export const WORD_FRACTIONS: Record<string, number> = (() => {
  const out: Record<string, number> = { half: 1 / 2, 'a half': 1 / 2, 'one-half': 1 / 2, 'one half': 1 / 2 };
  const denominators: Record<string, number> = { ...ORDINALS, quarter: 4 };
  delete denominators.first;
  delete denominators.second;
  const counts: [string, number][] = [
    ['a', 1],
    ['an', 1],
    ['one', 1],
    ...UNITS.slice(1).map((w, i): [string, number] => [w, i + 2]),
  ];
  for (const [word, d] of Object.entries(denominators)) {
    for (const [count, n] of counts) {
      if (n >= d) continue;
      const plural = n > 1 ? `${word}s` : word;
      out[`${count} ${plural}`] = n / d;
      if (count !== 'a' && count !== 'an') out[`${count}-${plural}`] = n / d;
    }
  }
  return out;
})();

export const SCALES: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  'ten thousand': 1e4,
  // Short forms: "45bn", "1.2 trn", and after a currency sign "$115b", "$5m".
  mln: 1e6,
  bn: 1e9,
  trn: 1e12,
  tn: 1e12,
  b: 1e9,
  m: 1e6,
};

/** Words before a figure that qualify it (kept with the fact, never dropped), as a regex alternation. */
export const QUALIFIER_WORDS =
  'nearly|almost|about|around|approximately|roughly|some|over|more than|less than|fewer than|at least|at most|up to|close to|above|below|under';
/** Verb forms that qualify a figure the same way ("exceeding 1,000" is more than 1,000); the labeller reads them as verbs. */
export const QUALIFIER_VERBS = 'exceeding|exceeds|exceeded';
export const QUALIFIERS = `${QUALIFIER_WORDS}|${QUALIFIER_VERBS}`;

export const CURRENCY_PREFIX: Record<string, string> = {
  rmb: 'CNY',
  cny: 'CNY',
  '¥': 'CNY',
  us$: 'USD',
  usd: 'USD',
  $: 'USD',
  hk$: 'HKD',
  '€': 'EUR',
  eur: 'EUR',
};

export const CURRENCY_SUFFIX: Record<string, string> = {
  yuan: 'CNY',
  rmb: 'CNY',
  cny: 'CNY',
  'us dollars': 'USD',
  dollars: 'USD',
  usd: 'USD',
  euros: 'EUR',
  'hong kong dollars': 'HKD',
};

/** Nouns that measure time or order, not an amount of something: never a metric's noun. */
export const NOT_COUNTED = new Set([
  'others',
  'ones',
  'other',

  'year',
  'years',
  'month',
  'months',
  'day',
  'days',
  'week',
  'weeks',
  'decade',
  'decades',
  'century',
  'centuries',
  'hour',
  'hours',
  'minute',
  'minutes',
  'times',
  'time',
  'anniversary',
  'version',
  'hotline',
  'batch',
  'phase',
  'th',
  'st',
  'nd',
  'rd',
  'of',
  'percent',
]);

/** Verbs that start a second predicate after "and": "58 firms and covers 120 km²" ends the counted noun at "and". */
export const CLAUSE_VERBS = new Set([
  'covers',
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'employs',
  'hosts',
  'houses',
  'boasts',
  'spans',
  'includes',
  'contains',
  'accounts',
  'attracts',
  'attracted',
  'will',
  'generates',
  'generated',
]);

export const NOUN_STOP = new Set([
  'in',
  'on',
  'at',
  'of',
  'for',
  'with',
  'from',
  'to',
  'by',
  'that',
  'which',
  'who',
  'is',
  'are',
  'was',
  'were',
  'have',
  'has',
  'had',
  'will',
  'would',
  'can',
  'could',
  'should',
  'may',
  'the',
  'a',
  'an',
  'this',
  'these',
  'its',
  'their',
  'per',
  'across',
  'into',
  'under',
  'over',
  'than',
  'as',
  'such',
  'including',
  'both',
  'each',
  'were',
  'be',
  'been',
  'being',
  'or',
  'but',
  'while',
  'more',
  'less',
  'respectively',
  'besides',
  'also',
  'located',
  'based',
  'along',
  'between',
  'among',
  'within',
  'since',
  'after',
  'before',
  'during',
  'through',
  'via',
  'around',
  'worldwide',
  'nationwide',
]);

/** Words before a percentage that make it a change, not a level ("up 8.4 percent", "grew by 10%"). */
export const GROWTH_CUE =
  /(?:\b(?<!\bmade |\bmake |\bmakes |\bmaking )(?:up|down|grew|grow|grows|growing|growth|rose|rise|rising|risen|increased?|increasing|jumped|surged|soared|soaring|plunged|slumped|climbed|climbing|jumping|surging|expanded|expanding|gained?|declined?|fell|dropped|decreased?|an increase|a rise|a decline|a drop)(?:\s+(?:of|by|at))?(?:\s+(?:a|an|about|around|nearly|almost|over|more than|roughly))?\s*)$/i;

/** Set phrases with a number in them that count nothing ("one country, two systems", "the two sessions"). */
export const NUMBERED_PHRASES =
  /\bone country,?\s+two systems\b|\btwo sessions\b|\bone belt,?\s+one road\b|\bdouble first[- ]class\b|\bthree rural issues\b/gi;

/** Words before a number that make it part of a name or a label, not a figure ("Fortune 500", "Top 100", "Industry 4.0"). */
export const NAME_WORDS_BEFORE =
  /\b(?:version|highway|route|road|no\.|number|phase|line|batch|article|page|room|level|grade|class|(?<!\bto\s+)top|fortune|forbes|global|industry|web|china|asia|world)\s+$/i;

/** Counted nouns that say nothing of what is counted: "37 units ... applied" is labelled by its verb. */
export const VAGUE_COUNT_NOUNS = new Set([
  'units',
  'entities',
  'organizations',
  'organisations',
  'parties',
  'participants',
  'applicants',
  'players',
  'members',
]);

/** Measures of money: a bare "2.5 billion" of one is in the currency its sentence gives its other sums. */
export const MONEY_MEASURE =
  /\b(?:GDP|revenues?|income|output value|industrial output|added value|value added|investments?|sales|tax|budget|turnover|profits?|spending|expenditure|capital)\b/i;

/** Counted nouns for firms, named by their field when one follows: "840 companies in the field of AI". */
export const FIRM_NOUNS = new Set(['companies', 'enterprises', 'firms', 'businesses']);

/** "Land Area", "Floor Area" (a fact sheet's row labels) measure an area; they name no zone. */
export const AREA_MEASURE_WORDS = new Set([
  'land',
  'floor',
  'planning',
  'planned',
  'built-up',
  'core',
  'total',
  'covered',
  'construction',
  'service',
  'green',
  'gross',
  'usable',
  'office',
  'residential',
  'commercial',
]);

/** Words of a descriptive alias ("One Corridor and Nine Cities"), which names nothing on its own. */
export const DESCRIPTIVE_NAME_WORDS = new Set([
  'the',
  'and',
  'cities',
  'city',
  'corridor',
  'corridors',
  'core',
  'cores',
  'provinces',
  'districts',
  'zones',
]);

/**
 * The words that make a name a city cluster ("Beibu Gulf urban cluster", "Chengdu-Chongqing Economic
 * Circle"), in lower case; a name may write them capitalised or not.
 */
/**
 * "Central Plains Economic Zone", "Beibu Gulf Economic Zone": a region of several cities, filed as a
 * corridor; a special economic zone ("Shenzhen Special Economic Zone") is a zone.
 */
export const REGIONAL_ZONE_NAME = /(?<!\bSpecial\s)\bEconomic\s+Zone$/;

export const REGION_WORDS = [
  'economic circle',
  'economic belt',
  'city cluster',
  'urban cluster',
  'urban agglomeration',
  'metropolitan area',
  'metropolitan region',
];

/**
 * Capitalised words that follow "in" or take "'s" without being a place an article is about:
 * countries and continents (a national figure is no briefing's), months and days, nationalities.
 */
export const NOT_A_PLACE = new Set([
  'China',
  'Chinese',
  'Asia',
  'Europe',
  'Africa',
  'America',
  'Japan',
  'Korea',
  'Germany',
  'France',
  'Britain',
  'Russia',
  'India',
  'Singapore',
  'Australia',
  'Canada',
  'Italy',
  'Spain',
  'Mainland',
  'English',
  ...MONTH_NAMES,
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'It',
  'This',
  'The',
  // Words before "government" that say which level, not which place ("the Central government").
  'Central',
  'Municipal',
  'Provincial',
  'Local',
  'National',
  'State',
  'Federal',
  'City',
  'County',
  'District',
  'Regional',
  'Foreign',
  'Our',
  'Their',
]);

/**
 * The largest plausible figure per unit, in base units: beyond it a figure is a misreading or a
 * hostile source ("1" followed by 103 ",000" groups), and is dropped with a reason. Generous on
 * purpose: world GDP is about 1e14 US dollars, China's area 9.6 million km².
 */
export const PLAUSIBLE_MAX: Record<string, number> = {
  CNY: 1e16,
  USD: 1e15,
  EUR: 1e15,
  HKD: 1e16,
  '%': 10_000,
  share: 1,
  'km²': 2e7,
  'm²': 1e12,
  hectares: 2e9,
  mu: 3e10,
  km: 1e6,
  '×': 1e6,
  rank: 100_000,
  minutes: 1e6,
  hours: 1e6,
  days: 1e6,
  years: 10_000,
  months: 12_000,
};
/** Any other unit (counts of enterprises, people, projects): more than ten billion is not plausible. */
export const PLAUSIBLE_MAX_COUNT = 1e10;

/** The last word of a government body's name: it sets up and approves places, it rarely has their figures. */
export const GOVERNMENT_BODY =
  /\b(?:Council|Government|Ministry|Commission|Committee|Bureau|Administration|Congress)\b/;

/** Measures an article may open a sentence with, capitalised: "Imports soared 69.5 percent" is about imports, not a name. */
export const MEASURE_NOUNS = new Set([
  'imports',
  'exports',
  'revenue',
  'revenues',
  'sales',
  'output',
  'investment',
  'profits',
  'profit',
  'income',
  'trade',
  'turnover',
  'consumption',
  'employment',
  'spending',
]);

/** Verbs that raise a measure, its object then the level or the change: "increase GDP to", "raised exports by". */
export const RAISING_VERBS =
  'increase|increasing|increased|raise|raising|raised|boost|boosting|boosted|lift|lifting|lifted|expand|expanding|expanded|bring|bringing|brought|push|pushing|pushed|grow|growing|grew';

/**
 * Plural nouns for a group an article may count and go on about as one subject ("12 urban
 * clusters", "74 economic development zones in this province", "the four cities"), each with the
 * kind of entity the group is: zones make a zone, places and clusters a region (kind corridor).
 * An acronym's plural ("FTZs") is the same group as the words it stands for.
 */
export const GROUP_NOUNS: Record<string, 'zone' | 'corridor'> = {
  zones: 'zone',
  parks: 'zone',
  'new areas': 'zone',
  ftzs: 'zone',
  'bonded areas': 'zone',
  etdzs: 'zone',
  clusters: 'corridor',
  agglomerations: 'corridor',
  belts: 'corridor',
  cities: 'corridor',
};
/** Zone acronyms and the words they stand for: "the FTZ" is the free trade zone the article is about. */
export const ZONE_ACRONYMS: Record<string, string> = {
  FTZ: 'free trade zone',
  ETDZ: 'economic and technological development zone',
  HTZ: 'high-tech zone',
};
/** Words that cannot describe a group ("the zones in which", "has zones"): where a description stops. */
export const NOT_DESCRIBING = new Set([
  ...NOUN_STOP,
  'and',
  'all',
  'other',
  'some',
  'many',
  'most',
  'several',
  'those',
  'them',
  'they',
  'it',
  'our',
  'his',
  'her',
  'said',
  'says',
  'set',
  'up',
  'total',
]);

/** A high-tech zone's name: "the high-tech zone" refers back to it, past other zones named since. */
export const HIGH_TECH_ZONE = /\b(?:High|Hi)-?tech\b/i;

/** A science city's name: "the science city", and then "the city", refer back to it. */
/**
 * A new area or new district is a level of government above its zones: "the zone" an article
 * goes on about is a development zone, park or FTZ named before it, not the new area it sits in.
 */
export const NEW_AREA = /\bNew\s+(?:Area|District)$/i;
export const SCIENCE_CITY = /\b(?:Science|Sci-Tech|Tech|Technology) City$/;
/** Abbreviations an article uses for measures and bodies, never the initials of a place's name. */
export const COMMON_ABBREVIATIONS = new Set([
  'GDP',
  'GNP',
  'FDI',
  'CPC',
  'NPC',
  'CEO',
  'IPO',
  'SME',
  'SMES',
  'SOE',
  'ICT',
  'NEV',
  'USD',
  'RMB',
  'CNY',
  'TEU',
  'CBD',
  'PPP',
  'VAT',
  'IOT',
]);

/** Words of a zone's name that say what kind of zone, not which ("National High-tech Industrial Development Zone"). */
export const ZONE_KIND_WORDS = new Set([
  'national',
  'high-tech',
  'hi-tech',
  'high',
  'tech',
  'new',
  'industrial',
  'development',
  'economic',
  'and',
  'technological',
  'technology',
  'science',
  'zone',
  'zones',
  'park',
  'area',
  'district',
  'free',
  'trade',
  'pilot',
  'demonstration',
  'innovation',
  'export',
  'processing',
  '&',
]);

/** How a change is said to be against the year before ("year on year", "compared to the same period last year"). */
export const YEAR_ON_YEAR = String.raw`year[- ]on[- ]year|(?:compared\s+(?:to|with)|over|from)\s+the\s+same\s+period\s+(?:of\s+|in\s+)?(?:last\s+year|(?:19|20)\d{2})|in\s+annual\s+terms|from\s+a\s+year\s+(?:earlier|ago)`;
