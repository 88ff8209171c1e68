/**
 * The edition history kept beside the outputs (out/.edition.json): the facts of the last build
 * and, per briefing, the facts it was printed from and the earlier edition it is compared with.
 *
 * A briefing's "Since the last edition" compares its facts with those of its own previous
 * edition, which moves on only when its facts change: a rebuild that changes nothing for a
 * briefing gives it the same section, so the same bytes, and it is not reprinted.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Baseline } from '../briefings/briefingModel.js';
import { sameFacts } from '../facts/diffFacts.js';
import { FactSchema, type Fact, type FactModel } from '../facts/factModel.js';

export const EDITION_FILE = '.edition.json';

const BaselineSchema = z.object({
  date: z.string(),
  facts: z.array(FactSchema),
  sourceTitles: z.record(z.string(), z.string()),
  names: z.record(z.string(), z.string()),
});

const BriefingEditionSchema = z.object({
  /** The day the briefing was first printed with its current facts. */
  since: z.string(),
  /** Ids (in `facts`) of the facts it draws on. */
  facts: z.array(z.string()),
  baseline: BaselineSchema.nullable(),
});

const EditionStateSchema = z.object({
  version: z.literal(1),
  builtAt: z.string(),
  /** The facts of the last build's model. */
  facts: z.array(FactSchema),
  /** Older facts still needed: those of briefings that failed or were not built last time. */
  retained: z.array(FactSchema),
  sourceTitles: z.record(z.string(), z.string()),
  names: z.record(z.string(), z.string()),
  files: z.array(z.object({ path: z.string(), sha256: z.string() })),
  briefings: z.record(z.string(), BriefingEditionSchema),
});

export type EditionState = z.infer<typeof EditionStateSchema>;
type BriefingEdition = z.infer<typeof BriefingEditionSchema>;

/** The previous build's state; null when there is none (a first edition) or it cannot be read. */
export async function readEdition(outDir: string): Promise<EditionState | null> {
  try {
    const parsed = EditionStateSchema.safeParse(JSON.parse(await readFile(path.join(outDir, EDITION_FILE), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface EditionHistory {
  /** For planBriefings: the edition a briefing with these facts is compared with. */
  baselineFor(id: string, drawn: Fact[]): Baseline | null;
  /** The state to save, given the briefings now printed or found up to date; others keep theirs. */
  next(input: {
    model: FactModel;
    files: { path: string; sha256: string }[];
    settled: string[];
    dropped: string[];
    builtAt: string;
  }): EditionState;
}

export function openHistory(previous: EditionState | null, today: string): EditionHistory {
  const factById = new Map([...(previous?.retained ?? []), ...(previous?.facts ?? [])].map((f) => [f.id, f]));
  const proposed = new Map<string, BriefingEdition>();
  const factsOf = (entry: BriefingEdition) => entry.facts.map((id) => factById.get(id)).filter((f): f is Fact => !!f);

  return {
    baselineFor(id, drawn) {
      const before = previous?.briefings[id];
      let next: Omit<BriefingEdition, 'facts'>;
      if (!before) next = { since: today, baseline: null };
      else if (sameFacts(factsOf(before), drawn)) next = { since: before.since, baseline: before.baseline };
      else {
        const facts = factsOf(before);
        next = {
          since: today,
          baseline: {
            date: before.since,
            facts,
            sourceTitles: pick(
              previous!.sourceTitles,
              facts.map((f) => f.source),
            ),
            names: pick(
              previous!.names,
              facts.flatMap((f) => [f.subject, f.object ?? '']),
            ),
          },
        };
      }
      proposed.set(id, { since: next.since, facts: drawn.map((f) => f.id), baseline: next.baseline }); // the schema's key order, so an unchanged history serializes alike
      return next.baseline;
    },

    next({ model, files, settled, dropped, builtAt }) {
      const briefings: Record<string, BriefingEdition> = {};
      const current = new Set(model.facts.map((f) => f.id));
      const retained = new Map<string, Fact>();
      for (const [id, entry] of Object.entries(previous?.briefings ?? {})) {
        if (settled.includes(id) || dropped.includes(id)) continue;
        briefings[id] = entry; // failed or not built this time: still compared with what was printed
        for (const f of factsOf(entry)) if (!current.has(f.id)) retained.set(f.id, f);
      }
      for (const id of settled) {
        const entry = proposed.get(id);
        if (entry) briefings[id] = entry;
      }
      const facts = [...model.facts, ...retained.values()];
      // Names of sources and entities that are gone stay as long as a kept fact refers to them.
      const sourceTitles = {
        ...pick(
          previous?.sourceTitles ?? {},
          facts.map((f) => f.source),
        ),
        ...Object.fromEntries(model.sources.map((s) => [s.id, s.title])),
      };
      const names = {
        ...pick(
          previous?.names ?? {},
          facts.flatMap((f) => [f.subject, f.object ?? '']),
        ),
        ...Object.fromEntries(model.entities.map((e) => [e.id, e.name])),
      };
      return {
        version: 1,
        builtAt,
        facts: model.facts,
        retained: [...retained.values()],
        sourceTitles,
        names,
        files,
        briefings: Object.fromEntries(Object.entries(briefings).sort(([a], [b]) => a.localeCompare(b))),
      };
    },
  };
}

function pick(record: Record<string, string>, keys: string[]): Record<string, string> {
  return Object.fromEntries(
    [...new Set(keys)]
      .filter((k) => k in record)
      .sort()
      .map((k) => [k, record[k]!]),
  );
}

/** The local calendar day, as editions are dated for their readers. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
