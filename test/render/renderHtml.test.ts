/**
 * The render stage on its own: seed briefing models -> charts (SVG) and HTML, no browser.
 * What a reader sees must already be right in the HTML: cited figures, escaped source text,
 * inline charts and nothing that loads.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BriefingModel } from '../../pipeline/briefings/briefingModel.js';
import { planBriefings } from '../../pipeline/briefings/planBriefings.js';
import { renderChart, renderCharts, scopeIds, toGrayscale } from '../../pipeline/render/renderCharts.js';
import { renderHtml } from '../../pipeline/render/renderHtml.js';
import { loadTemplates, type Templates } from '../../pipeline/render/templates.js';
import { headingTexts } from '../../pipeline/render/headings.js';
import { SUMMARY_FITS, summaryModel, type SummaryFit } from '../../pipeline/briefings/summaryModel.js';
import { renderSummaryHtml } from '../../pipeline/render/renderHtml.js';
import { renderDigestHtml } from '../../pipeline/render/digestHtml.js';
import { ROOT, seedFacts } from '../helpers.js';
import { headingsWithNothingUnder } from '../readerChecks.js';

let templates: Templates;
let briefings: BriefingModel[];

beforeAll(async () => {
  templates = await loadTemplates(path.join(ROOT, 'templates'));
  briefings = planBriefings(await seedFacts()).briefings;
});

const g60 = () => briefings.find((b) => b.id === 'g60')!;

/** A summary's HTML at one fit, its chart drawn with the page's citation numbers, as the build does. */
async function summaryHtml(briefing: BriefingModel, fit: SummaryFit): Promise<string> {
  const summary = summaryModel(briefing, fit);
  const chart = summary.chart && (await renderChart(summary.chart, templates.charts));
  return renderSummaryHtml(summary, chart, templates, { paper: 'a4' });
}

describe('render stage', () => {
  it('renders a briefing with its title, cited figures and inline SVG charts', async () => {
    const briefing = g60();
    const charts = await renderCharts(briefing, templates.charts, { grayscale: false });
    expect(charts.length).toBeGreaterThan(0);
    const html = renderHtml(briefing, charts, templates, { paper: 'a4' });
    expect(html).toContain(briefing.title);
    expect(html).toMatch(/<svg[\s>]/);
    expect(html).toMatch(/3\.77\s*%[\s\S]{0,200}?\[\d+\]|3\.77%<\/[^>]+>\s*<a[^>]*>\[\d+\]/);
    expect(html).not.toMatch(/<script|<link|<iframe|src=|@import/i);
    expect(headingTexts(html)[0]).toContain('Yangtze River Delta G60');
  });

  it("leaves out a chart with one row: one place's industry focus is the Industries table already", async () => {
    const suzhou = briefings.find((b) => b.id === 'suzhou')!;
    expect(new Set(suzhou.focusMatrix.map((m) => m.place)).size).toBe(1);
    const charts = await renderCharts(suzhou, templates.charts, { grayscale: false });
    expect(charts.map((c) => c.id)).not.toContain('industry-matrix');
    const corridor = await renderCharts(g60(), templates.charts, { grayscale: false });
    expect(new Set(g60().focusMatrix.map((m) => m.place)).size >= 2).toBe(
      corridor.some((c) => c.id === 'industry-matrix'),
    );
  });

  it("lists one place's industries in a line, and tables them only when several places work on them", async () => {
    const industriesOf = async (id: string) => {
      const briefing = briefings.find((b) => b.id === id)!;
      const html = renderHtml(briefing, await renderCharts(briefing, templates.charts), templates, { paper: 'a4' });
      return /<h2>Industries<\/h2>([\s\S]*?)<\/section>/.exec(html)![1]!;
    };
    const songjiang = await industriesOf('songjiang');
    expect(songjiang).not.toMatch(/<table|Who works on it|>Songjiang</);
    expect(songjiang).toMatch(
      /Artificial intelligence<sup class="cite"><a href="#note-\d+">\[\d+\]<\/a><\/sup><\/span> · /,
    );
    expect(await industriesOf('pudong')).toMatch(/<th>Who works on it<\/th>[\s\S]*Zhangjiang, Lingang/);
  });

  it('opens with a lede whose every citation mark links to a note of the same page, summary included', async () => {
    for (const briefing of briefings) {
      const charts = await renderCharts(briefing, templates.charts, { grayscale: false });
      const pages = [
        renderHtml(briefing, charts, templates, { paper: 'a4' }),
        await summaryHtml(briefing, SUMMARY_FITS[0]!),
      ];
      for (const html of pages) {
        const lede = /<p class="lede">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
        expect(lede, briefing.id).toContain(briefing.title);
        for (const [, n] of lede.matchAll(/\[(\d+)\]/g)) {
          expect(lede, briefing.id).toContain(`<a href="#note-${n}">[${n}]</a>`);
          expect(html, briefing.id).toContain(`<li id="note-${n}"`);
        }
      }
    }
  });

  it('says in its lede only what the facts give: no sentence that only restates the kind ("Shanghai is a city.")', () => {
    const ledeOf = (b: BriefingModel) =>
      (/<p class="lede">([\s\S]*?)<\/p>/.exec(renderHtml(b, [], templates, { paper: 'a4' }))?.[1] ?? '')
        .replace(/<[^>]*>/g, '')
        .trim();
    for (const briefing of briefings) {
      const bare = new RegExp(`^(The )?${briefing.title} is an? (innovation )?\\w+\\.`);
      expect(ledeOf(briefing), briefing.id).not.toMatch(bare);
    }
    const shanghai = ledeOf(briefings.find((b) => b.id === 'shanghai')!);
    expect(shanghai).toMatch(
      /^Shanghai’s total industrial output is ¥4\strillion\[\d+\], [^.]*260\srobots per 10,000 people/,
    );
    expect(shanghai).toMatch(/\. It works with Suzhou and Wuhu\[/);
    expect(ledeOf(briefings.find((b) => b.id === 'pudong')!)).toMatch(
      /^Pudong is a district in Shanghai\. Its industries/,
    );
  });

  it('escapes source text: a quote with markup prints as text', async () => {
    const briefing = structuredClone(g60());
    briefing.notes[0]!.quote = '<img src=x onerror=alert(1)> {{constructor}}';
    const html = renderHtml(briefing, [], templates, { paper: 'a4' });
    expect(html).toMatch(/&lt;img src(?:=|&#x3D;)x onerror(?:=|&#x3D;)alert\(1\)&gt;/);
    expect(html).not.toContain('<img');
  });

  it('scopes chart ids and turns colours to grays of the same lightness', () => {
    expect(scopeIds('<clipPath id="clip1"></clipPath><g clip-path="url(#clip1)">', 'c7')).toBe(
      '<clipPath id="c7-0"></clipPath><g clip-path="url(#c7-0)">',
    );
    expect(toGrayscale('fill="#ff0000"')).toMatch(/fill="#([0-9a-f]{2})\1\1"/);
  });

  it('does not change the model it renders', async () => {
    const briefing = g60();
    const before = JSON.stringify(briefing);
    renderHtml(briefing, await renderCharts(briefing, templates.charts, { grayscale: false }), templates, {
      paper: 'a4',
    });
    expect(JSON.stringify(briefing)).toBe(before);
  });
});

describe('headings', () => {
  it('have something under every one, in every briefing and every fit of its summary', async () => {
    for (const briefing of briefings) {
      const charts = await renderCharts(briefing, templates.charts, { grayscale: false });
      expect(headingsWithNothingUnder(renderHtml(briefing, charts, templates, { paper: 'a4' })), briefing.id).toEqual(
        [],
      );
      for (const fit of SUMMARY_FITS) {
        const html = await summaryHtml(briefing, fit);
        expect(headingsWithNothingUnder(html), `${briefing.id} summary`).toEqual([]);
      }
    }
    expect(headingsWithNothingUnder('<body><h2>Empty</h2></section><section><h2>Full</h2><p>x</p></body>')).toEqual([
      'Empty',
    ]);
  });

  it('print "Since the last edition" only when something changed; otherwise the colophon says so', async () => {
    const model = await seedFacts();
    const since = (drop: number) =>
      planBriefings(model, {
        minFacts: 4,
        keyMetrics: [],
        baselineFor: (_, facts) => ({ date: '2026-03-01', facts: facts.slice(drop), sourceTitles: {}, names: {} }),
      }).briefings.find((b) => b.id === 'g60')!;
    const unchanged = renderHtml(since(0), [], templates, { paper: 'a4' });
    expect(headingTexts(unchanged)).not.toContain('Since the last edition');
    expect(unchanged).toContain('Nothing in it has changed since the edition of 1 March 2026.');
    const changed = renderHtml(since(1), [], templates, { paper: 'a4' });
    expect(headingTexts(changed)).toContain('Since the last edition');
    expect(changed).not.toContain('Nothing in it has changed');
    const first = renderHtml(g60(), [], templates, { paper: 'a4' });
    expect(headingTexts(first)).not.toContain('Since the last edition');
    expect(first).toContain('First edition: there is no earlier edition of this briefing to compare with.');
  });
});

describe('the digest', () => {
  it("names each briefing and its as-of date in its pages' running header, as a CSS string no title can end", () => {
    const hostile = 'Evil"; } </style><script>alert(1)</script> 松江';
    const html = renderDigestHtml(
      templates,
      [
        {
          id: 'x',
          title: hostile,
          kindLabel: 'City briefing',
          asOf: '2024-05-24',
          html: '<body class="kind-city"><h1>X</h1></body>',
        },
      ],
      { title: 'Corridor briefings', date: '2026-11-21', author: '', paper: 'a4', pages: null, blankBefore: new Set() },
    );
    expect(html).toContain('style="page: b1"');
    expect(html).toMatch(/@page b1 \{\s*@top-left \{ content: "Evil/);
    expect(html).toContain('"Evil\\22 \\3b  \\7d  \\3c \\2f style\\3e ');
    expect(html).toContain('"As of " "24 May 2024"');
    expect(html).not.toContain('</style><script>');
  });
});

describe('figures that do not agree', () => {
  it('prints two goals for one measure as goals with the date they are due, not as sources disagreeing', async () => {
    const zl = briefings.find((b) => b.conflicts.some((c) => c.goals))!;
    expect(zl).toBeDefined();
    const html = renderHtml(zl, [], templates, { paper: 'a4' });
    const section = /<section class="conflicts">[\s\S]*?<\/section>/.exec(html)![0];
    expect(section).toContain('Figures that do not agree');
    expect(section).toMatch(/<caption>[^<]*: goals for [a-z][^<]+<\/caption>/);
    expect(section).toContain('<th>By</th>');
    expect(section).not.toMatch(/sources disagree/i);
  });
});
