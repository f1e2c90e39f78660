import { Link } from 'wouter';
import importMessages from 'virtual:messages/en/import';
import type { BoardKind } from '../../../domain/index.js';
import { addEnglish, i18n, msg, useI18n, type MessageKey } from '../../i18n/index.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';

addEnglish(importMessages);

/** "Imported “…” as a new ecosystem map board.", a whole sentence for each kind. */
const doneKeys: Record<BoardKind, MessageKey> = {
  'ecosystem-map': msg('import.done.ecosystemMap'),
  'ethics-canvas': msg('import.done.ethicsCanvas'),
  reflection: msg('import.done.reflection'),
};

/** "a.csv and b.csv", as the language joins a list (Intl.ListFormat). */
function namesText(names: string[], locale: string): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
}

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
  | { step: 'uploading'; names: string[]; percent: number | null }
  | { step: 'reading'; names: string[] }
  | { step: 'done'; board: ImportedBoard }
  | { step: 'failed'; count: number; error: unknown };

/**
 * Progress and outcome of an import. One live region says each step once (not every percent);
 * the bar shows the percent; a failure is an alert carrying the server's message in the person's
 * language (apiErrorText: what a file's reader found wrong, at its place, by its code).
 */
export function ImportStatus({ phase, labelId }: { phase: ImportPhase; labelId: string }) {
  const { t, locale } = useI18n();
  return (
    <>
      <div role="status" className="import-status">
        {phase.step === 'uploading' && <p id={labelId}>{t('import.uploading', { names: namesText(phase.names, locale) })}</p>}
        {phase.step === 'reading' && <p id={labelId}>{t('import.reading', { names: namesText(phase.names, locale) })}</p>}
        {phase.step === 'done' && (
          <p className="notice notice-info import-done">
            {t(doneKeys[phase.board.kind] ?? msg('import.done.other'), { title: phase.board.title })}{' '}
            <Link href={`/b/${encodeURIComponent(phase.board.id)}`}>{t('import.open', { title: phase.board.title })}</Link>
          </p>
        )}
      </div>
      {phase.step === 'uploading' && (
        <p className="import-progress">
          {phase.percent === null ? (
            <progress aria-labelledby={labelId} />
          ) : (
            <>
              <progress aria-labelledby={labelId} max={100} value={phase.percent} />{' '}
              <span aria-hidden="true">{i18n.number(phase.percent / 100, { style: 'percent' })}</span>
            </>
          )}
        </p>
      )}
      {phase.step === 'reading' && (
        <p className="import-progress">
          <progress aria-labelledby={labelId} />
        </p>
      )}
      {phase.step === 'failed' && <ErrorNotice error={apiErrorText(phase.error)} title={t('import.failed', { count: phase.count })} />}
    </>
  );
}
