import { useEffect, useRef } from 'react';
import type { RegroupPreview } from '../../apiTypes.js';
import facilitatorMessages from 'virtual:messages/en/facilitator';
import { addEnglish, useI18n } from '../../i18n/index.js';

addEnglish(facilitatorMessages);

/** "Group 4, Group 5": new groups' names as the language lists them (Intl.ListFormat). */
const listed = (locale: string, names: string[]) => new Intl.ListFormat(locale, { type: 'unit', style: 'short' }).format(names);

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
  const { t, locale } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { moves, groupCount } = preview;
  const newGroups = preview.groups.filter((g) => g.groupId === null).map((g) => g.name);
  return (
    <section className="regroup-confirm notice notice-info" aria-labelledby="regroup-confirm-title">
      <h4 id="regroup-confirm-title" tabIndex={-1} ref={heading}>
        {moves.length === 0
          ? t('facilitator.regroup.nobody', { count: groupCount })
          : t('facilitator.regroup.moves', { count: moves.length })}
      </h4>
      {newGroups.length > 0 && <p>{t('facilitator.regroup.newGroups', { count: newGroups.length, names: listed(locale, newGroups) })}</p>}
      {moves.length > 0 && (
        <table className="regroup-moves">
          <caption className="visually-hidden">{t('facilitator.regroup.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('facilitator.regroup.person')}</th>
              <th scope="col">{t('facilitator.regroup.from')}</th>
              <th scope="col">{t('facilitator.regroup.to')}</th>
            </tr>
          </thead>
          <tbody>
            {moves.map((m) => (
              <tr key={m.participantId}>
                <th scope="row">
                  {m.name}
                  {m.organisation && <span className="muted"> · {m.organisation}</span>}
                </th>
                <td>{m.from?.name ?? t('facilitator.regroup.noGroup')}</td>
                <td>{m.to.name}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="hint">{t('facilitator.regroup.hint')}</p>
      <div className="inline-row">
        <button type="button" className="button button-primary" disabled={busy} onClick={onConfirm}>
          {moves.length === 0 ? t('facilitator.regroup.keep') : t('facilitator.regroup.confirm')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={onCancel}>
          {t('facilitator.regroup.cancel')}
        </button>
      </div>
    </section>
  );
}
