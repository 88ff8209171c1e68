/**
 * `briefings watch --serve`: the output folder on 127.0.0.1 only, for previewing the HTML
 * briefings while editing. Briefings are served untouched, with their strict CSP; the reload
 * lives in a small frame page of our own (`/preview/<file>`), which listens for rebuilds.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { escapeHtml } from '../text/escape.js';

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

export async function startPreview(outDir: string, port: number): Promise<PreviewServer> {
  const listeners = new Set<http.ServerResponse>();
  const server = http.createServer((request, response) => {
    void handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
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
    // Only files inside the output folder, never a path that climbs out of it.
    const rel = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
    const file = path.resolve(outDir, `.${rel}`);
    if (!file.startsWith(`${path.resolve(outDir)}${path.sep}`) || path.basename(file).startsWith('.'))
      return void response.writeHead(404).end();
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return void response.writeHead(404).end('not found');
    if (rel === '/index.html') {
      // The index's links to HTML briefings open them in the reloading frame.
      const index = (await readFile(file, 'utf8')).replace(
        /href="((?:corridors|places)\/[a-z0-9-]+\.html)"/g,
        'href="/preview/$1"',
      );
      response.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' });
      return void response.end(request.method === 'HEAD' ? undefined : index);
    }
    response.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      'content-length': info.size,
    });
    if (request.method === 'HEAD') return void response.end();
    createReadStream(file).pipe(response);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    reload() {
      for (const listener of listeners) listener.write('data: reload\n\n');
    },
    async close() {
      for (const listener of listeners) listener.end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function framePage(target: string): string {
  const src = escapeHtml(target);
  return `<!doctype html><html><head><meta charset="utf-8"><title>Preview ${src}</title>
<style>html,body{margin:0;height:100%}iframe{border:0;width:100%;height:100%}</style></head>
<body><iframe src="${src}"></iframe>
<script>new EventSource('/__events').onmessage = () => document.querySelector('iframe').contentWindow.location.reload();</script>
</body></html>`;
}
