/** `briefings publish --to DIR` and `briefings verify DIR`. */
import { out } from './terminal.js';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { publishEdition, verifyEdition } from '../edition/publish.js';
import { EXIT, UsageError } from './exitCodes.js';

const PUBLISH_USAGE = `Usage: briefings publish --to DIR [--out DIR]

Copies the edition in the output folder (briefing PDFs and their one-page summaries, the digest,
index.html, changes.json) into a new folder DIR/<edition date>, with a manifest.json giving every
file's sha256 and size and the edition's date. An edition already published is never overwritten.
Build it first with 'briefings build --digest'.

Options:
  --to DIR     where editions are published (required)
  --out DIR    the output folder to publish from (default: out)
  -h, --help   show this help
`;

const VERIFY_USAGE = `Usage: briefings verify DIR

Checks every file of a published edition against its manifest.json: present, same size, same
sha256, and nothing that is not listed.

Exit codes: 0 every file matches; 1 a file is missing, changed or not listed; 2 usage.
`;

export async function publishCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      to: { type: 'string' },
      out: { type: 'string', default: 'out' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    out(PUBLISH_USAGE);
    return EXIT.ok;
  }
  if (!values.to) throw new UsageError(`--to DIR is required\n\n${PUBLISH_USAGE}`);
  const { folder, files, edition } = await publishEdition(path.resolve(values.out), path.resolve(values.to));
  // The absolute path: "../../editions/2024-05-01" means nothing once the terminal has moved on.
  out(`published the edition of ${edition}: ${files.length} files in ${folder}${path.sep}\n`);
  out(`check a copy with: briefings verify ${JSON.stringify(folder)}\n`);
  return EXIT.ok;
}

export async function verifyCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help || positionals.length !== 1) {
    out(VERIFY_USAGE);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  const { verified, problems } = await verifyEdition(path.resolve(positionals[0]!));
  for (const problem of problems) out(`FAILED ${problem}\n`);
  out(
    problems.length === 0
      ? `verified: all ${verified} files match the manifest\n`
      : `${problems.length} problem(s); ${verified} files match\n`,
  );
  return problems.length === 0 ? EXIT.ok : EXIT.someInputBad;
}
