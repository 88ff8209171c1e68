/**
 * Errors of reading sources and reference tables (errors are kept by stage). Each names the file (and line where there is one) so an analyst can go
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

/** A reference table that cannot be used (named so as not to shadow JavaScript's ReferenceError). */
export class ReferenceTableError extends SourceError {
  override name = 'ReferenceTableError';
}
