import type { NamedRef, ProjectRef } from '../apiTypes.js';
import placementMessages from 'virtual:messages/en/workshops.placement';
import { addEnglish, useI18n } from '../i18n/index.js';

addEnglish(placementMessages);

interface Props {
  /** Prefix of the two fields' ids, unique on the page. */
  idPrefix: string;
  groups: NamedRef[];
  projects: ProjectRef[];
  groupId: string;
  projectId: string;
  onGroup: (groupId: string) => void;
  onProject: (projectId: string) => void;
  disabled?: boolean;
}

/**
 * Where a new board goes: "Board for" (a group, or the whole workshop) and, when the workshop
 * names projects, "Project". An empty value means none. Used by Add a board and Import a map.
 */
export function BoardPlacementFields({ idPrefix, groups, projects, groupId, projectId, onGroup, onProject, disabled }: Props) {
  const { t } = useI18n();
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-group`}>{t('workshops.placement.for')}</label>
        <select id={`${idPrefix}-group`} value={groupId} onChange={(e) => onGroup(e.target.value)} disabled={disabled}>
          <option value="">{t('workshops.placement.wholeWorkshop')}</option>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
      </div>
      {projects.length > 0 && (
        <div className="field">
          <label htmlFor={`${idPrefix}-project`}>{t('workshops.placement.project')}</label>
          <select id={`${idPrefix}-project`} value={projectId} onChange={(e) => onProject(e.target.value)} disabled={disabled}>
            <option value="">{t('workshops.placement.noProject')}</option>
            {projects.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
        </div>
      )}
    </>
  );
}
