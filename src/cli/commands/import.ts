import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { importBoardFile } from '../../server/services/boardFiles.js';
import { storeOptions, UserError, type Command } from '../command.js';
import { parse } from '../parse.js';
import { withStore } from '../withStore.js';
import { help } from './serve.js';

export const importCommand: Command = {
  name: 'import',
  summary: 'Create a board from an ecosystem map or ethics canvas file',
  usage: `opencities import FILE --workshop ID [--group ID] [--json] [--data ./data | --database-url URL]

  FILE           an Open Cities map or canvas JSON file (its "format" field tells which);
                 Kumu workbooks and GraphML arrive with the interop release
  --workshop ID  the workshop the new board belongs to (opencities admin list-workshops)
  --group ID     make it that group's board
  --json         print { "board": { "id", "kind", "title" } }
A file that is not valid is refused whole, naming the first problem; nothing is created.`,
  async run(args) {
    const { values, positionals } = parse(
      'import',
      args,
      { ...storeOptions, workshop: { type: 'string' }, group: { type: 'string' }, json: { type: 'boolean', default: false } },
      true,
    );
    if (values.help) return help(this.usage);
    const [file] = positionals;
    if (!file) throw new UserError('name the file to import (see: opencities import --help)');
    if (!values.workshop)
      throw new UserError('--workshop ID is required: the workshop the board goes into (see: opencities admin list-workshops)');
    const text = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
      throw new UserError(`cannot read ${file}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
    });
    const board = await withStore(values, (store) =>
      importBoardFile(store, { workshopId: values.workshop!, name: basename(file), text, groupId: values.group ?? null, now: new Date() }),
    );
    if (values.json) console.log(JSON.stringify({ board: { id: board.id, kind: board.kind, title: board.title } }, null, 2));
    else console.log(`Imported ${basename(file)} as the ${board.kind} board "${board.title}" (${board.id}).`);
    return 0;
  },
};
