/**
 * The briefing model: one per corridor and per place, everything a template prints, already
 * chosen, ordered and cited. Templates only lay it out; charts only draw it.
 */
import type { Fact } from '../facts/factModel.js';
import type { Lede } from './lede.js';

export type BriefingKind = 'corridor' | 'cooperation' | 'city' | 'district' | 'zone';

/** A citation: the note a printed figure points to. */
export interface Note {
  n: number;
  /** The source's own title; null when it gives none. */
  sourceTitle: string | null;
  path: string;
  line: number;
  quote: string;
  /**
   * What a shortened quote must keep, for each fact cited to it: its figure as the sentence writes
   * it and the name of whom it is about (else the sentence's first word, so the cut keeps its
   * start), an event's sentence from its start. `figure` is the figure as printed ("3.77%"), so a
   * page keeps what it cites the sentence for, not every figure of a long sentence.
   */
  keep: { figure: string | null; words: string[] }[];
}

export interface FigureRow {
  label: string;
  /** The figure as printed: value in readable units with its qualifier ("about 57.92 million people"). */
  display: string;
  value: number;
  unit: string;
  subject: string;
  date: string | null;
  cite: number;
}

export interface CitedText {
  text: string;
  date: string | null;
  cite: number;
}

/** New facts of one kind ("Industries"): the first few, in a few words each, and how many more. */
export interface NewFactGroup {
  heading: string;
  items: CitedText[];
  more: number;
}

/** A dated event: its line for the Timeline section and a short phrase naming it on the timeline chart. */
export interface TimelineEvent extends CitedText {
  label: string;
}

export interface MemberRow {
  id: string;
  name: string;
  /** Note number of the sentence naming it a member; null when only the reference table says so. */
  cite: number | null;
  latitude: number | null;
  longitude: number | null;
  /** Facts about it, counted as the build counts them for its own briefing. */
  facts: number;
  hasBriefing: boolean;
}

export interface ConflictRow {
  label: string;
  subject: string;
  /** Different goals for one measure (their dates are deadlines), rather than different figures for it. */
  goals: boolean;
  values: { display: string; sourceTitle: string; date: string | null; cite: number }[];
}

export interface SourceRow {
  id: string;
  /** The source's own title (front matter or a headline line); null when it gives none. */
  title: string | null;
  /** For an untitled source, the first words of its opening sentence, so rows stay apart. */
  opening: string | null;
  publisher: string | null;
  published: string | null;
  url: string | null;
  path: string;
}

/** The earlier edition of a briefing that this one is compared with. */
export interface Baseline {
  /** The day that edition was built (YYYY-MM-DD). */
  date: string;
  facts: Fact[];
  /** Titles of its sources and names of its entities: a removed figure's source may be gone. */
  sourceTitles: Record<string, string>;
  names: Record<string, string>;
}

export interface ChangedFigure {
  label: string;
  /** The measure as the earlier edition worded it, when the source reworded it; else null. */
  beforeLabel: string | null;
  subject: string;
  before: string;
  beforeDate: string | null;
  /** The title of the source the old value came from, when another source gives the new one. */
  beforeSource: string | null;
  after: string;
  afterDate: string | null;
  cite: number;
}

/** "Since the last edition": what is new or different from the briefing's previous edition. */
export interface SinceLastEdition {
  /** Date of the edition compared with; null when this is the briefing's first edition. */
  previousDate: string | null;
  /** Whether anything is new, changed or gone since then: the section is printed only if so. */
  hasChanges: boolean;
  newFigures: FigureRow[];
  changedFigures: ChangedFigure[];
  removedFigures: { label: string; subject: string; display: string; sourceTitle: string }[];
  newFacts: NewFactGroup[];
  /** Full counts; the lists above hold the first few of each. */
  counts: {
    newFigures: number;
    changedFigures: number;
    removedFigures: number;
    newFacts: number;
    removedFacts: number;
  };
}

export interface BriefingModel {
  id: string;
  slug: string;
  kind: BriefingKind;
  title: string;
  /** The name in Chinese, where the reference tables give it. */
  titleChinese: string | null;
  /** "Corridor briefing", "City briefing"... */
  kindLabel: string;
  /** Latest publication date among the sources it cites. */
  asOf: string | null;
  /** The paragraph the briefing opens with, chosen from its facts: every figure in it carries its citation. */
  lede: Lede;
  headline: FigureRow[];
  since: SinceLastEdition;
  /** Figures of member places (corridor) or of places inside this one (place). */
  memberFigures: FigureRow[];
  /** Small counts of categories named in passing ("three traditional industries"), its own and its places': not key figures. */
  otherFigures: FigureRow[];
  members: MemberRow[];
  /** Cities named on the map only so a reader knows where it is: those its places lie in. */
  landmarks: { name: string; latitude: number; longitude: number }[];
  /** For a place: the corridors it belongs to. */
  corridors: { id: string; name: string; cite: number | null }[];
  /** For a place: its figures beside its corridor's for the same metric. */
  comparisons: {
    label: string;
    unit: string;
    rows: { name: string; value: number; display: string; cite: number }[];
  }[];
  industries: { name: string; subjects: string[]; cites: number[] }[];
  /** Who works on those industries, each once: with one, a list says it all and a table repeats it. */
  industryHolders: string[];
  /** Industry focus by place, for the matrix chart. */
  focusMatrix: { place: string; industry: string; cite: number }[];
  timeline: TimelineEvent[];
  cooperation: { partners: string; text: string; figure: string | null; date: string | null; cite: number }[];
  targets: { subject: string; text: string; deadline: string | null; cite: number }[];
  /** Organizations the sources place here, with what each fact about them says: who, what, how much. */
  organizations: {
    name: string;
    /** The place the sources put it in, when they do. */
    place: string | null;
    facts: {
      /** A figure's or target's measure ("Investment"); null for other facts. */
      label: string | null;
      /** The industry a focus fact names; null for other facts. */
      industry: string | null;
      /** The model's line for the fact: what is printed when neither of the above says it. */
      text: string;
      figure: string | null;
      target: boolean;
      date: string | null;
      cite: number;
    }[];
  }[];
  /** Other organizations named in a sentence the briefing cites, with that sentence's mark. */
  mentionedOrganizations: { name: string; cite: number }[];
  people: { name: string; role: string; cite: number }[];
  conflicts: ConflictRow[];
  sources: SourceRow[];
  /** The Sources table's columns that some row fills: a column empty in every row is not printed. */
  sourceColumns: { publisher: boolean; url: boolean; file: boolean };
  notes: Note[];
  factCount: number;
}
