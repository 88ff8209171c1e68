/** out/index.html: the digest, and every briefing with its title, kind, as-of date, pages and links. */
import type { DigestRecord, ManifestEntry } from './manifest.js';
import { escapeHtml } from '../text/escape.js';
import { readerDate } from '../render/readerDate.js';

/** The digest's link; a digest of an earlier edition is said to be one, so nobody hands it out as current. */
function digestLine(digest: DigestRecord): string {
  const link = `<a href="${escapeHtml(digest.file.path)}">digest</a> (${digest.pages} pages, ${digest.starts.length} briefings)`;
  return digest.stale
    ? `<p class="stale">Out of date: the ${link} is of an earlier edition and lacks the changes since. Build with <code>--digest</code> to print it again.</p>`
    : `<p>The whole edition in one PDF: ${link}.</p>`;
}

export function renderIndex(entries: ManifestEntry[], digest: DigestRecord | null = null): string {
  const rows = entries
    .map((e) => {
      const link = (file: { path: string } | undefined, label: string) =>
        file ? `<a href="${escapeHtml(file.path)}">${label}</a>` : '';
      const links = [link(e.files.pdf, 'PDF'), link(e.files.summary, 'one-page summary'), link(e.files.html, 'HTML')]
        .filter(Boolean)
        .join(' · ');
      return `<tr><td>${escapeHtml(e.title)}</td><td>${escapeHtml(e.kind)}</td><td>${escapeHtml(e.asOf ? readerDate(e.asOf) : 'undated')}</td><td class="num">${e.pages ?? '—'}</td><td class="num">${e.facts}</td><td>${links}</td></tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Corridor briefings</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>body{font-family:"Noto Sans CJK SC",sans-serif;margin:2rem auto;max-width:60rem;color:#1f2933}h1{color:#1f4e79}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.35rem .6rem;border-bottom:1px solid #cbd2d9}.num{text-align:right}a{color:#1f4e79}.stale{color:#8a2c0d}</style>
</head><body><h1>Corridor briefings</h1>
${digest ? digestLine(digest) : ''}
<table><thead><tr><th>Briefing</th><th>Kind</th><th>As of</th><th class="num">Pages</th><th class="num">Facts</th><th>Files</th></tr></thead>
<tbody>
${rows}
</tbody></table></body></html>
`;
}
