/**
 * The folder list under pipeline/ is the architecture: each folder may import only from the
 * folders before it in STAGES, and no two files import each other, directly or in a cycle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const PIPELINE = path.resolve(import.meta.dirname, '../../pipeline');
const STAGES = [
  'text',
  'facts',
  'ingest',
  'clean',
  'extract',
  'briefings',
  'render',
  'print',
  'edition',
  'watch',
  'cli',
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

/** Relative imports of a file (static, dynamic and type-only), as pipeline-relative .ts paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from\s+|import\(\s*)'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]!);
  return specs.map((s) => path.relative(PIPELINE, path.resolve(path.dirname(file), s)).replace(/\.js$/, '.ts'));
}

const stageOf = (rel: string) => rel.split(path.sep)[0]!;
const files = sourceFiles(PIPELINE).map((f) => path.relative(PIPELINE, f));
const graph = new Map(files.map((f) => [f, importsOf(path.join(PIPELINE, f))]));

describe('pipeline layout', () => {
  it('has a folder for each stage and nothing loose at the top', () => {
    const top = readdirSync(PIPELINE, { withFileTypes: true });
    expect(top.filter((e) => e.isFile()).map((e) => e.name)).toEqual([]);
    expect(top.map((e) => e.name).sort()).toEqual([...STAGES].sort());
  });

  it('imports only from the same or an earlier stage', () => {
    const backwards: string[] = [];
    for (const [file, deps] of graph) {
      for (const dep of deps) {
        if (STAGES.indexOf(stageOf(dep)) > STAGES.indexOf(stageOf(file))) backwards.push(`${file} -> ${dep}`);
      }
    }
    expect(backwards).toEqual([]);
  });

  it('has no import cycles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(' -> '));
        return;
      }
      state.set(file, 'open');
      for (const dep of graph.get(file) ?? []) visit(dep, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
