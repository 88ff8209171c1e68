/**
 * Errors by stage. Each names the file (and line where there is one) so an analyst can go
 * straight to the problem; none carries an exit code: only the CLI decides those.
 */
export class SourceError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly reason: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${reason}`);
    this.name = 'SourceError';
  }
}

export class ReferenceError extends SourceError {
  override name = 'ReferenceError';
}

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

export class PrintError extends Error {
  constructor(
    readonly briefing: string,
    reason: string,
  ) {
    super(`${briefing}: ${reason}`);
    this.name = 'PrintError';
  }
}

export class BrowserNotFoundError extends Error {
  override name = 'BrowserNotFoundError';
}

/** A one-line description of any thrown value, for reports. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
