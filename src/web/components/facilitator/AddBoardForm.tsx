import { useState, type FormEvent } from 'react';
import { boardKinds, type BoardKind } from '../../../domain/index.js';
import { api } from '../../api.js';
import type { NamedRef, ProjectRef } from '../../apiTypes.js';
import { boardKindLabels } from '../../labels.js';
import { BoardPlacementFields } from '../BoardPlacementFields.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';

interface Props {
  workshopId: string;
  groups: NamedRef[];
  projects: ProjectRef[];
  onAdded: () => void;
}

/** Adds a board of a kind, for one group or the whole workshop, maybe about one project. */
export function AddBoardForm({ workshopId, groups, projects, onAdded }: Props) {
  const [kind, setKind] = useState<BoardKind>('ecosystem-map');
  const [title, setTitle] = useState('');
  const [groupId, setGroupId] = useState('');
  const [projectId, setProjectId] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function add(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!title.trim()) {
      setError('Give the board a title.');
      return;
    }
    setBusy(true);
    try {
      await api.post(`/api/workshops/${encodeURIComponent(workshopId)}/boards`, {
        kind,
        title: title.trim(),
        groupId: groupId || null,
        projectId: projectId || null,
      });
      setTitle('');
      onAdded();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void add(e)} noValidate className="tool inline-form">
      <h3 id="add-board-title">Add a board</h3>
      <div className="field">
        <label htmlFor="add-board-kind">Kind</label>
        <select id="add-board-kind" value={kind} onChange={(e) => setKind(e.target.value as BoardKind)}>
          {boardKinds.map((k) => (
            <option key={k} value={k}>
              {boardKindLabels[k]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="add-board-title-input">Board title</label>
        <input id="add-board-title-input" type="text" maxLength={120} value={title} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <BoardPlacementFields
        idPrefix="add-board"
        groups={groups}
        projects={projects}
        groupId={groupId}
        projectId={projectId}
        onGroup={setGroupId}
        onProject={setProjectId}
      />
      <button type="submit" className="button" disabled={busy}>
        Add board
      </button>
      {error !== null && <ErrorNotice error={error} title="The board was not added" />}
    </form>
  );
}
