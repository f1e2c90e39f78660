import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError, errorBody, isAppError } from '../../shared/index.js';
import type { AppContext } from '../context.js';
import { isStoreFault } from '../store/index.js';

/** Maps every failure to `{ error: { code, message } }` with a fitting status, and logs one line. */
export function registerErrorHandler(app: FastifyInstance, ctx: AppContext): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error, request.routeOptions.bodyLimit);
    // The route's pattern, not the address: an invite code in a path never reaches the log (SPEC O3).
    const route = `${request.method} ${request.routeOptions.url ?? '(no route)'}`;
    const id = ` [${request.id}]`;
    // An outage fails every request alike: one line each, not a stack trace each.
    if (appError.code === 'STORE_UNAVAILABLE') ctx.config.log(`store unavailable ${route}: ${error.message}${id}`);
    else if (appError.status >= 500 && appError.code !== 'SERVER_DRAINING')
      ctx.config.log(`error ${route}${id}: ${error.stack ?? error.message}`);
    else ctx.config.log(`refused ${route}: ${appError.code}${id}`);
    void reply.code(appError.status).send(errorBody(appError));
  });
}

/** What a failure means to the person who asked: an AppError, whatever threw it. */
export function toAppError(error: FastifyError, bodyLimit: number | undefined): AppError {
  if (isAppError(error)) return error;
  // The database is down, unreachable, too slow or full: "try again shortly", not a bug.
  if (isStoreFault(error)) return new AppError('STORE_UNAVAILABLE');
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('BAD_REQUEST', 'The body is not valid JSON');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('BAD_REQUEST', 'Send the body as application/json');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('PAYLOAD_TOO_LARGE', bodyLimit === undefined ? undefined : `The body is over the limit of ${bodyLimit} bytes`);
  }
  if (error instanceof SyntaxError || error.statusCode === 400) return new AppError('BAD_REQUEST', error.message);
  return new AppError('INTERNAL');
}
