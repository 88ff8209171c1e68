import { describe, expect, it } from 'vitest';
import { diffFacts, sameFacts } from '../../pipeline/facts/diffFacts.js';
import { factsFrom } from '../helpers.js';

const ARTICLE = `# Songjiang report

Published: 2024-05-24

In 2023, the R&D investment intensity of Songjiang reached 6.79%, and Songjiang had more than 840 companies.

In 2018, the nine cities co-hosted the first G60 science and technology corridor joint conference.
`;

describe('diffFacts', () => {
  it('finds no change when a paragraph inserted above moves every line', async () => {
    const before = (await factsFrom(ARTICLE)).facts;
    const after = (
      await factsFrom(
        ARTICLE.replace('Published: 2024-05-24\n', 'Published: 2024-05-24\n\nAn editor’s note added later.\n'),
      )
    ).facts;
    expect(after.map((f) => f.line)).not.toEqual(before.map((f) => f.line));
    expect(sameFacts(before, after)).toBe(true);
    expect(diffFacts(before, after)).toEqual({ added: [], changed: [], removed: [] });
  });

  it('pairs an edited figure with the one it replaces, old and new value', async () => {
    const before = (await factsFrom(ARTICLE)).facts;
    const after = (await factsFrom(ARTICLE.replace('6.79%', '6.81%'))).facts;
    const diff = diffFacts(before, after);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed.map((c) => [c.before.value, c.after.value, c.after.subject])).toEqual([
      [6.79, 6.81, 'songjiang'],
    ]);
  });

  it('counts a figure reworded in its sentence ("840 companies" -> "840 firms") as one change, as the CLI and changes.json report it', async () => {
    const before = (await factsFrom(ARTICLE)).facts;
    const after = (await factsFrom(ARTICLE.replace('840 companies', '840 technology firms'))).facts;
    const diff = diffFacts(before, after);
    expect([diff.added.length, diff.removed.length]).toEqual([0, 0]);
    expect(diff.changed.map((c) => [c.before.label, c.after.label, c.after.value])).toEqual([
      ['Companies', 'Technology firms', 840],
    ]);
  });

  it('reports facts that come and go as added and removed', async () => {
    const before = (await factsFrom(ARTICLE)).facts;
    const after = (await factsFrom(ARTICLE.replace(/In 2018.*\n/, 'In 2018, an unrelated line was written.\n'))).facts;
    const diff = diffFacts(before, after);
    expect(diff.added).toEqual([]);
    expect(diff.removed.map((f) => f.kind)).toContain('event');
    expect(diffFacts(after, before).added.map((f) => f.kind)).toContain('event');
  });
});
