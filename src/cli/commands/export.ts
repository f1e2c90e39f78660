import { writeFile } from 'node:fs/promises';
import { exportBoard } from '../../server/services/boardFiles.js';
import { storeOptions, UserError, type Command } from '../command.js';
import { parse } from '../parse.js';
import { withStore } from '../withStore.js';
import { help } from './serve.js';

export const exportCommand: Command = {
  name: 'export',
  summary: 'Write a board in an open format (map: json; canvas: json, md)',
  usage: `opencities export --board ID --format F [--out FILE] [--data ./data | --database-url URL]

  --board ID    the board to export (its live state, every acknowledged edit included)
  --format F    maps: json (kumu-xlsx, kumu-csv, graphml, mermaid, svg, png arrive with the
                interop release); canvases: json, md (pdf arrives with the report)
  --out FILE    write to FILE instead of standard output`,
  async run(args) {
    const { values } = parse('export', args, {
      ...storeOptions,
      board: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
    });
    if (values.help) return help(this.usage);
    if (!values.board) throw new UserError('--board ID is required (the board id is in its address: /b/<id>)');
    if (!values.format) throw new UserError('--format is required: json for a map; json or md for a canvas');
    const file = await withStore(values, (store) => exportBoard(store, values.board!, values.format!, (line) => console.error(line)));
    if (values.out) {
      await writeFile(values.out, file.body);
      console.error(`Wrote ${values.out}.`);
    } else process.stdout.write(file.body.endsWith('\n') ? file.body : `${file.body}\n`);
    return 0;
  },
};
