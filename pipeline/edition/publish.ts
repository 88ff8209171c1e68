/**
 * Distribution: `publish` copies an edition out of out/ into a new dated folder with a manifest
 * listing every file's sha256 and size and the edition's date; `verify` checks a published
 * folder against its manifest, so a copy handed out can be checked byte for byte.
 */
import { access, copyFile, mkdir, readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { localDay } from './history.js';
import { readManifest, sha256, type FileRecord, type Manifest } from './manifest.js';
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
  const manifest = await readManifest(outDir);
  if (!manifest || manifest.briefings.length === 0)
    throw new PublishError(`no edition in ${outDir}: run 'briefings build' first`);
  const ids = manifest.briefings.map((b) => b.id).sort();
  const inDigest = (manifest.digest?.starts ?? []).map((s) => s.id).sort();
  if (!manifest.digest || JSON.stringify(ids) !== JSON.stringify(inDigest)) {
    throw new PublishError(
      `the digest in ${outDir} is missing or does not hold this edition's briefings: run 'briefings build --digest' first`,
    );
  }
  // Every file is checked against the build's manifest before it is copied: a file changed
  // since the build is not published.
  const listed: FileRecord[] = [...manifest.briefings.flatMap((b) => Object.values(b.files)), manifest.digest.file];
  for (const record of listed) {
    const bytes = await readFile(path.join(outDir, record.path)).catch(() => null);
    if (!bytes)
      throw new PublishError(
        `${record.path} is listed in ${outDir}/manifest.json but missing: run 'briefings build' again`,
      );
    if (sha256(bytes) !== record.sha256)
      throw new PublishError(`${record.path} has changed since it was built: run 'briefings build' again`);
  }

  const edition = manifest.updated ? localDay(new Date(manifest.updated)) : localDay(now);
  const folder = await freshFolder(toDir, edition);
  const files: FileRecord[] = [];
  for (const rel of [...listed.map((r) => r.path), 'index.html', 'changes.json']) {
    const from = path.join(outDir, rel);
    const to = path.join(folder, rel);
    await mkdir(path.dirname(to), { recursive: true });
    await copyFile(from, to);
    const bytes = await readFile(to);
    files.push({ path: rel, sha256: sha256(bytes), bytes: bytes.length });
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

export async function verifyEdition(folder: string): Promise<VerifyResult> {
  let manifest: PublishedManifest;
  try {
    manifest = JSON.parse(await readFile(path.join(folder, PUBLISHED_MANIFEST), 'utf8')) as PublishedManifest;
  } catch {
    return {
      verified: 0,
      problems: [`${path.join(folder, PUBLISHED_MANIFEST)} is missing or not JSON: not a published edition`],
    };
  }
  if (!Array.isArray(manifest.files))
    return { verified: 0, problems: [`${PUBLISHED_MANIFEST} lists no files: not a published edition`] };
  const problems: string[] = [];
  let verified = 0;
  for (const record of manifest.files) {
    const bytes = await readFile(path.join(folder, record.path)).catch(() => null);
    if (!bytes) problems.push(`${record.path}: missing`);
    else if (bytes.length !== record.bytes)
      problems.push(`${record.path}: ${bytes.length} bytes, the manifest says ${record.bytes}`);
    else if (sha256(bytes) !== record.sha256)
      problems.push(`${record.path}: contents changed (sha256 differs from the manifest)`);
    else verified++;
  }
  const listed = new Set([...manifest.files.map((f) => f.path), PUBLISHED_MANIFEST]);
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const rel = path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (!listed.has(rel)) problems.push(`${rel}: not in the manifest`);
  }
  return { verified, problems: problems.sort() };
}
