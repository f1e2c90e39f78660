import type { WorkshopDetail } from '../../apiTypes.js';
import { AddBoardForm } from './AddBoardForm.js';
import { AddGroupForm } from './AddGroupForm.js';
import { InvitesPanel } from './InvitesPanel.js';

/** What only facilitators see on the workshop home: invites, groups and boards to manage. */
export function FacilitatorPanel({ detail, onChanged }: { detail: WorkshopDetail; onChanged: () => void }) {
  const workshopId = detail.workshop.id;
  return (
    <section className="panel facilitator-panel">
      <h2 id="facilitator-tools">Facilitator tools</h2>
      <InvitesPanel workshopId={workshopId} groups={detail.groups} />
      <div className="two-columns">
        <AddGroupForm workshopId={workshopId} onAdded={onChanged} />
        <AddBoardForm workshopId={workshopId} groups={detail.groups} projects={detail.projects} onAdded={onChanged} />
      </div>
    </section>
  );
}
