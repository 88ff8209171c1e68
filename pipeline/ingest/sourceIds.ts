/**
 * Source ids: what facts and citations name a source by, so two files must never share one.
 *
 * A file's id is the slug of its path without the extension (`reports/g60-2024.md` ->
 * `reports-g60-2024`), as it has always been. Files whose slugs are the same (`report.md`,
 * `report.txt`, `report!.md`) each get their slug and a hash of their own path instead
 * (`report--3f0c…`): different from each other, the same on every run, and not any file's plain
 * id (a slug never holds `--`), so no file can take the id of another. Only colliding files change.
 */
import { createHash } from 'node:crypto';
import { slugify } from '../text/slug.js';

/** Hex digits of the path's sha256 in a colliding file's id: 64 bits, so no other name can be made to match. */
const HASH_DIGITS = 16;

/** The plain id of a path: its slug, without the extension. */
export function sourceIdFor(rel: string): string {
  return slugify(rel.replace(/\.[^.]+$/, '')) || 'source';
}

/** path -> id for every source of a folder, unique across them. */
export function sourceIds(paths: string[]): Map<string, string> {
  const plain = new Map(paths.map((p) => [p, sourceIdFor(p)]));
  const count = new Map<string, number>();
  for (const id of plain.values()) count.set(id, (count.get(id) ?? 0) + 1);
  return new Map(
    paths.map((p) => {
      const id = plain.get(p)!;
      if (count.get(id) === 1) return [p, id];
      return [p, `${id}--${createHash('sha256').update(p).digest('hex').slice(0, HASH_DIGITS)}`];
    }),
  );
}
