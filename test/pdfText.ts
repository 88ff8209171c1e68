/** Reads a PDF back as a user's viewer would: its text per page and its document information. */
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
