#!/usr/bin/env node
// The `opencities` command: runs the built CLI (npm run build makes dist/).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/run.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('opencities: the project is not built yet. Run: npm run build');
  process.exit(1);
}
await import(entry.href);
