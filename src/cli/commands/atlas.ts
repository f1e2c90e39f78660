import { writeFile } from 'node:fs/promises';
import { atlasFormats, exportAtlas, loadCityAtlas } from '../../server/services/cityAtlas.js';
import { storeOptions, UserError, type Command } from '../command.js';
import { parse } from '../parse.js';
import { withStore } from '../withStore.js';
import { help } from './serve.js';

export const atlasCommand: Command = {
  name: 'atlas',
  usage: `opencities atlas --city "City" [--format F] [--out FILE] [--data ./data | --database-url URL]

  --city "City"  the city whose atlas to write: every project map of its workshops, merged
                 (a workshop's city: its details, or opencities admin set-city)
  --format F     json       an Open Cities map file (the default): actors, flows and datasets
                            carry "sources"; opencities analyze and every map tool read it
                 graphml    GraphML for Gephi, yEd, Cytoscape or NetworkX
                 kumu-xlsx  a Kumu workbook (.xlsx)
                 mermaid    a Mermaid flowchart
                 csv        the city's dataset register
                 dcat       the dataset register as DCAT (JSON-LD, DCAT-AP shape)
  --out FILE     write to FILE instead of standard output
The facilitators' decisions on the atlas (accepted and rejected suggestions, splits) apply.
A map that cannot be read is named on standard error and left out; the rest still merge.`,
  async run(args) {
    const { values } = parse('atlas', args, {
      ...storeOptions,
      city: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
    });
    if (values.help) return help(this.usage);
    if (!values.city?.trim()) throw new UserError('--city "City" is required (see: opencities admin list-workshops for the cities)');
    const format = values.format ?? 'json';
    if (!atlasFormats.some((f) => f === format)) throw new UserError(`--format must be one of ${atlasFormats.join(', ')}, not "${format}"`);
    const file = await withStore(values, async (store) => {
      const { atlas, leftOut } = await loadCityAtlas(store, values.city!, (line) => console.error(line));
      for (const map of leftOut)
        console.error(`Left out the map "${map.title}" (board ${map.board}) of ${map.workshop}: it could not be read (${map.reason}).`);
      if (atlas.message) console.error(atlas.message);
      else
        console.error(
          `${atlas.city}: ${atlas.map.actors.length} actors, ${atlas.map.flows.length} flows, ${atlas.map.datasets.length} datasets, ${atlas.findings.length} city findings, ${atlas.suggestions.length} suggestions.`,
        );
      return exportAtlas(atlas, format);
    });
    if (values.out) {
      await writeFile(values.out, file.body);
      console.error(`Wrote ${values.out}.`);
    } else if (typeof file.body !== 'string') process.stdout.write(file.body);
    else process.stdout.write(file.body.endsWith('\n') ? file.body : `${file.body}\n`);
    return 0;
  },
};
