import { useState, type FormEvent } from 'react';
import { boardKinds, type BoardKind } from '../../../domain/index.js';
import { api } from '../../api.js';
import type { NamedRef, ProjectRef } from '../../apiTypes.js';
import { boardKindName } from '../../labels.js';
import { BoardPlacementFields } from '../BoardPlacementFields.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';
import facilitatorMessages from 'virtual:messages/en/facilitator';
import { addEnglish, useI18n } from '../../i18n/index.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';

addEnglish(facilitatorMessages);

interface Props {
  workshopId: string;
  groups: NamedRef[];
  projects: ProjectRef[];
  onAdded: () => void;
}

/** Adds a board of a kind, for one group or the whole workshop, maybe about one project. */
export function AddBoardForm({ workshopId, groups, projects, onAdded }: Props) {
  const { t } = useI18n();
  const [kind, setKind] = useState<BoardKind>('ecosystem-map');
  const [titleMissing, setTitleMissing] = useState(false);
  const [title, setTitle] = useState('');
  const [groupId, setGroupId] = useState('');
  const [projectId, setProjectId] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function add(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setTitleMissing(!title.trim());
    if (!title.trim()) {
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
      <h3 id="add-board-title">{t('facilitator.addBoard.title')}</h3>
      <div className="field">
        <label htmlFor="add-board-kind">{t('facilitator.addBoard.kind')}</label>
        <select id="add-board-kind" value={kind} onChange={(e) => setKind(e.target.value as BoardKind)}>
          {boardKinds.map((k) => (
            <option key={k} value={k}>
              {boardKindName(k)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="add-board-title-input">{t('facilitator.addBoard.boardTitle')}</label>
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
        {t('facilitator.addBoard.submit')}
      </button>
      {(titleMissing || error !== null) && (
        <ErrorNotice
          error={titleMissing ? t('facilitator.addBoard.titleMissing') : apiErrorText(error)}
          title={t('facilitator.addBoard.failed')}
        />
      )}
    </form>
  );
}
