import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { importBoardFile } from '../../server/services/boardFiles.js';
import { storeOptions, UserError, type Command } from '../command.js';
import { parse } from '../parse.js';
import { withStore } from '../withStore.js';
import { help } from './serve.js';

export const importCommand: Command = {
  name: 'import',
  usage: `opencities import FILE [--connections FILE] --workshop ID [--group ID] [--json]
                   [--data ./data | --database-url URL]

  FILE           its extension tells what it is:
                   .json     an Open Cities map or canvas file (its "format" field tells which)
                   .xlsx     a Kumu workbook: sheets Elements and Connections
                   .csv      a Kumu elements CSV file; give its connections with --connections
                   .zip      what "opencities export --format kumu-csv" writes
                   .graphml  GraphML, from this app or a graph tool (Gephi, yEd, NetworkX)
  --connections FILE
                 the Kumu connections CSV file that goes with an elements CSV file
  --workshop ID  the workshop the new board belongs to (opencities admin list-workshops)
  --group ID     make it that group's board
  --json         print { "board": { "id", "kind", "title" } }
A file that is not valid is refused whole, naming the first problem (row, column or line);
nothing is created.`,
  async run(args) {
    const { values, positionals } = parse(
      'import',
      args,
      {
        ...storeOptions,
        workshop: { type: 'string' },
        group: { type: 'string' },
        connections: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      true,
    );
    if (values.help) return help(this.usage);
    const [file] = positionals;
    if (!file) throw new UserError('name the file to import (see: opencities import --help)');
    if (!values.workshop)
      throw new UserError('--workshop ID is required: the workshop the board goes into (see: opencities admin list-workshops)');
    // Bytes, not text: a workbook or an archive is binary; text formats are decoded (as UTF-8) by their reader.
    const read = (path: string) =>
      readFile(path)
        .then((data) => ({ name: basename(path), data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) }))
        .catch((e: NodeJS.ErrnoException) => {
          throw new UserError(`cannot read ${path}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
        });
    const input = await read(file);
    const connections = values.connections === undefined ? undefined : await read(values.connections);
    const board = await withStore(values, (store) =>
      importBoardFile(store, { workshopId: values.workshop!, file: input, connections, groupId: values.group ?? null, now: new Date() }),
    );
    if (values.json) console.log(JSON.stringify({ board: { id: board.id, kind: board.kind, title: board.title } }, null, 2));
    else console.log(`Imported ${basename(file)} as the ${board.kind} board "${board.title}" (${board.id}).`);
    return 0;
  },
};
