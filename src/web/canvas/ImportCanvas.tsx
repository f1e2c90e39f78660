import { useRef, useState, type ChangeEvent } from 'react';
import { useQuietNotice } from '../hooks/useQuietNotice.js';
import { progress, readCanvasFile, type Canvas, type CanvasError } from '../../domain/canvas/index.js';
import { saveVersion, writeCanvasToDoc } from '../../doc/canvas/index.js';
import canvasMessages from 'virtual:messages/en/canvas';
import toolMessages from 'virtual:messages/en/canvasTools';
import { addEnglish, msg, useI18n } from '../i18n/index.js';
import { useCanvasEditor } from './CanvasContext.js';
import { problemText } from './problemText.js';
import { issueParts } from '../i18n/fileIssueText.js';

addEnglish(canvasMessages);
addEnglish(toolMessages);

type State =
  | { step: 'idle' }
  | { step: 'refused'; file: string; errors: CanvasError[] }
  | { step: 'confirm'; file: string; canvas: Canvas }
  | { step: 'done'; title: string; file: string };

/**
 * Loading a canvas file (`opencities/ethics-canvas`) into this board. The file is read whole
 * first (readCanvasFile): a file with problems changes nothing and each problem is listed by
 * its field path, in the person's language by its code (as the server's import words it); a good file asks before it replaces the canvas for everyone, and offers
 * to keep the canvas as it is now as a saved version.
 */
export function ImportCanvas() {
  const { t } = useI18n();
  const { tryEdit, edit, newId, today, roundVotes } = useCanvasEditor();
  const [state, setState] = useState<State>({ step: 'idle' });
  const [keepVersion, setKeepVersion] = useState(true);
  // "Imported …" is a quiet notice; a refusal stays.
  const doneRef = useRef<HTMLParagraphElement>(null);
  const doneGone = useQuietNotice(state.step === 'done' ? state : null, { notice: doneRef });

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const picker = event.target;
    const file = picker.files?.[0];
    if (!file) return;
    const result = readCanvasFile(await file.text());
    // Read once: clearing the picker lets the same file be chosen again after fixing it.
    picker.value = '';
    setState(
      result.ok ? { step: 'confirm', file: file.name, canvas: result.canvas } : { step: 'refused', file: file.name, errors: result.errors },
    );
  }

  function replace(canvas: Canvas, file: string) {
    if (keepVersion) {
      const saved = tryEdit((d) =>
        saveVersion(
          d,
          { id: newId('version'), label: t('canvasTools.import.versionLabel', { file }).slice(0, 200), date: today },
          roundVotes.shown,
        ),
      );
      if (!saved.ok) {
        setState({ step: 'refused', file, errors: [{ path: '', message: problemText(saved.error) }] });
        return;
      }
    }
    const result = edit(msg('canvas.problem.importFailed'), (d) => {
      // A file exported from this canvas already counts its notes' dots in rounds here: not twice (SPEC V5).
      writeCanvasToDoc(d, canvas, roundVotes.all);
      return { ok: true };
    });
    if (result.ok) setState({ step: 'done', title: canvas.title, file });
  }

  const p = state.step === 'confirm' ? progress(state.canvas) : null;
  return (
    <div className="import-canvas">
      <label htmlFor="import-file">{t('canvasTools.import.label')}</label>
      <input id="import-file" type="file" accept=".json,application/json" onChange={(e) => void onFile(e)} />
      <p className="canvas-done" role="status" ref={doneRef}>
        {state.step === 'done' && !doneGone ? t('canvasTools.import.done', { title: state.title, file: state.file }) : ''}
      </p>
      {state.step === 'refused' && (
        <div role="alert" className="notice notice-error">
          <p className="notice-title">{t('canvasTools.import.refused', { file: state.file })}</p>
          <ul className="import-errors">
            {state.errors.map((e, i) => {
              const { where, what } = issueParts(e);
              return (
                <li key={i}>
                  {where && <code>{where}</code>} {what}
                  {e.line !== undefined && <> {t('canvasTools.import.line', { line: e.line })}</>}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {state.step === 'confirm' && p && (
        <div className="confirm" role="group" aria-label={t('canvasTools.import.confirm')}>
          <p>
            {t('canvasTools.import.question', {
              title: state.canvas.title,
              file: state.file,
              notes: p.notes,
              actions: p.actions.total,
              started: p.started,
            })}
          </p>
          <label className="canvas-check">
            <input type="checkbox" checked={keepVersion} onChange={(e) => setKeepVersion(e.target.checked)} />{' '}
            {t('canvasTools.import.keepVersion')}
          </label>
          <button type="button" className="button button-small button-danger" onClick={() => replace(state.canvas, state.file)}>
            {t('canvasTools.import.replace')}
          </button>
          <button type="button" className="button button-small" onClick={() => setState({ step: 'idle' })}>
            {t('canvas.cancel')}
          </button>
        </div>
      )}
    </div>
  );
}
