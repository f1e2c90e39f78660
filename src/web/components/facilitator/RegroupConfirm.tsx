import { useEffect, useRef } from 'react';
import type { RegroupPreview } from '../../apiTypes.js';

interface Props {
  preview: RegroupPreview;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Automatic grouping's question before anything changes: who would move, from which group to
 * which. People keep building on their group's boards, so a move mid-workshop takes them away
 * from what they made; the facilitator decides with the names in front of them.
 */
export function RegroupConfirm({ preview, busy, onConfirm, onCancel }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { moves, groupCount } = preview;
  const newGroups = preview.groups.filter((g) => g.groupId === null).map((g) => g.name);
  return (
    <section className="regroup-confirm notice notice-info" aria-labelledby="regroup-confirm-title">
      <h4 id="regroup-confirm-title" tabIndex={-1} ref={heading}>
        {moves.length === 0
          ? `Nobody would move: everyone is already in one of these ${groupCount} groups.`
          : `${moves.length} ${moves.length === 1 ? 'person would move' : 'people would move'}`}
      </h4>
      {newGroups.length > 0 && (
        <p>
          New {newGroups.length === 1 ? 'group' : 'groups'}: {newGroups.join(', ')}.
        </p>
      )}
      {moves.length > 0 && (
        <table className="regroup-moves">
          <caption className="visually-hidden">Who would move</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">From</th>
              <th scope="col">To</th>
            </tr>
          </thead>
          <tbody>
            {moves.map((m) => (
              <tr key={m.participantId}>
                <th scope="row">
                  {m.name}
                  {m.organisation && <span className="muted"> · {m.organisation}</span>}
                </th>
                <td>{m.from?.name ?? 'No group'}</td>
                <td>{m.to.name}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="hint">Boards stay with their group: people who move work on their new group’s boards.</p>
      <div className="inline-row">
        <button type="button" className="button button-primary" disabled={busy} onClick={onConfirm}>
          {moves.length === 0 ? 'Keep these groups' : 'Move them'}
        </button>
        <button type="button" className="button" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
