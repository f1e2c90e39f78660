import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { compileCatalogue, type SourceCatalogue } from '../src/shared/i18n/compileCatalogue.js';

/** `virtual:messages/<locale>/<area>,<area>…`: the messages of a few areas of one catalogue. */
const prefix = 'virtual:messages/';

/**
 * The Vite plugin that serves the message catalogues (src/shared/i18n/catalogues/<locale>.json,
 * ICU MessageFormat) compiled into Lingui's run-time form, so the browser needs no message
 * parser (docs/i18n.md):
 *   - a catalogue imported whole (`import('../../shared/i18n/catalogues/cy.json')`) is compiled as it is;
 *   - `virtual:messages/en/join,kept` is the messages whose key starts with `join.` or `kept.`:
 *     each page's chunk carries the English it shows, so no page downloads another's text.
 * A message that does not parse, or an area with no message, fails the build.
 */
export function messageCatalogues(folder: string): Plugin {
  const catalogueFile = /[\\/]i18n[\\/]catalogues[\\/]([a-z]+)\.json$/;
  const read = (locale: string): SourceCatalogue => JSON.parse(readFileSync(join(folder, `${locale}.json`), 'utf8')) as SourceCatalogue;
  return {
    name: 'message-catalogues',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(prefix) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${prefix}`)) return null;
      const [locale = '', areaList = ''] = id.slice(prefix.length + 1).split('/');
      if (!/^[a-z]+$/.test(locale)) throw new Error(`${id}: name a catalogue, as in virtual:messages/en/join`);
      this.addWatchFile(join(folder, `${locale}.json`));
      const all = read(locale);
      const picked: SourceCatalogue = {};
      for (const area of areaList.split(',')) {
        const keys = Object.keys(all).filter((key) => key.startsWith(`${area}.`));
        if (keys.length === 0) throw new Error(`${id}: ${locale}.json has no message in the area "${area}"`);
        for (const key of keys) picked[key] = all[key] ?? '';
      }
      return `export default ${JSON.stringify(compileCatalogue(picked, `${locale}.json`))};`;
    },
    transform(code, id) {
      const locale = catalogueFile.exec(id.split('?')[0] ?? '')?.[1];
      if (!locale) return null;
      return { code: JSON.stringify(compileCatalogue(JSON.parse(code) as SourceCatalogue, `${locale}.json`)), map: null };
    },
  };
}
