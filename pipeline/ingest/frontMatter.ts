/**
 * Front matter is data, never code: YAML parsed with the core schema (no custom tags, nothing
 * evaluated), and only four string fields are read from it.
 */
import { parseDocument } from 'yaml';
import { SourceError } from './errors.js';

export interface FrontMatter {
  title?: string;
  publisher?: string;
  published?: string;
  url?: string;
}

const FIELDS = ['title', 'publisher', 'published', 'url'] as const;

/** `firstLine` is the 1-based line of the YAML's first line, so errors point into the file. */
export function parseFrontMatter(yaml: string, file: string, firstLine: number): FrontMatter {
  const doc = parseDocument(yaml, { schema: 'core', customTags: [], prettyErrors: false });
  const problem = doc.errors[0] ?? doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (problem) {
    const plain = problem.code === 'TAG_RESOLVE_FAILED' ? null : plainPairs(yaml);
    if (plain) return plain;
    const line = firstLine + (problem.linePos?.[0].line ?? 1) - 1;
    const tag = /tag:yaml\.org,2002:(\S+)/.exec(problem.message)?.[1];
    const why =
      problem.code === 'TAG_RESOLVE_FAILED'
        ? `YAML tags such as ${tag ? `!!${tag}` : 'this one'} are not allowed: front matter is data only`
        : problem.message.split('\n')[0];
    throw new SourceError(file, line, `malformed front matter: ${why}`);
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new SourceError(file, firstLine, 'malformed front matter: expected key: value pairs');
  }
  const record = data as Record<string, unknown>;
  const result: FrontMatter = {};
  for (const field of FIELDS) {
    const value = record[field];
    if (value === undefined || value === null) continue;
    if (value instanceof Date) result[field] = value.toISOString().slice(0, 10);
    else if (typeof value === 'string' || typeof value === 'number') result[field] = String(value).trim();
    else throw new SourceError(file, firstLine, `malformed front matter: '${field}' must be text`);
  }
  return result;
}

/**
 * "title: Xinhua Silk Road: Guangxi's park ...": a colon inside an unquoted title is invalid YAML
 * but unambiguous when every line is one `key: text` pair. Such front matter is read line by line;
 * anything else (flow collections, quotes, anchors, tags) stays an error.
 */
function plainPairs(yaml: string): FrontMatter | null {
  const result: FrontMatter = {};
  for (const line of yaml.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const pair = /^([A-Za-z_][\w-]*):[ \t]+([^\s[{"'|>&*!%@`#].*)$/.exec(line);
    if (!pair) return null;
    const field = FIELDS.find((f) => f === pair[1]);
    if (field) result[field] = pair[2]!.trim();
  }
  return result;
}
