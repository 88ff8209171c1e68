/**
 * A hash of the pipeline's own code, by stage folder. A cache entry made by other code is
 * not trusted: editing an extractor invalidates every source's cached facts, editing a
 * renderer re-renders every briefing. Reading ~70 small files costs a few milliseconds.
 * Every folder whose code can change a printed byte is in one of the sets below.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASEMAP } from '../render/basemap.js';

const PIPELINE_DIR = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const memo = new Map<string, string>();

/**
 * Data files outside `pipeline/` that a folder's code prints from (the map's land), hashed with
 * that folder under their package path, so the hash does not depend on where packages are installed.
 */
const FOLDER_DATA: Record<string, { name: string; file: string }[]> = { render: [BASEMAP] };

/** Every file a code hash over these folders reads, by the name it is hashed under: code, top-level files, data. */
export function hashedFiles(folders: string[]): { name: string; file: string }[] {
  const code = (file: string) => ({ name: path.relative(PIPELINE_DIR, file), file });
  return [
    ...topLevelFiles().map(code),
    ...folders.flatMap((folder) => [
      ...listFiles(path.join(PIPELINE_DIR, folder)).map(code),
      ...(FOLDER_DATA[folder] ?? []),
    ]),
  ].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** sha256 over every file (path and bytes) in these folders of `pipeline/`, plus its top-level files and data. */
export function codeHash(folders: string[]): string {
  const key = folders.join(',');
  const cached = memo.get(key);
  if (cached) return cached;
  const hash = createHash('sha256');
  for (const { name, file } of hashedFiles(folders))
    hash.update(name).update('\0').update(readFileSync(file)).update('\0');
  const digest = hash.digest('hex');
  memo.set(key, digest);
  return digest;
}

function topLevelFiles(): string[] {
  return readdirSync(PIPELINE_DIR, { withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(PIPELINE_DIR, e.name));
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

/** What the fact cache depends on: the code from a source's bytes to its facts. */
export const FACTS_CODE = ['text', 'facts', 'ingest', 'clean', 'extract'];
/** What a briefing's HTML depends on besides its model: planning, rendering, and the orchestration
 *  that names files and titles (edition/). */
export const RENDER_CODE = ['text', 'facts', 'briefings', 'render', 'print', 'edition'];
/** What turns the same HTML into other PDF bytes: the printer, metadata, the summary's fit loop. */
export const PRINT_CODE = ['text', 'print', 'edition'];

/** sha256 over every file under a folder (names and bytes): the templates' hash. */
export async function folderHash(dir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const file of listFiles(dir).sort())
    hash
      .update(path.relative(dir, file))
      .update('\0')
      .update(await readFile(file))
      .update('\0');
  return hash.digest('hex');
}
