/** Where the system Chromium is: BRIEFINGS_CHROMIUM, PUPPETEER_EXECUTABLE_PATH, or the usual Debian paths. */
import { accessSync, constants } from 'node:fs';
import { BrowserNotFoundError } from './errors.js';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export function findBrowser(env: NodeJS.ProcessEnv = process.env, candidates = CANDIDATES): string {
  const variable = env.BRIEFINGS_CHROMIUM
    ? 'BRIEFINGS_CHROMIUM'
    : env.PUPPETEER_EXECUTABLE_PATH
      ? 'PUPPETEER_EXECUTABLE_PATH'
      : null;
  if (variable) {
    const explicit = env[variable]!;
    if (isExecutable(explicit)) return explicit;
    throw new BrowserNotFoundError(
      `no browser at ${explicit} (from ${variable}): it is not an executable file. Point ${variable} at a Chrome or ` +
        `Chromium executable, or unset it to use the system Chromium ('npm run setup' installs one on Debian).`,
    );
  }
  const found = candidates.find(isExecutable);
  if (found) return found;
  throw new BrowserNotFoundError(
    `no Chromium found (looked at ${candidates.join(', ')}). Install one with 'npm run setup' ` +
      `(Debian: apt-get install chromium fonts-noto-core fonts-arphic-uming fonts-wqy-zenhei), or set BRIEFINGS_CHROMIUM=/path/to/chrome.`,
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
