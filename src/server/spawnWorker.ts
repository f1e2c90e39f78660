import { Worker } from 'node:worker_threads';

/**
 * A worker thread running the module `name` next to `from` (the caller's import.meta.url):
 * from the build (`name.js`) or, when the server runs from its TypeScript source (tests,
 * `npm run dev`), from `name.ts` through tsx, as the rest of the server is.
 */
export function spawnWorker(from: string, name: string, workerData: unknown): Worker {
  const options = { workerData };
  if (!from.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, from), options);
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL(`./${name}.ts`, from).href;
  const code = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(entry)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`), options);
}
