/**
 * `briefings watch --serve`: the output folder on 127.0.0.1 only, for previewing the HTML
 * briefings while editing. Briefings are served untouched, with their strict CSP; the reload
 * lives in a small frame page of our own (`/preview/<file>`), which listens for rebuilds.
 *
 * Listening on the loopback address is not enough: a web page whose name is made to resolve to
 * 127.0.0.1 (DNS rebinding) reaches the server from the browser, under its own name. So only
 * requests addressed to a loopback name and this port are answered, and only regular files
 * inside the folder are served, never a hidden one (the lock, the history) or a symlink.
 */
import http from 'node:http';
import path from 'node:path';
import { escapeHtml } from '../text/escape.js';
import { openFileInside, PathError } from '../edition/insideFolder.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.json': 'application/json; charset=utf-8',
};

export interface PreviewServer {
  url: string;
  /** Tells every open preview to reload. */
  reload(): void;
  close(): Promise<void>;
}

/** The names a browser on this machine uses for the server. */
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

export async function startPreview(outDir: string, port: number): Promise<PreviewServer> {
  const listeners = new Set<http.ServerResponse>();
  let boundPort = port;
  const server = http.createServer((request, response) => {
    void handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    if (!isLoopbackHost(request.headers.host, boundPort))
      return void response.writeHead(403).end(`this preview answers only http://127.0.0.1:${boundPort}/\n`);
    if (request.method !== 'GET' && request.method !== 'HEAD') return void response.writeHead(405).end();
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/__events') {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      response.write(': connected\n\n');
      listeners.add(response);
      request.on('close', () => listeners.delete(response));
      return;
    }
    if (url.pathname.startsWith('/preview/')) {
      const target = `/${url.pathname.slice('/preview/'.length)}`;
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      return void response.end(framePage(target));
    }
    // Only regular files inside the output folder: no climbing out, no hidden name, no symlink.
    const rel = url.pathname === '/' ? 'index.html' : decodePath(url.pathname.slice(1));
    const opened = rel === null ? null : await openFileInside(outDir, rel).catch(notFound);
    if (rel === null || !opened) return void response.writeHead(404).end('not found');
    const { handle, info } = opened;
    if (rel === 'index.html') {
      // The index's links to HTML briefings open them in the reloading frame.
      const index = (await handle.readFile('utf8').finally(() => handle.close())).replace(
        /href="((?:corridors|cooperation|places)\/[a-z0-9-]+\.html)"/g,
        'href="/preview/$1"',
      );
      response.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' });
      return void response.end(request.method === 'HEAD' ? undefined : index);
    }
    response.writeHead(200, {
      'content-type': TYPES[path.extname(rel)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      'content-length': info.size,
    });
    if (request.method === 'HEAD') {
      await handle.close();
      return void response.end();
    }
    handle.createReadStream().pipe(response);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  boundPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${boundPort}/`,
    reload() {
      for (const listener of listeners) listener.write('data: reload\n\n');
    },
    async close() {
      for (const listener of listeners) listener.end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Whether a request's Host header names this machine's loopback and this port (any other name: a page elsewhere). */
function isLoopbackHost(host: string | undefined, port: number): boolean {
  const name = host?.toLowerCase();
  return LOOPBACK_NAMES.some((n) => name === `${n}:${port}` || (port === 80 && name === n));
}

/** A URL path as a file path, or null when its escapes are malformed. */
function decodePath(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

/** A path that is missing, hidden, outside or not a regular file is simply not found. */
function notFound(error: unknown): null {
  const code = (error as NodeJS.ErrnoException).code;
  if (error instanceof PathError || code === 'ENOENT' || code === 'ENOTDIR') return null;
  throw error;
}

function framePage(target: string): string {
  const src = escapeHtml(target);
  return `<!doctype html><html><head><meta charset="utf-8"><title>Preview ${src}</title>
<style>html,body{margin:0;height:100%}iframe{border:0;width:100%;height:100%}</style></head>
<body><iframe src="${src}"></iframe>
<script>new EventSource('/__events').onmessage = () => document.querySelector('iframe').contentWindow.location.reload();</script>
</body></html>`;
}
