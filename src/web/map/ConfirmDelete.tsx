import './mapDialogs.css';
import { useEffect, useId, useRef } from 'react';
import type { Removal } from './mapActions.js';
import type { Consequences } from './selection.js';
import { describeRemoval } from './selection.js';

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
  useEffect(() => {
    dialog.current?.showModal();
    cancel.current?.focus();
  }, []);
  const also = [
    consequences.flows > 0 &&
      `${consequences.flows} ${consequences.flows === 1 ? 'flow' : 'flows'} to or from ${removal.actors.length === 1 ? 'it' : 'them'}`,
    consequences.notes > 0 && `${consequences.notes} ${consequences.notes === 1 ? 'note' : 'notes'} pinned there`,
  ].filter(Boolean);

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
      <h2 id={`${id}-title`}>Delete {describeRemoval(removal)}?</h2>
      <p id={`${id}-body`}>This also removes {also.join(' and ')}, for everyone on the board. You can undo it (Ctrl+Z) straight after.</p>
      <p className="map-panel-actions">
        <button ref={cancel} type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button button-danger" onClick={onConfirm}>
          Delete
        </button>
      </p>
    </dialog>
  );
}
