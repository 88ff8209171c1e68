/**
 * The `briefings` command line. The only place that prints for humans and sets exit codes;
 * every command is a thin wrapper over a stage function.
 */
import { endQuietlyOnClosedPipe, err, out } from './terminal.js';
import { parseArgs } from 'node:util';
import path from 'node:path';
import { loadFacts } from '../edition/loadFacts.js';
import { BUDGET_ARGS, BUDGET_HELP, budgetFrom } from './budgetFlags.js';
import { formatDropped, formatFactsTable } from './formatFacts.js';
import { describeError } from '../text/describeError.js';
import { EXIT, EXIT_CODES_HELP, exitCodeFor } from './exitCodes.js';

const USAGE = `briefings: turn articles about innovation corridors into PDF briefings

Usage:
  briefings build [options]   build every briefing from the sources into out/
  briefings watch [options]   build, then rebuild on every change (--serve to preview)
  briefings publish --to DIR  copy the edition into a dated folder with a checksummed manifest
  briefings verify DIR        check a published edition against its manifest
  briefings facts [options]   print the fact model extracted from the sources
  briefings <command> --help  options of one command

${EXIT_CODES_HELP}`;

const FACTS_USAGE = `Usage: briefings facts [--json] [--explain] [--sources DIR] [--source-timeout S] [--max-source-size MB]

Prints the fact model: every figure, event, membership, cooperation, target and focus found in
the sources, each with the sentence and line it came from.

Options:
  --sources DIR   folder of articles and reference tables (default: sources)
  --json          print the model as JSON (the contract later stages read)
  --explain       also list every line dropped while cleaning, and why
${BUDGET_HELP}
  -h, --help      show this help

Exit code 1 when some source could not be read (the others still count); see 'briefings --help'.
`;

type Command = (args: string[]) => Promise<number>;

/** Commands loaded on use, so `facts` never loads the browser and a no-op build never loads Vega. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  build: async () => (await import('./buildCommand.js')).buildCommand,
  watch: async () => (await import('./watchCommand.js')).watchCommand,
  publish: async () => (await import('./publishCommand.js')).publishCommand,
  verify: async () => (await import('./publishCommand.js')).verifyCommand,
};

export async function main(argv: string[]): Promise<number> {
  endQuietlyOnClosedPipe();
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    out(USAGE);
    return command ? EXIT.ok : EXIT.usage;
  }
  try {
    if (command === 'facts') return await factsCommand(rest);
    const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!load) {
      err(`briefings: unknown command '${command}'\n\n${USAGE}`);
      return EXIT.usage;
    }
    return await (await load())(rest);
  } catch (error) {
    err(`briefings ${command}: ${describeError(error)}\n`);
    return exitCodeFor(error);
  }
}

async function factsCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      sources: { type: 'string', default: 'sources' },
      json: { type: 'boolean', default: false },
      explain: { type: 'boolean', default: false },
      ...BUDGET_ARGS,
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    out(FACTS_USAGE);
    return EXIT.ok;
  }
  const { model, errors, readInPart } = await loadFacts(path.resolve(values.sources), { budget: budgetFrom(values) });
  for (const error of errors) err(`error: ${error.message}\n`);
  for (const note of readInPart) err(`warning: ${note.message}\n`);
  if (values.json) out(`${JSON.stringify(model, null, 2)}\n`);
  else {
    out(`${formatFactsTable(model)}\n`);
    if (values.explain) out(`\n${formatDropped(model)}\n`);
  }
  return errors.length > 0 ? EXIT.someInputBad : EXIT.ok;
}
