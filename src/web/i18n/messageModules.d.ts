/**
 * `virtual:messages/en/<area>,…`: some areas of the English catalogue, compiled at build time
 * (scripts/messageCatalogues.ts), with where the other languages' same areas are; `addEnglish`
 * takes it as it is. (The other languages' `virtual:messages/<locale>/…` are imported by the
 * plug-in's own code only.)
 */
declare module 'virtual:messages/en/*' {
  // An ambient module cannot import by a relative path; the type is messageAreas.ts's own.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const module: import('./messageAreas.js').MessageModule;
  export default module;
}
