// `npm run dev`: the server from source (restarts on change) and Vite with hot reload in front of it.
import { spawn } from 'node:child_process';

const run = (args) => spawn(process.execPath, args, { stdio: 'inherit' });
const server = run(['--import', 'tsx', '--watch', 'src/cli/run.ts', 'serve', '--demo-if-empty']);
const web = run(['node_modules/vite/bin/vite.js', '--config', 'src/web/vite.config.ts']);
const stop = () => {
  server.kill('SIGTERM');
  web.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
