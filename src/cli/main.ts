import { isAppError } from '../shared/index.js';
import { UserError, type Command } from './command.js';
import { adminCommand } from './commands/admin.js';
import { analyzeCommand } from './commands/analyze.js';
import { demoCommand } from './commands/demo.js';
import { exportCommand } from './commands/export.js';
import { importCommand } from './commands/import.js';
import { atlasCommand, reportCommand } from './commands/notYet.js';
import { serveCommand } from './commands/serve.js';

const commands: Command[] = [
  serveCommand,
  demoCommand,
  adminCommand,
  importCommand,
  exportCommand,
  analyzeCommand,
  atlasCommand,
  reportCommand,
];

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'opencities — run open cities data workshops',
    '',
    'Usage: opencities <command> [options]   (opencities <command> --help for its options)',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Every command that reads or writes data takes --data DIR (SQLite, default ./data) or --database-url URL (PostgreSQL).',
  ].join('\n');
}

/** Runs the CLI. User errors print one line and exit 1; nothing prints a stack trace. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(overview());
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    console.error(`opencities: unknown command "${name}". Run opencities --help to see the commands.`);
    return 1;
  }
  try {
    return await command.run(args);
  } catch (e) {
    if (e instanceof UserError || isAppError(e)) {
      console.error(`opencities ${name}: ${(e as Error).message}`);
      return 1;
    }
    console.error(`opencities ${name}: unexpected error: ${(e as Error).message}. Please report it.`);
    return 2;
  }
}
