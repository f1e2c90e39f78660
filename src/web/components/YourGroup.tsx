import type { WorkshopDetail } from '../apiTypes.js';
import homeMessages from 'virtual:messages/en/home';
import { addEnglish, useI18n } from '../i18n/index.js';

addEnglish(homeMessages);

/** Which group the person is in (and the project it works on, when the workshop has several), or why they have none. */
export function YourGroup({ detail }: { detail: WorkshopDetail }) {
  const { t } = useI18n();
  const { me, groups, projects } = detail;
  const group = me.groupId ? groups.find((g) => g.id === me.groupId) : undefined;
  const project = projects.length > 1 ? projects.find((p) => p.id === group?.projectId) : undefined;
  if (group)
    return (
      <>
        <p className="your-group">{group.name}</p>
        {project && <p className="your-project">{t('home.group.project', { project: project.title })}</p>}
      </>
    );
  if (me.role === 'facilitator') return <p>{t('home.group.facilitator')}</p>;
  if (me.role === 'observer') return <p>{t('home.group.observer')}</p>;
  return <p>{t('home.group.none')}</p>;
}
