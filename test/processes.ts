import path from 'node:path';
/** Processes as a test sees them: descendants of a pid, and whether a pid is still alive. */
import { readdirSync, readFileSync } from 'node:fs';

interface ProcessInfo {
  pid: number;
  ppid: number;
  command: string;
}

export function listProcesses(): ProcessInfo[] {
  const out: ProcessInfo[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ');
      out.push({ pid: Number(entry), ppid, command });
    } catch {
      // the process ended while being read
    }
  }
  return out;
}

/** Every process below `root` whose command line matches. */
export function descendants(root: number, matching: RegExp = /./): ProcessInfo[] {
  const all = listProcesses();
  const below = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of all) {
      if (below.has(p.ppid) && !below.has(p.pid)) {
        below.add(p.pid);
        grew = true;
      }
    }
  }
  return all.filter((p) => p.pid !== root && below.has(p.pid) && matching.test(p.command));
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !/^\S+ \S+ Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/\(.*\)/, 'x')); // a zombie is dead
  } catch {
    return false;
  }
}

/** Polls a process's Chromium descendants while it runs, so they can be checked after it ends. */
export function trackBrowsers(root: number): { seen: Set<number>; stop: () => void } {
  const seen = new Set<number>();
  const poll = () => {
    for (const p of descendants(root, /chromium/)) seen.add(p.pid);
  };
  poll();
  const timer = setInterval(poll, 50);
  return {
    seen,
    stop: () => {
      poll();
      clearInterval(timer);
    },
  };
}

export async function waitFor(condition: () => boolean, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** `briefings <command>` over the folders a test copied into its working folder: sources, templates, out, cache. */
export function cliArgs(root: string, command: string, args: string[] = []): string[] {
  return [
    path.join(root, 'bin/briefings.js'),
    command,
    '--sources',
    'sources',
    '--templates',
    'templates',
    '--out',
    'out',
    '--cache',
    'cache',
    ...args,
  ];
}
