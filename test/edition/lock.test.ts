/** The output folder's lock (issue 14, point 11): whole or absent, and a lock left empty holds nothing. */
import { mkdtemp, readFile, readdir, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, LockError } from '../../pipeline/edition/lock.js';

const outDir = () => mkdtemp(path.join(tmpdir(), 'briefings-lock-'));

describe('the output lock', () => {
  it('takes over an empty lock left by a full disk instead of waiting for it', async () => {
    const dir = await outDir();
    await writeFile(path.join(dir, '.lock'), '');
    const old = new Date(Date.now() - 60_000);
    await utimes(path.join(dir, '.lock'), old, old);
    const release = await acquireLock(dir, { waitMs: 0 });
    expect(JSON.parse(await readFile(path.join(dir, '.lock'), 'utf8')).pid).toBe(process.pid);
    await release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('is held whole: a second taker sees a readable holder and waits', async () => {
    const dir = await outDir();
    const release = await acquireLock(dir, { waitMs: 0 });
    await expect(acquireLock(dir, { waitMs: 0 })).rejects.toBeInstanceOf(LockError);
    await release();
  });
});
