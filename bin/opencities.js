#!/usr/bin/env node
// The `opencities` command. Runs the built CLI (npm run build makes dist/).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('opencities: the project is not built yet. Run: npm run build');
  process.exit(1);
}
const { main } = await import(entry.href);
const code = await main(process.argv.slice(2));
if (code !== 0) process.exitCode = code;
