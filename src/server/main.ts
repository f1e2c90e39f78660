import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer, type OpenCitiesServer } from './buildServer.js';
import { demoInviteLinks, ensureDemoWorkshop } from './services/demoInvites.js';
import { openStore } from './store/index.js';
import type { Store } from './store/Store.js';

export interface ServeOptions {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  /** Create the demo workshop when the store has no workshop yet (npm start). */
  demoIfEmpty: boolean;
  /** PUBLIC_URL: the address people use (an origin), or null. */
  publicUrl: string | null;
  /** TRUST_PROXY, as Fastify takes it. */
  trustProxy: boolean | number | string[];
  /** REDIS_URL: rate-limit counters shared by every instance, or null. */
  redisUrl: string | null;
  log: (line: string) => void;
}

/** The package root: the nearest folder above this file with a package.json. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/**
 * The only place that listens (STYLE 1). Opens the store, serves, and on SIGTERM or SIGINT
 * stores every open board and closes connections before exiting.
 */
export async function serve(options: ServeOptions): Promise<{ server: OpenCitiesServer; store: Store; port: number }> {
  const store = await openStore({ dataDir: options.dataDir, databaseUrl: options.databaseUrl ?? undefined });
  const webDir = join(packageRoot(), 'dist', 'web');
  if (!existsSync(join(webDir, 'index.html')))
    options.log('note: the web app is not built (npm run build); serving the API and /collab only');
  const server = await buildServer({
    store,
    webDir,
    log: options.log,
    publicUrl: options.publicUrl,
    trustProxy: options.trustProxy,
    redisUrl: options.redisUrl,
  });
  const port = await server.listen(options.port, options.host);
  const base = options.publicUrl ?? `http://localhost:${port}`;
  options.log(`Open Cities Studio is running at ${base} (store: ${store.kind}${store.kind === 'sqlite' ? ` in ${options.dataDir}` : ''})`);
  if (options.demoIfEmpty) await ensureDemoWorkshop(store, new Date());
  for (const line of await demoInviteLinks(store, base)) options.log(line);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    options.log(`${signal}: storing open boards and closing connections`);
    await server.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  return { server, store, port };
}
