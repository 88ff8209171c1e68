/**
 * The only way the CLI writes to a terminal. Article text, titles and file names reach these
 * lines, so control characters are removed: an escape sequence in a scraped page must not set the
 * window title or clear the screen. Tab, newline and carriage return (the progress line) stay.
 * A reader that closes the pipe early (`briefings facts --json | head`) ends the command quietly.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

export const forTerminal = (text: string): string => text.replace(CONTROL, '');

export function out(text: string): void {
  process.stdout.write(forTerminal(text));
}

export function err(text: string): void {
  process.stderr.write(forTerminal(text));
}

/** A closed stdout (EPIPE) is the reader saying "enough", not a failure. */
let guarded = false;
export function endQuietlyOnClosedPipe(): void {
  if (guarded) return;
  guarded = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      throw error;
    });
  }
}
