/**
 * The lede: the paragraph a briefing and its summary open with. Here it is chosen from the
 * briefing model (what the place or corridor is, its headline figures, its partners and
 * industries, what happened most recently, what it aims for), each part with its citation
 * marks. Its sentences are worded in `templates/partials/lede.hbs`, so the words live with the
 * other printed words and this file holds none.
 */
/** Names followed by the marks of the sentences that say so; `more` when some were left out. */
export interface CitedNames {
  names: string[];
  more: boolean;
  cites: number[];
}

/** The sentences of a lede that refer to what it is about, in the order they are printed. */
export type LedeSentence = 'kind' | 'figures' | 'partners' | 'industries' | 'aim';

export interface Lede {
  name: string;
  /**
   * The first sentence that says something and refers to it: that one names it, the rest say
   * "it". "Shanghai is a city." restates the kicker, so the kind is said only with where it lies,
   * its members or its corridors.
   */
  namedIn: LedeSentence;
  kind: 'corridor' | 'cooperation' | 'city' | 'district' | 'zone';
  /** The place it lies in (a district's city, a zone's district). */
  parent: string | null;
  /** A corridor's member places. */
  members: CitedNames;
  /** The corridors a place belongs to. */
  corridors: CitedNames;
  /** Places it cooperates with. */
  partners: CitedNames;
  /**
   * Headline figures, each label as it reads inside a sentence ("area", "R&D intensity"), and the
   * figure and its measure as one phrase ("193 science and innovation cooperation tasks", "R&D intensity of 3.77%").
   */
  figures: { label: string; display: string; phrase: string; cite: number }[];
  industries: { names: string[]; more: boolean };
  /** The latest dated event; `onDay` when the date has a day ("on 24 May", else "in 2018"). */
  latest: { date: string; onDay: boolean; text: string; cite: number } | null;
  aim: { text: string; deadline: string | null; cite: number } | null;
}

type Figure = { label: string; display: string; unit: string; cite: number };

export interface LedeFacts {
  name: string;
  kind: Lede['kind'];
  parent: string | null;
  members: { name: string; cite: number | null }[];
  corridors: { name: string; cite: number | null }[];
  partners: { name: string; cite: number }[];
  /** Headline figures, strongest first, as the Key figures table prints them. */
  headline: Figure[];
  industries: string[];
  /** Dated events, oldest first, text as the model states it and the sentence it comes from. */
  events: { date: string; text: string; quote: string; cite: number }[];
  /** Its own targets, in the order the sources give them. */
  targets: {
    text: string;
    /** For a target with a figure: its measure, the figure as the source words it, and as printed. */
    label: string | null;
    figure: string | null;
    qualifier: string | null;
    unit: string | null;
    display: string | null;
    deadline: string | null;
    cite: number;
  }[];
  /** Names a sentence may start with: those keep their capital when the lede runs on into them. */
  properNames: string[];
}

/** A lede is read in one go: this many names, figures and industries at most. */
const LIMITS = { names: 9, figures: 3, industries: 4 };
/** An event's own sentence is used whole when it is at most this long, else the model's shorter line. */
const EVENT_CHARS = 240;

export function chooseLede(facts: LedeFacts): Lede {
  const last = facts.events[facts.events.length - 1];
  const aim = facts.targets.find((t) => t.deadline) ?? facts.targets[0];
  const figures = facts.headline.filter((f) => facts.kind === 'cooperation' || !countsItsOwnLabel(f));
  const says: Record<LedeSentence, boolean> = {
    kind: facts.kind === 'cooperation' || !!facts.parent || facts.members.length + facts.corridors.length > 0,
    figures: figures.length > 0,
    partners: facts.partners.length > 0,
    industries: facts.industries.length > 0,
    aim: !!aim,
  };
  return {
    name: facts.name,
    // With nothing else to say, the kind is still a sentence: a lede is never empty.
    namedIn: (Object.keys(says) as LedeSentence[]).find((s) => says[s]) ?? 'kind',
    kind: facts.kind,
    parent: facts.parent,
    members: citedNames(facts.members),
    corridors: citedNames(facts.corridors),
    partners: citedNames(facts.partners),
    // A cooperation's figures are counts of what it does ("193 cooperation tasks"): said as phrases, kept.
    figures: figures.slice(0, LIMITS.figures).map((f) => {
      const label = inSentence(f.label, facts.properNames);
      return { label, display: f.display, phrase: figurePhrase(f, label), cite: f.cite };
    }),
    industries: {
      names: facts.industries.slice(0, LIMITS.industries).map((n) => inSentence(n, facts.properNames)),
      more: facts.industries.length > LIMITS.industries,
    },
    latest: last
      ? {
          date: last.date,
          onDay: last.date.length === 10,
          text: inSentence(withoutLeadingDate(eventSentence(last)), facts.properNames).replace(/[.;,\s]+$/, ''),
          cite: last.cite,
        }
      : null,
    aim: aim
      ? {
          text: isBareAmount(aim) ? `${inSentence(aim.label!, facts.properNames)} of ${aim.display}` : aim.text,
          deadline: aim.deadline && !aim.text.includes(aim.deadline) ? aim.deadline : null,
          cite: aim.cite,
        }
      : null,
  };
}

/** Every citation number of a lede through `renumber`, in the order the lede prints them. */
export function renumberLede(lede: Lede, renumber: (n: number) => number): Lede {
  const names = (c: CitedNames) => ({ ...c, cites: c.cites.map(renumber) });
  const members = names(lede.members);
  const corridors = names(lede.corridors);
  const figures = lede.figures.map((f) => ({ ...f, cite: renumber(f.cite) }));
  const partners = names(lede.partners);
  const latest = lede.latest && { ...lede.latest, cite: renumber(lede.latest.cite) };
  const aim = lede.aim && { ...lede.aim, cite: renumber(lede.aim.cite) };
  return { ...lede, members, corridors, figures, partners, latest, aim };
}

function citedNames(items: { name: string; cite: number | null }[]): CitedNames {
  const shown = items.slice(0, LIMITS.names);
  const cites = [...new Set(shown.flatMap((n) => (n.cite === null ? [] : [n.cite])))].sort((a, b) => a - b);
  return { names: shown.map((n) => n.name), more: items.length > shown.length, cites };
}

/**
 * A count whose unit is its label ("Cities: 9 cities", "Related enterprises: 121 enterprises")
 * reads as nonsense in a sentence ("its cities 9 cities"); the table keeps it.
 */
function countsItsOwnLabel(f: Figure): boolean {
  const words = f.label.toLowerCase().split(/\s+/);
  return f.unit !== '' && words.includes(f.unit.toLowerCase());
}

/** "193 tasks" of "science and innovation cooperation tasks" -> "193 science and innovation cooperation tasks". */
function figurePhrase(f: Figure, label: string): string {
  if (!countsItsOwnLabel(f)) return `${label} of ${f.display}`;
  // The unit follows its number after a space, often a no-break one ("40\u00a0agreements").
  const unitAt = f.display.length - f.unit.length - 1;
  const amount =
    f.display.endsWith(f.unit) && /\s/.test(f.display[unitAt] ?? '') ? f.display.slice(0, unitAt) : f.display;
  return `${amount} ${label}`;
}

/**
 * A target stated as a bare amount ("more than RMB 100 billion") must have its measure named; a
 * count names itself ("nearly 3,000 biopharmaceutical companies"), as does a longer phrase.
 */
function isBareAmount(t: LedeFacts['targets'][number]): boolean {
  if (!t.label || !t.display || !t.figure) return false;
  const countNoun = /^[a-z][a-z-]{2,}$/.test(t.unit ?? '');
  return !countNoun && t.text.replace(t.qualifier ?? '', '').trim() === t.figure;
}

/** The event's own sentence when it is whole and short, else the model's line for it. */
function eventSentence(event: { text: string; quote: string }): string {
  const quote = event.quote.trim();
  return event.text.endsWith('…') && quote.length <= EVENT_CHARS ? quote : event.text;
}

/** "On May 24, the conference was held" -> "the conference was held": the lede states the date itself. */
function withoutLeadingDate(text: string): string {
  return text.replace(/^(?:(?:On|In|Since|By|From|As of|At the end of)\s+[^,]{1,30}\d[^,]{0,10},\s+)/, '');
}

/**
 * A label or clause as it reads inside a sentence: its first word lower-cased, unless it is a
 * name ("Songjiang"), an abbreviation ("R&D", "PCT") or a word with capitals inside ("G60").
 */
export function inSentence(text: string, properNames: string[]): string {
  const first = /^[A-Za-z][\w’'&-]*/.exec(text)?.[0];
  if (!first || !/^[A-Z][a-z’'-]*$/.test(first)) return text;
  const stem = first.replace(/[’']s$/, '').split('-')[0]!;
  const isName = properNames.some((name) => name === stem || name.startsWith(`${stem} `));
  return isName ? text : text[0]!.toLowerCase() + text.slice(1);
}
