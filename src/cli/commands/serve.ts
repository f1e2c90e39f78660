import { parsePublicUrl, parseTrustProxy, retentionLimitsFromEnv } from '../../server/config.js';
import { signInSettingsFromEnv } from '../../server/auth/oidcSettings.js';
import { serve } from '../../server/main.js';
import { defaultLogFormat, parseLogFormat } from '../../server/ops/logger.js';
import { storeArgs, storeOptions, UserError, type Command } from '../command.js';
import { parse } from '../parse.js';

export const serveCommand: Command = {
  name: 'serve',
  usage: `opencities serve [--port 8080] [--host 0.0.0.0] [--data ./data | --database-url URL] [--public-url URL]
                  [--trust-proxy T] [--redis-url URL] [--log-format json|pretty]
                  [--drain-grace SECONDS] [--drain-timeout SECONDS] [--booking-retention-days N]
                  [--smtp-url URL --mail-from ADDRESS] [--demo-if-empty]

  --port N          port to listen on (default: $PORT or 8080)
  --host H          address to listen on (default 0.0.0.0)
  --data DIR        SQLite store folder (default ./data)
  --database-url U  PostgreSQL store instead (default: $DATABASE_URL)
  --public-url URL  the address people use, e.g. https://studio.example.org (default: $PUBLIC_URL):
                    only its pages may change things; https makes cookies Secure
  --trust-proxy T   believe X-Forwarded-For/-Proto from a proxy: true, a hop count, or
                    addresses/ranges separated by commas (default: $TRUST_PROXY, else off)
  --redis-url URL   share sign-in and join rate limits between instances (default: $REDIS_URL);
                    needed to run more than one instance on one PostgreSQL database
  --log-format F    json (one JSON object a line) or pretty (default: $LOG_FORMAT, else
                    pretty in a terminal and json otherwise)
  --drain-grace S   on SIGTERM, how long to keep serving open connections while /readyz
                    says 503 and new ones are refused (default: $DRAIN_GRACE or 0)
  --drain-timeout S then, how long storing the open boards may take before exiting anyway
                    (default: $DRAIN_TIMEOUT or 30)
  --booking-retention-days N
                    delete booking requests this many days after they were made
                    (default: $BOOKING_RETENTION_DAYS or 365)
  --smtp-url URL    send e-mail (booking notices and receipts) through this SMTP server, e.g.
                    smtps://user:password@mail.example.org (default: $SMTP_URL; none: no e-mail)
  --mail-from A     the sender of that e-mail, e.g. "Studio <studio@example.org>" (default: $MAIL_FROM)
  RETENTION_DEFAULT_MONTHS, RETENTION_MIN_MONTHS, RETENTION_MAX_MONTHS
                    workshops are deleted this many months after their last activity: the
                    default, and the range a facilitator may choose from (12, 1 and 36)
  OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_ALLOWED_DOMAINS, OIDC_NAME
                    single sign-on for facilitators with the organisation's OpenID Connect
                    provider (needs PUBLIC_URL; see README "Single sign-on")
  LOCAL_SIGN_IN     on (default) or off: sign-in with e-mail and password
  METRICS_TOKEN     the bearer token that may read /metrics from elsewhere (else: this machine only)
  --demo-if-empty   create the demo workshop when there is no workshop yet`,
  async run(args) {
    const { values } = parse('serve', args, {
      ...storeOptions,
      port: { type: 'string', default: process.env.PORT ?? '8080' },
      host: { type: 'string', default: '0.0.0.0' },
      'demo-if-empty': { type: 'boolean', default: false },
      'public-url': { type: 'string' },
      'trust-proxy': { type: 'string' },
      'redis-url': { type: 'string' },
      'log-format': { type: 'string' },
      'drain-grace': { type: 'string', default: process.env.DRAIN_GRACE ?? '0' },
      'drain-timeout': { type: 'string', default: process.env.DRAIN_TIMEOUT ?? '30' },
      'booking-retention-days': { type: 'string', default: process.env.BOOKING_RETENTION_DAYS ?? '365' },
      'smtp-url': { type: 'string' },
      'mail-from': { type: 'string' },
    });
    if (values.help) return help(this.usage);
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UserError(`--port must be a number from 0 to 65535, not "${values.port}"`);
    const drainSeconds = Number(values['drain-timeout']);
    if (!Number.isFinite(drainSeconds) || drainSeconds <= 0)
      throw new UserError(`--drain-timeout must be a number of seconds above 0, not "${values['drain-timeout']}"`);
    const graceSeconds = Number(values['drain-grace']);
    if (!Number.isFinite(graceSeconds) || graceSeconds < 0)
      throw new UserError(`--drain-grace must be a number of seconds, 0 or more, not "${values['drain-grace']}"`);
    const retentionDays = Number(values['booking-retention-days']);
    if (!Number.isInteger(retentionDays) || retentionDays < 1)
      throw new UserError(`--booking-retention-days must be a whole number of days, 1 or more, not "${values['booking-retention-days']}"`);
    const retention = userInput(() => retentionLimitsFromEnv(process.env));
    const smtpUrl = (values['smtp-url'] ?? process.env.SMTP_URL) || null;
    const mailFrom = (values['mail-from'] ?? process.env.MAIL_FROM) || null;
    if ((smtpUrl === null) !== (mailFrom === null))
      throw new UserError('--smtp-url (SMTP_URL) and --mail-from (MAIL_FROM) go together: give both to send e-mail, or neither');
    const logFormatText = values['log-format'] ?? process.env.LOG_FORMAT;
    const publicUrlText = values['public-url'] ?? process.env.PUBLIC_URL;
    const signIn = userInput(() => signInSettingsFromEnv(process.env));
    if (signIn.oidc && !publicUrlText)
      throw new UserError(
        'OIDC_ISSUER needs --public-url (PUBLIC_URL): the provider sends people back to PUBLIC_URL/api/session/oidc/callback, the address to register with it',
      );
    await serve({
      port,
      host: values.host,
      ...storeArgs(values),
      demoIfEmpty: values['demo-if-empty'],
      publicUrl: publicUrlText ? userInput(() => parsePublicUrl(publicUrlText)) : null,
      trustProxy: parseTrustProxy(values['trust-proxy'] ?? process.env.TRUST_PROXY ?? ''),
      // An empty value is none, so --redis-url '' overrides a REDIS_URL in the environment.
      redisUrl: (values['redis-url'] ?? process.env.REDIS_URL) || null,
      metricsToken: process.env.METRICS_TOKEN || null,
      logFormat: logFormatText ? userInput(() => parseLogFormat(logFormatText)) : defaultLogFormat(),
      drainGraceMs: graceSeconds * 1000,
      drainTimeoutMs: drainSeconds * 1000,
      bookingRetentionDays: retentionDays,
      retention,
      smtpUrl,
      mailFrom,
      signIn,
    });
    return await new Promise<number>(() => {}); // runs until a signal stops it
  },
};

export function help(usage: string): number {
  console.log(usage);
  return 0;
}

/** A value the user gave, checked by the server: its complaint becomes a one-line user error. */
function userInput<T>(check: () => T): T {
  try {
    return check();
  } catch (e) {
    throw new UserError((e as Error).message);
  }
}
