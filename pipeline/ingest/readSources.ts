/**
 * The input edge: finds source and reference files and reads their bytes. Everything after
 * this works on strings in memory; everything here may fail per file without stopping the rest.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { describeError } from '../text/describeError.js';
import { SourceError } from './errors.js';
import { mapLimit } from './mapLimit.js';
import { sourceIdFor, sourceIds } from './sourceIds.js';

/** Reference tables live in this folder under the sources folder; everything else is an article. */
export const REFERENCE_DIR = 'reference';
const SOURCE_EXTENSIONS = new Set(['.md', '.txt']);
/** Sources are articles; anything bigger is a mistake (a dump, a binary) and is refused early. */
export const MAX_SOURCE_BYTES = 10 * 1024 * 1024;

export interface SourceFile {
  /** Path relative to the sources folder, with forward slashes. */
  path: string;
  /** What facts cite it by: unique among the folder's articles (see sourceIds). */
  id: string;
  text: string;
  sha256: string;
}

export interface ReadResult {
  articles: SourceFile[];
  references: SourceFile[];
  /** Files found but not readable as text articles (each also has an error). */
  unreadable: string[];
  errors: SourceError[];
}

export async function readSources(sourcesDir: string): Promise<ReadResult> {
  const result: ReadResult = { articles: [], references: [], unreadable: [], errors: [] };
  const files = (await listFiles(sourcesDir, '', result.errors, new Set())).sort();
  // Ids are made unique over every article found, readable or not, so no id depends on whether another file reads.
  const ids = sourceIds(files.filter((rel) => !isReference(rel)));
  // Read many files at once (the disk and the thread pool overlap), keep them in path order.
  const read = await mapLimit(files, 32, (rel) =>
    readSourceFile(sourcesDir, rel).then(
      (file) => ({ file }),
      (error: unknown) => ({ error }),
    ),
  );
  for (const [i, rel] of files.entries()) {
    const outcome = read[i]!;
    if ('file' in outcome) {
      if (isReference(rel)) result.references.push(outcome.file);
      else result.articles.push({ ...outcome.file, id: ids.get(rel)! });
    } else {
      const { error } = outcome;
      result.unreadable.push(rel);
      result.errors.push(error instanceof SourceError ? error : new SourceError(rel, null, describeError(error)));
    }
  }
  return result;
}

const isReference = (rel: string) => rel.startsWith(`${REFERENCE_DIR}/`);

/** Only the reference tables of a sources folder (the project's own, layered under another folder's). */
export async function readReferences(sourcesDir: string): Promise<SourceFile[]> {
  const files = (await listFiles(sourcesDir, REFERENCE_DIR, [], new Set())).sort();
  return mapLimit(files, 32, (rel) => readSourceFile(sourcesDir, rel));
}

async function listFiles(root: string, rel: string, errors: SourceError[], seen: Set<string>): Promise<string[]> {
  const dir = path.join(root, rel);
  let real: string;
  try {
    real = await realpath(dir);
  } catch (error) {
    errors.push(new SourceError(rel || '.', null, `cannot read folder: ${describeError(error)}`));
    return [];
  }
  // A symlink loop would otherwise recurse forever.
  if (seen.has(real)) {
    errors.push(new SourceError(rel, null, 'folder is a symlink loop; skipped'));
    return [];
  }
  seen.add(real);
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
    errors.push(new SourceError(rel || '.', null, `cannot read folder: ${describeError(error)}`));
    return [];
  });
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    let isDir = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      const target = await stat(path.join(root, child)).catch(() => null);
      if (!target) {
        errors.push(new SourceError(child, null, 'broken or looping symlink; skipped'));
        continue;
      }
      // A link may point anywhere on the machine: only what lies inside the sources folder is a source.
      const [inside, to] = await Promise.all([realpath(root), realpath(path.join(root, child))]);
      if (to !== inside && !to.startsWith(inside + path.sep)) {
        errors.push(new SourceError(child, null, 'symlink points outside the sources folder; not read'));
        continue;
      }
      isDir = target.isDirectory();
    }
    if (isDir) files.push(...(await listFiles(root, child, errors, seen)));
    else if (SOURCE_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) files.push(child);
  }
  return files;
}

export async function readSourceFile(sourcesDir: string, rel: string): Promise<SourceFile> {
  const full = path.join(sourcesDir, rel);
  const info = await stat(full);
  // A pipe or device would block the read forever or never end.
  if (!info.isFile()) throw new SourceError(rel, null, 'not a regular file (a pipe, socket or device); skipped');
  if (info.size > MAX_SOURCE_BYTES) {
    throw new SourceError(
      rel,
      null,
      `file is ${(info.size / 1048576).toFixed(1)} MB; sources over ${MAX_SOURCE_BYTES / 1048576} MB are refused`,
    );
  }
  const bytes = await readFile(full).catch((error: NodeJS.ErrnoException) => {
    const why = error.code === 'EACCES' || error.code === 'EPERM' ? 'permission denied' : describeError(error);
    throw new SourceError(rel, null, `cannot read file: ${why}`);
  });
  return decodeSource(rel, bytes);
}

/** Bytes to text, refusing what is not a UTF-8 text article. Its id is the plain one: readSources makes ids unique. */
export function decodeSource(rel: string, bytes: Uint8Array): SourceFile {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const nul = bytes.indexOf(0);
  if (nul !== -1)
    throw new SourceError(rel, lineAtByte(bytes, nul), 'file is binary (contains NUL bytes), not a text article');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const line = lenient.slice(0, lenient.indexOf('\uFFFD')).split('\n').length;
    throw new SourceError(rel, line, 'file is not valid UTF-8; re-save it as UTF-8');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new SourceError(rel, null, 'file is empty');
  return { path: rel, id: sourceIdFor(rel), text, sha256 };
}

function lineAtByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (bytes[i] === 10) line++;
  return line;
}
