// `npm start`'s build: only what changed since the last build. The server's TypeScript is
// compiled in tsc's build mode (tsconfig.build.json: it skips at once when no source is newer
// than dist/.tsbuildinfo, and otherwise emits what changed); the web app is built
// again only when one of its inputs changed since the build in dist/web (a hash of their bytes,
// kept in dist/.web-inputs). `npm run build` still builds everything.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const webInputs = [
  'src/web',
  'src/shared',
  'src/domain',
  'src/doc',
  'scripts/messageCatalogues.ts',
  'scripts/compressedAssets.ts',
  'package-lock.json',
];
const stampFile = 'dist/.web-inputs';

function filesOf(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true })
    .map((name) => join(path, String(name)))
    .filter((file) => statSync(file).isFile())
    .sort();
}

function hashOf(paths) {
  const hash = createHash('sha256');
  for (const file of paths.flatMap(filesOf)) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

function run(what, args) {
  const started = Date.now();
  const done = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (done.status !== 0) process.exit(done.status ?? 1);
  console.log(`${what} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

run('server compiled', ['node_modules/typescript/bin/tsc', '-b', 'tsconfig.build.json']);

const inputs = hashOf(webInputs);
const built = existsSync('dist/web/index.html') && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === inputs;
if (built) {
  console.log('web app unchanged since the last build: not rebuilt');
} else {
  run('web app built', ['node_modules/vite/bin/vite.js', 'build', '--config', 'src/web/vite.config.ts']);
  writeFileSync(stampFile, inputs);
}
