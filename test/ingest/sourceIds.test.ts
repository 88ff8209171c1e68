/**
 * Issue 14, point 7: files whose names slug alike (`report.md`, `report.txt`, `report!.md`) get
 * different, stable source ids, so every figure is cited to the file it came from; a file whose
 * id collides with no other keeps the id it always had.
 */
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFacts } from '../../pipeline/edition/loadFacts.js';
import { sourceIds } from '../../pipeline/ingest/sourceIds.js';
import type { FactModel } from '../../pipeline/facts/factModel.js';
import { SOURCES } from '../helpers.js';

const AREAS: Record<string, number> = { 'report.md': 76200, 'report.txt': 81300, 'report!.md': 92400 };
const article = (km2: number) =>
  `The G60 Science and Technology Innovation Corridor covers an area of ${km2.toLocaleString('en')} square kilometers.`;

async function corpus(names: string[]): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'briefings-ids-'));
  await cp(path.join(SOURCES, 'reference'), path.join(dir, 'reference'), { recursive: true });
  await writeFile(path.join(dir, 'other.md'), article(50000));
  for (const name of names) await writeFile(path.join(dir, name), article(AREAS[name]!));
  return dir;
}

/** Each area figure as the file its citation leads to, and the value it gives. */
function citedAreas(model: FactModel): Record<string, number> {
  const byId = new Map(model.sources.map((s) => [s.id, s.path]));
  const cited: Record<string, number> = {};
  for (const fact of model.facts.filter((f) => f.metric === 'area')) cited[byId.get(fact.source)!] = fact.value!;
  return cited;
}

describe('source ids', () => {
  it('keep the plain slug unless it is shared; shared ones get a hash of their own path no plain slug can equal', () => {
    const ids = sourceIds(['report.md', 'report.txt', 'report!.md', 'notes/report.md', 'other.md']);
    expect(ids.get('other.md')).toBe('other');
    expect(ids.get('notes/report.md')).toBe('notes-report');
    for (const name of Object.keys(AREAS)) expect(ids.get(name), name).toMatch(/^report--[0-9a-f]{16}$/);
    expect(new Set(ids.values()).size).toBe(5);
    // A file named after another's id still slugs without the double dash.
    const forged = sourceIds([`${ids.get('report.md')}.md`, 'report.md', 'report.txt']);
    expect(forged.get(`${ids.get('report.md')}.md`)).toMatch(/^report-[0-9a-f]{16}$/);
    expect(new Set(forged.values()).size).toBe(3);
  });

  it('differ for files whose names slug alike, and each figure is cited to its own file', async () => {
    const { model, errors } = await loadFacts(await corpus(Object.keys(AREAS)));
    expect(errors).toEqual([]);
    const ids = model.sources.map((s) => s.id);
    expect(new Set(ids).size).toBe(4);
    expect(citedAreas(model)).toEqual({ ...AREAS, 'other.md': 50000 });
  });

  it('are stable: the same files give the same ids, and a file that collides with none keeps its plain id', async () => {
    const dir = await corpus(Object.keys(AREAS));
    const first = await loadFacts(dir);
    const again = await loadFacts(dir);
    expect(again.model.sources.map((s) => [s.path, s.id])).toEqual(first.model.sources.map((s) => [s.path, s.id]));
    expect(first.model.sources.find((s) => s.path === 'other.md')!.id).toBe('other');
    const alone = await loadFacts(await corpus(['report.txt']));
    expect(alone.model.sources.find((s) => s.path === 'report.txt')!.id).toBe('report');
  });

  it('are not taken from the fact cache when a new file starts sharing a name', async () => {
    const dir = await corpus(['report.md']);
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'briefings-ids-cache-'));
    await loadFacts(dir, { cacheDir });
    for (const name of ['report.txt', 'report!.md']) await writeFile(path.join(dir, name), article(AREAS[name]!));
    const { model } = await loadFacts(dir, { cacheDir });
    expect(new Set(model.sources.map((s) => s.id)).size).toBe(4);
    expect(citedAreas(model)).toEqual({ ...AREAS, 'other.md': 50000 });
  });
});
