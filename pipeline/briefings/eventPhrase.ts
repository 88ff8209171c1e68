/**
 * An event's sentence -> a short phrase that names it on a timeline chart ("Conference held",
 * "Nine cities co-hosted the first conference"). The sentence keeps its who, its verb and its
 * what; its date, the clauses around them and long modifiers go. The phrase is never cut
 * mid-word or marked "…": the timeline under the chart, which its citation mark leads to, has
 * the whole sentence.
 */

/** A timeline label is read at a glance: at most this many characters. */
export const PHRASE_CHARS = 52;
/** A label that a name keeps long is cut at a word beyond this. */
const NAME_CHARS = 72;
/** While a phrase is too long, its object loses its first modifiers down to this many words. */
const NP_WORDS = 3;

/** The grammar the phrase is read by: words, not domain knowledge. */
const GRAMMAR = {
  /** A date or clause the sentence opens with, before its subject. */
  opening:
    /^(?:(?:on|in|since|by|from|as of|at the end of|starting|during)\s+(?:[^,]{1,40},\s*|(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?\d{4}\s+)|[A-Za-z]+ing\b[^,]*,\s*)/i,
  /** Auxiliaries: kept before a perfect ("has started"), dropped before a passive ("was held" -> "held"). */
  perfect: /^(?:has|have|had)$/i,
  passive: /^(?:was|were|is|are|has been|have been|had been|will be|been)$/i,
  adverb: /^\w+ly$/i,
  /** Past forms that do not end in -ed. */
  irregular:
    /^(?:held|built|began|begun|broke|broken|set|made|won|took|taken|gave|given|led|met|became|brought|sold|went|gone|grew|grown|drew|drawn|chose|chosen|rose|spent|sent|put|struck|undertook|undertaken)$/i,
  /** Words ending in -ed that are not verbs. */
  notVerb: /^(?:need|seed|speed|feed|bed|red|hundred|based)$/i,
  /** Particles that stay with their verb ("developed to", "set up", "gone through"). */
  particle: /^(?:to|up|through|into|out|off)$/i,
  /** Words that end a noun phrase ("the conference on ...", "an agreement with ..."); "of" does not. */
  preposition:
    /^(?:in|on|at|for|from|with|across|under|by|along|near|within|between|among|including|to|into|during|after|before|since|as)$/i,
  determiner:
    /^(?:the|a|an|this|these|that|those|its|their|first|second|third|new|one|two|three|four|five|six|seven|eight|nine|ten|several|many|all|both|each|\d\S*)$/i,
  /** Words a phrase cut at a word must not end on. */
  dangling: /^(?:the|a|an|of|and|or|to|in|on|at|for|from|with|by|its|their)$/i,
};

/** A noun phrase: its determiners ("the first"), its words, and whether it is a list that must stay whole. */
interface NounPhrase {
  leading: string[];
  words: string[];
  whole: boolean;
}

export function eventPhrase(sentence: string): string {
  const clause = sentence.replace(/\s+/g, ' ').trim().replace(GRAMMAR.opening, '').replace(GRAMMAR.opening, '');
  const words = clause.split(' ');
  const verbAt = words.findIndex((w, i) => i > 0 && isVerb(w, words[i - 1]!));
  if (verbAt === -1) return finish(words.join(' '), PHRASE_CHARS);
  // Auxiliaries and adverbs between the subject and the verb.
  let start = verbAt;
  while (start > 0 && (GRAMMAR.adverb.test(words[start - 1]!) || isAuxiliary(words, start - 1))) start--;
  const auxiliaries = words.slice(start, verbAt).filter((w) => !GRAMMAR.adverb.test(w));
  const passive = GRAMMAR.passive.test(auxiliaries.join(' '));
  let end = verbAt + 1;
  while (end < words.length && GRAMMAR.particle.test(words[end]!)) end++;
  const verb = [...(passive ? [] : auxiliaries), ...words.slice(verbAt, end)].join(' ').replace(/[,;.:]$/, '');
  // The subject follows the last clause before it ("..., a national project, nine cities co-hosted").
  const before = words.slice(0, start);
  const lastComma = before.findLastIndex((w, i) => /,$/.test(w) && !isListOfNames(before, i));
  let subject: NounPhrase | null = nounPhrase(before.slice(lastComma + 1));
  // After a passive comes an adjunct ("was established in 2017"), not what was done.
  const object = passive || /[,;.:]$/.test(words[end - 1]!) ? null : nounPhrase(words.slice(end));
  const phrase = () => [subject && show(subject), verb, object && show(object)].filter(Boolean).join(' ');
  const shorten = (np: NounPhrase | null, to: number) => {
    while (np && !np.whole && np.words.length > to && phrase().length > PHRASE_CHARS) np.words.shift();
  };
  // Shortest last: modifiers of the object, then of the subject, then the subject, then the object's.
  shorten(object, NP_WORDS);
  shorten(subject, 1);
  shorten(object, 2);
  if (phrase().length > PHRASE_CHARS && object && object.words.length > 0) subject = null;
  shorten(object, 1);
  // A name or list that still makes it long stays whole, up to a limit: better a long label than half a name.
  return finish(phrase(), NAME_CHARS);
}

function isVerb(word: string, before: string): boolean {
  const w = word.replace(/[,;.:]$/, '');
  if (GRAMMAR.irregular.test(w)) return true;
  // "-ed" after a determiner is an adjective ("the advanced industries").
  return /^[a-z][a-z-]*ed$/.test(w) && !GRAMMAR.determiner.test(before) && !GRAMMAR.notVerb.test(w);
}

function isAuxiliary(words: string[], i: number): boolean {
  const two = `${words[i - 1] ?? ''} ${words[i]}`;
  return GRAMMAR.perfect.test(words[i]!) || GRAMMAR.passive.test(words[i]!) || GRAMMAR.passive.test(two);
}

/**
 * The noun phrase a run of words starts with, to its first punctuation, quote, preposition or
 * second clause; one "of" is kept ("Construction of the 2.0 version").
 */
function nounPhrase(words: string[]): NounPhrase {
  const kept: string[] = [];
  let ofs = 0;
  for (const [i, word] of words.entries()) {
    if (/^[“"(]/.test(word)) break;
    if (i > 0 && GRAMMAR.preposition.test(word)) break;
    if (/^of$/i.test(word) && ++ofs > 1) break;
    // "... and issued a statement": a second verb starts a second clause.
    if (/^and$/i.test(word) && words[i + 1] && isVerb(words[i + 1]!, word)) break;
    const listGoesOn = /,$/.test(word) && isListOfNames(words, i);
    kept.push(listGoesOn ? word : word.replace(/[,;.:”")]+$/, ''));
    if (/[,;.:”")]$/.test(word) && !listGoesOn) break;
  }
  const head = kept.findIndex((w) => !GRAMMAR.determiner.test(w));
  const leading = head === -1 ? [] : kept.slice(0, head);
  const rest = head === -1 ? kept : kept.slice(head);
  // A list ("X, Y and Z", "the government and Tencent") or a name ("World Intelligence Conference") stays whole.
  const list = rest.some((w, i) => /,$/.test(w) || (/^and$/i.test(w) && /^[A-Z]/.test(rest[i + 1] ?? '')));
  const name = rest.length > 1 && rest.every((w) => /^[A-Z0-9]/.test(w));
  return { leading, words: rest, whole: list || name };
}

const show = (np: NounPhrase) => [...np.leading, ...np.words].join(' ');

/** "Songjiang, Jiaxing and Hangzhou": a comma inside a list of names does not end the phrase. */
function isListOfNames(words: string[], i: number): boolean {
  return /^[A-Z]/.test(words[i]!) && /^[A-Z]/.test(words[i + 1] ?? '');
}

/** Capitalised, without a determiner first, and cut at a word if still too long (never "…"). */
function finish(phrase: string, max: number): string {
  let words = phrase.replace(/[,;.:]+$/, '').split(' ');
  if (words.length > 1 && /^(?:the|a|an|this|these|that|those|its|their)$/i.test(words[0]!)) words = words.slice(1);
  while (words.join(' ').length > max && words.length > 1) words = words.slice(0, -1);
  while (words.length > 1 && GRAMMAR.dangling.test(words[words.length - 1]!)) words = words.slice(0, -1);
  const text = words.join(' ').replace(/[,;:]$/, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
