import { useState, type FormEvent } from 'react';
import type { Role } from '../../../domain/index.js';
import { roles } from '../../../domain/index.js';
import { api } from '../../api.js';
import type { NamedRef } from '../../apiTypes.js';
import { roleName } from '../../labels.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';
import facilitatorMessages from 'virtual:messages/en/facilitator';
import { addEnglish, useI18n } from '../../i18n/index.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';

addEnglish(facilitatorMessages);

/** Makes a new invite link for a role; participant links can put people straight into a group. */
export function CreateInviteForm({ workshopId, groups, onCreated }: { workshopId: string; groups: NamedRef[]; onCreated: () => void }) {
  const { t } = useI18n();
  const [role, setRole] = useState<Role>('participant');
  const [groupId, setGroupId] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function create(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = { role, groupId: role === 'participant' && groupId ? groupId : null };
      await api.post(`/api/workshops/${encodeURIComponent(workshopId)}/invites`, body);
      onCreated();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void create(e)} className="inline-form">
      <h4 id="create-invite-title">{t('facilitator.createInvite.title')}</h4>
      <div className="field">
        <label htmlFor="invite-role">{t('facilitator.createInvite.role')}</label>
        <select id="invite-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {roleName(r)}
            </option>
          ))}
        </select>
      </div>
      {role === 'participant' && (
        <div className="field">
          <label htmlFor="invite-group">{t('facilitator.createInvite.group')}</label>
          <select id="invite-group" value={groupId} onChange={(e) => setGroupId(e.target.value)}>
            <option value="">{t('facilitator.createInvite.noGroup')}</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <button type="submit" className="button" disabled={busy}>
        {t('facilitator.createInvite.submit')}
      </button>
      {error !== null && <ErrorNotice error={apiErrorText(error)} title={t('facilitator.createInvite.failed')} />}
    </form>
  );
}
