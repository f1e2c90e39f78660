import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from './command.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** util.parseArgs, with its errors turned into one line that points at --help. */
export function parse<O extends Options>(command: string, args: string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (e) {
    throw new UserError(`${(e as Error).message.split('\n')[0]} (see: opencities ${command} --help)`);
  }
}
