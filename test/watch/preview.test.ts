import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type PreviewServer } from '../../pipeline/watch/preview.js';

let out: string;
let preview: PreviewServer;

/** A raw GET, so paths like /../x reach the server as written. */
function get(rawPath: string): Promise<{ status: number; body: string }> {
  const { port } = new URL(preview.url);
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: rawPath }, (response) => {
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
