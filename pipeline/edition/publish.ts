/**
 * Distribution: `publish` copies an edition out of out/ into a new dated folder with a manifest
 * listing every file's sha256 and size and the edition's date; `verify` checks a published
 * folder against its manifest, so a copy handed out can be checked byte for byte.
 */
import { access, mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describeError } from '../text/describeError.js';
import { localDay } from './history.js';
import { PathError, pathProblem, readFileInside, regularFileInside } from './insideFolder.js';
import { FileRecordSchema, fileRecord, loadManifest, sha256, type FileRecord, type Manifest } from './manifest.js';
import { writeAtomic } from './writeAtomic.js';

export const PUBLISHED_MANIFEST = 'manifest.json';

export interface PublishedManifest extends Manifest {
  /** The edition's date: the day its briefings were last printed. */
  edition: string;
  publishedAt: string;
  /** Every file in the folder but this manifest. */
  files: FileRecord[];
}

export class PublishError extends Error {
  override name = 'PublishError';
}

export async function publishEdition(
  outDir: string,
  toDir: string,
  now = new Date(),
): Promise<{ folder: string; files: FileRecord[]; edition: string }> {
  // Loading the manifest refuses any path in it that leads out of the output folder.
  const { manifest, problem } = await loadManifest(outDir);
  if (!manifest || manifest.briefings.length === 0)
    throw new PublishError(
      !problem
        ? `no edition in ${outDir}: run 'briefings build' first`
        : `${outDir}/manifest.json is ${problem}: run 'briefings build' again`,
    );
  const ids = manifest.briefings.map((b) => b.id).sort();
  const inDigest = (manifest.digest?.starts ?? []).map((s) => s.id).sort();
  if (!manifest.digest || JSON.stringify(ids) !== JSON.stringify(inDigest)) {
    throw new PublishError(
      `the digest in ${outDir} is missing or does not hold this edition's briefings: run 'briefings build --digest' first`,
    );
  }
  // Every file is checked against the build's manifest before anything is written: a file
  // changed since the build is not published, nor a link or a pipe in its place.
  const listed: FileRecord[] = [...manifest.briefings.flatMap((b) => Object.values(b.files)), manifest.digest.file];
  const copies = [...listed, { path: 'index.html' }, { path: 'changes.json' }];
  for (const record of copies) await readForPublishing(outDir, record);

  const edition = manifest.updated ? localDay(new Date(manifest.updated)) : localDay(now);
  const folder = await freshFolder(toDir, edition);
  const files: FileRecord[] = [];
  for (const record of copies) {
    // The bytes written are the bytes checked; 'wx' neither overwrites nor follows a link.
    const bytes = await readForPublishing(outDir, record);
    await mkdir(path.dirname(path.join(folder, record.path)), { recursive: true });
    await writeFile(path.join(folder, record.path), bytes, { flag: 'wx' });
    files.push(fileRecord(record.path, bytes));
  }
  const published: PublishedManifest = {
    ...manifest,
    edition,
    publishedAt: now.toISOString(),
    files: files.sort((a, b) => a.path.localeCompare(b.path)),
  };
  await writeAtomic(path.join(folder, PUBLISHED_MANIFEST), `${JSON.stringify(published, null, 2)}\n`);
  return { folder, files, edition };
}

/** A file of the output folder, when it is a regular file inside it and (given a sha256) unchanged. */
async function readForPublishing(outDir: string, record: { path: string; sha256?: string }): Promise<Buffer> {
  const bytes = await readFileInside(outDir, record.path).catch((error: unknown) => {
    if (error instanceof PathError) throw new PublishError(`in ${outDir}, ${error.message}`);
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new PublishError(`${record.path} is missing from ${outDir}: run 'briefings build' again`);
    throw error;
  });
  if (record.sha256 !== undefined && sha256(bytes) !== record.sha256)
    throw new PublishError(`${record.path} has changed since it was built: run 'briefings build' again`);
  return bytes;
}

/** DIR/2026-11-21, or DIR/2026-11-21-2 when that edition was already published: never overwritten. */
async function freshFolder(toDir: string, edition: string): Promise<string> {
  for (let n = 1; ; n++) {
    const folder = path.join(toDir, n === 1 ? edition : `${edition}-${n}`);
    if (
      await access(folder).then(
        () => false,
        () => true,
      )
    ) {
      await mkdir(folder, { recursive: true });
      return folder;
    }
  }
}

export interface VerifyResult {
  verified: number;
  problems: string[];
}

/** Reads only regular files inside the folder: a manifest entry leading out of it, a link or a pipe is a problem. */
export async function verifyEdition(folder: string): Promise<VerifyResult> {
  let manifest: { files?: unknown };
  try {
    manifest = JSON.parse((await readFileInside(folder, PUBLISHED_MANIFEST)).toString('utf8'));
  } catch {
    return {
      verified: 0,
      problems: [`${path.join(folder, PUBLISHED_MANIFEST)} is missing or not JSON: not a published edition`],
    };
  }
  if (!Array.isArray(manifest?.files))
    return { verified: 0, problems: [`${PUBLISHED_MANIFEST} lists no files: not a published edition`] };
  const problems: string[] = [];
  let verified = 0;
  for (const [index, entry] of manifest.files.entries()) {
    const problem = await checkFile(folder, entry, index);
    if (problem) problems.push(problem);
    else verified++;
  }
  const listed = new Set([...manifest.files.map((f) => (f as { path?: unknown })?.path), PUBLISHED_MANIFEST]);
  // Recursive readdir does not follow links, so a link to a big folder is one entry.
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) continue;
    const rel = path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (!listed.has(rel)) problems.push(`${rel}: not in the manifest`);
  }
  return { verified, problems: problems.sort() };
}

/** What is wrong with one listed file, or null when it matches. Its size is checked before it is read. */
async function checkFile(folder: string, entry: unknown, index: number): Promise<string | null> {
  const rel = (entry as { path?: unknown })?.path;
  if (typeof rel === 'string' && pathProblem(rel)) return `${rel}: ${pathProblem(rel)}; not read`;
  const parsed = FileRecordSchema.safeParse(entry);
  if (!parsed.success) return `files[${index}]: not a file record (path, sha256, bytes)`;
  const record = parsed.data;
  try {
    const info = await regularFileInside(folder, record.path);
    if (info.size !== record.bytes) return `${record.path}: ${info.size} bytes, the manifest says ${record.bytes}`;
    if (sha256(await readFileInside(folder, record.path)) !== record.sha256)
      return `${record.path}: contents changed (sha256 differs from the manifest)`;
    return null;
  } catch (error) {
    if (error instanceof PathError) return error.message;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return `${record.path}: missing`;
    return `${record.path}: cannot be read (${describeError(error)})`;
  }
}
