import type { InviteSummary, NamedRef } from '../../apiTypes.js';
import { useResource } from '../../hooks/useResource.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';
import { Loading } from '../../ui/Loading.js';
import { CreateInviteForm } from './CreateInviteForm.js';
import { InviteRow } from './InviteRow.js';
import facilitatorMessages from 'virtual:messages/en/facilitator';
import { addEnglish, msg, translate, useI18n, type MessageKey } from '../../i18n/index.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';
import { inside, WithInside } from '../../i18n/WithInside.js';

addEnglish(facilitatorMessages);

const roleOrder = { facilitator: 0, participant: 1, observer: 2 } as const;

/** What a link is for, as a heading ("Participant link for Group 1") and within a sentence ("Copy participant link for Group 1"). */
const linkKeys = {
  facilitator: { label: msg('facilitator.invites.link.facilitator'), phrase: msg('facilitator.invites.phrase.facilitator') },
  observer: { label: msg('facilitator.invites.link.observer'), phrase: msg('facilitator.invites.phrase.observer') },
  participant: { label: msg('facilitator.invites.link.participant'), phrase: msg('facilitator.invites.phrase.participant') },
  participantFor: { label: msg('facilitator.invites.link.participantFor'), phrase: msg('facilitator.invites.phrase.participantFor') },
} satisfies Record<string, { label: MessageKey; phrase: MessageKey }>;

/** Called while drawing (InvitesPanel uses `useI18n`), so the words follow the language. */
function linkOf(invite: InviteSummary, groupName: Map<string, string>): { label: string; phrase: string } {
  const group = invite.role === 'participant' && invite.groupId ? groupName.get(invite.groupId) : undefined;
  const keys = group !== undefined ? linkKeys.participantFor : linkKeys[invite.role];
  const values = group !== undefined ? { group } : undefined;
  return { label: translate(keys.label, values), phrase: translate(keys.phrase, values) };
}

/** The workshop's invite links by role (and by group for participants), to copy, make or revoke. */
export function InvitesPanel({ workshopId, groups }: { workshopId: string; groups: NamedRef[] }) {
  const { t } = useI18n();
  const invites = useResource<{ invites: InviteSummary[] }>(`/api/workshops/${encodeURIComponent(workshopId)}/invites`);
  const groupName = new Map(groups.map((g) => [g.id, g.name]));
  const groupPosition = new Map(groups.map((g, i) => [g.id, i]));

  let body;
  if (invites.status === 'loading') body = <Loading what="invite links" />;
  else if (invites.status === 'error')
    body = <ErrorNotice error={apiErrorText(invites.error)} title={t('facilitator.invites.loadFailed')} />;
  else {
    const rank = (i: InviteSummary) => roleOrder[i.role] * 1000 + (i.groupId ? (groupPosition.get(i.groupId) ?? 999) : -1);
    const live = invites.data.invites.filter((i) => i.revokedAt === null).sort((a, b) => rank(a) - rank(b));
    const revoked = invites.data.invites.filter((i) => i.revokedAt !== null);
    body = (
      <>
        {live.length === 0 ? (
          <p className="muted">{t('facilitator.invites.none')}</p>
        ) : (
          <ul className="invite-list">
            {live.map((invite) => (
              <InviteRow
                key={invite.code}
                workshopId={workshopId}
                invite={invite}
                link={linkOf(invite, groupName)}
                onChanged={invites.reload}
              />
            ))}
          </ul>
        )}
        {revoked.length > 0 && (
          <details className="revoked">
            <summary>{t('facilitator.invites.revoked', { count: revoked.length })}</summary>
            <ul>
              {revoked.map((invite) => (
                <li key={invite.code}>
                  <WithInside message={t('facilitator.invites.revokedItem', { label: linkOf(invite, groupName).label, path: inside })}>
                    <code>{invite.path}</code>
                  </WithInside>
                </li>
              ))}
            </ul>
          </details>
        )}
      </>
    );
  }

  return (
    <section className="tool">
      <h3 id="invites-title">{t('facilitator.invites.title')}</h3>
      <p className="hint">{t('facilitator.invites.hint')}</p>
      {body}
      <CreateInviteForm workshopId={workshopId} groups={groups} onCreated={invites.reload} />
    </section>
  );
}
