import versionMessages from 'virtual:messages/en/map.versions';
import type { ListChanges, MapChanges } from '../../../domain/map/index.js';
import { addEnglish, msg, translate, type MessageKey } from '../../i18n/index.js';

addEnglish(versionMessages);

type List = 'actors' | 'flows' | 'datasets' | 'notes';
type Verb = 'added' | 'removed' | 'changed';

/** "add 2 actors", "remove 1 flow": one message per change and list, each counting in the language's plural forms. */
const keys: Record<Verb, Record<List, MessageKey>> = {
  added: {
    actors: msg('map.versions.add.actors'),
    flows: msg('map.versions.add.flows'),
    datasets: msg('map.versions.add.datasets'),
    notes: msg('map.versions.add.notes'),
  },
  removed: {
    actors: msg('map.versions.remove.actors'),
    flows: msg('map.versions.remove.flows'),
    datasets: msg('map.versions.remove.datasets'),
    notes: msg('map.versions.remove.notes'),
  },
  changed: {
    actors: msg('map.versions.change.actors'),
    flows: msg('map.versions.change.flows'),
    datasets: msg('map.versions.change.datasets'),
    notes: msg('map.versions.change.notes'),
  },
};

const lists: List[] = ['actors', 'flows', 'datasets', 'notes'];
const verbs: Verb[] = ['added', 'removed', 'changed'];

/**
 * What restoring a version would do to the map, in words: `changes` goes from the map now to
 * the version ("add 2 actors", "remove 1 flow", "change 3 actors"), in the interface's language
 * (call while drawing). Empty when nothing differs.
 */
export function restoreWords(changes: MapChanges): string[] {
  const count = (list: List, verb: Verb) => (changes[list] as ListChanges)[verb];
  return [
    ...verbs.flatMap((verb) =>
      lists.filter((list) => count(list, verb) > 0).map((list) => translate(keys[verb][list], { count: count(list, verb) })),
    ),
    ...(changes.info ? [translate('map.versions.change.info')] : []),
  ];
}
