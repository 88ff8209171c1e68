/** `briefings watch`: build, then rebuild on every change until Ctrl-C; optionally preview. */
import { out } from './terminal.js';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { describeError } from '../text/describeError.js';
import { BUILD_ARGS, BUILD_OPTIONS_HELP, buildOptionsFrom, formatReport } from './buildCommand.js';
import { startPreview, type PreviewServer } from '../watch/preview.js';
import { startWatching } from '../watch/watch.js';
import { EXIT, UsageError } from './exitCodes.js';

const USAGE = `Usage: briefings watch [options]

Builds every briefing, then rebuilds on each change under the sources and templates folders
(only what changed is printed again). A broken source or template is reported and the last good
outputs stay in place. Ctrl-C stops it and its browser.

Options:
  --serve              preview the HTML briefings on http://127.0.0.1:PORT/, reloading on rebuild
  --port N             port for --serve (default: 8040)
${BUILD_OPTIONS_HELP}`;

export async function watchCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { ...BUILD_ARGS, serve: { type: 'boolean', default: false }, port: { type: 'string', default: '8040' } },
  });
  if (values.help) {
    out(USAGE);
    return EXIT.ok;
  }
  const options = buildOptionsFrom(values);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port takes a port number, not '${values.port}'`);
  const log = (line: string) => out(`[${new Date().toTimeString().slice(0, 8)}] ${line}\n`);
  const rel = (dir: string) => path.relative(process.cwd(), dir) || '.';

  let preview: PreviewServer | null = null;
  if (values.serve) {
    preview = await startPreview(options.outDir, port);
    log(`previewing ${rel(options.outDir)}/ at ${preview.url} (this machine only)`);
  }
  log(`watching ${rel(options.sourcesDir)}/ and ${rel(options.templatesDir)}/ (Ctrl-C to stop)`);
  const watcher = startWatching(options, {
    // Editors save through temporary names, so the files changed are named after the build, from its report.
    onStart: (changed) =>
      log(
        changed.length === 0
          ? 'building'
          : `change in ${[...new Set(changed.map((c) => c.split('/')[0]))].join(' and ')}; rebuilding`,
      ),
    onBuild: (report, ms) => {
      const [first, ...rest] = formatReport(report, options, ms, false).trimEnd().split('\n');
      log(first!);
      for (const line of rest) out(`           ${line}\n`);
      if (report.reprinted.length > 0 || report.removed.length > 0) preview?.reload();
    },
    onError: (error) => log(`error: ${describeError(error)}; watching on, last good outputs kept`),
  });

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) process.exit(EXIT.interrupted); // a second Ctrl-C: exit now (the browser is killed on exit)
      stopping = true;
      log(`${signal}: stopping`);
      void Promise.all([watcher.close(), preview?.close()]).finally(() => resolve(signal === 'SIGINT' ? 130 : 143));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
