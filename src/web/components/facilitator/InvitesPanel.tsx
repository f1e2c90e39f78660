import type { InviteSummary, NamedRef } from '../../apiTypes.js';
import { useResource } from '../../hooks/useResource.js';
import { roleLabels } from '../../labels.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';
import { Loading } from '../../ui/Loading.js';
import { CreateInviteForm } from './CreateInviteForm.js';
import { InviteRow } from './InviteRow.js';

const roleOrder = { facilitator: 0, participant: 1, observer: 2 } as const;

function labelOf(invite: InviteSummary, groupName: Map<string, string>): string {
  const role = roleLabels[invite.role] ?? invite.role;
  if (invite.role !== 'participant') return `${role} link`;
  const group = invite.groupId ? groupName.get(invite.groupId) : null;
  return group ? `${role} link for ${group}` : `${role} link, no group`;
}

/** The workshop's invite links by role (and by group for participants), to copy, make or revoke. */
export function InvitesPanel({ workshopId, groups }: { workshopId: string; groups: NamedRef[] }) {
  const invites = useResource<{ invites: InviteSummary[] }>(`/api/workshops/${encodeURIComponent(workshopId)}/invites`);
  const groupName = new Map(groups.map((g) => [g.id, g.name]));
  const groupPosition = new Map(groups.map((g, i) => [g.id, i]));

  let body;
  if (invites.status === 'loading') body = <Loading what="invite links" />;
  else if (invites.status === 'error') body = <ErrorNotice error={invites.error} title="The invite links could not be loaded" />;
  else {
    const rank = (i: InviteSummary) => roleOrder[i.role] * 1000 + (i.groupId ? (groupPosition.get(i.groupId) ?? 999) : -1);
    const live = invites.data.invites.filter((i) => i.revokedAt === null).sort((a, b) => rank(a) - rank(b));
    const revoked = invites.data.invites.filter((i) => i.revokedAt !== null);
    body = (
      <>
        {live.length === 0 ? (
          <p className="muted">There are no live invite links. Create one below.</p>
        ) : (
          <ul className="invite-list">
            {live.map((invite) => (
              <InviteRow
                key={invite.code}
                workshopId={workshopId}
                invite={invite}
                label={labelOf(invite, groupName)}
                onChanged={invites.reload}
              />
            ))}
          </ul>
        )}
        {revoked.length > 0 && (
          <details className="revoked">
            <summary>Revoked links ({revoked.length})</summary>
            <ul>
              {revoked.map((invite) => (
                <li key={invite.code}>
                  {labelOf(invite, groupName)}: <code>{invite.path}</code>
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
      <h3 id="invites-title">Invite links</h3>
      <p className="hint">Send each person the link for their role. Participant links for a group put people straight into that group.</p>
      {body}
      <CreateInviteForm workshopId={workshopId} groups={groups} onCreated={invites.reload} />
    </section>
  );
}
