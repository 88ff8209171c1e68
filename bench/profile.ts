/** A V8 CPU profile (node --cpu-prof) -> the functions with the most self time, by file. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export async function summarizeProfile(dir: string, top = 15): Promise<string[]> {
  const { byFunction, byModule } = await readProfile(dir);
  const line = ([key, ms, share]: [string, number, number]) =>
    `${ms.toFixed(0).padStart(7)} ms  ${share.toFixed(1).padStart(5)}%  ${key}`;
  return ['by module:', ...byModule.slice(0, 10).map(line), 'by function:', ...byFunction.slice(0, top).map(line)];
}

/** Self time by function and by module (a package, a pipeline file, or the engine), largest first. */
export async function readProfile(
  dir: string,
): Promise<{ byFunction: [string, number, number][]; byModule: [string, number, number][] }> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile')).sort();
  if (files.length === 0) return { byFunction: [], byModule: [] };
  // Node writes one profile per thread (the module loader has its own): take the busiest.
  const profiles = await Promise.all(
    files.map(async (f) => JSON.parse(await readFile(path.join(dir, f), 'utf8')) as CpuProfile),
  );
  const busy = (p: CpuProfile) =>
    p.samples.filter((id) => p.nodes.find((n) => n.id === id)?.callFrame.functionName !== '(idle)').length;
  const profile = profiles.reduce((a, b) => (busy(b) > busy(a) ? b : a));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const modules = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    const frame = byId.get(id)!.callFrame;
    const file = frame.url
      ? frame.url.replace(/^file:\/\//, '').replace(/^.*\/(node_modules\/[^/]+|pipeline|bench)\//, '$1/')
      : '';
    const key = `${frame.functionName || '(anonymous)'} ${file ? `${file}:${frame.lineNumber + 1}` : ''}`.trim();
    self.set(key, (self.get(key) ?? 0) + dt);
    const module =
      /^node_modules\/[^/]+|^(pipeline|bench)\/.+/.exec(file)?.[0] ??
      (file.startsWith('node:')
        ? 'node internals'
        : frame.functionName.startsWith('RegExp:')
          ? 'regular expressions'
          : frame.functionName || 'engine');
    modules.set(module, (modules.get(module) ?? 0) + dt);
  });
  const rows = (m: Map<string, number>) =>
    [...m].sort((a, b) => b[1] - a[1]).map(([k, us]): [string, number, number] => [k, us / 1000, (us / total) * 100]);
  return { byFunction: rows(self), byModule: rows(modules) };
}
