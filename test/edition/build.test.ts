/** The seed corpus built with the real browser, read back as a user would read it. */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { build, type BuildReport } from '../../pipeline/edition/build.js';
import { launchPrinter, type Printer } from '../../pipeline/print/printer.js';
import { seedBuildOptions } from '../helpers.js';
import { readBookmarks } from '../../pipeline/print/pdfOutline.js';
import { pdfFonts, readPdf, textRuns } from '../pdfText.js';
import { bodyText, ledeText, uncitedFigures } from '../readerChecks.js';

let out: string;
let report: BuildReport;
let printer: Printer;

beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'briefings-out-'));
  printer = await launchPrinter();
  report = await build(seedBuildOptions(out, printer));
});
afterAll(async () => printer?.close());

/** Every PDF of the build: briefings, their summaries and the digest. */
const allPdfs = () => [
  ...report.briefings.flatMap((b) => [b.files.pdf!.path, b.files.summary!.path]),
  report.digest!.record!.file.path,
];

describe('building the seed corpus', () => {
  it('yields the corridor and place briefings the facts support, and says why others were skipped', async () => {
    const ids = report.briefings.map((b) => b.id);
    for (const id of ['g60', 'zhangjiang-lingang', 'shanghai', 'suzhou', 'songjiang']) expect(ids).toContain(id);
    expect(report.failed).toEqual([]);
    expect(report.skipped.find((s) => s.id === 'hangzhou')?.reason).toMatch(/fewer than the 4 a briefing needs/);
    const manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8'));
    const g60 = manifest.briefings.find((b: { id: string }) => b.id === 'g60');
    expect(g60).toMatchObject({
      kind: 'corridor',
      files: { pdf: { path: 'corridors/g60.pdf' }, html: { path: 'corridors/g60.html' } },
    });
    expect(g60.pages).toBeGreaterThan(1);
    expect(g60.files.pdf.sha256).toMatch(/^[0-9a-f]{64}$/);
    const index = await readFile(path.join(out, 'index.html'), 'utf8');
    expect(index).toContain('href="corridors/g60.pdf"');
  });

  it('prints the G60 title, headline figures with their citation, and the cited sentence', async () => {
    const { pages } = await readPdf(path.join(out, 'corridors/g60.pdf'));
    const text = pages.join(' ');
    expect(pages[0]).toContain('Yangtze River Delta G60 Science and Technology Innovation Corridor');
    const row = /R&D intensity 3\.77% 24 May 2024 \[(\d+)\]/.exec(text);
    expect(row, 'key figure row with citation').not.toBeNull();
    const note = new RegExp(`${row![1]}\\. 003_04df8af467d1954a\\.txt, line 33: “[^”]{0,400}3\\.77%`).exec(text);
    expect(note, 'the note the citation points to quotes the sentence').not.toBeNull();
    expect(text).toMatch(/76,200\skm²/);
    expect(text).toMatch(/about 57\.92\smillion\speople/);
  });

  it('prints a Shanghai–Suzhou cooperation briefing citing its 193 tasks to their sentence', async () => {
    const entry = report.briefings.find(
      (b) => b.kind === 'cooperation' && /shanghai/.test(b.id) && /suzhou/.test(b.id),
    );
    expect(entry?.files.pdf?.path).toBe('cooperation/shanghai-suzhou-cooperation.pdf');
    for (const file of [entry!.files.pdf!.path, entry!.files.summary!.path]) {
      const { pages } = await readPdf(path.join(out, file));
      const text = pages.join(' ');
      expect(pages[0], file).toMatch(/Shanghai–Suzhou cooperation/);
      const mark = /\b193\b[^[\]]{0,60}?\[(\d+)\]/.exec(bodyText(pages));
      expect(mark, `${file}: 193 with a citation mark`).not.toBeNull();
      expect(text, `${file}: the note quotes the sentence`).toMatch(
        new RegExp(
          `${mark![1]}\\. (Shanghai, Suzhou push deeper cooperation on technology, )?002_25dd12f20370bd58\\.txt, line 5: “Shanghai and Suzhou sealed arrangements on 193`,
        ),
      );
    }
  });

  it("quotes whole sentences on a summary page with room: Shanghai–Suzhou's and Zhangjiang–Lingang's", async () => {
    for (const [file, end] of [
      [
        'cooperation/shanghai-suzhou-cooperation.summary.pdf',
        'in the middle of the deepening combination of the twin cities.”',
      ],
      ['corridors/zhangjiang-lingang.summary.pdf', 'integrated circuit and smart cars respectively — will be formed.”'],
    ]) {
      const { pages } = await readPdf(path.join(out, file!));
      expect(pages, file).toHaveLength(1);
      const notes = pages[0]!.slice(pages[0]!.indexOf('Sources of these figures'));
      expect(notes, file).toContain(end);
      expect(notes, file).not.toContain('…');
    }
  });

  it('keeps small counts named in passing out of the key figures, and labels a count of partner cities as such', async () => {
    const section = (text: string, heading: string, ends: string[]) => {
      const start = text.indexOf(`${heading} `);
      if (start === -1) return '';
      const rest = text.slice(start + heading.length);
      return rest.slice(0, Math.min(...ends.map((e) => rest.indexOf(e)).filter((i) => i >= 0), rest.length));
    };
    const ends = ['Figures for', 'Other figures', 'Charts', 'Since the last', 'Where the', 'Sources of these'];
    for (const file of [
      'places/songjiang.pdf',
      'places/songjiang.summary.pdf',
      'places/zhangjiang.pdf',
      'corridors/g60.pdf',
    ]) {
      const text = (await readPdf(path.join(out, file))).pages.join(' ');
      const key = section(text, file.includes('summary') ? 'Headline figures' : 'Key figures', ends);
      expect(key, file).not.toMatch(/Cities|Traditional industries|Leading industries|Provinces/);
    }
    const songjiang = (await readPdf(path.join(out, 'places/songjiang.pdf'))).pages.join(' ');
    expect(section(songjiang, 'Other figures', ['Charts'])).toMatch(
      /Songjiang Partner cities 8 cities 11 July 2023 \[\d+\]/,
    );
    const g60 = (await readPdf(path.join(out, 'corridors/g60.pdf'))).pages.join(' ');
    expect(section(g60, 'Other figures', ['Charts'])).toMatch(/Provinces 3 provinces 11 July 2023 \[\d+\]/);
    expect(g60).not.toMatch(/Cities 3 provinces/);
  });

  it('has an Organizations section in the G60 briefing: who, what, how much, cited', async () => {
    const { pages, outline } = await readPdf(path.join(out, 'corridors/g60.pdf'));
    expect(outline).toContain('Organizations');
    const text = pages.join(' ');
    const section = text.slice(text.indexOf('Organizations ORGANIZATION'));
    const row =
      /Tencent’s G60 artificial intelligence advanced computing center.{0,40}Investment ¥45\sbillion \[(\d+)\]/.exec(
        section,
      );
    expect(row, 'organization, measure, figure and mark').not.toBeNull();
    expect(section).toMatch(/Works on artificial intelligence \[\d+\]/);
    expect(text).toMatch(
      new RegExp(`${row![1]}\\. 004_079b96334ad76713\\.txt, line 39: “.{0,200}total investment of 45 billion yuan`),
    );
  });

  it('numbers pages as "page X of Y" and sets the PDF metadata and outline', async () => {
    const { pages, info, outline } = await readPdf(path.join(out, 'corridors/g60.pdf'));
    expect(pages[0]).toContain(`page 1 of ${pages.length}`);
    expect(pages[pages.length - 1]).toContain(`page ${pages.length} of ${pages.length}`);
    expect(info.Title).toBe('Yangtze River Delta G60 Science and Technology Innovation Corridor — Corridor briefing');
    expect(info.Author).toBe('Test Office');
    expect(info.Subject).toMatch(/Corridor briefing: .*as of 24 May 2024/);
    expect(info.Keywords).toMatch(/corridor/);
    expect(outline.join('|')).toMatch(/Key figures/);
  });

  it('renders Chinese text with a CJK font', async () => {
    const { pages } = await readPdf(path.join(out, 'places/songjiang.pdf'));
    expect(pages[0]).toContain('松江区');
  });

  it('writes HTML with inline SVG charts that loads nothing from outside', async () => {
    const html = await readFile(path.join(out, 'corridors/g60.html'), 'utf8');
    expect((html.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(3);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|url\((?!#)|@import/i);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    expect(printer.blockedRequests).toEqual([]);
  });

  it("gives a place its figures beside its corridor's", async () => {
    const { pages } = await readPdf(path.join(out, 'places/songjiang.pdf'));
    const text = pages.join(' ');
    expect(text).toMatch(/R&D intensity 6\.79%/);
    expect(text).toMatch(/part of the Yangtze River Delta G60 Science and Technology Innovation Corridor ?\[\d+\]/);
  });
});

describe('typography for print', () => {
  it('embeds every font as TrueType: no Type 3 font, which print shops reject, in any PDF', () => {
    for (const file of allPdfs()) {
      const fonts = pdfFonts(path.join(out, file));
      expect(fonts.length, file).toBeGreaterThan(0);
      expect(
        fonts.filter((f) => f.type !== 'CID TrueType'),
        file,
      ).toEqual([]);
    }
  });

  it('prints quotes and apostrophes in English in a Latin face, Chinese names in a CJK face', async () => {
    // One document at a time: pdf.js's in-process worker failed a page request once with twenty in flight under load.
    const runs: { text: string; font: string }[] = [];
    for (const f of allPdfs()) runs.push(...(await textRuns(path.join(out, f))));
    const quoted = runs.filter((r) => /[’‘“”]/.test(r.text));
    expect(quoted.length).toBeGreaterThan(5);
    for (const run of quoted) expect(run.font, run.text).toMatch(/\+Noto(Serif|Sans)-/);
    const chinese = runs.filter((r) => /\p{Script=Han}/u.test(r.text));
    expect(chinese.map((r) => r.text)).toContain('松江区');
    for (const run of chinese) expect(run.font, run.text).toMatch(/\+(UMing|WenQuanYi)/);
  });

  it('lists each source by its own title, says plainly when it gives none, and prints no column empty in every row', async () => {
    const sourcesOf = async (file: string) => {
      const text = (await readPdf(path.join(out, file))).pages.join(' ');
      return text.slice(text.lastIndexOf('Sources TITLE'), text.indexOf('Notes: the sentences behind'));
    };
    const g60 = await sourcesOf('corridors/g60.pdf');
    // No source of G60's names its publisher or has a web address: neither column is printed.
    expect(g60).toMatch(/^Sources TITLE DATE FILE /);
    // An article without a headline is told apart by its first words, never titled with them.
    expect(g60).toMatch(
      /Untitled article beginning “Since 2016, the G60 science and technology innovation …” 11 July 2023 004_079b96334ad76713\.txt/,
    );
    expect(g60).not.toMatch(/^Sources .*(?<!beginning “)Since 2016/);
    expect(g60).toMatch(/This corridor is accelerating .* 24 May 2024 003_04df8af467d1954a\.txt/);
    const zhangjiang = await sourcesOf('corridors/zhangjiang-lingang.pdf');
    expect(zhangjiang).toMatch(
      /^Sources TITLE PUBLISHER DATE FILE Leading innovation hubs tie up for win-win strategy Shine 12 July 2018 000_1ddc0bd7aa638f52\.txt/,
    );
  });

  it('keeps dates and file names on one line in the sources table', async () => {
    for (const entry of report.briefings) {
      const text = (await readPdf(path.join(out, entry.files.pdf!.path))).pages.join(' ');
      const sources = text.slice(text.lastIndexOf('Sources TITLE'));
      expect(sources, entry.id).not.toMatch(/\d{4}-\d{2}?-? \d/);
      for (const id of entry.sources) expect(sources, entry.id).toContain(`${id}.txt`);
    }
  });
});

describe('what a reader trusts', () => {
  it('prints every date one way, as a reader writes it ("24 May 2024"): cover, running header, tables, timeline', async () => {
    for (const file of allPdfs()) {
      const text = (await readPdf(path.join(out, file))).pages.join(' ');
      expect(text.match(/\b(?:19|20)\d{2}-\d{2}(?:-\d{2})?\b/g) ?? [], file).toEqual([]);
    }
    const g60 = (await readPdf(path.join(out, 'corridors/g60.pdf'))).pages;
    expect(g60[1], 'the running header of page 2').toMatch(/Innovation Corridor As of 24 May 2024 page 2 of/);
    expect(g60.join(' ')).toMatch(/Area 76,200\skm² 11 July 2023 \[\d+\]/);
    expect(g60.join(' ')).toMatch(/24 May 2024 On May 24, the conference/);
  });

  it('prints a citation mark after every figure in the body of each briefing and summary', async () => {
    for (const entry of report.briefings)
      for (const file of [entry.files.pdf!.path, entry.files.summary!.path])
        expect(uncitedFigures((await readPdf(path.join(out, file))).pages), file).toEqual([]);
  });

  it('quotes sentences with their quote marks put right, and cuts a timeline entry only around what it says', async () => {
    for (const file of allPdfs()) {
      const text = (await readPdf(path.join(out, file))).pages.join(' ');
      // Two double marks together ("““6+X”", "market.””"), or a mark with no partner left at a quote's start.
      expect(text.match(/[“”"]\s?[“”"]|“"|"”/g) ?? [], file).toEqual([]);
    }
    const shanghai = (await readPdf(path.join(out, 'places/shanghai.pdf'))).pages.join(' ');
    expect(shanghai).toMatch(/line 19: “We have built a total of 100 smart factories\.”/);
    expect(shanghai).toMatch(
      /line 13: “ ‘The total industrial output of Shanghai .{0,120}43 percent,’ said Tang Wenkan/,
    );
    const g60 = (await readPdf(path.join(out, 'corridors/g60.pdf'))).pages.join(' ');
    const timeline = g60.slice(g60.indexOf('Timeline 2016'), g60.indexOf('Industries INDUSTRY'));
    expect(timeline).toMatch(/2017 In 2017, .* was extended from the original 40 kilometers to 180 kilometers/);
    expect(timeline).toMatch(/nine cities co-hosted the first G60 science and technology corridor joint conference/);
    expect(timeline).toMatch(/version 3\.0 “joint construction of nine cities”\. \[\d+\]/);
  });

  it("says no more than there is: no internal words, no zero counts, the CLI's fact counts", async () => {
    for (const entry of report.briefings)
      for (const file of [entry.files.pdf!.path, entry.files.summary!.path]) {
        const body = bodyText((await readPdf(path.join(out, file))).pages);
        const jargon =
          /cooperation records?|dated milestones?|reference table|named in the sources|cited sentences|(?<![\d.,])\b0 [a-z]+|(?<![\d.,])\b1 [a-z]+s\b/;
        expect(jargon.exec(body)?.[0], file).toBeUndefined();
        // The tool's words for its own workings: a member table's "facts found", a line on what it left out.
        const workings = /facts found|named a member in|not in these sources|name in passing|not key figures/i;
        expect(workings.exec(body)?.[0], file).toBeUndefined();
      }
    // The member table counts a place's facts as the build does when it decides on its briefing.
    const g60 = (await readPdf(path.join(out, 'corridors/g60.pdf'))).pages.join(' ');
    const hangzhou = report.skipped.find((s) => s.id === 'hangzhou')!;
    expect(g60).toContain(`Hangzhou ${/^(\d+) facts/.exec(hangzhou.reason)![1]}`);
  });

  it('on a first edition: no "Since the last edition" section but a line in the colophon, and charts as a section of their own', async () => {
    const { bookmarks } = await readBookmarks(await readFile(path.join(out, 'corridors/g60.pdf')));
    const sections = bookmarks[0]!.children.map((b) => b.title);
    expect(sections).not.toContain('Since the last edition');
    expect(sections).toContain('Charts');
    expect(sections.indexOf('Charts')).toBe(sections.indexOf('Key figures') + 3); // after the member and other figures
    expect((await readPdf(path.join(out, 'corridors/g60.pdf'))).pages.at(-1)).toMatch(
      /Made from 3 sources; .*First edition: there is no earlier edition of this briefing to compare with\./,
    );
  });

  it('opens each briefing and summary with a lede written from the facts, every number in it cited', async () => {
    const ledes = new Map<string, string>();
    for (const entry of report.briefings) {
      const html = await readFile(path.join(out, entry.files.html!.path), 'utf8');
      const captions = [...html.matchAll(/<figcaption>([^<]*)<\/figcaption>/g)].map((m) =>
        m[1]!.replace(/&amp;/g, '&'),
      );
      for (const file of [entry.files.pdf!.path, entry.files.summary!.path]) {
        const { pages, outline } = await readPdf(path.join(out, file));
        const lede = ledeText(pages[0]!, [...outline.slice(1), ...captions, 'The full briefing has']);
        ledes.set(file, lede ?? '');
        expect(lede, file).toMatch(
          new RegExp(`^(The )?${outline[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(’s | is an? )`),
        );
        expect(lede!.split(/\.(?= [A-Z]|$)/).length, `${file}: a paragraph, not a line`).toBeGreaterThan(2);
        expect(uncitedFigures([lede!]), file).toEqual([]);
      }
    }
    const g60 = ledes.get('corridors/g60.pdf')!;
    expect(g60).toMatch(/innovation corridor linking Songjiang, Jiaxing, .* and Hefei ?\[\d+\]/);
    expect(g60).toMatch(/R&D intensity is 3\.77% ?\[\d+\]/);
    expect(g60).toMatch(/Most recently, on 24 May 2024, the conference .* was held ?\[\d+\]\./);
    expect(ledes.get('places/songjiang.pdf')).toMatch(
      /^Songjiang is a district in Shanghai, part of the Yangtze River Delta G60/,
    );
    expect(ledes.get('corridors/zhangjiang-lingang.pdf')).toMatch(
      /three industrial clusters within three years \(by 2021\) ?\[\d+\]/,
    );
  });
});
