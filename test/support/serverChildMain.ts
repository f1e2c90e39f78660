/**
 * A server in a process of its own with limits a test chooses, which `opencities serve` does
 * not take: `node --import tsx [--import loopMonitor.mjs] serverChildMain.ts <dataDir> <limits JSON>`.
 * buildServer over the SQLite store in dataDir on 127.0.0.1 and a free port; prints
 * `{"port":N}` on stdout when listening. Started by startServerChild (cliProcess.ts).
 */
import { buildServer } from '../../src/server/buildServer.js';
import { openStore } from '../../src/server/store/index.js';

const [dataDir, limits] = process.argv.slice(2);
if (!dataDir || !limits) throw new Error('usage: serverChildMain.ts <dataDir> <limits JSON>');
const store = await openStore({ dataDir });
const server = await buildServer({ store, log: (line) => process.stderr.write(`${line}\n`), limits: JSON.parse(limits) });
const port = await server.listen(0, '127.0.0.1');
process.stdout.write(`${JSON.stringify({ port })}\n`);
