/**
 * Per briefing on one corpus (the seed by default): the HTML's size, its summary's, and the
 * time to print each, one document at a time on one page (median of a few rounds), so a
 * change to what a briefing carries (a basemap, a section) is measured before and after.
 *
 *   node --import tsx bench/perBriefing.ts [--sources DIR] [--rounds N]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { planBriefings } from '../pipeline/briefings/planBriefings.js';
import { SUMMARY_FITS } from '../pipeline/briefings/summaryModel.js';
import { renderBriefing } from '../pipeline/edition/briefingOutput.js';
import { loadFacts } from '../pipeline/edition/loadFacts.js';
import { launchPrinter } from '../pipeline/print/printer.js';
import { loadTemplates } from '../pipeline/render/templates.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { sources: { type: 'string' }, rounds: { type: 'string' } } });
const rounds = Number(values.rounds ?? 3);
const facts = await loadFacts(values.sources ?? path.join(root, 'sources'));
const plan = planBriefings(facts.model, { minFacts: 4, keyMetrics: facts.reference.metrics.map((m) => m.id) });
const templates = await loadTemplates(path.join(root, 'templates'));
const settings = { outDir: '', formats: [], paper: 'a4', author: 'Bench', grayscale: false, cropSafe: false } as const;
const printer = await launchPrinter({ pages: 1 });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rows: { id: string; htmlKB: number; summaryKB: number; printMs: number }[] = [];
try {
  for (const briefing of plan.briefings) {
    const rendered = await renderBriefing(briefing, templates, { ...settings, formats: ['pdf'] });
    const summary = rendered.summaryHtml(SUMMARY_FITS[0]!);
    const job = (html: string) => ({ id: briefing.id, html, title: briefing.title, asOf: null, paper: 'a4' as const });
    await printer.print(job(rendered.html)); // warm
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const start = performance.now();
      await printer.print(job(rendered.html));
      await printer.print(job(summary));
      times.push(performance.now() - start);
    }
    rows.push({
      id: briefing.id,
      htmlKB: Math.round(Buffer.byteLength(rendered.html) / 102.4) / 10,
      summaryKB: Math.round(Buffer.byteLength(summary) / 102.4) / 10,
      printMs: Math.round(median(times)),
    });
  }
} finally {
  await printer.close();
}
const total = (k: 'htmlKB' | 'summaryKB' | 'printMs') => Math.round(rows.reduce((s, r) => s + r[k], 0) * 10) / 10;
rows.push({ id: 'total', htmlKB: total('htmlKB'), summaryKB: total('summaryKB'), printMs: total('printMs') });
console.table(rows);
