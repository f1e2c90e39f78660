import { Link } from 'wouter';
import type { BoardKind } from '../../../domain/index.js';
import { boardKindLabels } from '../../labels.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';

/** The board an import made (POST /api/workshops/:id/import, docs/api.md). */
export interface ImportedBoard {
  id: string;
  kind: BoardKind;
  title: string;
  groupId: string | null;
  projectId: string | null;
}

/** Where an import is: its files' names go with every step, as the person knows them. */
export type ImportPhase =
  | { step: 'idle' }
  | { step: 'uploading'; names: string; percent: number | null }
  | { step: 'reading'; names: string }
  | { step: 'done'; board: ImportedBoard }
  | { step: 'failed'; count: number; error: unknown };

/**
 * Progress and outcome of an import. One live region says each step once (not every percent);
 * the bar shows the percent; a failure is an alert carrying the server's message as it is.
 */
export function ImportStatus({ phase, labelId }: { phase: ImportPhase; labelId: string }) {
  return (
    <>
      <div role="status" className="import-status">
        {phase.step === 'uploading' && <p id={labelId}>Uploading {phase.names}…</p>}
        {phase.step === 'reading' && <p id={labelId}>Reading {phase.names}…</p>}
        {phase.step === 'done' && (
          <p className="notice notice-info import-done">
            Imported “{phase.board.title}” as a new {boardKindLabels[phase.board.kind].toLowerCase()} board.{' '}
            <Link href={`/b/${encodeURIComponent(phase.board.id)}`}>Open {phase.board.title}</Link>
          </p>
        )}
      </div>
      {phase.step === 'uploading' && (
        <p className="import-progress">
          {phase.percent === null ? (
            <progress aria-labelledby={labelId} />
          ) : (
            <>
              <progress aria-labelledby={labelId} max={100} value={phase.percent} /> <span aria-hidden="true">{phase.percent}%</span>
            </>
          )}
        </p>
      )}
      {phase.step === 'reading' && (
        <p className="import-progress">
          <progress aria-labelledby={labelId} />
        </p>
      )}
      {phase.step === 'failed' && (
        <ErrorNotice error={phase.error} title={phase.count > 1 ? 'The files were not imported' : 'The file was not imported'} />
      )}
    </>
  );
}
