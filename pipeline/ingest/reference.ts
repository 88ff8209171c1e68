/**
 * Reference tables -> Reference: the domain knowledge analysts edit (corridors, places,
 * industries, metric names, boilerplate patterns), as GFM tables in `sources/reference/*.md`.
 * The table a file holds is named by its file name's start: `places-guangdong.md` adds places.
 */
import type { Nodes, Table } from 'mdast';
import path from 'node:path';
import { ReferenceTableError, type SourceError } from './errors.js';
import { parseMarkdown } from './parseMarkdown.js';
import type { SourceFile } from './readSources.js';

export const PLACE_KINDS = ['city', 'district', 'province', 'zone'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export interface CorridorRow {
  id: string;
  name: string;
  aliases: string[];
  members: string[];
  chinese?: string;
}
export interface PlaceRow {
  name: string;
  kind: PlaceKind;
  parent: string | null;
  aliases: string[];
  latitude: number | null;
  longitude: number | null;
  chinese?: string;
}
export interface IndustryRow {
  name: string;
  aliases: string[];
}
export interface MetricRow {
  id: string;
  name: string;
  cues: string[];
  unit?: string;
}
export interface BoilerplateRow {
  pattern: RegExp;
  /** `line`: drop the line; `prefix`: drop the match, keep the rest if it is prose; `end`: drop the rest. */
  action: 'line' | 'prefix' | 'end';
  reason: string;
}

export interface Reference {
  corridors: CorridorRow[];
  places: PlaceRow[];
  industries: IndustryRow[];
  metrics: MetricRow[];
  boilerplate: BoilerplateRow[];
}

type Row = { cells: Record<string, string>; line: number };
type TableKind = keyof Reference;

const COLUMNS: Record<TableKind, string[]> = {
  corridors: ['id', 'name', 'aliases', 'members'],
  places: ['name', 'kind', 'parent', 'aliases', 'latitude', 'longitude'],
  industries: ['name', 'aliases'],
  metrics: ['id', 'name', 'cues'],
  boilerplate: ['pattern', 'action', 'reason'],
};

export function emptyReference(): Reference {
  return { corridors: [], places: [], industries: [], metrics: [], boilerplate: [] };
}

/** Parses every table file; a bad row or file is reported and left out, the rest still count. */
export function loadReference(files: SourceFile[]): { reference: Reference; errors: SourceError[] } {
  const reference = emptyReference();
  const errors: SourceError[] = [];
  const seen = new Map<string, string>();
  // The base table (`places.md`) first, so a duplicate is reported in the extra file that repeats it.
  const ordered = [...files].sort(
    (a, b) => Number(!isBaseTable(a.path)) - Number(!isBaseTable(b.path)) || a.path.localeCompare(b.path),
  );
  for (const file of ordered) {
    const kind = tableKindOf(file.path);
    if (!kind) {
      errors.push(
        new ReferenceTableError(
          file.path,
          null,
          `unknown reference table; name it after one of: ${Object.keys(COLUMNS).join(', ')}`,
        ),
      );
      continue;
    }
    let rows: Row[];
    try {
      rows = readTable(file, COLUMNS[kind]);
    } catch (error) {
      errors.push(error as SourceError);
      continue;
    }
    for (const row of rows) {
      try {
        addRow(reference, kind, row, file.path, seen);
      } catch (error) {
        errors.push(error as SourceError);
      }
    }
  }
  return { reference, errors };
}

function isBaseTable(rel: string): boolean {
  return Object.keys(COLUMNS).some((kind) => path.basename(rel).toLowerCase() === `${kind}.md`);
}

function tableKindOf(rel: string): TableKind | null {
  const base = path.basename(rel).toLowerCase();
  return (Object.keys(COLUMNS) as TableKind[]).find((kind) => base.startsWith(kind)) ?? null;
}

function readTable(file: SourceFile, required: string[]): Row[] {
  const table = parseMarkdown(file.text).children.find((node): node is Table => node.type === 'table');
  if (!table) throw new ReferenceTableError(file.path, null, 'no table found');
  const [head, ...body] = table.children;
  const headerLine = table.position?.start.line ?? 1;
  const columns = (head?.children ?? []).map((cell) => cellText(cell).toLowerCase());
  const missing = required.filter((name) => !columns.includes(name));
  if (missing.length > 0) {
    throw new ReferenceTableError(
      file.path,
      headerLine,
      `table is missing column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `'${m}'`).join(', ')}`,
    );
  }
  return body.map((row) => ({
    line: row.position?.start.line ?? headerLine,
    cells: Object.fromEntries(columns.map((name, i) => [name, row.children[i] ? cellText(row.children[i]) : ''])),
  }));
}

function cellText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node)
    return node.children
      .map((child) => cellText(child))
      .join('')
      .trim();
  return '';
}

const list = (cell: string | undefined) =>
  (cell ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

function addRow(reference: Reference, kind: TableKind, row: Row, file: string, seen: Map<string, string>): void {
  const fail = (reason: string) => new ReferenceTableError(file, row.line, reason);
  const c = row.cells;
  const key = `${kind}:${(c.id || c.name || c.pattern || '').toLowerCase()}`;
  if (kind !== 'boilerplate') {
    if (!(c.id ?? c.name)) throw fail(`row has an empty ${kind === 'places' || kind === 'industries' ? 'name' : 'id'}`);
    const earlier = seen.get(key);
    if (earlier)
      throw fail(
        `duplicate ${kind === 'places' || kind === 'industries' ? 'name' : 'id'} '${c.id || c.name}' (first defined at ${earlier}); row skipped`,
      );
    seen.set(key, `${file}:${row.line}`);
  }
  switch (kind) {
    case 'corridors':
      if (!/^[a-z0-9][a-z0-9-]*$/.test(c.id!))
        throw fail(`corridor id '${c.id}' must be lowercase letters, digits and dashes`);
      reference.corridors.push({
        id: c.id!,
        name: c.name || c.id!,
        aliases: list(c.aliases),
        members: list(c.members),
        ...(c.chinese ? { chinese: c.chinese } : {}),
      });
      return;
    case 'places': {
      const placeKind = c.kind?.toLowerCase() as PlaceKind;
      if (!PLACE_KINDS.includes(placeKind))
        throw fail(`place kind '${c.kind}' must be one of ${PLACE_KINDS.join(', ')}`);
      const latitude = c.latitude ? Number(c.latitude) : null;
      const longitude = c.longitude ? Number(c.longitude) : null;
      if ((latitude !== null && !(Math.abs(latitude) <= 90)) || (longitude !== null && !(Math.abs(longitude) <= 180))) {
        throw fail(`coordinates '${c.latitude}, ${c.longitude}' are not a latitude and longitude`);
      }
      reference.places.push({
        name: c.name!,
        kind: placeKind,
        parent: c.parent || null,
        aliases: list(c.aliases),
        latitude,
        longitude,
        ...(c.chinese ? { chinese: c.chinese } : {}),
      });
      return;
    }
    case 'industries':
      reference.industries.push({ name: c.name!, aliases: list(c.aliases) });
      return;
    case 'metrics':
      reference.metrics.push({
        id: c.id!,
        name: c.name || c.id!,
        cues: list(c.cues),
        ...(c.unit ? { unit: c.unit } : {}),
      });
      return;
    case 'boilerplate': {
      if (c.action !== 'line' && c.action !== 'prefix' && c.action !== 'end') {
        throw fail(`action '${c.action}' must be 'line', 'prefix' or 'end'`);
      }
      let pattern: RegExp;
      try {
        pattern = new RegExp(c.pattern!, 'iu');
      } catch (error) {
        throw fail(`pattern is not a valid regular expression: ${(error as Error).message}`);
      }
      reference.boilerplate.push({ pattern, action: c.action, reason: c.reason || 'boilerplate' });
      return;
    }
  }
}

/** What identifies a row across layers: a later layer's row with the same key replaces the earlier one. */
const ROW_KEY: { [K in TableKind]: (row: Reference[K][number]) => string } = {
  corridors: (r) => r.id,
  places: (r) => r.name.toLowerCase(),
  industries: (r) => r.name.toLowerCase(),
  metrics: (r) => r.id,
  boilerplate: (r) => r.pattern.source,
};

/**
 * The built-in tables with a sources folder's own on top: a row of `extra` adds to `base`, or
 * replaces the row of `base` with the same id or name. So a folder of new articles is read with
 * every place, alias and coordinate the project knows, and can still correct one.
 */
export function layerReference(base: Reference, extra: Reference): Reference {
  const layered = emptyReference();
  for (const kind of Object.keys(COLUMNS) as TableKind[]) {
    const key = ROW_KEY[kind] as (row: unknown) => string;
    const replaced = new Set((extra[kind] as unknown[]).map(key));
    (layered[kind] as unknown[]).push(
      ...(base[kind] as unknown[]).filter((row) => !replaced.has(key(row))),
      ...(extra[kind] as unknown[]),
    );
  }
  return layered;
}
