import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { defaultLogFormat, levelOf, parseLogFormat, prettyLine } from '../../src/server/ops/logger.js';
import { requestId } from '../../src/server/ops/requestId.js';

const withHeader = (value: string | undefined) => ({ headers: value === undefined ? {} : { 'x-request-id': value } }) as IncomingMessage;

describe('log format and request ids', () => {
  it('O3: JSON unless stdout is a terminal; only json or pretty are taken', () => {
    expect(defaultLogFormat(false)).toBe('json');
    expect(defaultLogFormat(true)).toBe('pretty');
    expect(parseLogFormat('pretty')).toBe('pretty');
    expect(() => parseLogFormat('yaml')).toThrow('--log-format must be json or pretty, not "yaml"');
  });

  it('O3: a pretty line has the time, level, message, route, status, duration and request id', () => {
    const json = JSON.stringify({
      level: 30,
      time: '2026-12-06T08:15:02.123Z',
      msg: 'request completed',
      reqId: 'r-1',
      req: { method: 'GET', route: '/api/me' },
      res: { statusCode: 200 },
      responseTime: 3.4,
    });
    expect(prettyLine(json)).toBe('08:15:02 INFO  request completed GET /api/me 200 3ms [r-1]');
    expect(prettyLine('not json\n')).toBe('not json');
  });

  it('O3: the level of a plain line follows what it says', () => {
    expect(levelOf('error GET /api/me [x]: boom')).toBe('error');
    expect(levelOf('drain: not done within 30 s; exiting anyway')).toBe('error');
    expect(levelOf('board b: an update could not be stored (disk full)')).toBe('warn');
    expect(levelOf('Open Cities Studio is running at http://localhost:8080')).toBe('info');
  });

  it('O3: a plain incoming X-Request-Id is kept; anything else is replaced by a UUID', () => {
    expect(requestId(withHeader('proxy-id.42:a_b'))).toBe('proxy-id.42:a_b');
    for (const odd of ['', 'has space', 'line\nbreak', 'x'.repeat(129), '{"json":1}', undefined])
      expect(requestId(withHeader(odd))).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });
});
