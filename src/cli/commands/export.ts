import { writeFile } from 'node:fs/promises';
import { exportBoard } from '../../server/services/boardFiles.js';
import { storeOptions, UserError, type Command } from '../command.js';
import { parse } from '../parse.js';
import { withStore } from '../withStore.js';
import { help } from './serve.js';

export const exportCommand: Command = {
  name: 'export',
  usage: `opencities export --board ID --format F [--out FILE] [--data ./data | --database-url URL]

  --board ID    the board to export (its live state, every acknowledged edit included)
  --format F    maps:
                  json       the Open Cities map file
                  kumu-xlsx  a Kumu workbook (.xlsx): Elements and Connections for Kumu, and
                             Datasets, Notes and Map sheets so nothing of the map is lost
                  kumu-csv   a .zip of elements.csv and connections.csv (what Kumu imports),
                             with datasets.csv, notes.csv and map.csv; "opencities import"
                             takes the .zip back whole
                  graphml    GraphML for Gephi, yEd, Cytoscape or NetworkX
                  mermaid    a Mermaid flowchart for documents and wikis (export only)
                  svg, png   a picture of the whole map with its legend
                canvases: json, md (pdf arrives with the report)
  --out FILE    write to FILE instead of standard output (binary formats too)
The app's Export menu and GET /api/boards/ID/file?format=F give the same files.`,
  async run(args) {
    const { values } = parse('export', args, {
      ...storeOptions,
      board: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
    });
    if (values.help) return help(this.usage);
    if (!values.board) throw new UserError('--board ID is required (the board id is in its address: /b/<id>)');
    if (!values.format)
      throw new UserError(
        '--format is required: json, kumu-xlsx, kumu-csv, graphml, mermaid, svg or png for a map; json or md for a canvas',
      );
    const file = await withStore(values, (store) => exportBoard(store, values.board!, values.format!, (line) => console.error(line)));
    if (values.out) {
      await writeFile(values.out, file.body);
      console.error(`Wrote ${values.out}.`);
    } else if (typeof file.body !== 'string')
      process.stdout.write(file.body); // bytes as they are: redirect them to a file
    else process.stdout.write(file.body.endsWith('\n') ? file.body : `${file.body}\n`);
    return 0;
  },
};
