import atlasMessages from 'virtual:messages/en/atlas';
import { i18n, addEnglish, translate } from '../i18n/index.js';
import type { AtlasAnswer, AtlasFinding } from './atlasData.js';

addEnglish(atlasMessages);

/**
 * The atlas's words that more than one of its parts says (docs/i18n.md): counted things, the
 * metrics' numbers, the city findings' sentences and the empty atlas's advice. Call while
 * drawing, in a component that uses `useI18n`, so they change with the language.
 */

export const actorsCount = (count: number) => translate('atlas.count.actors', { count });
export const flowsCount = (count: number) => translate('atlas.count.flows', { count });
export const projectsCount = (count: number) => translate('atlas.count.projects', { count });

/** A betweenness as the tables show it: three decimals, in the language's way ("0.125", "0,125"). */
export const betweennessText = (value: number) => i18n.number(value, { minimumFractionDigits: 3, maximumFractionDigits: 3 });

/** How many names a list shows before "and 2 more" (the domain's `nameList`). */
const listed = 4;

function names(all: string[]): string {
  if (all.length <= listed) return all.join(', ');
  return translate('atlas.finding.more', { names: all.slice(0, listed).join(', '), count: all.length - listed });
}

/** A city finding's sentence in the interface's language, from the values its rule found; as the server wrote it when it has none. */
export function cityFindingMessage(finding: AtlasFinding): string {
  const v = finding.values;
  if (!v) return finding.message;
  switch (v.rule) {
    case 'city-focal-point':
      return translate('atlas.finding.focal', { actor: v.actor, on: v.on, total: projectsCount(v.total) });
    case 'city-single-source':
      return translate('atlas.finding.singleSource', {
        dataset: v.dataset,
        holders: translate('atlas.count.organisations', { count: v.holders.count }),
        names: names(v.holders.names),
        projects: projectsCount(v.projects),
      });
    case 'city-personal-data-spread':
      return translate('atlas.finding.personalSpread', {
        dataset: v.dataset,
        sensitivity: v.sensitivity,
        how: v.deidentification ?? 'none',
        reach: translate('atlas.count.organisations', { count: v.reach }),
      });
    case 'city-silo-project':
      return translate('atlas.finding.silo', { project: v.project });
  }
}

/** What an empty atlas says to do, from what the city holds (the server's `message` when it does not say). */
export function emptyAtlasText(answer: Pick<AtlasAnswer, 'city' | 'holdings' | 'message'>): string | undefined {
  const { city, holdings } = answer;
  if (!holdings) return answer.message;
  if (holdings.workshops === 0) return translate('atlas.empty.noWorkshops', { city });
  const workshops = translate('atlas.count.workshops', { count: holdings.workshops });
  if (holdings.mapBoards === 0) return translate('atlas.empty.noMapBoards', { city, workshops });
  const boards = translate('atlas.count.mapBoards', { count: holdings.mapBoards });
  return translate('atlas.empty.noActors', { city, workshops, boards, count: holdings.mapBoards });
}
