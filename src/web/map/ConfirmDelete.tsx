import './mapDialogs.css';
import dialogMessages from 'virtual:messages/en/map.dialog';
import { useEffect, useId, useRef } from 'react';
import { addEnglish, useI18n } from '../i18n/index.js';
import type { Removal } from './mapActions.js';
import { describeRemoval, joinList } from './removalWords.js';
import type { Consequences } from './selection.js';

addEnglish(dialogMessages);

interface Props {
  removal: Removal;
  consequences: Consequences;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before a delete that takes flows with it (an actor's flows go with it). A modal
 * <dialog>: the browser keeps focus inside it and Escape cancels. Cancel has focus first,
 * so pressing Enter by habit deletes nothing. Undo brings everything back either way.
 */
export function ConfirmDelete({ removal, consequences, onConfirm, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const id = useId();
  const { t } = useI18n();
  useEffect(() => {
    dialog.current?.showModal();
    cancel.current?.focus();
  }, []);
  const also = [
    consequences.flows > 0 &&
      (removal.actors.length === 1
        ? t('map.dialog.alsoFlows.it', { count: consequences.flows })
        : t('map.dialog.alsoFlows.them', { count: consequences.flows })),
    consequences.notes > 0 && t('map.dialog.alsoNotes', { count: consequences.notes }),
  ].filter((part): part is string => typeof part === 'string');

  return (
    <dialog
      ref={dialog}
      className="map-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{t('map.dialog.title', { what: describeRemoval(removal) })}</h2>
      <p id={`${id}-body`}>{t('map.dialog.body', { also: joinList(also) })}</p>
      <p className="map-panel-actions">
        <button ref={cancel} type="button" className="button" onClick={onCancel}>
          {t('map.dialog.cancel')}
        </button>
        <button type="button" className="button button-danger" onClick={onConfirm}>
          {t('map.dialog.delete')}
        </button>
      </p>
    </dialog>
  );
}
