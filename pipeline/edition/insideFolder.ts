/**
 * Paths that come from data (a manifest, a URL) are used only inside their folder: checked as
 * text first, then each step on disk with lstat, so no `..`, absolute path or symlink leads out,
 * and nothing but a regular file is opened (a FIFO would block the read, a device never end).
 */
import { constants, type Stats } from 'node:fs';
import { lstat, open, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

export class PathError extends Error {
  override name = 'PathError';
  constructor(
    readonly rel: string,
    readonly reason: string,
  ) {
    super(`${rel}: ${reason}`);
  }
}

/**
 * Why `rel` is not a plain relative path inside a folder (said after the path), or null when it
 * is. Hidden names are refused too: nothing the build publishes or serves starts with a dot (its
 * lock and history do).
 */
export function pathProblem(rel: string): string | null {
  if (rel === '') return 'is empty';
  if (rel.includes('\0')) return 'contains a NUL byte';
  if (rel.startsWith('/') || /^[a-zA-Z]:/.test(rel)) return 'is an absolute path, outside the folder';
  if (rel.includes('\\')) return 'contains a backslash';
  const segments = rel.split('/');
  if (segments.includes('..')) return "climbs out with '..', outside the folder";
  if (segments.includes('')) return 'has an empty segment';
  if (segments.some((s) => s.startsWith('.'))) return 'names a hidden file or folder';
  return null;
}

/**
 * The stats of `dir/rel` when it is a regular file reached through real folders only.
 * Throws PathError for a bad path, a symlink or a non-regular file; ENOENT when it is missing.
 */
export async function regularFileInside(dir: string, rel: string): Promise<Stats> {
  await checkFolders(dir, rel);
  const info = await lstat(path.join(dir, rel));
  if (info.isSymbolicLink()) throw new PathError(rel, 'a symlink; not followed');
  if (!info.isFile()) throw new PathError(rel, `not a regular file (${kind(info)}); not read`);
  return info;
}

/** `dir/rel` opened for reading, under the same conditions as regularFileInside; the caller closes it. */
export async function openFileInside(dir: string, rel: string): Promise<{ handle: FileHandle; info: Stats }> {
  const checked = await regularFileInside(dir, rel);
  // A file swapped for a link or a FIFO since the check is still neither followed nor waited on.
  const handle = await open(path.join(dir, rel), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  const info = await handle.stat().catch(async (error: unknown) => {
    await handle.close();
    throw error;
  });
  if (!info.isFile() || info.ino !== checked.ino || info.dev !== checked.dev) {
    await handle.close();
    throw new PathError(rel, 'changed while it was being opened; not read');
  }
  return { handle, info };
}

/** The bytes of `dir/rel`, under the same conditions as regularFileInside. */
export async function readFileInside(dir: string, rel: string): Promise<Buffer> {
  const { handle } = await openFileInside(dir, rel);
  try {
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** Removes `dir/rel` (a file, or a link itself, never what a link points to); a missing file is fine. */
export async function removeInside(dir: string, rel: string): Promise<void> {
  try {
    await checkFolders(dir, rel);
    await unlink(path.join(dir, rel));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/** `rel` checked as text, and every folder on its way checked to be a real folder, not a link out. */
async function checkFolders(dir: string, rel: string): Promise<void> {
  const problem = pathProblem(rel);
  if (problem) throw new PathError(rel, `${problem}; not used`);
  const segments = rel.split('/');
  for (let i = 1; i < segments.length; i++) {
    const at = segments.slice(0, i).join('/');
    const info = await lstat(path.join(dir, at));
    if (info.isSymbolicLink()) throw new PathError(rel, `${at} is a symlink; not followed`);
    if (!info.isDirectory()) throw new PathError(rel, `${at} is not a folder`);
  }
}

function kind(info: Stats): string {
  if (info.isFIFO()) return 'a FIFO';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isDirectory()) return 'a folder';
  return 'not a file';
}
