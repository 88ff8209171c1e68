/**
 * Briefings' HTML -> one digest document: a cover, a table of contents, then every briefing's
 * body as an article. Ids are prefixed per briefing so citation links and chart references
 * stay inside their own briefing. Page numbers come from the print stage (see build/digest).
 * Each briefing is a named page, so the running header of its pages names it and its as-of date.
 */
import { RenderError } from './errors.js';
import { pageCss } from './renderHtml.js';
import { SafeHtml, type Templates } from './templates.js';

export interface DigestPart {
  id: string;
  title: string;
  kindLabel: string;
  /** The briefing's as-of date (YYYY-MM-DD), for the running header of its pages. */
  asOf: string | null;
  /** The briefing's full HTML document, as rendered for it alone. */
  html: string;
}

export interface DigestLayout {
  title: string;
  date: string;
  author: string;
  paper: 'a4' | 'letter';
  grayscale?: boolean;
  cropSafe?: boolean;
  /** Page each briefing starts on; absent while it is being found out. */
  pages: Map<string, number> | null;
  /** Briefings preceded by a blank page, so they start on a right-hand page (duplex). */
  blankBefore: Set<string>;
  /** Only the cover and contents: to count their pages. */
  frontOnly?: boolean;
}

export function renderDigestHtml(templates: Templates, parts: DigestPart[], layout: DigestLayout): string {
  const articles = layout.frontOnly
    ? []
    : parts.map((part, i) => {
        const { body, bodyClass } = bodyOf(part);
        const blank = layout.blankBefore.has(part.id)
          ? '<div class="blank-page"><p>This page is intentionally blank.</p></div>\n'
          : '';
        // Each briefing is a named page (see digest.hbs), so its pages' header can name it.
        return new SafeHtml(
          `${blank}<article class="briefing ${bodyClass}" style="page: b${i + 1}">${prefixIds(body, `b${i + 1}-`)}</article>\n`,
        );
      });
  try {
    return templates.digest({
      title: layout.title,
      date: layout.date,
      author: layout.author,
      toc: parts.map((p) => ({ title: p.title, kindLabel: p.kindLabel, page: layout.pages?.get(p.id) ?? null })),
      articles,
      running: parts.map((p, i) => ({ page: `b${i + 1}`, title: p.title, kindLabel: p.kindLabel, asOf: p.asOf })),
      css: new SafeHtml(pageCss(templates, layout)),
    });
  } catch (error) {
    throw new RenderError('digest', `template failed: ${(error as Error).message}`);
  }
}

/** The inside of <body>, and its class: markup the pipeline made itself. */
function bodyOf(part: DigestPart): { body: string; bodyClass: string } {
  const open = /<body([^>]*)>/.exec(part.html);
  const close = part.html.lastIndexOf('</body>');
  if (!open || close === -1) throw new RenderError(part.id, 'briefing HTML has no body');
  return {
    body: part.html.slice(open.index + open[0].length, close),
    bodyClass: /class="([^"]*)"/.exec(open[1]!)?.[1] ?? '',
  };
}

/** Source text reaches HTML escaped, so every id="..." and #reference here is ours. */
function prefixIds(html: string, prefix: string): string {
  return html
    .replace(/\bid="([^"]+)"/g, (_, id: string) => `id="${prefix}${id}"`)
    .replace(/href="#([^"]+)"/g, (_, id: string) => `href="#${prefix}${id}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${prefix}${id})`);
}
