/** A one-line description of any thrown value, for reports. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
