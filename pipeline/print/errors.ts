/** Errors of printing: a briefing that could not be printed, no browser to print with. */
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
