import facilitatorMessages from 'virtual:messages/en/facilitator';
import { addEnglish, msg, useI18n } from '../../i18n/index.js';

addEnglish(facilitatorMessages);

/** The parts of the facilitator's workshop home, in page order, by the id of their heading. */
export const facilitatorSections = [
  { id: 'facilitator-bar-title', label: msg('facilitator.nav.run') },
  { id: 'boards-title', label: msg('facilitator.nav.boards') },
  { id: 'people-title', label: msg('facilitator.nav.people') },
  { id: 'groups-editor-title', label: msg('facilitator.nav.groups') },
  { id: 'agenda-editor-title', label: msg('facilitator.nav.agenda') },
  { id: 'invites-title', label: msg('facilitator.nav.invites') },
  { id: 'report-title', label: msg('facilitator.nav.report') },
  { id: 'publish-title', label: msg('facilitator.nav.publish') },
  { id: 'details-title', label: msg('facilitator.nav.details') },
] as const;

/**
 * A bar that stays at the top of the facilitator's (long) workshop home, with a link to each of
 * its parts: the groups editor or the report is one click away rather than thousands of pixels
 * of scrolling down. Plain in-page links, so the browser's back button and screen readers' link
 * lists work as usual.
 */
export function FacilitatorSectionNav() {
  const { t } = useI18n();
  return (
    <nav className="section-nav" aria-label={t('facilitator.nav.label')}>
      <ul>
        {facilitatorSections.map((s) => (
          <li key={s.id}>
            <a href={`#${s.id}`}>{t(s.label)}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
