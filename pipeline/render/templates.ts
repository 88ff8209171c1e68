/**
 * Loads `templates/`: the layout, its partials, the print CSS and the chart specs. Compiled once
 * per build; source text is only ever passed in as data, never compiled.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import Handlebars from 'handlebars';
import { RenderError } from '../errors.js';
import { loadChartSpecs, type ChartSpecs } from './renderCharts.js';

export interface Templates {
  layout: Handlebars.TemplateDelegate;
  css: string;
  charts: ChartSpecs;
}

/** Markup we made ourselves (chart SVG, citation marks): the only values printed unescaped. */
export class SafeHtml extends Handlebars.SafeString {}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export async function loadTemplates(dir: string): Promise<Templates> {
  const hbs = Handlebars.create();
  registerHelpers(hbs);
  const partialsDir = path.join(dir, 'partials');
  for (const file of (await readdir(partialsDir)).filter((f) => f.endsWith('.hbs')).sort()) {
    const name = file.replace(/\.hbs$/, '');
    const source = await readFile(path.join(partialsDir, file), 'utf8');
    try {
      hbs.registerPartial(name, hbs.compile(source, { strict: false, knownHelpersOnly: false }));
      hbs.precompile(source); // syntax errors surface here, with the file named
    } catch (error) {
      throw new RenderError(`templates/partials/${file}`, (error as Error).message.split('\n')[0]!);
    }
  }
  const layoutSource = await readFile(path.join(dir, 'briefing.hbs'), 'utf8');
  let layout: Handlebars.TemplateDelegate;
  try {
    hbs.precompile(layoutSource);
    layout = hbs.compile(layoutSource);
  } catch (error) {
    throw new RenderError('templates/briefing.hbs', (error as Error).message.split('\n')[0]!);
  }
  return { layout, css: await readFile(path.join(dir, 'print.css'), 'utf8'), charts: await loadChartSpecs(dir) };
}

function registerHelpers(hbs: typeof Handlebars): void {
  hbs.registerHelper('cite', (n: unknown) => (typeof n === 'number' && Number.isInteger(n) ? new SafeHtml(`<sup class="cite"><a href="#note-${n}">[${n}]</a></sup>`) : ''));
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hbs.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
  hbs.registerHelper('join', (items: unknown, sep: unknown) => (Array.isArray(items) ? items.map(String).join(typeof sep === 'string' ? sep : ', ') : ''));
  hbs.registerHelper('longDate', (iso: unknown) => {
    if (typeof iso !== 'string') return '';
    const [y, m, d] = iso.split('-');
    return [d ? String(Number(d)) : '', m ? MONTHS[Number(m) - 1] : '', y].filter(Boolean).join(' ');
  });
}
