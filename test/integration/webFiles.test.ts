import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCompressed } from '../../scripts/compressedAssets.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/** A script big and repetitive enough to compress, as a built chunk is. */
const script = Array.from({ length: 400 }, (_, i) => `export const value${i} = 'the same words again ${i % 7}';`).join('\n');
const asset = '/assets/board-AbC12_-x.js';

/** GET `path` with `accept-encoding`, the body as sent (Node's fetch would decode it). */
function get(base: string, path: string, acceptEncoding: string) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const req = request(`${base}${path}`, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (part: Buffer) => parts.push(part));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe("the web app's files as a browser gets them", () => {
  let t: TestServer;
  beforeAll(async () => {
    const webDir = mkdtempSync(join(tmpdir(), 'ocs-web-'));
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Open Cities Studio</title>');
    writeFileSync(join(webDir, asset), script);
    await writeCompressed(join(webDir, asset), Buffer.from(script));
    t = await startTestServer('sqlite', { webDir });
  });
  afterAll(() => t.dispose());

  it('sends the brotli copy written at build time to a browser that accepts it, the same bytes once decoded', async () => {
    const res = await get(t.base, asset, 'gzip, deflate, br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.body.byteLength).toBeLessThan(script.length / 4);
    expect(brotliDecompressSync(res.body).toString()).toBe(script);
  });

  it('sends the gzip copy to a browser that accepts gzip only, and the file itself to one that accepts neither', async () => {
    const gzipped = await get(t.base, asset, 'gzip');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.body).toString()).toBe(script);
    const plain = await get(t.base, asset, 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it('lets a browser keep a hashed file for a year, and asks it to check the page itself every time', async () => {
    for (const encoding of ['br', 'gzip', 'identity'])
      expect((await get(t.base, asset, encoding)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get(t.base, '/', 'br')).headers['cache-control']).toBe('no-cache');
    expect((await get(t.base, '/join/abc', 'br')).headers['cache-control']).toBe('no-cache');
  });
});
