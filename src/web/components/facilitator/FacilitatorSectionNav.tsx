/** The parts of the facilitator's workshop home, in page order, by the id of their heading. */
export const facilitatorSections = [
  { id: 'facilitator-bar-title', label: 'Run' },
  { id: 'boards-title', label: 'Boards' },
  { id: 'people-title', label: 'People' },
  { id: 'groups-editor-title', label: 'Groups' },
  { id: 'agenda-editor-title', label: 'Agenda' },
  { id: 'invites-title', label: 'Invites' },
  { id: 'report-title', label: 'Report' },
  { id: 'publish-title', label: 'Public pages' },
  { id: 'details-title', label: 'Workshop' },
] as const;

/**
 * A bar that stays at the top of the facilitator's (long) workshop home, with a link to each of
 * its parts: the groups editor or the report is one click away rather than thousands of pixels
 * of scrolling down. Plain in-page links, so the browser's back button and screen readers' link
 * lists work as usual.
 */
export function FacilitatorSectionNav() {
  return (
    <nav className="section-nav" aria-label="Parts of this page">
      <ul>
        {facilitatorSections.map((s) => (
          <li key={s.id}>
            <a href={`#${s.id}`}>{s.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
