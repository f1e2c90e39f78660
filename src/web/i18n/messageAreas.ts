/** Lingui's compiled messages, key → message, as the plug-in makes them. */
export type CompiledMessages = Record<string, unknown>;

/**
 * What `import x from 'virtual:messages/en/<area>,…'` gives (scripts/messageCatalogues.ts):
 * the areas (a key belongs to `join` when it starts `join.`), their English, and for each other
 * language a function that fetches the same areas in it (a chunk of its own).
 */
export interface MessageModule {
  readonly areas: readonly string[];
  readonly messages: CompiledMessages;
  readonly languages: Readonly<Partial<Record<string, () => Promise<{ default: CompiledMessages }>>>>;
}

/** Whether a key's messages are in a language: `arrived`, `coming` (registered, not fetched yet or failed), `unknown` (no module named its area). */
export type AreaState = 'arrived' | 'coming' | 'unknown';

export interface MessageAreas {
  /** Notes a module's areas: the code that shows them is on the page. Once per module. */
  register(module: MessageModule): void;
  /**
   * Fetches, in `locale`, every area registered so far that has not arrived in it, all at once,
   * and resolves when they are there, including areas registered while it waited. Rejects when
   * one cannot be fetched (another call tries it again).
   */
  loadAll(locale: string): Promise<void>;
  /** Where the area of `key` stands in `locale`. */
  stateOf(locale: string, key: string): AreaState;
}

/**
 * The other languages' messages by area (docs/i18n.md, "Catalogue weight"): a page fetches a
 * language's messages only for the areas its code registered, and each area once. `deliver`
 * receives each area's messages as they arrive (i18n.ts gives them to Lingui).
 */
export function messageAreas(deliver: (locale: string, messages: CompiledMessages) => void): MessageAreas {
  const modules: MessageModule[] = [];
  /** locale → area → the fetch that brings it (pending or done); a failed one is forgotten. */
  const fetches = new Map<string, Map<string, Promise<void>>>();
  /** locale → the areas that arrived. */
  const arrived = new Map<string, Set<string>>();
  const inLocale = <T>(map: Map<string, T>, locale: string, empty: () => T): T => {
    let found = map.get(locale);
    if (!found) map.set(locale, (found = empty()));
    return found;
  };

  function load(module: MessageModule, locale: string): Promise<unknown> {
    const pending = inLocale(fetches, locale, () => new Map<string, Promise<void>>());
    const wanted = module.areas.filter((area) => !pending.has(area));
    const fetchIt = module.languages[locale];
    if (wanted.length > 0 && fetchIt) {
      const fetching = fetchIt().then(
        (chunk) => {
          deliver(locale, chunk.default);
          for (const area of wanted) inLocale(arrived, locale, () => new Set<string>()).add(area);
        },
        (e: unknown) => {
          for (const area of wanted) if (pending.get(area) === fetching) pending.delete(area);
          throw e;
        },
      );
      for (const area of wanted) pending.set(area, fetching);
    }
    return Promise.all(module.areas.map((area) => pending.get(area)));
  }

  return {
    register(module) {
      if (!modules.includes(module)) modules.push(module);
    },
    async loadAll(locale) {
      let count: number;
      do {
        count = modules.length;
        await Promise.all(modules.map((module) => load(module, locale)));
      } while (modules.length > count);
    },
    stateOf(locale, key) {
      const own = (area: string) => key.startsWith(`${area}.`);
      if ([...(arrived.get(locale) ?? [])].some(own)) return 'arrived';
      return modules.some((module) => module.areas.some(own)) ? 'coming' : 'unknown';
    },
  };
}
