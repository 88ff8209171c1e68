/** A briefing is reprinted when any fit of its summary changes, not only the first one the build keys on. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planBriefings } from '../../pipeline/briefings/planBriefings.js';
import { SUMMARY_FITS } from '../../pipeline/briefings/summaryModel.js';
import { renderBriefing } from '../../pipeline/edition/briefingOutput.js';
import { loadTemplates } from '../../pipeline/render/templates.js';
import { ROOT, seedFacts, seedReference } from '../helpers.js';

describe("the summary's first fit", () => {
  it('changes when only a tighter fit changes (a shortened quote keeps other words)', async () => {
    const templates = await loadTemplates(path.join(ROOT, 'templates'));
    const keyMetrics = (await seedReference()).metrics.map((m) => m.id);
    const g60 = planBriefings(await seedFacts(), { minFacts: 4, keyMetrics }).briefings.find((b) => b.id === 'g60')!;
    const settings = {
      outDir: '',
      formats: ['pdf' as const],
      paper: 'a4' as const,
      author: 'T',
      grayscale: false,
      cropSafe: false,
    };
    const before = await renderBriefing(g60, templates, settings);
    // Keep the end of the first note's sentence too: only a shortened quote differs.
    const changed = structuredClone(g60);
    for (const k of changed.notes[0]!.keep) k.words.push(changed.notes[0]!.quote.slice(-12));
    const after = await renderBriefing(changed, templates, settings);
    const tight = SUMMARY_FITS.at(-1)!;
    expect(after.summaryHtml(tight)).not.toBe(before.summaryHtml(tight));
    expect(after.summaryHtml(SUMMARY_FITS[0]!).replace(/<!--[^>]*-->/, '')).toBe(
      before.summaryHtml(SUMMARY_FITS[0]!).replace(/<!--[^>]*-->/, ''),
    );
    expect(after.summaryHtml(SUMMARY_FITS[0]!)).not.toBe(before.summaryHtml(SUMMARY_FITS[0]!));
    expect(after.html).toBe(before.html);
  });
});
