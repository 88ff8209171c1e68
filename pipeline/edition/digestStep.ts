/**
 * The build's digest step: whether the digest must be printed again (its key covers every
 * briefing's printed HTML in edition order and the layout options), and the HTML it needs.
 */
import { describeError } from '../text/describeError.js';
import type { BriefingModel } from '../briefings/briefingModel.js';
import type { Printer } from '../print/printer.js';
import type { BuildOptions, BuildReport, Renderer } from './buildOptions.js';
import { codeHash, PRINT_CODE, RENDER_CODE } from './codeHash.js';
import { localDay } from './history.js';
import type { OutputSettings } from './keys.js';
import { readFileInside } from './insideFolder.js';
import { sha256, type DigestRecord, type ManifestEntry } from './manifest.js';

/** The digest, printed again only when its key or its file changed. */
export async function digestIfStale(input: {
  plan: BriefingModel[];
  current: Map<string, ManifestEntry>;
  previous: DigestRecord | null;
  report: BuildReport;
  options: BuildOptions;
  settings: OutputSettings;
  now: Date;
  getPrinter: () => Promise<Printer>;
  renderedHtml: Map<string, string>;
  renderer: () => Promise<Renderer>;
  /** The templates folder's digest, as the build computed it. */
  templatesHash: string;
}): Promise<NonNullable<BuildReport['digest']>> {
  const { options, report } = input;
  if (options.only)
    return { rebuilt: false, record: input.previous, reason: 'not rebuilt: --only builds part of the edition' };
  if (report.failed.length > 0)
    return {
      rebuilt: false,
      record: input.previous,
      reason: `not rebuilt: ${report.failed.length} briefing(s) failed`,
    };
  const ordered = editionOrder(input.plan);
  const entries = ordered.map((b) => input.current.get(b.id)!);
  const key = sha256(
    JSON.stringify([
      entries.map((e) => [e.id, e.htmlKey]),
      options.paper,
      options.author,
      options.duplex === true,
      options.grayscale === true,
      options.cropSafe === true,
      codeHash([...new Set([...RENDER_CODE, ...PRINT_CODE])]),
      input.templatesHash,
    ]),
  );
  const intact =
    input.previous &&
    (await readFileInside(options.outDir, input.previous.file.path).then(
      (b) => sha256(b) === input.previous!.file.sha256,
      () => false,
    ));
  // Same key: the digest on disk is this edition's, even if a build in between had marked it stale.
  if (!options.force && input.previous?.key === key && intact)
    return { rebuilt: false, record: { ...input.previous, stale: false } };
  // Only now, with the digest stale, is the rendering code loaded for briefings not rendered yet.
  let loaded: Renderer;
  try {
    loaded = await input.renderer();
  } catch (error) {
    return { rebuilt: false, record: input.previous, reason: `not rebuilt: ${describeError(error)}` };
  }
  const parts = [];
  for (const briefing of ordered) {
    const html =
      input.renderedHtml.get(briefing.id) ??
      (await loaded.output.renderBriefing(briefing, loaded.templates, input.settings)).html;
    parts.push({
      id: briefing.id,
      title: briefing.title,
      kindLabel: briefing.kindLabel,
      asOf: briefing.asOf,
      html,
      pages: input.current.get(briefing.id)!.pages ?? 1,
    });
  }
  const { buildDigest } = await import('./digestPdf.js');
  const record = await buildDigest({
    parts,
    templates: loaded.templates,
    printer: await input.getPrinter(),
    outDir: options.outDir,
    paper: options.paper,
    author: options.author,
    date: localDay(input.now),
    duplex: options.duplex === true,
    grayscale: options.grayscale === true,
    cropSafe: options.cropSafe === true,
    key,
  });
  report.browserLaunched = true;
  return { rebuilt: true, record };
}

/** Corridors first, then cooperation between places, then cities, districts and zones, each by title. */
function editionOrder(briefings: BriefingModel[]): BriefingModel[] {
  const rank = { corridor: 0, cooperation: 1, city: 2, district: 3, zone: 4 } as const;
  return [...briefings].sort((a, b) => rank[a.kind] - rank[b.kind] || a.title.localeCompare(b.title));
}
