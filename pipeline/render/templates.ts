/**
 * Loads `templates/`: the layout, its partials, the print CSS and the chart specs. Compiled once
 * per build; source text is only ever passed in as data, never compiled. Every template is
 * checked before use, so a typo mid-edit is reported with its file and line: a syntax error, a
 * partial that does not exist, a helper that does not exist.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import Handlebars from 'handlebars';
import { TemplateError } from './errors.js';
import { loadChartSpecs, type ChartSpecs } from './renderCharts.js';
import { readerDate } from './readerDate.js';

export interface Templates {
  layout: Handlebars.TemplateDelegate;
  /** The one-page summary's layout. */
  summary: Handlebars.TemplateDelegate;
  /** The digest's cover and contents, around every briefing. */
  digest: Handlebars.TemplateDelegate;
  css: string;
  charts: ChartSpecs;
}

/** Markup we made ourselves (chart SVG, citation marks): the only values printed unescaped. */
export class SafeHtml extends Handlebars.SafeString {}

const HELPERS = ['cite', 'eq', 'or', 'join', 'list', 'longDate', 'cssString'];
const PARTIAL_REF = /\{\{~?#?>\s*([A-Za-z0-9_\-./]+)/g;

export async function loadTemplates(dir: string): Promise<Templates> {
  const hbs = Handlebars.create();
  registerHelpers(hbs);
  const label = (rel: string) => `${path.basename(dir)}/${rel}`;
  const read = (rel: string) =>
    readFile(path.join(dir, rel), 'utf8').catch(() =>
      Promise.reject(new TemplateError(label(rel), null, 'template file is missing or unreadable')),
    );

  const partialFiles = (await readdir(path.join(dir, 'partials')).catch(() => [] as string[]))
    .filter((f) => f.endsWith('.hbs'))
    .sort();
  const sources = new Map<string, string>([
    ['briefing.hbs', await read('briefing.hbs')],
    ['summary.hbs', await read('summary.hbs')],
    ['digest.hbs', await read('digest.hbs')],
  ]);
  for (const file of partialFiles) sources.set(`partials/${file}`, await read(`partials/${file}`));
  const partialNames = new Set(partialFiles.map((f) => f.replace(/\.hbs$/, '')));

  const layouts = new Map<string, Handlebars.TemplateDelegate>();
  for (const [rel, source] of sources) {
    check(hbs, source, label(rel), partialNames);
    const compiled = hbs.compile(source, { strict: false });
    if (rel.startsWith('partials/')) hbs.registerPartial(rel.slice('partials/'.length).replace(/\.hbs$/, ''), compiled);
    else layouts.set(rel, compiled);
  }
  return {
    layout: layouts.get('briefing.hbs')!,
    summary: layouts.get('summary.hbs')!,
    digest: layouts.get('digest.hbs')!,
    css: await read('print.css'),
    charts: await loadChartSpecs(dir, label),
  };
}

/** Parses a template as the compiler would, and checks the partials and helpers it names. */
function check(hbs: typeof Handlebars, source: string, file: string, partials: Set<string>): void {
  try {
    hbs.precompile(source, { knownHelpers: Object.fromEntries(HELPERS.map((h) => [h, true])), knownHelpersOnly: true });
  } catch (error) {
    const message = (error as Error).message;
    const line = /on line (\d+)/.exec(message)?.[1] ?? / - (\d+):\d+$/m.exec(message)?.[1];
    const helper = /unknown helper (\S+)/.exec(message)?.[1];
    const reason = helper
      ? `unknown helper '${helper}' (the helpers are ${HELPERS.join(', ')})`
      : /got 'EOF'/.test(message)
        ? 'syntax error: a {{#block}} is opened but never closed'
        : `syntax error: ${message.split('\n').slice(1).join(' ').replace(/\s+/g, ' ').trim() || message.split('\n')[0]}`;
    throw new TemplateError(file, line ? Number(line) : null, reason);
  }
  for (const match of source.matchAll(PARTIAL_REF)) {
    const name = match[1]!;
    if (partials.has(name)) continue;
    const line = source.slice(0, match.index).split('\n').length;
    throw new TemplateError(file, line, `unknown template '${name}': there is no partials/${name}.hbs`);
  }
}

function registerHelpers(hbs: typeof Handlebars): void {
  hbs.registerHelper('cite', (n: unknown) =>
    typeof n === 'number' && Number.isInteger(n)
      ? new SafeHtml(`<sup class="cite"><a href="#note-${n}">[${n}]</a></sup>`)
      : '',
  );
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hbs.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
  hbs.registerHelper('join', (items: unknown, sep: unknown) =>
    Array.isArray(items) ? items.map(String).join(typeof sep === 'string' ? sep : ', ') : '',
  );
  // "A", "A and B", "A, B and C": the conjunction is the template's word.
  hbs.registerHelper('list', (items: unknown, conjunction: unknown) => {
    const all = Array.isArray(items) ? items.map(String) : [];
    const last = all.pop();
    return all.length === 0 ? (last ?? '') : `${all.join(', ')} ${String(conjunction)} ${last}`;
  });
  // A CSS string for the digest's running header: every character but letters, digits and
  // spaces as a hex escape, so no title can end the string or the <style> element.
  hbs.registerHelper(
    'cssString',
    (value: unknown) =>
      new SafeHtml(
        `"${[...String(value ?? '')].map((c) => (/[A-Za-z0-9 ]/.test(c) ? c : `\\${c.codePointAt(0)!.toString(16)} `)).join('')}"`,
      ),
  );
  hbs.registerHelper('longDate', (iso: unknown) => (typeof iso === 'string' && iso ? readerDate(iso) : ''));
}
