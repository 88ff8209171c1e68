/**
 * The fact model: the contract between extraction and every later stage.
 *
 * Defined once, as a schema, so the TypeScript types and the validation done at the stage
 * boundary (`validateFactModel`) can never drift apart. `briefings facts --json` prints exactly
 * this shape.
 */
import { z } from 'zod';

export const ENTITY_KINDS = [
  'corridor',
  'zone',
  'city',
  'district',
  'province',
  'organization',
  'industry',
  'person',
] as const;
export const FACT_KINDS = ['metric', 'event', 'membership', 'cooperation', 'target', 'focus'] as const;

/** An ISO date, a year-month or a year: as precise as the text allows, never more. */
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

export const SourceSchema = z.object({
  id: z.string(),
  /** Path relative to the sources folder, with forward slashes. */
  path: z.string(),
  title: z.string(),
  published: isoDate.nullable(),
  publisher: z.string().nullable(),
  url: z.string().nullable(),
  /** sha256 of the file's bytes: what a cache or a changed-sources report keys on. */
  sha256: z.string(),
});

export const EntitySchema = z.object({
  id: z.string(),
  kind: z.enum(ENTITY_KINDS),
  name: z.string(),
  aliases: z.array(z.string()),
  /** For places: the containing place's id; for zones, their district or city. */
  parent: z.string().optional(),
  latitude: z.number().optional(),
  longitude: z.number().optional(),
  /** The name in Chinese, from the reference tables. */
  chinese: z.string().optional(),
  /** For corridors from the reference tables: their member places' ids, in table order. */
  members: z.array(z.string()).optional(),
  /** For people: the role the text gives them. */
  role: z.string().optional(),
  /** True when the entity came from a reference table, false when found by pattern. */
  reference: z.boolean(),
});

export const FactSchema = z.object({
  id: z.string(),
  kind: z.enum(FACT_KINDS),
  /** Entity id of who the sentence is about. */
  subject: z.string(),
  /** Entity id of the other side: the member city, the partner, the industry. */
  object: z.string().optional(),
  /** Metric id (a `metrics.md` row, or a slug of the label the article uses). */
  metric: z.string().optional(),
  /** Human label for the figure, as the article words it or as the metrics table names it. */
  label: z.string().optional(),
  /** In base units: 57.92 million -> 57920000, 1/15 -> 0.0667, 3.77% -> 3.77. */
  value: z.number().optional(),
  unit: z.string().optional(),
  /** "nearly", "more than", "at least", "about"... kept, never dropped. */
  qualifier: z.string().optional(),
  /** The figure exactly as printed in the quote ("RMB 100 billion", "1/15"). */
  figure: z.string().optional(),
  /** A second currency given alongside ("US$13.8 billion"): kept, not converted. */
  alternate: z.object({ value: z.number(), unit: z.string(), figure: z.string() }).optional(),
  /** The as-of date (metric), when it happened (event), or the deadline (target). */
  date: isoDate.nullable(),
  /** One line saying what the fact is, for tables and timelines. */
  text: z.string(),
  source: z.string(),
  /** The sentence, a verbatim substring of the source file. */
  quote: z.string(),
  /** 1-based line of the quote's first character. */
  line: z.number().int().positive(),
});

export const ConflictSchema = z.object({
  subject: z.string(),
  metric: z.string(),
  unit: z.string(),
  facts: z.array(z.string()),
  values: z.array(z.number()),
});

export const DroppedSchema = z.object({
  source: z.string(),
  line: z.number().int().positive(),
  text: z.string(),
  reason: z.string(),
});

export const FactModelSchema = z.object({
  sources: z.array(SourceSchema),
  entities: z.array(EntitySchema),
  facts: z.array(FactSchema),
  conflicts: z.array(ConflictSchema),
  dropped: z.array(DroppedSchema),
});

export type Source = z.infer<typeof SourceSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type EntityKind = Entity['kind'];
export type Fact = z.infer<typeof FactSchema>;
export type FactKind = Fact['kind'];
export type Conflict = z.infer<typeof ConflictSchema>;
export type Dropped = z.infer<typeof DroppedSchema>;
export type FactModel = z.infer<typeof FactModelSchema>;

/** Checks a model at a stage boundary; throws with the path of the first bad field. */
export function validateFactModel(model: unknown): FactModel {
  const result = FactModelSchema.safeParse(model);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`fact model is invalid at ${issue.path.join('.')}: ${issue.message}`);
  }
  return result.data;
}
