/**
 * One build at a time per output folder: `out/.lock` holds the builder's pid, host and start
 * time. A second build waits for it (or stops with a message naming the holder); a lock left
 * by a build that died (kill -9, power cut) is taken over. The lock file is removed when the
 * process exits, however it exits short of kill -9.
 */
import { readFileSync, unlinkSync } from 'node:fs';
import { link, mkdir, open, readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const LOCK_FILE = '.lock';

export class LockError extends Error {
  override name = 'LockError';
}

interface Holder {
  pid: number;
  host: string;
  started: string;
}

export interface LockOptions {
  /** How long to wait for another build to finish (default 10 min); 0 stops at once. */
  waitMs?: number;
  /** Called once if the lock is busy and this build waits. */
  onWait?: (holder: Holder) => void;
}

export async function acquireLock(outDir: string, options: LockOptions = {}): Promise<() => Promise<void>> {
  await mkdir(outDir, { recursive: true });
  const file = path.join(outDir, LOCK_FILE);
  const me: Holder = { pid: process.pid, host: os.hostname(), started: new Date().toISOString() };
  const deadline = Date.now() + (options.waitMs ?? 600_000);
  let told = false;
  for (;;) {
    if (await createWhole(file, JSON.stringify(me))) break;
    const holder = await readHolder(file);
    const dead = holder && holder.host === me.host && !isAlive(holder.pid);
    // A lock is never seen half-written (it is linked into place whole), so one that stays unreadable
    // was left by a disk that filled up: it holds nothing.
    if (dead || (!holder && (await ageMs(file)) > UNREADABLE_STALE_MS)) {
      // The holder died without cleaning up. Renaming first means only one taker wins.
      await rename(file, `${file}.stale-${process.pid}`).then(
        () => rm(`${file}.stale-${process.pid}`, { force: true }),
        () => undefined,
      );
      continue;
    }
    if (Date.now() >= deadline) {
      const who = holder ? `pid ${holder.pid} on ${holder.host}, started ${holder.started}` : 'unknown holder';
      throw new LockError(
        `another build is writing to ${outDir} (${who}). Try again when it has finished, or delete ${file} if no build is running.`,
      );
    }
    if (holder && !told) {
      told = true;
      options.onWait?.(holder);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const releaseOnExit = () => releaseSync(file);
  process.once('exit', releaseOnExit);
  await removeTempFiles(outDir);
  return async () => {
    process.off('exit', releaseOnExit);
    releaseSync(file);
  };
}

const UNREADABLE_STALE_MS = 2_000;

/**
 * Creates `file` with its whole content or not at all: written to a private name first, then
 * linked into place (link fails if the file exists). A full disk fails the write, not the lock.
 */
async function createWhole(file: string, content: string): Promise<boolean> {
  const temp = `${file}.new-${process.pid}`;
  try {
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await link(temp, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return false;
  } finally {
    await rm(temp, { force: true });
  }
}

async function ageMs(file: string): Promise<number> {
  const info = await stat(file).catch(() => null);
  return info ? Date.now() - info.mtimeMs : 0;
}

async function readHolder(file: string): Promise<Holder | null> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as Holder;
    return typeof data.pid === 'number' ? data : null;
  } catch {
    return null; // being written, or gone: look again
  }
}

/** Removes the lock only while it is still ours. */
function releaseSync(file: string): void {
  try {
    if ((JSON.parse(readFileSync(file, 'utf8')) as Holder).pid === process.pid) unlinkSync(file);
  } catch {
    // already gone
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Half-written files of a build that died: only the lock holder writes here, so all are garbage. */
async function removeTempFiles(outDir: string): Promise<void> {
  for (const entry of await readdir(outDir, { recursive: true }).catch(() => [] as string[])) {
    if (/\.tmp-\d+-[a-z0-9]+$/.test(String(entry))) await rm(path.join(outDir, String(entry)), { force: true });
  }
}
