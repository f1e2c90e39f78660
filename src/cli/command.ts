/** One CLI command: `opencities <name> ...`. `run` returns the exit code. */
export interface Command {
  name: string;
  usage: string;
  run(args: string[]): Promise<number>;
}

/** A mistake the user can fix: printed as one line, exit code 1, no stack trace. */
export class UserError extends Error {
  override name = 'UserError';
}

/** Options every command that touches data takes (DESIGN.md). */
export const storeOptions = {
  data: { type: 'string' },
  'database-url': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/**
 * Which store a command uses: --database-url, else --data, else $DATABASE_URL, else ./data.
 * An explicit --data wins over the environment, so a SQLite folder named on the command line
 * is never silently swapped for PostgreSQL.
 */
export function storeArgs(values: { data?: string; 'database-url'?: string }): { dataDir: string; databaseUrl: string | null } {
  const databaseUrl = values['database-url'] ?? (values.data === undefined ? (process.env.DATABASE_URL ?? null) : null);
  return { dataDir: values.data ?? './data', databaseUrl };
}
