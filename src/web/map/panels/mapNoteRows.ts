import panelMessages from 'virtual:messages/en/map.panel';
import { noteTarget, type EcosystemMap } from '../../../domain/map/index.js';
import { addEnglish, translate } from '../../i18n/index.js';
import { noteKindName } from '../mapVocabulary.js';

addEnglish(panelMessages);

/** One sticky note of the map as the Notes tab lists it. */
export interface MapNoteRow {
  id: string;
  /** "Issue", "Question"… or "Note" when no kind was chosen. */
  kind: string;
  text: string;
  /** Where it sits: "On the board" (a free note), or what it is pinned to. */
  where: string;
}

const nameOr = (name: string | undefined, fallback: string) => (name && name.trim() ? name : fallback);

/** The map's sticky notes, free and pinned, in the order they were added, with their kinds (in the interface's language: call while drawing). */
export function mapNoteRows(map: EcosystemMap): MapNoteRow[] {
  return map.notes.map((note) => {
    const target = noteTarget(map, note);
    const where =
      note.target === undefined
        ? translate('map.panel.where.board')
        : target?.kind === 'actor'
          ? translate('map.panel.where.actor', { name: nameOr(target.actor.name, translate('map.panel.noName')) })
          : target?.kind === 'dataset'
            ? translate('map.panel.where.dataset', { name: nameOr(target.dataset.name, translate('map.panel.noName')) })
            : target?.kind === 'flow'
              ? translate('map.panel.where.flow', flowEnds(map, target.flow.from, target.flow.to))
              : translate('map.panel.where.gone');
    return { id: note.id, kind: noteKindName(note.kind), text: note.text, where };
  });
}

function flowEnds(map: EcosystemMap, from: string, to: string): { from: string; to: string } {
  const name = (id: string) => nameOr(map.actors.find((a) => a.id === id)?.name, translate('map.panel.noName'));
  return { from: name(from), to: name(to) };
}
