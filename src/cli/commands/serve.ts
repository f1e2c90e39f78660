import { serve } from '../../server/main.js';
import { storeArgs, storeOptions, UserError, type Command } from '../command.js';
import { parse } from '../parse.js';

export const serveCommand: Command = {
  name: 'serve',
  usage: `opencities serve [--port 8080] [--host 0.0.0.0] [--data ./data | --database-url URL] [--demo-if-empty]

  --port N          port to listen on (default: $PORT or 8080)
  --host H          address to listen on (default 0.0.0.0)
  --data DIR        SQLite store folder (default ./data)
  --database-url U  PostgreSQL store instead (default: $DATABASE_URL)
  --demo-if-empty   create the demo workshop when there is no workshop yet`,
  async run(args) {
    const { values } = parse('serve', args, {
      ...storeOptions,
      port: { type: 'string', default: process.env.PORT ?? '8080' },
      host: { type: 'string', default: '0.0.0.0' },
      'demo-if-empty': { type: 'boolean', default: false },
    });
    if (values.help) return help(this.usage);
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UserError(`--port must be a number from 0 to 65535, not "${values.port}"`);
    await serve({ port, host: values.host, ...storeArgs(values), demoIfEmpty: values['demo-if-empty'], log: (line) => console.log(line) });
    return await new Promise<number>(() => {}); // runs until a signal stops it
  },
};

export function help(usage: string): number {
  console.log(usage);
  return 0;
}
