import { useId, useRef, useState } from 'react';
import importMessages from 'virtual:messages/en/import';
import { api } from '../../api.js';
import type { WorkshopDetail } from '../../apiTypes.js';
import { useFileDrop } from '../../hooks/useFileDrop.js';
import { addEnglish, useI18n } from '../../i18n/index.js';
import { BoardPlacementFields } from '../BoardPlacementFields.js';
import { ImportStatus, type ImportedBoard, type ImportPhase } from './ImportStatus.js';
import './import.css';

addEnglish(importMessages);

/** What the file input offers; the server tells the format from the file itself (docs/api.md). */
const accepted = '.json,.xlsx,.csv,.zip,.graphml,application/json';

/**
 * Import a map: a file dropped anywhere on the workshop home, or chosen with the button (for
 * keyboard and touch), becomes a new board (POST /api/workshops/:id/import). A facilitator picks
 * the group and project it is for; a participant's import is their group's (SPEC A9). Shown to
 * those who may import.
 */
export function ImportPanel({ detail, onImported }: { detail: WorkshopDetail; onImported: () => void }) {
  const { t } = useI18n();
  const { me, groups, projects } = detail;
  const facilitator = me.role === 'facilitator';
  const myGroup = groups.find((g) => g.id === me.groupId);
  const [groupId, setGroupId] = useState('');
  const [projectId, setProjectId] = useState('');
  const [phase, setPhase] = useState<ImportPhase>({ step: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const busy = phase.step === 'uploading' || phase.step === 'reading';

  async function importFiles(files: File[]) {
    const names = files.map((f) => f.name);
    const form = new FormData();
    if (facilitator) {
      form.append('groupId', groupId);
      form.append('projectId', projectId);
    }
    for (const file of files) form.append('file', file, file.name);
    setPhase({ step: 'uploading', names, percent: 0 });
    try {
      const path = `/api/workshops/${encodeURIComponent(detail.workshop.id)}/import`;
      const { board } = await api.upload<{ board: ImportedBoard }>(path, form, ({ loaded, total }) =>
        setPhase(
          total > 0 && loaded >= total
            ? { step: 'reading', names }
            : { step: 'uploading', names, percent: total > 0 ? Math.floor((100 * loaded) / total) : null },
        ),
      );
      setPhase({ step: 'done', board });
      onImported();
    } catch (error) {
      setPhase({ step: 'failed', count: files.length, error });
    }
  }

  const dragging = useFileDrop((files) => void importFiles(files), !busy);

  return (
    <section className="tool import-panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('import.title')}</h3>
      <p className="hint">{!facilitator && myGroup ? t('import.hintGroup', { group: myGroup.name }) : t('import.hint')}</p>
      {facilitator && (
        <div className="import-options">
          <BoardPlacementFields
            idPrefix={id}
            groups={groups}
            projects={projects}
            groupId={groupId}
            projectId={projectId}
            onGroup={setGroupId}
            onProject={setProjectId}
            disabled={busy}
          />
        </div>
      )}
      <div className={dragging ? 'import-drop import-drop-active' : 'import-drop'}>
        <p className="import-drop-text">
          <span className="import-drop-mark" aria-hidden="true">
            ⤓
          </span>{' '}
          {dragging ? t('import.dropActive') : busy ? t('import.busy') : t('import.drop')}
        </p>
        <button type="button" className="button button-primary" onClick={() => input.current?.click()} disabled={busy}>
          {t('import.button')}
        </button>
        <input
          ref={input}
          type="file"
          multiple
          accept={accepted}
          hidden
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = ''; // the same file can be chosen again after a fix
            if (files.length > 0) void importFiles(files);
          }}
        />
      </div>
      <ImportStatus phase={phase} labelId={`${id}-progress`} />
    </section>
  );
}
