import type * as Y from 'yjs';
import { readQuickNotes } from '../boardDoc.js';
import { readCanvas } from '../canvas/index.js';
import { readMap } from '../map/index.js';
import { readReflection } from '../reflection/index.js';
import { sectionInfo } from '../../domain/canvas/index.js';
import { reflectionColumnLabels, reflectionColumns } from '../../domain/facilitation/index.js';
import type { VotableItem, VoteDetailId } from '../../domain/facilitation/index.js';
import type { BoardKind } from '../../domain/index.js';
import { flowKindLabels, noteKindLabels } from '../../domain/map/index.js';

/**
 * Every item of a board that can take a dot, read from the board as it is now (deleted items
 * are gone, so their dots stop counting): a map's actors, flows and notes (free or pinned), a
 * canvas's notes, a reflection's notes, and the quick notes of the boards that show them (the
 * map, and the kinds without an editor of their own). Never throws: it reads through the
 * kinds' own readers, which restore what peers wrote.
 */
export function votableItems(doc: Y.Doc, kind: BoardKind): VotableItem[] {
  switch (kind) {
    case 'ecosystem-map':
      return [...mapItems(doc), ...quickNoteItems(doc)];
    case 'ethics-canvas':
      return readCanvas(doc).sections.flatMap((section) =>
        section.notes.map((note) => ({
          id: note.id,
          kind: 'canvas-note' as const,
          label: note.text,
          detail: sectionInfo(section.id).title,
          detailId: { section: section.id },
        })),
      );
    case 'reflection': {
      const reflection = readReflection(doc);
      return reflectionColumns.flatMap((column) =>
        reflection[column].map((note) => ({
          id: note.id,
          kind: 'reflection-note' as const,
          label: note.text,
          detail: reflectionColumnLabels[column].title,
          detailId: { column },
        })),
      );
    }
    default:
      return quickNoteItems(doc);
  }
}

function mapItems(doc: Y.Doc): VotableItem[] {
  const { map } = readMap(doc);
  const name = new Map(map.actors.map((a) => [a.id, a.name || '(no name)']));
  const out: VotableItem[] = map.actors.map((a) => ({ id: a.id, kind: 'actor', label: a.name || '(no name)' }));
  // What a note can be pinned on, in English and by ids (VoteDetailId's `on`).
  type Target = NonNullable<Extract<VoteDetailId, { noteKind: string | null }>['on']>;
  const on = new Map<string, { words: string; id: Target }>(
    map.actors.map((a) => [a.id, { words: a.name || '(no name)', id: { actor: a.name } }]),
  );
  const datasetName = new Map(map.datasets.map((d) => [d.id, d.name]));
  for (const f of map.flows) {
    // As the map draws it: its label, else the dataset it carries, else its two ends only.
    const shown = f.label || (f.dataset ? datasetName.get(f.dataset) : undefined);
    on.set(f.id, { words: shown ? `the flow ${shown}` : 'a flow', id: { flow: shown || null } });
    const ends = `${name.get(f.from) ?? '?'} → ${name.get(f.to) ?? '?'}`;
    const label = shown ? `${shown} (${ends})` : ends;
    out.push({ id: f.id, kind: 'flow', label, detail: flowKindLabels[f.kind], detailId: { flowKind: f.kind } });
  }
  for (const n of map.notes) {
    const kind = n.kind ? noteKindLabels[n.kind] : undefined;
    const target = n.target ? on.get(n.target) : undefined;
    const detail = target ? `${kind ?? 'Note'} on ${target.words}` : kind;
    const detailId: VoteDetailId = { noteKind: n.kind ?? null, ...(target ? { on: target.id } : {}) };
    out.push({ id: n.id, kind: 'map-note', label: n.text, ...(detail ? { detail, detailId } : {}) });
  }
  return out;
}

function quickNoteItems(doc: Y.Doc): VotableItem[] {
  return readQuickNotes(doc).map((n) => ({ id: n.id, kind: 'quick-note', label: n.text }));
}
