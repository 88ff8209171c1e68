/**
 * The English words extraction reads figures by: number words, fractions, scales, qualifiers,
 * currencies, and the nouns that never name what is counted. One home, so the figure reader
 * and the labeller cannot drift apart. Places, industries and metric names are not here: they
 * are the reference tables' (`sources/reference/`).
 */

export const WORD_NUMBERS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, 'a hundred': 100, 'one hundred': 100,
  'a thousand': 1000, 'one thousand': 1000,
};

export const WORD_FRACTIONS: Record<string, number> = {
  half: 1 / 2, 'one-half': 1 / 2, 'one-third': 1 / 3, 'two-thirds': 2 / 3, 'one-fourth': 1 / 4, 'one-quarter': 1 / 4,
  'a quarter': 1 / 4, 'three-quarters': 3 / 4, 'one-fifth': 1 / 5, 'two-fifths': 2 / 5, 'one-sixth': 1 / 6,
  'one-seventh': 1 / 7, 'one-eighth': 1 / 8, 'one-tenth': 1 / 10,
};

export const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, 'ten thousand': 1e4 };

/** Words before a figure that qualify it (kept with the fact, never dropped), as a regex alternation. */
export const QUALIFIER_WORDS = 'nearly|almost|about|around|approximately|roughly|some|over|more than|less than|fewer than|at least|at most|up to|close to|above|below|under';
/** Verb forms that qualify a figure the same way ("exceeding 1,000" is more than 1,000); the labeller reads them as verbs. */
export const QUALIFIER_VERBS = 'exceeding|exceeds|exceeded';
export const QUALIFIERS = `${QUALIFIER_WORDS}|${QUALIFIER_VERBS}`;

export const CURRENCY_PREFIX: Record<string, string> = { rmb: 'CNY', cny: 'CNY', '¥': 'CNY', 'us$': 'USD', usd: 'USD', $: 'USD', 'hk$': 'HKD', '€': 'EUR', eur: 'EUR' };

export const CURRENCY_SUFFIX: Record<string, string> = { yuan: 'CNY', rmb: 'CNY', cny: 'CNY', 'us dollars': 'USD', dollars: 'USD', usd: 'USD', euros: 'EUR', 'hong kong dollars': 'HKD' };

/** Nouns that measure time or order, not an amount of something: never a metric's noun. */
export const NOT_COUNTED = new Set(['year', 'years', 'month', 'months', 'day', 'days', 'week', 'weeks', 'decade', 'decades', 'century', 'centuries', 'hour', 'hours', 'minute', 'minutes', 'times', 'time', 'anniversary', 'version', 'hotline', 'batch', 'phase', 'th', 'st', 'nd', 'rd', 'of', 'percent']);

export const NOUN_STOP = new Set(['in', 'on', 'at', 'of', 'for', 'with', 'from', 'to', 'by', 'that', 'which', 'who', 'is', 'are', 'was', 'were', 'have', 'has', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'the', 'a', 'an', 'this', 'these', 'its', 'their', 'per', 'across', 'into', 'under', 'over', 'than', 'as', 'such', 'including', 'both', 'each', 'were', 'be', 'been', 'being', 'or', 'but', 'while', 'more', 'less', 'respectively', 'besides', 'also', 'located', 'based', 'along', 'between', 'among', 'within', 'since', 'after', 'before', 'during', 'through', 'via']);
