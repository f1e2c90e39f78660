import type * as Y from 'yjs';
import { mapInfoIssues } from '../../domain/map/index.js';
import type { EcosystemMap } from '../../domain/map/index.js';
import { plainCopy, plainFields, refuseIssues } from './elementStore.js';
import { mapInfoOf, mapTransact } from './mapLayout.js';

/** The map's own fields; `description: undefined` or `id: undefined` removes them. */
export type MapInfoPatch = Partial<Pick<EcosystemMap, 'id' | 'title' | 'description'>>;

/** Sets the map's title, description or id; refuses values too long (VALIDATION_FAILED). */
export function setMapInfo(doc: Y.Doc, patch: MapInfoPatch): void {
  const info = mapInfoOf(doc);
  const current = plainFields(info) ?? {};
  const text = (key: string) => (typeof current[key] === 'string' ? current[key] : undefined);
  const merged = { id: text('id'), title: text('title') ?? '', description: text('description'), ...patch };
  refuseIssues(mapInfoIssues({ ...merged, title: merged.title ?? '' }));
  mapTransact(doc, () => {
    for (const [key, value] of Object.entries(patch)) {
      if (key !== 'id' && key !== 'title' && key !== 'description') continue;
      if (value === undefined) info.delete(key);
      else if (info.get(key) !== value) info.set(key, plainCopy(value));
    }
  });
}
