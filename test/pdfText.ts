/** Reads a PDF back as a user's viewer would: its text per page and its document information. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
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

/**
 * How far down each page its body is filled: the share of the area between the top and bottom
 * page margins (where the running header and footer sit) that lies above the last inked row,
 * from the page printed as a gray image at 30 dpi. A page that ends a third of the way down has 0.33.
 */
export function pageFill(file: string, margins = { topMm: 22, bottomMm: 20 }): number[] {
  const dpi = 30;
  const dir = mkdtempSync(path.join(tmpdir(), 'page-fill-'));
  try {
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', file, path.join(dir, 'p')]);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.pgm'))
      .sort((a, b) => Number(/(\d+)\.pgm$/.exec(a)![1]) - Number(/(\d+)\.pgm$/.exec(b)![1]))
      .map((f) => {
        const { width, height, pixels } = readPgm(readFileSync(path.join(dir, f)));
        const top = Math.ceil((margins.topMm / 25.4) * dpi);
        const bottom = height - Math.ceil((margins.bottomMm / 25.4) * dpi);
        let last = top;
        for (let y = top; y < bottom; y++)
          for (let x = 0; x < width; x++) if (pixels[y * width + x]! < 200) last = y + 1;
        return (last - top) / (bottom - top);
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A binary PGM (P5, 8-bit) as poppler writes it. */
function readPgm(bytes: Buffer): { width: number; height: number; pixels: Buffer } {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString('latin1'))!;
  return { width: Number(header[1]), height: Number(header[2]), pixels: bytes.subarray(header[0].length) };
}
