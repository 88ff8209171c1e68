/** Errors of rendering: a template or chart that cannot be used, a briefing that cannot be rendered. */
import { SourceError } from '../ingest/errors.js';

/** A template or chart spec that cannot be used: its file, and its line where the parser says. */
export class TemplateError extends SourceError {
  override name = 'TemplateError';
}

export class RenderError extends Error {
  constructor(
    readonly briefing: string,
    reason: string,
  ) {
    super(`${briefing}: ${reason}`);
    this.name = 'RenderError';
  }
}
