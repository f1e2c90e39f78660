import { compileMessage } from '@lingui/message-utils/compileMessage';

/** A catalogue as written: message key → ICU MessageFormat text. */
export type SourceCatalogue = Record<string, string>;

/**
 * Compiles a catalogue's ICU messages into Lingui's run-time form, at build time
 * (vite.config.ts) and in tests: the browser then needs no message parser. A message that
 * does not parse fails the build, naming its key.
 */
export function compileCatalogue(source: SourceCatalogue, name: string): Record<string, ReturnType<typeof compileMessage>> {
  const compiled: Record<string, ReturnType<typeof compileMessage>> = {};
  for (const [key, text] of Object.entries(source)) {
    if (typeof text !== 'string') throw new Error(`${name}: message "${key}" is not a string`);
    try {
      compiled[key] = compileMessage(text);
    } catch (e) {
      throw new Error(`${name}: message "${key}" is not valid ICU MessageFormat: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return compiled;
}
