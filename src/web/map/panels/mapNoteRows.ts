import { noteKindLabels, noteTarget, type EcosystemMap } from '../../../domain/map/index.js';

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

/** The map's sticky notes, free and pinned, in the order they were added, with their kinds. */
export function mapNoteRows(map: EcosystemMap): MapNoteRow[] {
  return map.notes.map((note) => {
    const target = noteTarget(map, note);
    const where =
      note.target === undefined
        ? 'On the board'
        : target?.kind === 'actor'
          ? `On ${nameOr(target.actor.name, '(no name)')}`
          : target?.kind === 'dataset'
            ? `On the dataset ${nameOr(target.dataset.name, '(no name)')}`
            : target?.kind === 'flow'
              ? `On the flow ${flowName(map, target.flow.from, target.flow.to)}`
              : 'On an element no longer on the map';
    return { id: note.id, kind: note.kind === undefined ? 'Note' : noteKindLabels[note.kind], text: note.text, where };
  });
}

function flowName(map: EcosystemMap, from: string, to: string): string {
  const name = (id: string) => nameOr(map.actors.find((a) => a.id === id)?.name, '(no name)');
  return `${name(from)} → ${name(to)}`;
}
