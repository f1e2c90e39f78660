import pino, { type DestinationStream, type Logger } from 'pino';

/** How log lines are written: one JSON object a line (for a log collector), or short lines for a person. */
export type LogFormat = 'json' | 'pretty';

/** The default: JSON unless a person watches the terminal (stdout is a TTY). */
export function defaultLogFormat(stdoutIsTty = process.stdout.isTTY === true): LogFormat {
  return stdoutIsTty ? 'pretty' : 'json';
}

export function parseLogFormat(text: string): LogFormat {
  if (text === 'json' || text === 'pretty') return text;
  throw new Error(`--log-format must be json or pretty, not "${text}"`);
}

/** What a request line says of the request: method and route pattern, never ids, codes or query strings. */
interface LoggedRequest {
  method: string;
  routeOptions?: { url?: string };
}

/**
 * The server's one logger (SPEC O3). Request lines name the route's pattern
 * (`/api/workshops/:id/invites/:code`) rather than the address asked for, so an invite code
 * or a query string never reaches a log; no header, cookie or client address is logged;
 * `redact` is a second line should a header ever be passed in.
 */
export function createLogger(format: LogFormat, destination: DestinationStream = process.stdout): Logger {
  return pino(
    {
      level: process.env.LOG_LEVEL ?? 'info',
      timestamp: pino.stdTimeFunctions.isoTime,
      serializers: {
        req: (request: LoggedRequest) => ({ method: request.method, route: request.routeOptions?.url ?? '(none)' }),
        res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
      },
      redact: {
        paths: ['headers.cookie', 'headers.authorization', 'req.headers', 'res.headers', '*.cookie', '*.authorization'],
        censor: '[redacted]',
      },
    },
    format === 'pretty' ? prettyStream(destination) : destination,
  );
}

/**
 * The level of a line the server writes through `config.log` (plain text, which tests read):
 * an error (`error …`, a failed drain) is `error`; a refusal, something that could not be
 * stored or an outage is `warn`; the rest `info`.
 */
export function levelOf(line: string): 'error' | 'warn' | 'info' {
  if (/^(error |drain: (failed|not done))/.test(line)) return 'error';
  if (/could not be stored|unavailable|cannot be read|Redis error|instance lock|not compacted|failed/.test(line)) return 'warn';
  return 'info';
}

const levelNames: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };

/** One JSON line as a person reads it: `08:15:02 INFO  message  GET /api/me 200 3ms [req-1]`. */
export function prettyLine(json: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json.trimEnd();
  }
  const time = typeof entry.time === 'string' ? entry.time.slice(11, 19) : '';
  const level = (levelNames[Number(entry.level)] ?? String(entry.level)).padEnd(5);
  const req = entry.req as { method?: string; route?: string } | undefined;
  const res = entry.res as { statusCode?: number } | undefined;
  const parts = [time, level, String(entry.msg ?? '')];
  if (req) parts.push(`${req.method ?? ''} ${req.route ?? ''}`);
  if (res) parts.push(String(res.statusCode));
  if (typeof entry.responseTime === 'number') parts.push(`${Math.round(entry.responseTime)}ms`);
  if (entry.reqId) parts.push(`[${String(entry.reqId)}]`);
  const err = entry.err as { stack?: string } | undefined;
  return parts.join(' ') + (err?.stack ? `\n${err.stack}` : '');
}

function prettyStream(destination: DestinationStream): DestinationStream {
  return { write: (chunk: string) => destination.write(`${prettyLine(chunk)}\n`) };
}
