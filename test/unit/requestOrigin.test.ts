import { describe, expect, it } from 'vitest';
import { originAllowed } from '../../src/server/auth/requestOrigin.js';
import { parsePublicUrl, parseTrustProxy, serverConfig } from '../../src/server/config.js';
import type { Store } from '../../src/server/store/Store.js';

describe('originAllowed (SPEC S1)', () => {
  it('without PUBLIC_URL, compares host and port with the request’s Host, default ports included', () => {
    expect(originAllowed({ origin: 'http://localhost:8080', host: 'localhost:8080' }, null)).toBe(true);
    expect(originAllowed({ origin: 'http://localhost:8081', host: 'localhost:8080' }, null)).toBe(false);
    expect(originAllowed({ origin: 'https://studio.example.org', host: 'studio.example.org' }, null)).toBe(true);
    expect(originAllowed({ origin: 'https://studio.example.org', host: 'studio.example.org:443' }, null)).toBe(true);
    expect(originAllowed({ origin: 'https://maps.example.org', host: 'studio.example.org' }, null)).toBe(false);
    expect(originAllowed({ origin: 'http://localhost:8080', host: undefined }, null)).toBe(false);
  });

  it('falls back on Referer, refuses opaque or garbled origins, and lets through requests with neither', () => {
    expect(originAllowed({ referer: 'http://localhost:8080/workshops/w1', host: 'localhost:8080' }, null)).toBe(true);
    expect(originAllowed({ referer: 'http://evil.localhost:8080/', host: 'localhost:8080' }, null)).toBe(false);
    expect(originAllowed({ origin: 'null', host: 'localhost:8080' }, null)).toBe(false);
    expect(originAllowed({ origin: 'http://[bad', host: 'localhost:8080' }, null)).toBe(false);
    expect(originAllowed({ host: 'localhost:8080' }, null)).toBe(true);
    // Origin wins over Referer.
    expect(originAllowed({ origin: 'http://other:1', referer: 'http://localhost:8080/', host: 'localhost:8080' }, null)).toBe(false);
  });

  it('with PUBLIC_URL only that origin passes, whatever the Host', () => {
    const publicUrl = 'https://studio.example.org';
    expect(originAllowed({ origin: publicUrl, host: 'app:8080' }, publicUrl)).toBe(true);
    expect(originAllowed({ origin: 'http://studio.example.org', host: 'studio.example.org' }, publicUrl)).toBe(false);
    expect(originAllowed({ origin: 'http://app:8080', host: 'app:8080' }, publicUrl)).toBe(false);
  });
});

describe('PUBLIC_URL and TRUST_PROXY settings', () => {
  it('PUBLIC_URL keeps its origin; only http(s) addresses are taken', () => {
    expect(parsePublicUrl('https://studio.example.org/some/path')).toBe('https://studio.example.org');
    expect(parsePublicUrl('https://studio.example.org:8443')).toBe('https://studio.example.org:8443');
    expect(() => parsePublicUrl('studio.example.org')).toThrow(/PUBLIC_URL must be an address like https:/);
    expect(() => parsePublicUrl('ftp://studio.example.org')).toThrow(/must start with https:/);
  });

  it('https PUBLIC_URL makes cookies Secure unless told otherwise', () => {
    const store = {} as Store;
    expect(serverConfig({ store, publicUrl: 'https://a.example' }).secureCookies).toBe(true);
    expect(serverConfig({ store, publicUrl: 'http://a.example' }).secureCookies).toBe(false);
    expect(serverConfig({ store }).secureCookies).toBe(false);
    expect(serverConfig({ store, publicUrl: 'https://a.example', secureCookies: false }).secureCookies).toBe(false);
  });

  it('TRUST_PROXY reads as off, on, a hop count or a list of addresses', () => {
    expect(parseTrustProxy('')).toBe(false);
    expect(parseTrustProxy('false')).toBe(false);
    expect(parseTrustProxy('true')).toBe(true);
    expect(parseTrustProxy('2')).toBe(2);
    expect(parseTrustProxy('10.0.0.0/8, 127.0.0.1')).toEqual(['10.0.0.0/8', '127.0.0.1']);
  });
});
