import { deletionDate } from './deletionDate.js';

/** The facilitator's notice that a workshop will soon be deleted (SPEC K3), on the workshop list and home. */
export function RetentionNotice({ deleteOn, title }: { deleteOn: string; title?: string }) {
  return (
    <div className="notice notice-info" role="note" aria-label={title ? `Deletion of ${title}` : 'Deletion of this workshop'}>
      <p>
        This workshop will be deleted on <strong>{deletionDate(deleteOn)}</strong> — change its retention or export what you need.
      </p>
    </div>
  );
}
