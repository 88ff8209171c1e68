/** A source's own title, as opposed to the first sentence cleaning names an untitled article by. */
import { describe, expect, it } from 'vitest';
import { givesTitle } from '../../pipeline/ingest/sourceTitle.js';

describe('givesTitle', () => {
  it('finds a title on a line of its own, as a Markdown heading or in front matter', () => {
    expect(givesTitle('Nav\n\nShanghai Sets Trends\n\nBody text.', 'Shanghai Sets Trends')).toBe(true);
    expect(givesTitle('# Chengdu draws 320 projects\n\nText.', 'Chengdu draws 320 projects')).toBe(true);
    expect(givesTitle('---\ntitle: "Xinhua: a park"\n---\nText.', 'Xinhua: a park')).toBe(true);
    expect(givesTitle("---\ntitle: Xinhua: Guangxi's park\n---\nText.", "Xinhua: Guangxi's park")).toBe(true);
  });

  it("does not take an article's first sentence, whole or cut, for its title", () => {
    const text = 'date 2023-07-11\n\nSince 2016, the G60 corridor has grown. It links nine cities.\n';
    expect(givesTitle(text, 'Since 2016, the G60 corridor has grown')).toBe(false);
    expect(givesTitle(text, 'Since 2016, the G60…')).toBe(false);
    expect(givesTitle('Shanghai is growing.\n', 'Shanghai is growing')).toBe(false);
  });
});
