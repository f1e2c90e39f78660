/** One CLI command: `opencities <name> ...`. `run` returns the exit code. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(args: string[]): Promise<number>;
}

/** A mistake the user can fix: printed as one line, exit code 1, no stack trace. */
export class UserError extends Error {
  override name = 'UserError';
}

/** Options every command that touches data takes (DESIGN.md). */
export const storeOptions = {
  data: { type: 'string', default: './data' },
  'database-url': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export function storeArgs(values: { data?: string; 'database-url'?: string }): { dataDir: string; databaseUrl: string | null } {
  return { dataDir: values.data ?? './data', databaseUrl: values['database-url'] ?? process.env.DATABASE_URL ?? null };
}
