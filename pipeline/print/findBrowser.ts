/** Where the system Chromium is: BRIEFINGS_CHROMIUM, PUPPETEER_EXECUTABLE_PATH, or the usual Debian paths. */
import { accessSync, constants } from 'node:fs';
import { BrowserNotFoundError } from '../errors.js';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findBrowser(env: NodeJS.ProcessEnv = process.env, candidates = CANDIDATES): string {
  const explicit = env.BRIEFINGS_CHROMIUM || env.PUPPETEER_EXECUTABLE_PATH;
  if (explicit) {
    if (isExecutable(explicit)) return explicit;
    throw new BrowserNotFoundError(`the browser at ${explicit} (from BRIEFINGS_CHROMIUM) is not an executable file`);
  }
  const found = candidates.find(isExecutable);
  if (found) return found;
  throw new BrowserNotFoundError(
    `no Chromium found (looked at ${candidates.join(', ')}). Install one with 'npm run setup' ` +
      `(Debian: apt-get install chromium fonts-noto-cjk), or set BRIEFINGS_CHROMIUM=/path/to/chrome.`,
  );
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
