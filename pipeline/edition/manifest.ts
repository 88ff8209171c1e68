/**
 * out/manifest.json: what the output folder holds, one entry per briefing, each file with its
 * sha256 and size. It is also the build's memory of what it printed from which inputs: a
 * briefing whose keys match and whose files are intact is not printed again.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { pathProblem, readFileInside } from './insideFolder.js';

/** A file's path relative to its folder: a manifest can be edited, so one that leads out of it is refused. */
const RelativePath = z.string().superRefine((rel, context) => {
  const problem = pathProblem(rel);
  if (problem) context.addIssue({ code: 'custom', message: `${JSON.stringify(rel)} ${problem}` });
});

export const FileRecordSchema = z.object({ path: RelativePath, sha256: z.string(), bytes: z.number() });

export const ManifestEntrySchema = z.object({
  id: z.string(),
  kind: z.enum(['corridor', 'cooperation', 'city', 'district', 'zone']),
  title: z.string(),
  files: z.object({
    pdf: FileRecordSchema.optional(),
    html: FileRecordSchema.optional(),
    summary: FileRecordSchema.optional(),
  }),
  pages: z.number().nullable(),
  /** Ids of the sources it cites. */
  sources: z.array(z.string()),
  facts: z.number(),
  asOf: z.string().nullable(),
  /** When these files were written: kept while a rebuild finds nothing to change. */
  builtAt: z.string(),
  /** sha256 of the briefing model, templates, code and print options it was rendered from. */
  modelKey: z.string(),
  /** sha256 of the HTML and print options it was printed from. */
  htmlKey: z.string(),
});

export const DigestRecordSchema = z.object({
  file: FileRecordSchema,
  /** sha256 of every briefing's printed HTML in edition order and of the layout options. */
  key: z.string(),
  pages: z.number(),
  duplex: z.boolean(),
  /** Where each briefing starts, as the contents and the bookmarks say. */
  starts: z.array(z.object({ id: z.string(), page: z.number() })),
  /** True once a build changed briefings without printing the digest again: it is of an earlier edition. */
  stale: z.boolean().default(false),
});

export const ManifestSchema = z.object({
  generator: z.literal('corridor-briefings'),
  /** When a build last wrote a briefing. */
  updated: z.string().nullable(),
  briefings: z.array(ManifestEntrySchema),
  /** The digest of the whole edition, once one has been printed (`build --digest`). */
  digest: DigestRecordSchema.nullable().default(null),
});

export type FileRecord = z.infer<typeof FileRecordSchema>;
export type DigestRecord = z.infer<typeof DigestRecordSchema>;
export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;
export type Manifest = z.infer<typeof ManifestSchema>;
export type OutputFormat = 'pdf' | 'html';

/**
 * The previous manifest; null when there is none, or when it is unusable, with why (not JSON, or
 * not a manifest: a path in it leads out of the folder). Without one everything is rebuilt.
 */
export async function loadManifest(outDir: string): Promise<{ manifest: Manifest | null; problem?: string }> {
  let data: unknown;
  try {
    data = JSON.parse((await readFileInside(outDir, 'manifest.json')).toString('utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { manifest: null };
    return { manifest: null, problem: `unreadable (${(error as Error).message})` };
  }
  const parsed = ManifestSchema.safeParse(data);
  if (parsed.success) return { manifest: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { manifest: null, problem: `not a manifest: ${issue.path.join('.')}: ${issue.message}` };
}

export function fileRecord(relPath: string, data: string | Uint8Array): FileRecord {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  return { path: relPath, sha256: sha256(bytes), bytes: bytes.length };
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Every wanted format was written and is still on disk byte for byte. */
export async function isIntact(entry: ManifestEntry, outDir: string, formats: OutputFormat[]): Promise<boolean> {
  // A PDF briefing comes with its one-page summary.
  for (const format of formats.includes('pdf') ? [...formats, 'summary' as const] : formats) {
    const record = entry.files[format];
    if (!record) return false;
    try {
      if (sha256(await readFileInside(outDir, record.path)) !== record.sha256) return false;
    } catch {
      return false;
    }
  }
  return true;
}

export function sortEntries(entries: ManifestEntry[]): ManifestEntry[] {
  return [...entries].sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
}
