/**
 * `virtual:messages/<locale>/<area>,…`: some areas of a catalogue, compiled at build time
 * (scripts/messageCatalogues.ts). Lingui's compiled form; `addEnglish` takes it as it is.
 */
declare module 'virtual:messages/*' {
  const messages: Record<string, unknown>;
  export default messages;
}
