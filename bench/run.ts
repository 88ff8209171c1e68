/**
 * `npm run bench [-- --sizes 10,100,1000] [--profile]`: the pipeline's speed and scale on
 * deterministic synthetic corpora, and its print stage beside the floor (bare Chromium) and a
 * peer (md-to-pdf) on the same HTML, all in one run. Prints a table; writes JSON to bench/results/.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findBrowser } from '../pipeline/print/findBrowser.js';
import { generateCorpus } from './corpus.js';
import { htmlFilesIn, printFloor, printOurs, printPeer, type PrintRun } from './printCompare.js';
import { summarizeProfile } from './profile.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const WORK = path.join(ROOT, '.cache', 'bench');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10,100,1000' },
    profile: { type: 'boolean', default: false },
    'print-docs': { type: 'string', default: '40' },
  },
});
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1))
  throw new Error(`--sizes takes whole numbers, not '${values.sizes}'`);

interface SizeResult {
  size: number;
  corpus: { bytes: number; corridors: number; places: number };
  sources: number;
  facts: number;
  extractMs: number;
  extractColdMs: number;
  cold: { ms: number; timings: Record<string, number>; briefings: number; pages: number; failed: number };
  noop: { ms: number; reprinted: number; browser: boolean; cliMs: number };
  edit: { ms: number; reprinted: string[]; timings: Record<string, number> };
  maxRssMb: number;
  browserPeakMb: number;
  profile?: string[];
}

const results: SizeResult[] = [];
for (const size of sizes) {
  process.stderr.write(`size ${size}: generating corpus... `);
  const dir = path.join(WORK, String(size));
  const corpus = await generateCorpus(path.join(dir, 'sources'), path.join(ROOT, 'sources', 'reference'), {
    sources: size,
  });
  process.stderr.write(`${(corpus.bytes / 1e6).toFixed(2)} MB; building... `);
  const profileDir = path.join(ROOT, 'bench', 'results', 'profiles', String(size));
  const measured = await measure(dir, corpus.bytes, values.profile ? profileDir : null);
  // The same options as measure.ts, so this is a true no-op.
  const cliMs = await timeCli([
    'build',
    '--sources',
    path.join(dir, 'sources'),
    '--out',
    path.join(dir, 'out'),
    '--cache',
    path.join(dir, 'cache'),
    '--author',
    'Benchmark',
  ]);
  const result: SizeResult = {
    size,
    corpus: { bytes: corpus.bytes, corridors: corpus.corridors, places: corpus.places },
    ...measured.result,
    noop: { ...measured.result.noop, cliMs },
    browserPeakMb: measured.browserPeakMb,
  };
  if (values.profile) result.profile = await summarizeProfile(profileDir);
  results.push(result);
  process.stderr.write(`cold ${(result.cold.ms / 1000).toFixed(1)} s\n`);
}

// Print comparison on the HTML of the largest size built, capped so the peer finishes.
const largest = results[results.length - 1]!;
const html = (await htmlFilesIn(path.join(WORK, String(largest.size), 'out'))).slice(0, Number(values['print-docs']));
process.stderr.write(`printing ${html.length} briefings three ways (twice each, best kept)... `);
const best = (runs: PrintRun[]) => runs.reduce((a, b) => (b.ms < a.ms ? b : a));
const rounds: { floor: PrintRun[]; ours: PrintRun[]; peer: PrintRun[] } = { floor: [], ours: [], peer: [] };
for (let round = 0; round < 2; round++) {
  rounds.floor.push(await printFloor(html));
  rounds.ours.push(await printOurs(html));
  rounds.peer.push(await printPeer(html, path.join(WORK, 'peer')));
}
const print = {
  documents: html.length,
  fromSize: largest.size,
  floor: best(rounds.floor),
  ours: best(rounds.ours),
  peer: best(rounds.peer),
};
process.stderr.write('done\n');

const machine = {
  cpus: os.cpus().length,
  model: os.cpus()[0]?.model ?? 'unknown',
  memoryGb: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  chromium: chromiumVersion(),
};
const report = { date: new Date().toISOString(), machine, sizes: results, print, targets: targets(results, print) };
await mkdir(path.join(ROOT, 'bench', 'results'), { recursive: true });
const stamp = report.date.slice(0, 19).replaceAll(':', '-');
await writeFile(path.join(ROOT, 'bench', 'results', `${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);
await writeFile(path.join(ROOT, 'bench', 'results', 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(formatReport(report));

// ---------------------------------------------------------------------------------------------

/** Runs bench/measure.ts in a child process, sampling its browser's memory meanwhile. */
async function measure(
  dir: string,
  bytes: number,
  profileDir: string | null,
): Promise<{ result: Omit<SizeResult, 'size' | 'corpus' | 'browserPeakMb'>; browserPeakMb: number }> {
  const args = [
    '--import',
    'tsx',
    ...(profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : []),
    path.join(ROOT, 'bench', 'measure.ts'),
    '--sources',
    path.join(dir, 'sources'),
    '--work',
    dir,
    '--templates',
    path.join(ROOT, 'templates'),
    '--bytes',
    String(bytes),
  ];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, browserMemoryMb(child.pid!))), 250);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(timer);
  if (code !== 0) throw new Error(`measuring ${dir} failed (exit ${code})`);
  return { result: JSON.parse(out.trim().split('\n').pop()!), browserPeakMb: peak };
}

/** Proportional set size of every Chromium process below `root`: shared pages counted once. */
function browserMemoryMb(root: number): number {
  const parents = new Map<number, number>();
  const names = new Map<number, string>();
  for (const entry of readdirSyncSafe('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      names.set(Number(entry), stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
    } catch {
      // gone
    }
  }
  let kb = 0;
  for (const [pid] of parents) {
    let p: number | undefined = pid;
    for (let d = 0; p && d < 10; d++, p = parents.get(p)) {
      if (p !== root) continue;
      if (!/chrom/i.test(names.get(pid) ?? '')) break;
      try {
        kb += Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
      } catch {
        // gone
      }
      break;
    }
  }
  return Math.round(kb / 1024);
}

function readdirSyncSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** Wall time of the command as a user runs it, Node start-up included. */
async function timeCli(args: string[]): Promise<number> {
  const start = performance.now();
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'briefings.js'), ...args], {
    stdio: 'ignore',
    env: { ...process.env, CI: 'true' },
  });
  await new Promise((resolve) => child.on('exit', resolve));
  return Math.round(performance.now() - start);
}

function chromiumVersion(): string {
  try {
    return execFileSync(findBrowser(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .trim()
      .replace(/^Chromium\s+/, '')
      .split(' ')[0]!;
  } catch {
    return 'unknown';
  }
}

type Print = typeof print;

function targets(sizes: SizeResult[], p: Print) {
  const big = sizes.find((s) => s.size === 1000);
  const out: { target: string; value: string; met: boolean | null }[] = [];
  const ratio = p.ours.ms / p.floor.ms;
  out.push({ target: 'print stage within 1.3x of the floor', value: `${ratio.toFixed(2)}x`, met: ratio <= 1.3 });
  const vsPeer = p.ours.pdfs / p.ours.ms / (p.peer.pdfs / p.peer.ms);
  out.push({ target: 'at least 3x the peer’s throughput', value: `${vsPeer.toFixed(2)}x`, met: vsPeer >= 3 });
  if (big) {
    const mbps = big.corpus.bytes / 1e6 / (big.extractMs / 1000);
    const coldMbps = big.corpus.bytes / 1e6 / (big.extractColdMs / 1000);
    out.push({
      target: '1,000 sources: extraction at least 2 MB/s',
      value: `${mbps.toFixed(2)} MB/s steady, ${coldMbps.toFixed(2)} MB/s on the first of two runs`,
      met: mbps >= 2,
    });
    out.push({
      target: '1,000 sources: cold build under 2 min',
      value: `${(big.cold.ms / 1000).toFixed(1)} s`,
      met: big.cold.ms < 120_000,
    });
    const peak = big.maxRssMb + big.browserPeakMb;
    out.push({
      target: '1,000 sources: peak memory under 1.5 GB',
      value: `${peak} MB (pipeline ${big.maxRssMb} + browser ${big.browserPeakMb})`,
      met: peak < 1536,
    });
    out.push({
      target: '1,000 sources: no-op rebuild under 1 s',
      value: `${big.noop.ms} ms in process, ${big.noop.cliMs} ms as a command`,
      met: big.noop.ms < 1000,
    });
  }
  for (let i = 1; i < sizes.length; i++) {
    const [a, b] = [sizes[i - 1]!, sizes[i]!];
    const scale = b.size / a.size;
    const growth = b.cold.ms / a.cold.ms;
    out.push({
      target: `cold build grows no worse than linearly, ${a.size} -> ${b.size}`,
      value: `x${growth.toFixed(1)} for x${scale} sources`,
      met: growth <= scale * 1.1,
    });
  }
  return out;
}

function formatReport(r: typeof report): string {
  const s = (ms: number) => (ms / 1000).toFixed(2);
  const lines = [
    `corridor-briefings benchmark, ${r.date.slice(0, 10)}: ${r.machine.cpus} cores (${r.machine.model}), ${r.machine.memoryGb} GiB, Node ${r.machine.node}, Chromium ${r.machine.chromium}`,
    '',
  ];
  lines.push(
    '| sources | MB | facts | extraction | cold build | stages (s): facts / models / render+print (of which html) | briefings (pages) | no-op (in process / command) | one source edited | peak RSS pipeline / browser |',
  );
  lines.push('| ---: | ---: | ---: | --- | ---: | --- | ---: | --- | --- | --- |');
  for (const x of r.sizes) {
    const t = x.cold.timings;
    const rate = `${Math.round(x.sources / (x.extractMs / 1000))} src/s, ${(x.corpus.bytes / 1e6 / (x.extractMs / 1000)).toFixed(2)} MB/s (first of two runs ${(x.corpus.bytes / 1e6 / (x.extractColdMs / 1000)).toFixed(2)} MB/s)`;
    lines.push(
      `| ${x.size} | ${(x.corpus.bytes / 1e6).toFixed(2)} | ${x.facts} | ${rate} | ${s(x.cold.ms)} s | ${s(t.facts ?? 0)} / ${s(t.models ?? 0)} / ${s(t.print ?? 0)} (${s((t.templates ?? 0) + (t.html ?? 0))}) | ${x.cold.briefings} (${x.cold.pages}) | ${s(x.noop.ms)} s / ${s(x.noop.cliMs)} s | ${s(x.edit.ms)} s (${x.edit.reprinted.length} reprinted) | ${x.maxRssMb} MB / ${x.browserPeakMb} MB |`,
    );
  }
  lines.push(
    '',
    `Print stage on the same ${r.print.documents} HTML briefings (from the ${r.print.fromSize}-source corpus), best of 2:`,
    '',
  );
  lines.push('| printer | time | PDFs/s | pages/s | vs floor |', '| --- | ---: | ---: | ---: | ---: |');
  for (const [name, run] of [
    ['floor: bare Chromium, printToPDF in turn', r.print.floor],
    ['corridor-briefings print stage', r.print.ours],
    ['md-to-pdf 5.2.5 (same Chromium)', r.print.peer],
  ] as const) {
    lines.push(
      `| ${name} | ${s(run.ms)} s | ${(run.pdfs / (run.ms / 1000)).toFixed(2)} | ${(run.pages / (run.ms / 1000)).toFixed(1)} | ${(run.ms / r.print.floor.ms).toFixed(2)}x |`,
    );
  }
  for (const run of [...rounds.peer]) if (run.note) lines.push('', `md-to-pdf: ${run.note}.`);
  lines.push('', 'Targets:', '');
  for (const t of r.targets) lines.push(`- ${t.met ? 'met' : 'MISSED'}: ${t.target}: ${t.value}`);
  for (const x of r.sizes)
    if (x.profile)
      lines.push(
        '',
        `Where the pipeline's own time goes at ${x.size} sources (CPU profile, self time):`,
        ...x.profile.map((l) => `  ${l}`),
      );
  return `${lines.join('\n')}\n`;
}
