import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../pipeline/clean/cleanArticle.js';
import { decodeSource } from '../../pipeline/ingest/readSources.js';
import { parseSource } from '../../pipeline/ingest/parseSource.js';
import { seedReference } from '../helpers.js';

const clean = async (text: string) =>
  cleanArticle(parseSource(decodeSource('a.txt', new TextEncoder().encode(text))), await seedReference());
const BODY =
  'The corridor has attracted 320 joint research projects since it was launched in 2021, officials said on Monday.';

describe('cleanArticle', () => {
  it('drops navigation, bylines and captions, and records why', async () => {
    const article = await clean(
      `Home >> News >> Article\n\nBig news headline for the corridor\n\nBy LI Ming and WANG Fang\n\n${BODY}\n\nEditor: 钟建丽`,
    );
    expect(article.source.title).toBe('Big news headline for the corridor');
    expect(article.paragraphs.map((p) => p.text)).toEqual([BODY]);
    expect(article.dropped.map((d) => [d.line, d.reason])).toEqual([
      [1, 'breadcrumb navigation'],
      [3, 'title'],
      [5, 'byline'],
      [9, 'byline or editor line'],
    ]);
  });

  it('takes each long line ending a sentence for a paragraph', async () => {
    const one = `Yingkou is a port city on the Bohai Sea. ${BODY} Laobian District was approved as a national base.`;
    const two = `There are 7 national key labs in the city. ${BODY}`;
    const article = await clean(`Headline of the page\n\n${one}\n${two}`);
    expect(article.paragraphs.map((p) => p.text)).toEqual([one, two]);
  });

  it('keeps the sentence that shares a line with a dateline, and drops a dateline alone', async () => {
    const article = await clean(`date 2021-11-05 ${BODY}\n\nUpdated: 2021-11-06 10:32`);
    expect(article.paragraphs.map((p) => p.text)).toEqual([BODY]);
    expect(article.paragraphs[0]!.offset).toBe('date 2021-11-05 '.length);
    expect(article.source.published).toBe('2021-11-05');
    expect(article.dropped.map((d) => [d.line, d.reason])).toEqual([[3, 'dateline']]);
  });

  it('reads past a wire dateline, with or without a date, and drops a bracketed photo credit line', async () => {
    for (const dateline of [
      'RIVERTON, May 27, 2022 /PRNewswire/ -- ',
      'RIVERTON -- ',
      'date 2022-05-27 RIVERTON, May 27 (Xinhua) -- ',
    ]) {
      const article = await clean(
        `${dateline}${BODY}\n\nA child at an art museum in Hillside, Southland province. [Photo by Li Ming/For China Daily]`,
      );
      expect(article.paragraphs.map((p) => p.text)).toEqual([BODY]);
      expect(article.paragraphs[0]!.offset).toBe(dateline.length);
    }
  });

  it('ends the article at a "Top News" block and at a comment form', async () => {
    for (const marker of ['Top News', 'Leave a Reply', 'Read More', 'Video']) {
      const article = await clean(
        `${BODY}\n\n${marker}\n\nAnother story with 70 other figures in it that must not count.`,
      );
      expect(article.paragraphs.map((p) => p.text)).toEqual([BODY]);
    }
  });

  it('ends the article at page numbers, and drops links to other stories and credited captions', async () => {
    const article = await clean(
      `${BODY}\n\nALSO READ: Lakeside eases curbs on 12 investments\n\nThe zone was set up in 1985 with 70 firms. Photos Provided to China Daily\n\n${BODY}\n\nPrevious Page 1 2 3 Next Page\n\nFour special holiday dishes to try in 2 hours`,
    );
    expect(article.paragraphs.map((p) => p.text)).toEqual([BODY, BODY]);
  });

  it('reads a caption ending in its credit as no headline', async () => {
    const article = await clean(`Lakeside, China. Photo: iStock\n\n${BODY}`);
    expect(article.headline).toBeNull();
  });

  it("drops the headline repeated as a photo's alt text, with the caption under it", async () => {
    const head = 'Lakeside leads on path to new economy';
    const caption = 'Lakeside accounts for about half of all investment from Taiwan in Hillside province.';
    const article = await clean(
      `${head}\n\n${head}\n${caption}\n\n${head}\n${caption.replace('half', 'a third')}\n\nCity stands out with its services\n\n${BODY}\n\n${head}\n\n${BODY}`,
    );
    expect(article.headline).toBe(head);
    // The last repeat has no photo under it: the paragraph after it is the article's.
    expect(article.paragraphs.map((p) => p.text)).toEqual([BODY, BODY]);
  });

  it('drops a "Latest News" link above the headline as navigation, not as the end of the article', async () => {
    const article = await clean(`www.example.com\n\nLatest News\n\nBig news headline for the corridor\n\n${BODY}`);
    expect(article.paragraphs.map((p) => p.text)).toEqual([BODY]);
    expect(article.dropped.find((d) => d.line === 3)?.reason).toMatch(/other stories/);
  });

  it('drops stories glued on after a repeated headline, each by its headline', async () => {
    const glued = 'Art museum opens new exhibition of masters | Art | Exhibition';
    const article = await clean(
      `${BODY}\n\n${glued}\n${glued}\n\nRaphael and 70 precious masterpieces arrive, the museum said in a statement today.`,
    );
    expect(article.paragraphs.map((p) => p.text)).toEqual([BODY]);
    expect(article.dropped[0]!.reason).toBe('unrelated story glued on: "Art museum opens new exhibition of masters"');
  });

  it('takes the title line for the headline, not a site banner, a language menu or a dateline', async () => {
    const article = await clean(
      `The Official Website of the People's Government of Riverland Province Mobile 中文 Français\n\n3 March 2015\n\nHome>Business>Zones\n\nLakeside National High-Tech Zone\n\n${BODY}`,
    );
    expect(article.headline).toBe('Lakeside National High-Tech Zone');
  });

  it('reads on past a photo caption given twice, which is no glued-on story', async () => {
    const caption = 'A scene at the Lakeside Investment Promotion Conference.';
    const article = await clean(
      `${BODY}\n\n${caption}\n${caption}\n\nAgreements for 40 projects were signed at the conference held on Wednesday in the district.`,
    );
    expect(article.paragraphs.at(-1)!.text).toMatch(/^Agreements for 40 projects/);
  });

  it('drops slideshow controls above the article', async () => {
    const article = await clean(`Interval 10 seconds\n\n${BODY}`);
    expect(article.paragraphs.map((p) => p.text)).toEqual([BODY]);
    expect(article.dropped[0]?.reason).toMatch(/^slideshow controls/);
  });

  it('drops a menu of capitalised words under the article', async () => {
    const article = await clean(
      `${BODY}\n\nABOUT Introduction Development Zones Officials Department Industrial Parks`,
    );
    expect(article.paragraphs.map((p) => p.text)).toEqual([BODY]);
    expect(article.dropped.at(-1)?.reason).toBe('navigation menu');
  });

  it('keeps paragraphs verbatim so quotes can be found in the file', async () => {
    const text = `Title of the piece here\n\n${BODY}\nA second line of the same paragraph, also long enough to be prose.`;
    const article = await clean(text);
    expect(text.slice(article.paragraphs[0]!.offset)).toMatch(/^The corridor/);
    expect(article.paragraphs[0]!.text).toContain('\nA second line');
  });

  it('joins back the lines of a press release wrapped at a fixed width, blank lines and all', async () => {
    const prose = [
      'In 2022, the number of new technology-based enterprises in the Riverside New Area was 1.8 times that of the year before, according to its administrative committee.',
      'Meanwhile, 18 large companies and 24 top-performing Chinese firms settled in the new area, which saw its industrial investment grow by 81.6 percent.',
      'In order to give full play to the industrial cluster effect, the new area has set up an industrial belt and ten industrial parks and established 12 key industrial chains.',
    ];
    const wrapped = prose.map((p) => wrap(p, 72).join('\n\n')).join('\n\n\n');
    const text = `Riverside New Area opens a window to innovation-driven development\n\n${wrapped}`;
    const article = await clean(text);
    expect(article.paragraphs).toHaveLength(3);
    expect(article.paragraphs.map((p) => p.text.replace(/\s+/g, ' '))).toEqual(prose);
    // Verbatim: the blank lines stay, so a quote is found in the file as it is.
    for (const p of article.paragraphs) expect(text.slice(p.offset, p.offset + p.text.length)).toBe(p.text);
  });

  it('leaves the short lines of an ordinary page apart', async () => {
    // Every line under 120 characters, but each paragraph ends a sentence and the heading is short.
    const bodies = [320, 410, 505, 610, 720, 830, 940, 1050].map((n) => BODY.replace('320', String(n)));
    const text = `Headline of an ordinary page about the zone\n\n${bodies.slice(0, 4).join('\n\n')}\n\nNew platforms for joint research\n\n${bodies.slice(4).join('\n\n')}`;
    const article = await clean(text);
    expect(article.paragraphs.map((p) => p.text)).toEqual(bodies);
  });
});

/** Lines of at most `width` characters, broken between words. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}
