import type { FacilitatorsResponse, WorkshopDetail } from '../../apiTypes.js';
import { useResource } from '../../hooks/useResource.js';
import { AddBoardForm } from './AddBoardForm.js';
import { AddGroupForm } from './AddGroupForm.js';
import { AgendaEditor } from './AgendaEditor.js';
import { CoFacilitators } from './CoFacilitators.js';
import { DeleteWorkshop } from './DeleteWorkshop.js';
import { DuplicateWorkshop } from './DuplicateWorkshop.js';
import { GroupsEditor } from './GroupsEditor.js';
import { InvitesPanel } from './InvitesPanel.js';
import { ProjectsEditor } from './ProjectsEditor.js';
import { PublishPanel } from './PublishPanel.js';
import { ReportPanel } from './ReportPanel.js';
import { WorkshopDetailsForm } from './WorkshopDetailsForm.js';
import './facilitator.css';
import facilitatorMessages from 'virtual:messages/en/facilitator';
import { addEnglish, useI18n } from '../../i18n/index.js';

addEnglish(facilitatorMessages);

/** What only facilitators see on the workshop home: groups, projects, agenda, invites, details and boards to manage. */
export function FacilitatorPanel({ detail, onChanged }: { detail: WorkshopDetail; onChanged: () => void }) {
  const { t } = useI18n();
  const workshopId = detail.workshop.id;
  const facilitators = useResource<FacilitatorsResponse>(`/api/workshops/${encodeURIComponent(workshopId)}/facilitators`);
  const owns = facilitators.status === 'ok' && facilitators.data.canManage;
  return (
    <section className="panel facilitator-panel">
      <h2 id="facilitator-tools">{t('facilitator.panel.title')}</h2>
      <GroupsEditor detail={detail} onChanged={onChanged} />
      <ProjectsEditor detail={detail} onChanged={onChanged} />
      <AgendaEditor detail={detail} onChanged={onChanged} />
      <InvitesPanel workshopId={workshopId} groups={detail.groups} />
      <CoFacilitators workshopId={workshopId} facilitators={facilitators} />
      <ReportPanel workshopId={workshopId} />
      <PublishPanel workshopId={workshopId} projects={detail.projects} />
      <div className="two-columns">
        <WorkshopDetailsForm detail={detail} onChanged={onChanged} />
        <div>
          <AddGroupForm workshopId={workshopId} onAdded={onChanged} />
          <AddBoardForm workshopId={workshopId} groups={detail.groups} projects={detail.projects} onAdded={onChanged} />
        </div>
      </div>
      {/* The copy is owned by the caller: only a facilitator with an account (no participant id) can own one. */}
      {detail.me.participantId === null && <DuplicateWorkshop workshop={detail.workshop} />}
      {/* Deleting stays the owner's (SPEC A14): not a co-facilitator's, nor one invited as facilitator. */}
      {owns && <DeleteWorkshop workshop={detail.workshop} />}
    </section>
  );
}
