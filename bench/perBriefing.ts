/**
 * Per briefing on one corpus (the seed by default): the HTML's size, its summary's (first fit),
 * the time to render them, and the time to print the briefing and its summary as the build does
 * (each fit in turn until one prints on one page), one document at a time on one page (median of
 * a few rounds), so a change to what a briefing carries (a basemap, a section) is measured
 * before and after.
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
import { PDFDocument } from 'pdf-lib';
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
type Row = { id: string; htmlKB: number; summaryKB: number; renderMs: number; summaryFit: number; printMs: number };
const rows: Row[] = [];
try {
  for (const briefing of plan.briefings) {
    let start = performance.now();
    const rendered = await renderBriefing(briefing, templates, { ...settings, formats: ['pdf'] });
    const renderMs = performance.now() - start;
    const summary = rendered.summaryHtml(SUMMARY_FITS[0]!);
    const job = (html: string) => ({ id: briefing.id, html, title: briefing.title, asOf: null, paper: 'a4' as const });
    await printer.print(job(rendered.html)); // warm
    const times: number[] = [];
    let summaryFit = 0;
    for (let i = 0; i < rounds; i++) {
      start = performance.now();
      await printer.print(job(rendered.html));
      for (const [n, fit] of SUMMARY_FITS.entries()) {
        summaryFit = n + 1;
        const pdf = await PDFDocument.load(await printer.print(job(rendered.summaryHtml(fit))));
        if (pdf.getPageCount() === 1) break;
      }
      times.push(performance.now() - start);
    }
    rows.push({
      id: briefing.id,
      htmlKB: Math.round(Buffer.byteLength(rendered.html) / 102.4) / 10,
      summaryKB: Math.round(Buffer.byteLength(summary) / 102.4) / 10,
      renderMs: Math.round(renderMs),
      summaryFit,
      printMs: Math.round(median(times)),
    });
  }
} finally {
  await printer.close();
}
const total = (k: 'htmlKB' | 'summaryKB' | 'renderMs' | 'printMs') =>
  Math.round(rows.reduce((s, r) => s + r[k], 0) * 10) / 10;
rows.push({
  id: 'total',
  htmlKB: total('htmlKB'),
  summaryKB: total('summaryKB'),
  renderMs: total('renderMs'),
  summaryFit: 0,
  printMs: total('printMs'),
});
console.table(rows);
