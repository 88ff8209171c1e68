/**
 * FactModel -> BriefingModel[]: one briefing per corridor, and one per city, district or zone
 * with enough facts to say something. Places below the threshold are reported with the reason.
 */
import type { Entity, Fact, FactModel } from '../facts/factModel.js';
import type { Baseline, BriefingKind, BriefingModel, FigureRow, Note } from './briefingModel.js';
import { formatFigure } from './formatFigure.js';
import { eventPhrase } from './eventPhrase.js';
import { cooperationPairs } from './cooperationPairs.js';
import { countLabel, namedInPassing } from './figureWords.js';
import { organizationFacts } from './organizations.js';
import { chooseLede, inSentence } from './lede.js';
import { ModelIndex } from './modelIndex.js';
import { sinceLastEdition } from './sinceLastEdition.js';
import { ownTitle, sourceName, sourceRows } from './sourceRows.js';
import { quoted } from './quoteMarks.js';
import { rowSentence } from './rowSentence.js';
import { slugify } from '../text/slug.js';

export interface BriefingOptions {
  /** A place needs at least this many facts about it (or about places inside it) for a briefing. */
  minFacts: number;
  /** Metric ids in the order of `metrics.md`: the order headline figures are listed in. */
  keyMetrics: string[];
  /** Ids of sources that give no title of their own (see `ingest/sourceTitle.ts`); none when not given. */
  untitledSources?: ReadonlySet<string>;
  /**
   * The earlier edition to compare a briefing with, given the facts it draws on now; null (or
   * no function) makes it a first edition. The build's edition history answers this.
   */
  baselineFor?: (id: string, facts: Fact[]) => Baseline | null;
}

export const DEFAULT_BRIEFING_OPTIONS: BriefingOptions = { minFacts: 4, keyMetrics: [] };

export interface BriefingPlan {
  briefings: BriefingModel[];
  skipped: { id: string; name: string; reason: string }[];
}

const PLACE_BRIEFING_KINDS = new Set(['city', 'district', 'zone']);
const KIND_LABELS: Record<BriefingKind, string> = {
  corridor: 'Corridor briefing',
  cooperation: 'Cooperation briefing',
  city: 'City briefing',
  district: 'District briefing',
  zone: 'Zone briefing',
};

export function planBriefings(model: FactModel, options: BriefingOptions = DEFAULT_BRIEFING_OPTIONS): BriefingPlan {
  const index = new ModelIndex(model);
  const about = (id: string) =>
    index
      .factsAbout([id, ...(index.within.get(id) ?? [])], { asObject: true })
      .filter((f) => f.subject === id || f.object === id || index.within.get(id)?.has(f.subject));
  const plan: BriefingPlan = { briefings: [], skipped: [] };
  const places = model.entities.filter((e) => PLACE_BRIEFING_KINDS.has(e.kind));
  const placeCounts = new Map(places.map((p) => [p.id, about(p.id).length]));
  const placeFacts = {
    /** Facts about a place as its own briefing would draw on them: what the member table and the CLI print. */
    factCount: (id: string) => placeCounts.get(id) ?? about(id).length,
    hasBriefing: (id: string) => (placeCounts.get(id) ?? 0) >= options.minFacts,
  };

  for (const corridor of model.entities.filter((e) => e.kind === 'corridor')) {
    const facts = about(corridor.id);
    if (facts.length === 0) {
      plan.skipped.push({ id: corridor.id, name: corridor.name, reason: 'no facts in the sources' });
      continue;
    }
    plan.briefings.push(buildOne(index, topicOf(corridor, index), facts, placeFacts, options));
  }
  for (const pair of cooperationPairs(index)) {
    const topic = pairTopic(pair.places);
    if (pair.facts.length < options.minFacts) {
      plan.skipped.push({
        id: topic.id,
        name: topic.name,
        reason: `${pair.facts.length} facts, fewer than the ${options.minFacts} a briefing needs`,
      });
      continue;
    }
    plan.briefings.push(buildOne(index, topic, pair.facts, placeFacts, options));
  }
  for (const place of places) {
    const n = placeCounts.get(place.id)!;
    if (n < options.minFacts) {
      plan.skipped.push({
        id: place.id,
        name: place.name,
        reason: `${n} fact${n === 1 ? '' : 's'}, fewer than the ${options.minFacts} a briefing needs`,
      });
      continue;
    }
    plan.briefings.push(buildOne(index, topicOf(place, index), about(place.id), placeFacts, options));
  }
  uniqueSlugs(plan.briefings);
  return plan;
}

/** Two ids that sanitize alike ("a/b", "a-b") must not share a file: later ones get "-2", "-3"... */
function uniqueSlugs(briefings: BriefingModel[]): void {
  const taken = new Set<string>();
  for (const briefing of briefings) {
    const folder = briefingFolder(briefing.kind);
    let slug = briefing.slug;
    for (let n = 2; taken.has(`${folder}/${slug}`); n++) slug = `${briefing.slug}-${n}`;
    taken.add(`${folder}/${slug}`);
    briefing.slug = slug;
  }
}

/** The folder under the output folder a briefing's files go in. */
export function briefingFolder(kind: BriefingKind): string {
  return kind === 'corridor' ? 'corridors' : kind === 'cooperation' ? 'cooperation' : 'places';
}

/** What a briefing is about: a corridor, a place, or a pair of places that cooperate. */
interface Topic {
  id: string;
  name: string;
  kind: BriefingKind;
  /** The place it lies in (a place's); null for a corridor or a pair. */
  parent: string | null;
  chinese: string | null;
  /** Entities whose facts are its own: itself, or both places of a pair. */
  own: string[];
  /** Its member places (a corridor's, a pair's); null for a place, whose places within it count instead. */
  members: string[] | null;
}

function topicOf(entity: Entity, index: ModelIndex): Topic {
  const isCorridor = entity.kind === 'corridor';
  return {
    id: entity.id,
    name: entity.name,
    kind: (isCorridor ? 'corridor' : entity.kind) as BriefingKind,
    parent: isCorridor ? null : (entity.parent ?? null),
    chinese: entity.chinese ?? null,
    own: [entity.id],
    members: isCorridor ? index.corridorMembers(entity.id) : null,
  };
}

function pairTopic([a, b]: [Entity, Entity]): Topic {
  return {
    id: `${a.id}-${b.id}-cooperation`,
    name: `${a.name}–${b.name} cooperation`,
    kind: 'cooperation',
    parent: null,
    chinese: null,
    own: [a.id, b.id],
    members: [a.id, b.id],
  };
}

function buildOne(
  index: ModelIndex,
  entity: Topic,
  facts: Fact[],
  places: { factCount: (id: string) => number; hasBriefing: (id: string) => boolean },
  options: BriefingOptions,
): BriefingModel {
  const { model, entities, within } = index;
  const notes: Note[] = [];
  const noteFor = new Map<string, number>();
  const sourceById = new Map(model.sources.map((s) => [s.id, s]));
  const untitled = options.untitledSources ?? new Set<string>();
  const cite = (fact: Fact) => {
    const key = `${fact.source}:${fact.line}:${fact.quote}`;
    if (!noteFor.has(key)) {
      const source = sourceById.get(fact.source)!;
      notes.push({
        n: notes.length + 1,
        sourceTitle: ownTitle(source, untitled),
        path: source.path,
        line: fact.line,
        quote: quoted(fact.quote),
        keep: [],
      });
      noteFor.set(key, notes.length);
    }
    const note = notes[noteFor.get(key)! - 1]!;
    const keep = { figure: fact.value !== undefined ? formatFigure(fact) : null, words: keepOf(fact, entities) };
    if (!note.keep.some((k) => JSON.stringify(k) === JSON.stringify(keep))) note.keep.push(keep);
    return note.n;
  };
  const name = (id: string) => entities.get(id)?.name ?? id;
  // Whether the figure's sentence names its subject's partners ("Collaborate with 8 cities: ...").
  const aboutPartners = (f: Fact) =>
    index.subjectFacts(f.subject).some((g) => g.kind === 'cooperation' && g.source === f.source && g.line === f.line);
  const figureRow = (f: Fact): FigureRow => ({
    // A table's measure starts with a capital, as a cooperation's label may not ("science and innovation cooperation tasks").
    label: countLabel(capitalize(f.label ?? f.metric ?? 'Figure'), f.unit ?? '', aboutPartners(f)),
    display: formatFigure(f),
    value: f.value!,
    unit: f.unit ?? '',
    subject: name(f.subject),
    date: f.date,
    cite: cite(f),
  });
  const isCorridor = entity.kind === 'corridor';
  const isPair = entity.kind === 'cooperation';
  const own = facts.filter((f) => entity.own.includes(f.subject));
  // A figure extraction filed under a place with its organization's name ("Tencent: investment")
  // is the organization's: it goes to Organizations, not to the place's own figures.
  const organizationsByName = new Map(
    model.entities.filter((e) => e.kind === 'organization').map((e) => [e.name, e] as const),
  );
  const filedOrganization = (f: Fact) => {
    const m = /^(.+?): (.+)$/.exec(f.label ?? '');
    const org = m ? organizationsByName.get(m[1]!) : undefined;
    return org ? { org, measure: m![2]! } : null;
  };
  const metrics = (fs: Fact[]) =>
    fs
      .filter((f) => f.kind === 'metric' && f.value !== undefined && !filedOrganization(f))
      .sort(byStrength(options.keyMetrics));

  // A pair's own figures are those of its cooperation ("193 cooperation tasks") and those a sentence gives both.
  const ownFigures = [
    ...(isPair ? own.filter((f) => f.kind === 'cooperation' && f.value !== undefined) : []),
    ...metrics(own),
  ].map(figureRow);
  const memberIds = entity.members ?? [...(within.get(entity.id) ?? [])];
  // A pair's places have briefings of their own: their other figures are not the cooperation's.
  const memberFacts = isPair ? [] : index.factsAbout(memberIds, { asObject: false });
  const memberAll = metrics(memberFacts).map(figureRow);
  // Small counts of categories ("three traditional industries") are not key figures: printed after them.
  const headline = ownFigures.filter((f) => !namedInPassing(f));
  const memberFigures = memberAll.filter((f) => !namedInPassing(f));
  const otherFigures = [...ownFigures, ...memberAll].filter((f) => namedInPassing(f));
  const drawn = [...new Set([...facts, ...(isCorridor ? memberFacts : [])])];
  const since = sinceLastEdition(
    drawn,
    options.baselineFor?.(entity.id, drawn) ?? null,
    { figureRow, cite, name },
    entity.id,
  );

  const membershipCite = new Map(
    facts
      .filter((f) => (f.kind === 'membership' && f.subject === entity.id) || (isPair && f.kind === 'cooperation'))
      .flatMap((f) => (isPair ? [f.subject, f.object!] : [f.object!]).map((id) => [id, cite(f)] as const))
      .reverse(),
  );
  const members = entity.members
    ? memberIds.map((id) => {
        const place = entities.get(id);
        return {
          id,
          name: name(id),
          cite: membershipCite.get(id) ?? null,
          latitude: place?.latitude ?? null,
          longitude: place?.longitude ?? null,
          facts: places.factCount(id),
          hasBriefing: places.hasBriefing(id),
        };
      })
    : [];

  const landmarks = landmarksOf(
    members.map((m) => m.id),
    entities,
  );

  const corridorLinks = entity.members
    ? []
    : index
        .corridorsOf(entity.id)
        .map((id) => entities.get(id)!)
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((c) => {
          const f = index.subjectFacts(c.id).find((x) => x.kind === 'membership' && x.object === entity.id);
          return { id: c.id, name: c.name, cite: f ? cite(f) : null };
        });

  const comparisons = entity.members
    ? []
    : corridorLinks.flatMap((c) =>
        metrics(own).flatMap((mine) => {
          const theirs = index
            .subjectFacts(c.id)
            .find((f) => f.kind === 'metric' && f.metric === mine.metric && f.unit === mine.unit);
          return theirs
            ? [
                {
                  label: mine.label ?? '',
                  unit: mine.unit ?? '',
                  rows: [mine, theirs].map((f) => ({
                    name: name(f.subject),
                    value: f.value!,
                    display: formatFigure(f),
                    cite: cite(f),
                  })),
                },
              ]
            : [];
        }),
      );

  const focusFacts = [...facts, ...(isCorridor ? memberFacts : [])].filter((f) => f.kind === 'focus' && f.object);
  const industries = groupIndustries(focusFacts, name, cite);
  const focusMatrix = focusFacts.map((f) => ({ place: name(f.subject), industry: name(f.object!), cite: cite(f) }));

  const events = facts.filter((f) => f.kind === 'event' && f.date).sort((a, b) => a.date!.localeCompare(b.date!));
  const timeline = events.map((f) => {
    const label = eventPhrase(f.quote);
    return { text: rowSentence(f.quote, keepOf(f, entities), label), date: f.date, cite: cite(f), label };
  });
  const cooperation = dedupeBy(
    facts.filter((f) => f.kind === 'cooperation'),
    (f) => `${f.source}:${f.line}`,
  ).map((f) => {
    const sameSentence = facts.filter(
      (g) => g.kind === 'cooperation' && g.source === f.source && g.line === f.line && g.quote === f.quote,
    );
    const partners = [...new Set(sameSentence.flatMap((g) => [g.subject, g.object!]))].map(name);
    return {
      partners: partners.join(' · '),
      text: rowSentence(f.quote, keepOf(f, entities)),
      figure: f.value !== undefined ? formatFigure(f) : null,
      date: f.date,
      cite: cite(f),
    };
  });
  const targets = facts
    .filter((f) => f.kind === 'target')
    .map((f) => ({
      subject: name(f.subject),
      text: f.value !== undefined ? `${f.label ?? ''}: ${formatFigure(f)}` : f.text,
      deadline: f.date,
      cite: cite(f),
    }));

  const cited = new Set(facts.map((f) => `${f.source}:${f.line}`));
  const properNames = model.entities.filter((e) => e.kind !== 'industry').flatMap((e) => [e.name, ...e.aliases]);
  // Organizations placed here, with what the sources say each does or has; then those only named.
  const scope = new Set([entity.id, ...entity.own, ...memberIds]);
  for (const id of [...scope]) for (const inside of within.get(id) ?? []) scope.add(inside);
  const orgFacts = organizationFacts(index, scope, isPair ? cited : undefined);
  const filed = [...new Set([...facts, ...memberFacts])].flatMap((f) => {
    const found = f.kind === 'metric' || f.kind === 'target' ? filedOrganization(f) : null;
    return found ? [{ org: found.org, fact: f, label: found.measure, place: f.subject }] : [];
  });
  // Organizations and people named in a sentence the briefing cites, with its mark.
  const sentenceMentions = (kind: Entity['kind']) =>
    model.entities
      .filter((e) => e.kind === kind)
      .flatMap((e) => {
        const f = [...facts, ...orgFacts].find((x) => x.quote.includes(e.name));
        return f ? [{ entity: e, cite: cite(f) }] : [];
      });
  const organizations = groupOrganizations(
    [
      ...orgFacts.map((f) => ({
        org: entities.get(f.subject)!,
        fact: f,
        label: f.label ?? f.metric ?? null,
        place: null,
      })),
      ...filed,
    ],
    name,
    cite,
    (text) => inSentence(text, properNames),
  );
  const named = new Set(organizations.map((o) => o.name));
  const mentionedOrganizations = sentenceMentions('organization')
    .filter(({ entity: e }) => !named.has(e.name))
    .map(({ entity: e, cite: n }) => ({ name: e.name, cite: n }));
  const people = sentenceMentions('person').map(({ entity: e, cite: n }) => ({
    name: e.name,
    role: e.role ?? '',
    cite: n,
  }));

  const conflicts = model.conflicts
    .filter((c) =>
      isPair
        ? c.facts.some((id) => facts.some((f) => f.id === id))
        : c.subject === entity.id || memberIds.includes(c.subject),
    )
    .map((c) => {
      const fs = c.facts.map((id) => index.fact(id)!);
      return {
        // "goals for industrial clusters": a goal conflict's label is read inside a sentence.
        label:
          fs[0]!.kind === 'target' ? inSentence(fs[0]!.label ?? c.metric, properNames) : (fs[0]!.label ?? c.metric),
        subject: name(c.subject),
        goals: fs[0]!.kind === 'target',
        values: fs.map((f) => ({
          display: formatFigure(f),
          sourceTitle: sourceName(sourceById.get(f.source)!, untitled),
          date: f.date,
          cite: cite(f),
        })),
      };
    });

  // The lede and notes are built last so citation numbers follow the order of the printed sections.
  // Its own partners: a district's partners are not its city's.
  const partners = dedupeBy(
    facts
      .filter((f) => !isPair && f.kind === 'cooperation' && (f.subject === entity.id || f.object === entity.id))
      .flatMap((f) =>
        [f.subject, f.object!].filter((id) => id !== entity.id).map((id) => ({ name: name(id), cite: cite(f) })),
      ),
    (p) => p.name,
  );
  const lede = chooseLede({
    name: entity.name,
    kind: entity.kind,
    parent: entity.parent ? name(entity.parent) : null,
    members,
    corridors: corridorLinks,
    partners,
    headline,
    industries: industries.map((i) => i.name),
    events: events.map((f) => ({ date: f.date!, text: f.text, quote: f.quote, cite: cite(f) })),
    targets: facts
      .filter((f) => f.kind === 'target' && entity.own.includes(f.subject))
      .map((f) => ({
        text: f.text,
        label: f.label ?? null,
        figure: f.figure ?? null,
        qualifier: f.qualifier ?? null,
        unit: f.unit ?? null,
        display: f.value !== undefined ? formatFigure(f) : null,
        deadline: f.date,
        cite: cite(f),
      })),
    properNames,
  });
  const { sources, sourceColumns } = sourceRows(model.sources, new Set(notes.map((n) => n.path)), untitled);
  const dates = sources
    .map((s) => s.published)
    .filter((d): d is string => !!d)
    .sort();
  const kind = entity.kind;
  return {
    id: entity.id,
    slug: safeSlug(entity.id),
    kind,
    title: entity.name,
    titleChinese: entity.chinese,
    kindLabel: KIND_LABELS[kind],
    asOf: dates[dates.length - 1] ?? null,
    lede,
    headline,
    since,
    memberFigures,
    otherFigures,
    members,
    landmarks,
    corridors: corridorLinks,
    comparisons,
    industries,
    industryHolders: [...new Set(industries.flatMap((i) => i.subjects))],
    focusMatrix,
    timeline,
    cooperation,
    targets,
    organizations,
    mentionedOrganizations,
    people,
    conflicts,
    sources,
    sourceColumns,
    notes,
    factCount: facts.length,
  };
}

/** The cities these places lie in (a district's, a zone's), with coordinates, each once, by name. */
function landmarksOf(ids: string[], entities: Map<string, Entity>): BriefingModel['landmarks'] {
  const found = new Map<string, BriefingModel['landmarks'][number]>();
  for (const id of ids) {
    let parent = entities.get(entities.get(id)?.parent ?? '');
    for (let guard = 0; parent && parent.kind !== 'city' && guard < 10; guard++)
      parent = entities.get(parent.parent ?? '');
    if (parent && !ids.includes(parent.id) && parent.latitude !== undefined && parent.longitude !== undefined)
      found.set(parent.id, { name: parent.name, latitude: parent.latitude, longitude: parent.longitude });
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Key metrics first, in the analysts' order; then money and shares; then the rest as the text has them. */
function byStrength(keyMetrics: string[]) {
  const rank = (f: Fact) => {
    const key = keyMetrics.findIndex((m) => f.metric === m || f.metric?.startsWith(`${m}-`));
    return key !== -1 ? key : keyMetrics.length + (f.unit === 'CNY' || f.unit === '%' || f.unit === 'share' ? 0 : 1);
  };
  return (a: Fact, b: Fact) => rank(a) - rank(b) || a.source.localeCompare(b.source) || a.line - b.line;
}

/** One entry per organization, in the order the sources first give its facts: what each fact says it does or has. */
function groupOrganizations(
  facts: { org: Entity; fact: Fact; label: string | null; place: string | null }[],
  name: (id: string) => string,
  cite: (f: Fact) => number,
  inSentence: (text: string) => string,
): BriefingModel['organizations'] {
  const byOrg = new Map<Entity, { fact: Fact; label: string | null; place: string | null }[]>();
  for (const { org, ...rest } of facts) byOrg.set(org, [...(byOrg.get(org) ?? []), rest]);
  return [...byOrg].map(([org, fs]) => {
    // Where the sources put it: its own place, else the place its figure was filed under.
    const place = org.parent ?? fs.find((f) => f.place)?.place;
    return {
      name: org.name,
      place: place ? name(place) : null,
      facts: fs.map(({ fact: f, label }) => ({
        label: f.kind === 'metric' || f.kind === 'target' ? capitalize(label ?? 'Figure') : null,
        industry: f.kind === 'focus' && f.object ? inSentence(name(f.object)) : null,
        text: f.text,
        figure: f.value !== undefined ? formatFigure(f) : null,
        target: f.kind === 'target',
        date: f.date,
        cite: cite(f),
      })),
    };
  });
}

function groupIndustries(facts: Fact[], name: (id: string) => string, cite: (f: Fact) => number) {
  const groups = new Map<string, { name: string; subjects: Set<string>; cites: Set<number> }>();
  for (const f of facts) {
    const key = f.object!;
    if (!groups.has(key)) groups.set(key, { name: name(key), subjects: new Set(), cites: new Set() });
    groups.get(key)!.subjects.add(name(f.subject));
    groups.get(key)!.cites.add(cite(f));
  }
  return [...groups.values()]
    .sort((a, b) => b.subjects.size - a.subjects.size || b.cites.size - a.cites.size || a.name.localeCompare(b.name))
    .map((g) => ({ name: g.name, subjects: [...g.subjects], cites: [...g.cites].sort((x, y) => x - y) }));
}

/**
 * What a shortened quote of this fact's sentence must keep: its figure as written and the name
 * of whom it is about, as written (a cooperation's partner too); the first word when the
 * sentence names it only as "the district" or "it".
 */
function keepOf(fact: Fact, entities: Map<string, Entity>): string[] {
  const quote = fact.quote;
  const mention = (id: string | undefined) => {
    const e = id ? entities.get(id) : undefined;
    const lower = quote.toLowerCase();
    const at = e
      ? [e.name, ...e.aliases]
          .map((n) => ({ n, at: lower.indexOf(n.toLowerCase()) }))
          .filter((x) => x.at !== -1)
          .sort((a, b) => a.at - b.at)[0]
      : undefined;
    return at ? quote.slice(at.at, at.at + at.n.length) : null;
  };
  const subject = mention(fact.subject) ?? /^\S+/.exec(quote.trim())?.[0] ?? '';
  const partner = fact.kind === 'cooperation' || fact.kind === 'membership' ? mention(fact.object) : null;
  const figure = fact.figure && quote.includes(fact.figure) ? fact.figure : null;
  // An event's or a figure's year, as the sentence gives it ("Since 2016"); an event's sentence
  // from its start, where it says when ("On May 24, the conference ...").
  const year = fact.date && quote.includes(fact.date.slice(0, 4)) ? fact.date.slice(0, 4) : null;
  const start = fact.kind === 'event' ? (/^\S+/.exec(quote.trim())?.[0] ?? null) : null;
  return [subject, partner, figure, year, start].filter((k): k is string => !!k);
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function dedupeBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    if (seen.has(key(item))) return false;
    seen.add(key(item));
    return true;
  });
}

/** Output file names come only from this: lowercase letters, digits and dashes. */
export function safeSlug(id: string): string {
  return slugify(id) || 'briefing';
}
