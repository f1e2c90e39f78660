import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { compileCatalogue, type SourceCatalogue } from '../src/shared/i18n/compileCatalogue.js';

/** `virtual:messages/<locale>/<area>,<area>…`: the messages of a few areas of one catalogue. */
const prefix = 'virtual:messages/';
/** The source catalogue: its areas' modules also say where every other language's are. */
const source = 'en';

/**
 * The Vite plugin that serves the message catalogues (src/shared/i18n/catalogues/<locale>.json,
 * ICU MessageFormat) compiled into Lingui's run-time form, so the browser needs no message
 * parser (docs/i18n.md):
 *   - `virtual:messages/en/join,kept` is `{ areas, messages, languages }`: the English messages
 *     whose key starts with `join.` or `kept.`, and for each other catalogue a function that
 *     fetches the same areas in it (`import('virtual:messages/cy/join,kept')`, a chunk of its
 *     own). Each page's chunk carries the English it shows and knows where its other languages
 *     are, so no page downloads another's text in any language (src/web/i18n/messageAreas.ts);
 *   - `virtual:messages/cy/join,kept` is those areas' Welsh messages, compiled;
 *   - a catalogue imported whole (the unit tests' `catalogues/de.json`) is compiled as it is.
 * A message that does not parse, or an area with no message, fails the build.
 */
export function messageCatalogues(folder: string): Plugin {
  const catalogueFile = /[\\/]i18n[\\/]catalogues[\\/]([a-z]+)\.json$/;
  const read = (locale: string): SourceCatalogue => JSON.parse(readFileSync(join(folder, `${locale}.json`), 'utf8')) as SourceCatalogue;
  const others = readdirSync(folder)
    .map((file) => /^([a-z]+)\.json$/.exec(file)?.[1])
    .filter((locale): locale is string => locale !== undefined && locale !== source)
    .sort();
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
      const areas = areaList.split(',');
      const messages = JSON.stringify(compileCatalogue(pick(read(locale), areas, id, locale), `${locale}.json`));
      if (locale !== source) return `export default ${messages};`;
      const languages = others.map((other) => `${other}: () => import(${JSON.stringify(`${prefix}${other}/${areaList}`)})`);
      return `export default { areas: ${JSON.stringify(areas)}, messages: ${messages}, languages: { ${languages.join(', ')} } };`;
    },
    transform(code, id) {
      const locale = catalogueFile.exec(id.split('?')[0] ?? '')?.[1];
      if (!locale) return null;
      return { code: JSON.stringify(compileCatalogue(JSON.parse(code) as SourceCatalogue, `${locale}.json`)), map: null };
    },
  };
}

/** The messages of `areas` (keys starting `<area>.`) in one catalogue; an area with none fails. */
function pick(all: SourceCatalogue, areas: readonly string[], id: string, locale: string): SourceCatalogue {
  const picked: SourceCatalogue = {};
  for (const area of areas) {
    const keys = Object.keys(all).filter((key) => key.startsWith(`${area}.`));
    if (keys.length === 0) throw new Error(`${id}: ${locale}.json has no message in the area "${area}"`);
    for (const key of keys) picked[key] = all[key] ?? '';
  }
  return picked;
}

/**
 * The file name of a chunk the plugin's modules make: another language's areas are
 * `assets/<locale>-<areas>-<hash>.js` (`cy-join,kept-…`), so a test or a person reading the
 * network can tell which language and areas a file carries. Null for any other chunk.
 */
export function messageChunkName(facadeModuleId: string | null): string | null {
  const [locale, areaList] = facadeModuleId?.startsWith(`\0${prefix}`) ? facadeModuleId.slice(prefix.length + 1).split('/') : [];
  if (!locale || !areaList || locale === source) return null;
  return `assets/${locale}-${areaList.replace(/[^A-Za-z0-9.,]/g, '_')}-[hash].js`;
}
