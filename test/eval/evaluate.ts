/**
 * Scores extraction against the hand-annotated evaluation corpus (see ANNOTATING.md).
 *
 * A gold figure is *found* when a fact with the same value (in base units) quotes the place the
 * figure stands; *strictly found* when that fact also names the right subject. An extracted
 * figure is *right* when it matches a gold figure in place, value, unit, subject and kind; every
 * other extracted figure counts against precision, since the gold lists every figure there is.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildEntityIndex, type EntityIndex } from '../../pipeline/extract/entityIndex.js';
import { extractSource, type SourceFacts } from '../../pipeline/extract/extractSources.js';
import type { Entity, Fact } from '../../pipeline/facts/factModel.js';
import { decodeSource, readSources } from '../../pipeline/ingest/readSources.js';
import { loadReference, type Reference } from '../../pipeline/ingest/reference.js';

export const EVAL_DIR = import.meta.dirname;

export interface GoldFigure {
  quote: string;
  figure: string;
  value: number;
  unit: string;
  measure: string;
  subject: string[];
  subjectKind: string;
  place?: string[];
  kind: 'current' | 'target';
}

export interface Gold {
  slug: string;
  article: string;
  url: string;
  publisher: string;
  junkLines: [number, number][];
  entities: string[];
  figures: GoldFigure[];
  /** The round that added the article; the latest round is held back (see `splitOf`). */
  heldRound?: number;
}

/**
 * The corpus grows in rounds. The articles of the latest round are held back: rules are written
 * against the earlier rounds only, and the latest round is read as totals. A round is named in
 * its gold files (`heldRound`); round 1 was split in half by a hash of the slug, not by hand.
 */
export function splitOf(gold: Gold, all: Gold[]): 'tune' | 'held' {
  const latest = Math.max(1, ...all.map((g) => g.heldRound ?? 1));
  if (latest > 1) return gold.heldRound === latest ? 'held' : 'tune';
  const ranked = all.map((g) => g.slug).sort((a, b) => hash(a).localeCompare(hash(b)));
  return ranked.indexOf(gold.slug) < Math.ceil(all.length / 2) ? 'held' : 'tune';
}
const hash = (s: string) => createHash('sha256').update(`eval-split:${s}`).digest('hex');

export function loadGold(): Gold[] {
  const dir = path.join(EVAL_DIR, 'gold');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ slug: f.replace(/\.json$/, ''), ...JSON.parse(readFileSync(path.join(dir, f), 'utf8')) }));
}

export interface ArticleScore {
  slug: string;
  split: 'tune' | 'held';
  gold: number;
  found: number;
  strict: number;
  extracted: number;
  right: number;
  onFigures: number;
  pseudo: string[];
  junkFacts: number;
  baseline: { found: number; spotted: number; onFigures: number };
  /** For reading while tuning: gold figures missed or given the wrong subject, and wrong facts. */
  misses: { figure: string; quote: string; why: string }[];
  wrong: { fact: string; why: string }[];
  /** Why the pipeline refused the article, when it did. */
  error?: string;
}

let reference: Promise<{ reference: Reference; index: EntityIndex }> | undefined;
/** The project's own reference tables: what an analyst's folder of new articles is read with. */
function projectReference() {
  reference ??= readSources(path.join(EVAL_DIR, '../../sources')).then(({ references }) => {
    const loaded = loadReference(references).reference;
    return { reference: loaded, index: buildEntityIndex(loaded) };
  });
  return reference;
}

export async function evaluateArticle(gold: Gold, split: 'tune' | 'held'): Promise<ArticleScore> {
  const { reference, index } = await projectReference();
  const name = path.basename(gold.article);
  const bytes = readFileSync(path.join(EVAL_DIR, gold.article));
  const text = bytes.toString('utf8');
  let result: SourceFacts;
  try {
    result = extractSource(decodeSource(name, new Uint8Array(bytes)), reference, index);
  } catch (error) {
    // An article the pipeline refuses yields nothing: every figure in it is missed.
    const empty = { source: null as never, facts: [], dropped: [], mentioned: [], discovered: [] };
    return { ...score(gold, split, text, empty, index), error: (error as Error).message };
  }
  return score(gold, split, text, result, index);
}

function score(gold: Gold, split: 'tune' | 'held', text: string, result: SourceFacts, index: EntityIndex): ArticleScore {
  const entities = new Map<string, Entity>([...index.entities, ...result.discovered.map((e) => [e.id, e] as const)]);
  const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index! + 1)];
  const lineOf = (offset: number) => lineStarts.findLastIndex((s) => s <= offset) + 1;
  const isJunk = (line: number) => gold.junkLines.some(([a, b]) => line >= a && line <= b);

  // Where each gold figure stands: every occurrence of its quote, the figure inside it.
  const goldSpans = gold.figures.map((g) =>
    occurrences(text, g.quote).map((q) => {
      const at = g.quote.indexOf(g.figure);
      return { start: q + Math.max(0, at), end: q + Math.max(0, at) + (at >= 0 ? g.figure.length : g.quote.length) };
    }),
  );
  const valued = result.facts.filter((f) => f.value !== undefined);
  const factSpan = (f: Fact) => {
    const lineStart = lineStarts[f.line - 1] ?? 0;
    const start = text.indexOf(f.quote, lineStart);
    return start < 0 ? null : { start, end: start + f.quote.length };
  };
  const atPlace = (f: Fact, gi: number) => {
    const span = factSpan(f);
    return !!span && goldSpans[gi]!.some((g) => g.start < span.end && g.end > span.start);
  };
  const subjectRight = (f: Fact, g: GoldFigure) => {
    const entity = entities.get(f.subject);
    const names = namesOf(entity, f.subject);
    const fits = (kind: string) => kindFits(entity?.kind, kind);
    const own = fits(g.subjectKind) && g.subject.some((n) => names.some((m) => sameEntity(m, n)));
    // A company's or project's figure may be given to the place it is in (it then reaches a briefing).
    const place = (g.place ?? []).some((n) => names.some((m) => sameEntity(m, n)));
    return own || place;
  };
  const kindRight = (f: Fact, g: GoldFigure) => (f.kind === 'target') === (g.kind === 'target');

  const misses: ArticleScore['misses'] = [];
  let found = 0;
  let strict = 0;
  gold.figures.forEach((g, gi) => {
    const here = valued.filter((f) => sameValue(f.value!, g.value) && atPlace(f, gi));
    if (here.length === 0) return misses.push({ figure: g.figure, quote: g.quote, why: 'not found' });
    found++;
    if (here.some((f) => subjectRight(f, g))) strict++;
    else misses.push({ figure: g.figure, quote: g.quote, why: `subject ${here.map((f) => f.subject).join('/')}, not ${g.subject[0]}` });
  });

  // Precision: each gold figure justifies one extracted figure; the rest are wrong.
  const used = new Set<number>();
  const wrong: ArticleScore['wrong'] = [];
  let right = 0;
  for (const f of valued) {
    const gi = gold.figures.findIndex(
      (g, i) =>
        !used.has(i) &&
        sameValue(f.value!, g.value) &&
        atPlace(f, i) &&
        sameUnit(f.unit, g.unit) &&
        subjectRight(f, g) &&
        kindRight(f, g),
    );
    if (gi >= 0) {
      used.add(gi);
      right++;
    } else wrong.push({ fact: `${f.kind} ${f.subject}: ${f.label ?? ''} ${f.value} ${f.unit ?? ''} [${f.figure}]`, why: whyWrong(f) });
  }
  function whyWrong(f: Fact): string {
    const gi = gold.figures.findIndex((g, i) => sameValue(f.value!, g.value) && atPlace(f, i));
    if (gi < 0) return 'no such figure in the gold';
    const g = gold.figures[gi]!;
    if (!sameUnit(f.unit, g.unit)) return `unit ${f.unit}, not ${g.unit}`;
    if (!subjectRight(f, g)) return `subject ${f.subject}, not ${g.subject[0]}`;
    if (!kindRight(f, g)) return `kind ${f.kind}, not ${g.kind}`;
    return 'a second fact for one figure';
  }

  const goldNames = [...gold.entities, ...gold.figures.flatMap((g) => [...g.subject, ...(g.place ?? [])])];
  const pseudo = result.discovered
    .filter((e) => e.kind !== 'person' && !goldNames.some((n) => sameEntity(e.name, n) || containsName(n, e.name)))
    .map((e) => `${e.kind}: ${e.name}`);

  return {
    slug: gold.slug,
    split,
    gold: gold.figures.length,
    found,
    strict,
    extracted: valued.length,
    right,
    // Extracted figures that are a figure of the gold at all (any subject): comparable with the naive spotter.
    onFigures: valued.length - wrong.filter((w) => w.why === 'no such figure in the gold').length,
    pseudo,
    junkFacts: result.facts.filter((f) => isJunk(f.line)).length,
    baseline: naiveBaseline(text, goldSpans.flat(), goldSpans, lineOf, isJunk),
    misses,
    wrong,
  };
}

/** A naive number spotter: every number or number word outside junk lines. */
function naiveBaseline(
  text: string,
  allSpans: { start: number; end: number }[],
  perFigure: { start: number; end: number }[][],
  lineOf: (offset: number) => number,
  isJunk: (line: number) => boolean,
) {
  const numbers = [...text.matchAll(/\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|half|third)\b/gi)]
    .map((m) => ({ start: m.index!, end: m.index! + m[0].length }))
    .filter((n) => !isJunk(lineOf(n.start)));
  const hits = (s: { start: number; end: number }) => numbers.some((n) => n.start < s.end && n.end > s.start);
  return {
    found: perFigure.filter((spans) => spans.some(hits)).length,
    spotted: numbers.length,
    onFigures: numbers.filter((n) => allSpans.some((s) => n.start < s.end && n.end > s.start)).length,
  };
}

function occurrences(text: string, quote: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) out.push(i);
  return out;
}

const sameValue = (a: number, b: number) => a === b || Math.abs(a - b) <= Math.abs(b) * 0.005;

const UNIT_CLASSES = new Set(['CNY', 'USD', 'EUR', 'HKD', 'JPY', '%', 'share', 'km²', 'km', 'm²', 'mu', 'hectares', '×', 'rank']);
const DURATIONS = new Set(['minutes', 'hours', 'days', 'months', 'years']);
/** Counts agree whatever noun the extractor names them by; other units must be the same. */
function sameUnit(extracted: string | undefined, gold: string): boolean {
  const e = extracted ?? '';
  if (gold === 'count') return !UNIT_CLASSES.has(e) && !DURATIONS.has(e);
  return e === gold;
}

function namesOf(entity: Entity | undefined, id: string): string[] {
  return entity ? [entity.name, ...entity.aliases] : [id];
}

const GENERIC_TAIL =
  /\s+(?:district|city|province|municipality|new area|new district|area|zone|park|high-tech zone|hi-tech zone|high-tech industrial development zone|development zone|national high-tech industrial development zone)$/;
export function normalName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’'`"“”]/g, '')
    .replace(/[–—-]/g, ' ')
    .replace(/[^\p{L}\p{N}& ]+/gu, ' ')
    // "Heilongjiang pilot FTZ" is the Heilongjiang Pilot Free Trade Zone.
    .replace(/\bftzs?\b/g, 'free trade zone')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}
/** Two names for one entity: equal once spelling, "the" and a generic tail ("District") are set aside. */
export function sameName(a: string, b: string): boolean {
  const x = normalName(a);
  const y = normalName(b);
  return x === y || x.replace(GENERIC_TAIL, '') === y.replace(GENERIC_TAIL, '');
}
/** Words that say what kind of thing a name is, not which one: set aside to compare names. */
const GENERIC_WORDS = new Set(
  'the of and in for pilot science sci tech technology technological innovation corridor high hi new zone zones district city province municipality national industrial industry development demonstration area park parks economic region county provincial'.split(
    ' ',
  ),
);
const core = (name: string) => new Set(normalName(name).split(' ').filter((w) => w && !GENERIC_WORDS.has(w)));
/** One entity under two names: the same distinctive words ("G60 High-Tech Corridor" and "G60 Corridor"). */
export function sameEntity(a: string, b: string): boolean {
  if (sameName(a, b)) return true;
  const x = core(a);
  const y = core(b);
  return x.size > 0 && x.size === y.size && [...x].every((w) => y.has(w));
}
/** The extracted entity's kind can be the gold subject's: a zone's figure given to its city is wrong. */
function kindFits(extracted: string | undefined, gold: string): boolean {
  if (!extracted) return false;
  const fits: Record<string, string[]> = {
    corridor: ['corridor'],
    region: ['corridor', 'province', 'zone'],
    province: ['province'],
    city: ['city'],
    district: ['district', 'zone'],
    zone: ['zone', 'district'],
    organization: ['organization'],
    project: ['organization', 'zone'],
    country: [],
  };
  return (fits[gold] ?? [gold]).includes(extracted);
}

/** A discovered name that is a shorter form of a gold name ("Hefei High-tech Zone" in "Hefei National High-tech Zone"): not a pseudo-entity. */
function containsName(full: string, part: string): boolean {
  const f = ` ${normalName(full)} `;
  const p = normalName(part);
  return p.split(' ').length >= 2 && f.includes(` ${p} `);
}

export interface Totals {
  articles: number;
  gold: number;
  recall: number;
  subjectAccuracy: number;
  strictRecall: number;
  precision: number;
  /** Of the extracted figures, the share that is a gold figure at all, whatever its subject: the spotter's measure. */
  figurePrecision: number;
  extracted: number;
  pseudo: number;
  junkFacts: number;
  baselineRecall: number;
  baselinePrecision: number;
}

export function totals(scores: ArticleScore[]): Totals {
  const sum = (f: (s: ArticleScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  const gold = sum((s) => s.gold);
  const found = sum((s) => s.found);
  const strict = sum((s) => s.strict);
  return {
    articles: scores.length,
    gold,
    recall: ratio(found, gold),
    subjectAccuracy: ratio(strict, found),
    strictRecall: ratio(strict, gold),
    precision: ratio(
      sum((s) => s.right),
      sum((s) => s.extracted),
    ),
    figurePrecision: ratio(
      sum((s) => s.onFigures),
      sum((s) => s.extracted),
    ),
    extracted: sum((s) => s.extracted),
    pseudo: sum((s) => s.pseudo.length),
    junkFacts: sum((s) => s.junkFacts),
    baselineRecall: ratio(
      sum((s) => s.baseline.found),
      gold,
    ),
    baselinePrecision: ratio(
      sum((s) => s.baseline.onFigures),
      sum((s) => s.baseline.spotted),
    ),
  };
}

export async function evaluateCorpus(): Promise<ArticleScore[]> {
  const golds = loadGold();
  return Promise.all(golds.map((g) => evaluateArticle(g, splitOf(g, golds))));
}
