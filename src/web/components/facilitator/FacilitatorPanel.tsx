import type { WorkshopDetail } from '../../apiTypes.js';
import { AddBoardForm } from './AddBoardForm.js';
import { AddGroupForm } from './AddGroupForm.js';
import { AgendaEditor } from './AgendaEditor.js';
import { DeleteWorkshop } from './DeleteWorkshop.js';
import { GroupsEditor } from './GroupsEditor.js';
import { InvitesPanel } from './InvitesPanel.js';
import { ProjectsEditor } from './ProjectsEditor.js';
import { ReportPanel } from './ReportPanel.js';
import { WorkshopDetailsForm } from './WorkshopDetailsForm.js';
import './facilitator.css';

/** What only facilitators see on the workshop home: groups, projects, agenda, invites, details and boards to manage. */
export function FacilitatorPanel({ detail, onChanged }: { detail: WorkshopDetail; onChanged: () => void }) {
  const workshopId = detail.workshop.id;
  return (
    <section className="panel facilitator-panel">
      <h2 id="facilitator-tools">Facilitator tools</h2>
      <GroupsEditor detail={detail} onChanged={onChanged} />
      <ProjectsEditor detail={detail} onChanged={onChanged} />
      <AgendaEditor detail={detail} onChanged={onChanged} />
      <InvitesPanel workshopId={workshopId} groups={detail.groups} />
      <ReportPanel workshopId={workshopId} />
      <div className="two-columns">
        <WorkshopDetailsForm detail={detail} onChanged={onChanged} />
        <div>
          <AddGroupForm workshopId={workshopId} onAdded={onChanged} />
          <AddBoardForm workshopId={workshopId} groups={detail.groups} projects={detail.projects} onAdded={onChanged} />
        </div>
      </div>
      {/* A facilitator account sees a workshop only as its owner; one invited as facilitator is a participant. */}
      {detail.me.participantId === null && <DeleteWorkshop workshop={detail.workshop} />}
    </section>
  );
}
