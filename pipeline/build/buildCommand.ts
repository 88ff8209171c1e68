/** `briefings build`: options in, a summary out; a progress bar on a terminal, plain lines in CI. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build, type BuildOptions } from './build.js';

const USAGE = `Usage: briefings build [options]

Builds a PDF (and HTML) briefing for every corridor and every place with enough facts.

Options:
  --sources DIR        folder of articles and reference tables (default: sources)
  --out DIR            output folder (default: out)
  --templates DIR      Handlebars templates and chart specs (default: templates)
  --only ID,...        build only these briefings (ids as in out/manifest.json)
  --format pdf,html    what to write (default: pdf,html)
  --paper a4|letter    paper size (default: a4)
  --min-facts N        facts a place needs for a briefing (default: 4)
  --author NAME        PDF author (default: briefings.config.json "author", else corridor-briefings)
  -h, --help           show this help

Environment: BRIEFINGS_CHROMIUM=/path/to/chromium picks the browser.
`;

export async function buildCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      sources: { type: 'string', default: 'sources' },
      out: { type: 'string', default: 'out' },
      templates: { type: 'string', default: 'templates' },
      only: { type: 'string' },
      format: { type: 'string', default: 'pdf,html' },
      paper: { type: 'string', default: 'a4' },
      'min-facts': { type: 'string', default: '4' },
      author: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const formats = values.format.split(',').map((f) => f.trim());
  if (formats.some((f) => f !== 'pdf' && f !== 'html')) throw new Error(`--format takes pdf and/or html, not '${values.format}'`);
  if (values.paper !== 'a4' && values.paper !== 'letter') throw new Error(`--paper takes a4 or letter, not '${values.paper}'`);
  const minFacts = Number(values['min-facts']);
  if (!Number.isInteger(minFacts) || minFacts < 1) throw new Error(`--min-facts takes a whole number, not '${values['min-facts']}'`);

  const config = readConfig();
  const tty = process.stderr.isTTY && !process.env.CI;
  const started = performance.now();
  const options: BuildOptions = {
    sourcesDir: path.resolve(values.sources),
    outDir: path.resolve(values.out),
    templatesDir: path.resolve(values.templates),
    ...(values.only ? { only: values.only.split(',').map((s) => s.trim()) } : {}),
    formats: formats as BuildOptions['formats'],
    paper: values.paper,
    minFacts,
    author: values.author ?? config.author ?? 'corridor-briefings',
    onProgress: ({ done, total, id }) => {
      if (tty) {
        const width = 24;
        const filled = Math.round((done / total) * width);
        process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${id.padEnd(30).slice(0, 30)}`);
        if (done === total) process.stderr.write('\n');
      } else process.stderr.write(`printed ${done}/${total}: ${id}\n`);
    },
  };
  const report = await build(options);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const out = process.stdout;
  for (const error of report.sourceErrors) out.write(`error: ${error.message}\n`);
  out.write(`built ${report.built.length} briefing${report.built.length === 1 ? '' : 's'} into ${path.relative(process.cwd(), options.outDir) || '.'}/ in ${seconds}s\n`);
  for (const b of report.built) out.write(`  ${b.kind.padEnd(9)} ${b.id.padEnd(28)} ${String(b.pages ?? '-').padStart(3)} pages  ${b.files.pdf ?? b.files.html}\n`);
  if (report.skipped.length > 0) {
    out.write(`skipped ${report.skipped.length}:\n`);
    for (const s of report.skipped) out.write(`  ${s.name}: ${s.reason}\n`);
  }
  if (report.failed.length > 0) {
    out.write(`failed ${report.failed.length}:\n`);
    for (const f of report.failed) out.write(`  ${f.id}: ${f.reason}\n`);
  }
  out.write(`stages (ms): ${Object.entries(report.timings).map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
  return report.failed.length > 0 || report.sourceErrors.length > 0 ? 1 : 0;
}

function readConfig(): { author?: string } {
  const file = path.resolve('briefings.config.json');
  if (!existsSync(file)) return {};
  const data = JSON.parse(readFileSync(file, 'utf8')) as { author?: unknown };
  return typeof data.author === 'string' ? { author: data.author } : {};
}
