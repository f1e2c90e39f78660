import { readFile } from 'node:fs/promises';
import { analyzeMap, findingsToText } from '../../domain/analysis/index.js';
import { formatMapIssues, readMapFile } from '../../domain/map/index.js';
import { UserError, type Command } from '../command.js';
import { parse } from '../parse.js';
import { help } from './serve.js';

const formats = ['json', 'text'] as const;

export const analyzeCommand: Command = {
  name: 'analyze',
  usage: `opencities analyze FILE [--format json|text]

  FILE        an Open Cities ecosystem map file (JSON, "format": "opencities/ecosystem-map")
  --format F  json: the findings document (the default when the output is not a terminal)
              text: a readable list grouped by severity (the default on a terminal)
Reads only the file: no store, nothing is written. A file that is not valid is refused,
naming the first problem and its line.`,
  async run(args) {
    const { values, positionals } = parse('analyze', args, { format: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, true);
    if (values.help) return help(this.usage);
    const [file, ...rest] = positionals;
    if (!file) throw new UserError('name the map file to analyze (see: opencities analyze --help)');
    if (rest.length > 0) throw new UserError(`analyze reads one file; also given: ${rest.join(' ')}`);
    // The contract's default: people on a terminal get text, pipes and tools get JSON.
    const format = values.format ?? (process.stdout.isTTY ? 'text' : 'json');
    if (!formats.some((f) => f === format)) throw new UserError(`--format must be json or text, not "${format}"`);
    const text = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
      throw new UserError(`cannot read ${file}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
    });
    const read = readMapFile(text);
    if (!read.ok) {
      throw new UserError(`${file}: ${formatMapIssues(read.errors) || 'not a valid map'}`);
    }
    const doc = analyzeMap(read.map);
    process.stdout.write(format === 'json' ? `${JSON.stringify(doc, null, 2)}\n` : findingsToText(doc));
    return 0;
  },
};
