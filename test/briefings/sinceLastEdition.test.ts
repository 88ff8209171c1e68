/**
 * "Since the last edition" as a reader sees it in the HTML: a figure whose value and wording the
 * source changed ("37 units" -> "39 companies") is listed once, as changed, not as one new figure
 * and one dropped.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planBriefings } from '../../pipeline/briefings/planBriefings.js';
import { renderHtml } from '../../pipeline/render/renderHtml.js';
import { loadTemplates } from '../../pipeline/render/templates.js';
import type { Fact } from '../../pipeline/facts/factModel.js';
import { factsFrom, ROOT, SOURCES } from '../helpers.js';

const FILE = '003_04df8af467d1954a.txt';

/** The section's text: tags dropped, spaces collapsed. */
async function sinceSection(before: string, after: string, edit = (f: Fact) => f): Promise<string> {
  const [old, read] = [await factsFrom(before, FILE), await factsFrom(after, FILE)];
  const now = { ...read, facts: read.facts.map(edit) };
  const g60 = planBriefings(now, {
    minFacts: 1,
    keyMetrics: [],
    baselineFor: (id) => (id === 'g60' ? { date: '2026-03-01', facts: old.facts, sourceTitles: {}, names: {} } : null),
  }).briefings.find((b) => b.id === 'g60')!;
  const html = renderHtml(g60, [], await loadTemplates(path.join(ROOT, 'templates')), { paper: 'a4' });
  const section = /<section class="since">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
  return section
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#x27;|&quot;/g, "'")
    .replace(/\s+/g, ' ');
}

describe('since the last edition', () => {
  it('shows a figure reworded with its value once, as changed from old to new, with its citation', async () => {
    const before = await readFile(path.join(SOURCES, FILE), 'utf8');
    const after = before.replace(
      'a total of 37 units from the Nine Cities',
      'a total of 39 companies from the Nine Cities',
    );
    expect(after).not.toBe(before);
    const since = await sinceSection(before, after);
    expect(since).toMatch(/Changed figures \(1\)/);
    expect(since).toMatch(
      /Companies \(was worded “Units that applied”\) 37 units 24 May 2024 39 companies 24 May 2024 \[\d+\]/,
    );
    expect(since).not.toMatch(/New figures|Figures dropped/);
  });

  it('keeps a figure new and another gone when they come from different sentences', async () => {
    const before = await readFile(path.join(SOURCES, FILE), 'utf8');
    const after = before.replace(
      'It is understood that a total of 37 units from the Nine Cities applied for this time.',
      'Separately, 12 laboratories opened in Hefei last year.',
    );
    const since = await sinceSection(before, after);
    expect(since).not.toMatch(/Changed figures/);
    expect(since).toMatch(/Figures dropped \(1\):.*Units that applied 37 units/);
  });

  it('says nothing of a figure only renamed by a new rule, its value and date the same', async () => {
    const before = await readFile(path.join(SOURCES, FILE), 'utf8');
    const renamed = (f: Fact) =>
      f.value === 37 ? { ...f, metric: 'applicant-organisations', label: 'Applicant organisations' } : f;
    const since = await sinceSection(before, before, renamed);
    expect(since).not.toMatch(/Changed figures|New figures|Figures dropped/);
  });

  it('names new facts other than figures in a few words, grouped by kind, each with its citation', async () => {
    const before = await readFile(path.join(SOURCES, FILE), 'utf8');
    const added =
      'The Yangtze River Delta G60 Science and Technology Innovation Corridor will also develop marine equipment and robotics, according to the conference.';
    const after = before.replace('\n\n', `\n\n${added}\n\n`);
    const since = await sinceSection(before, after);
    // The sentence names two industries: each is listed once, by name, not as the quoted sentence.
    expect(since).toMatch(/Industries: Marine equipment \[\d+\] , Robotics \[\d+\] \./);
    expect(since).not.toMatch(/according to the conference/);
  });

  it('does not call an industry new when only the sentence citing it moved', async () => {
    const after = await readFile(path.join(SOURCES, FILE), 'utf8');
    const line = after.split('\n').find((l) => l.startsWith('At the meeting, the first batch of quantum'))!;
    // Quantum technology and satellite internet are named again further on in the same source.
    const since = await sinceSection(after.replace(line, ''), after);
    expect(since).not.toMatch(/Industries/);
  });
});
