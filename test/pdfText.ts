/** Reads a PDF back as a user's viewer would: its text per page and its document information. */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export async function readPdf(
  file: string,
): Promise<{ pages: string[]; info: Record<string, unknown>; outline: string[] }> {
  const doc = await getDocument({
    data: new Uint8Array(await readFile(file)),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : ''))
        .join('')
        .replace(/\s+/g, ' '),
    );
  }
  const { info } = await doc.getMetadata();
  type Item = { title: string; items?: Item[] };
  const flatten = (items: Item[]): string[] => items.flatMap((o) => [o.title, ...flatten(o.items ?? [])]);
  const outline = flatten(((await doc.getOutline()) ?? []) as Item[]);
  await doc.destroy();
  return { pages, info: info as Record<string, unknown>, outline };
}

/** The fonts a PDF embeds, as `pdffonts` (poppler) lists them: what a print shop's preflight reads. */
export function pdfFonts(file: string): { name: string; type: string }[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  // Columns are fixed-width: name (37), then type (18).
  return lines.map((line) => ({ name: line.slice(0, 37).trim(), type: line.slice(37, 55).trim() }));
}

/** Every run of text on every page with the name of the font it is printed in. */
export async function textRuns(file: string): Promise<{ text: string; font: string }[]> {
  const doc = await getDocument({
    data: new Uint8Array(await readFile(file)),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const runs: { text: string; font: string }[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    await page.getOperatorList(); // loads the page's fonts, so their names can be read
    for (const item of (await page.getTextContent()).items)
      if ('str' in item && item.str.trim())
        runs.push({ text: item.str, font: (page.commonObjs.get(item.fontName) as { name: string }).name });
  }
  await doc.destroy();
  return runs;
}
