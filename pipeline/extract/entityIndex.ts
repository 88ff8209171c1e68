/**
 * Reference -> EntityIndex: every corridor, place and industry the analysts listed, with one
 * matcher over all their names and aliases. Longest alias wins, so "Pudong New Area" is Pudong
 * and "Matsue City" is Songjiang.
 */
import type { Entity } from '../facts/factModel.js';
import type { Reference } from '../ingest/reference.js';
import { escapeRegExp } from '../text/escape.js';
import { slugify } from '../text/slug.js';

export interface EntityIndex {
  entities: Map<string, Entity>;
  /** Reference members of each corridor, as entity ids. */
  members: Map<string, string[]>;
  /** Lowercased alias -> entity id, for aliases matched case-insensitively. */
  byAlias: Map<string, string>;
  /** Exact-case aliases (short capitals such as "AI", "IC"), matched case-sensitively. */
  byExactAlias: Map<string, string>;
  matcher: RegExp | null;
  exactMatcher: RegExp | null;
  /** Metric id and name by lowercased cue. */
  metricCues: { cue: string; id: string; name: string; unit?: string }[];
}

/** Entity ids: the one slug rule, keeping Chinese names readable. */
export const entitySlug = (text: string): string => slugify(text, { han: true }) || 'x';

export function buildEntityIndex(reference: Reference): EntityIndex {
  const entities = new Map<string, Entity>();
  const placeIds = new Map<string, string>();
  for (const place of reference.places) placeIds.set(place.name.toLowerCase(), entitySlug(place.name));
  for (const place of reference.places) {
    entities.set(entitySlug(place.name), {
      id: entitySlug(place.name),
      kind: place.kind,
      name: place.name,
      aliases: place.aliases,
      ...(place.parent ? { parent: placeIds.get(place.parent.toLowerCase()) ?? entitySlug(place.parent) } : {}),
      ...(place.latitude !== null && place.longitude !== null
        ? { latitude: place.latitude, longitude: place.longitude }
        : {}),
      ...(place.chinese ? { chinese: place.chinese } : {}),
      reference: true,
    });
  }
  const members = new Map<string, string[]>();
  for (const corridor of reference.corridors) {
    const ids = corridor.members.map((m) => placeIds.get(m.toLowerCase()) ?? entitySlug(m));
    entities.set(corridor.id, {
      id: corridor.id,
      kind: 'corridor',
      name: corridor.name,
      aliases: corridor.aliases,
      members: ids,
      ...(corridor.chinese ? { chinese: corridor.chinese } : {}),
      reference: true,
    });
    members.set(corridor.id, ids);
  }
  for (const industry of reference.industries) {
    const id = `industry-${entitySlug(industry.name)}`;
    entities.set(id, { id, kind: 'industry', name: industry.name, aliases: industry.aliases, reference: true });
  }
  const byAlias = new Map<string, string>();
  const byExactAlias = new Map<string, string>();
  for (const entity of entities.values()) {
    for (const alias of [entity.name, ...entity.aliases]) {
      if (/^[A-Z0-9]{1,3}$/.test(alias)) byExactAlias.set(alias, entity.id);
      else if (!byAlias.has(alias.toLowerCase())) byAlias.set(alias.toLowerCase(), entity.id);
    }
  }
  const metricCues = reference.metrics
    .flatMap((m) =>
      m.cues.map((cue) => ({ cue: cue.toLowerCase(), id: m.id, name: m.name, ...(m.unit ? { unit: m.unit } : {}) })),
    )
    .sort((a, b) => b.cue.length - a.cue.length);
  return {
    entities,
    members,
    byAlias,
    byExactAlias,
    matcher: aliasMatcher([...byAlias.keys()], 'giu'),
    exactMatcher: aliasMatcher([...byExactAlias.keys()], 'gu'),
    metricCues,
  };
}

function aliasMatcher(aliases: string[], flags: string): RegExp | null {
  if (aliases.length === 0) return null;
  const alternatives = aliases
    .sort((a, b) => b.length - a.length)
    .map((a) => escapeRegExp(a).replace(/[-–‑]/g, '[-–‑]').replace(/\s+/g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?:s)?(?![\\p{L}\\p{N}])`, flags);
}

/** Looks an alias up the way the matcher found it (any dash, any case, optional plural s). */
export function entityIdForAlias(index: EntityIndex, matched: string): string | undefined {
  if (index.byExactAlias.has(matched)) return index.byExactAlias.get(matched);
  const key = matched.toLowerCase().replace(/\s+/g, ' ').replace(/[–‑]/g, '-');
  const dashed = (k: string) =>
    index.byAlias.get(k) ?? [...index.byAlias.entries()].find(([alias]) => alias.replace(/[–‑]/g, '-') === k)?.[1];
  return dashed(key) ?? (key.endsWith('s') ? dashed(key.slice(0, -1)) : undefined);
}
