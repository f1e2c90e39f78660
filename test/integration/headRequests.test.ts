import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/testServer.js';

describe('HEAD requests', () => {
  let t: TestServer;
  beforeAll(async () => {
    const webDir = mkdtempSync(join(tmpdir(), 'ocs-web-'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Open Cities Studio</title>');
    t = await startTestServer('sqlite', { webDir });
  });
  afterAll(() => t.dispose());

  it('E6: HEAD / answers like GET /, without a body', async () => {
    const get = await fetch(`${t.base}/`);
    const head = await fetch(`${t.base}/`, { method: 'HEAD' });
    expect(get.status).toBe(200);
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'));
    expect(await head.text()).toBe('');
  });

  it('E6: HEAD on a client-side route answers 200; on an unknown API path 404', async () => {
    expect((await fetch(`${t.base}/join/abc`, { method: 'HEAD' })).status).toBe(200);
    expect((await fetch(`${t.base}/api/nothing-here`, { method: 'HEAD' })).status).toBe(404);
  });
});
