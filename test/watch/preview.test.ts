import { mkdtemp, mkdir, symlink, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type PreviewServer } from '../../pipeline/watch/preview.js';

let out: string;
let preview: PreviewServer;

/** A raw GET, so paths like /../x reach the server as written; `host` sets the Host header a browser would send. */
function get(rawPath: string, host?: string): Promise<{ status: number; body: string }> {
  const { port } = new URL(preview.url);
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: rawPath, headers: host ? { host } : {} }, (response) => {
        let body = '';
        response.on('data', (c: Buffer) => (body += c.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

beforeAll(async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'briefings-preview-'));
  out = path.join(root, 'out');
  await mkdir(path.join(out, 'places'), { recursive: true });
  await writeFile(
    path.join(out, 'index.html'),
    '<h1>Corridor briefings</h1><a href="places/shanghai.html">HTML</a> <a href="places/shanghai.pdf">PDF</a>',
  );
  await writeFile(path.join(out, 'places', 'shanghai.html'), '<h1>Shanghai</h1>');
  await writeFile(path.join(out, '.edition.json'), '{"secret":true}');
  await writeFile(path.join(root, 'outside.txt'), 'not for the browser');
  await writeFile(path.join(out, '.lock'), '{"pid":1}');
  await mkdir(path.join(out, '.hidden'));
  await writeFile(path.join(out, '.hidden', 'x.html'), 'hidden state');
  await symlink(path.join(root, 'outside.txt'), path.join(out, 'places', 'linked.html'));
  await symlink(root, path.join(out, 'linked-folder'));
  preview = await startPreview(out, 0);
});
afterAll(async () => preview?.close());

describe('the preview server', () => {
  it('listens on 127.0.0.1 only and serves the output folder', async () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    // The index opens HTML briefings in the reloading preview frame; PDFs stay as they are.
    expect(await get('/')).toEqual({
      status: 200,
      body: '<h1>Corridor briefings</h1><a href="/preview/places/shanghai.html">HTML</a> <a href="places/shanghai.pdf">PDF</a>',
    });
    expect((await get('/places/shanghai.html')).body).toBe('<h1>Shanghai</h1>');
  });

  it('serves nothing outside the output folder and no hidden state', async () => {
    for (const p of ['/../outside.txt', '/%2e%2e/outside.txt', '/places/..%2f..%2foutside.txt', '/.edition.json']) {
      const response = await get(p);
      expect(response.status, p).toBe(404);
      expect(response.body).not.toContain('not for the browser');
    }
  });

  it('tells open previews to reload after a rebuild', async () => {
    const frame = await get('/preview/places/shanghai.html');
    expect(frame.body).toContain('<iframe src="/places/shanghai.html">');
    const { port } = new URL(preview.url);
    const message = await new Promise<string>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path: '/__events' }, (response) => {
          let data = '';
          response.on('data', (c: Buffer) => {
            data += c.toString();
            if (data.includes('connected')) preview.reload();
            if (data.includes('data: reload')) {
              response.destroy();
              resolve(data);
            }
          });
        })
        .on('error', reject);
    });
    expect(message).toContain('data: reload');
  });
});

describe('the preview server against other sites and hidden state (issue 14, point 9)', () => {
  it('answers only requests addressed to the loopback name and port it listens on', async () => {
    const { port } = new URL(preview.url);
    const served: string[] = [];
    const ask = async (rawPath: string, host: string) => {
      const response = await get(rawPath, host);
      if (response.status === 200) served.push(`${host} ${rawPath}`);
      return response;
    };
    // A page on another site that rebinds its name to 127.0.0.1 sends its own name as Host.
    for (const host of ['evil.example', `evil.example:${port}`, `localhost.evil.example:${port}`, 'localhost:1'])
      for (const rawPath of ['/', '/places/shanghai.html', '/preview/places/shanghai.html']) {
        const response = await ask(rawPath, host);
        expect([403, 421], `${host} ${rawPath}`).toContain(response.status);
        expect(response.body).not.toContain('Shanghai');
      }
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, `LOCALHOST:${port}`])
      expect((await ask('/places/shanghai.html', host)).body, host).toBe('<h1>Shanghai</h1>');
    expect(served).toHaveLength(4);
  });

  it('serves no hidden file or folder and no symlink inside the output folder', async () => {
    const { port } = new URL(preview.url);
    for (const rawPath of [
      '/.lock',
      '/.hidden/x.html',
      '/%2ehidden/x.html',
      '/places/linked.html',
      '/linked-folder/outside.txt',
      '/preview/../.hidden/x.html',
    ]) {
      const response = await get(rawPath, `localhost:${port}`);
      expect(response.status, rawPath).toBe(404);
      expect(response.body).not.toMatch(/hidden state|not for the browser|pid/);
    }
  });
});
