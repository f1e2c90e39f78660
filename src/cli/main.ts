import { isAppError, maxOf } from '../shared/index.js';
import { UserError, type Command } from './command.js';

/**
 * Every command, loaded only when it runs: `opencities --help` and a quick `analyze` need not
 * load the server, the stores and the spreadsheet library.
 */
const commands: { name: string; summary: string; load: () => Promise<Command> }[] = [
  {
    name: 'serve',
    summary: 'Serve the web app, the API and live boards',
    load: async () => (await import('./commands/serve.js')).serveCommand,
  },
  {
    name: 'demo',
    summary: 'Create a demo workshop with two groups and print its invites',
    load: async () => (await import('./commands/demo.js')).demoCommand,
  },
  {
    name: 'admin',
    summary: 'Manage facilitator accounts and workshops',
    load: async () => (await import('./commands/admin.js')).adminCommand,
  },
  {
    name: 'import',
    summary: 'Create a board from a map or canvas file, a Kumu workbook or CSV, or GraphML',
    load: async () => (await import('./commands/import.js')).importCommand,
  },
  {
    name: 'export',
    summary: 'Write a board in an open format (map: json, Kumu, GraphML, Mermaid; canvas: json, md)',
    load: async () => (await import('./commands/export.js')).exportCommand,
  },
  {
    name: 'analyze',
    summary: 'Print the findings of an ecosystem map file',
    load: async () => (await import('./commands/analyze.js')).analyzeCommand,
  },
  {
    name: 'atlas',
    summary: 'Merge every project map of a city into its atlas (map, GraphML, Kumu, Mermaid; datasets as CSV or DCAT)',
    load: async () => (await import('./commands/atlas.js')).atlasCommand,
  },
  {
    name: 'report',
    summary: 'Write the workshop report (Markdown or PDF): maps, findings, canvases, actions',
    load: async () => (await import('./commands/report.js')).reportCommand,
  },
];

function overview(): string {
  const width = maxOf(commands.map((c) => c.name.length));
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
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    console.error(`opencities: unknown command "${name}". Run opencities --help to see the commands.`);
    return 1;
  }
  try {
    return await (await entry.load()).run(args);
  } catch (e) {
    if (e instanceof UserError || isAppError(e)) {
      console.error(`opencities ${name}: ${(e as Error).message}`);
      return 1;
    }
    console.error(`opencities ${name}: unexpected error: ${(e as Error).message}. Please report it.`);
    return 2;
  }
}
