/**
 * The one unified processor every file goes through: Markdown with GFM tables and YAML front
 * matter. Plain `.txt` articles parse as Markdown too: their paragraphs are blank-line separated,
 * which is all the later stages need. Positions are kept so every fact knows its line.
 */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
