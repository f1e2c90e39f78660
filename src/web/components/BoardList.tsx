import { Link } from 'wouter';
import { boardKinds } from '../../domain/index.js';
import type { BoardSummary, NamedRef, ProjectRef } from '../apiTypes.js';
import homeMessages from 'virtual:messages/en/home';
import { addEnglish, useI18n, type I18n } from '../i18n/index.js';
import { boardKindName } from '../labels.js';
import { Badge } from '../ui/Badge.js';
import { BoardControls } from './facilitator/BoardControls.js';

addEnglish(homeMessages);

interface Props {
  boards: BoardSummary[];
  groups: NamedRef[];
  projects: ProjectRef[];
  myGroupId: string | null;
  /** For facilitators: each board gets its controls (rename, lock, delete); called after a change. */
  onChanged?: (() => void) | undefined;
}

interface Section {
  key: string;
  heading: string;
  mine: boolean;
  boards: BoardSummary[];
}

/**
 * In the order of a workshop's activities (map, canvas, reflection), so every group's list
 * reads the same; boards of one kind keep the server's order. The server orders by creation
 * time, and a workshop's boards are all created at the same instant.
 */
function byKind(boards: BoardSummary[]): BoardSummary[] {
  const rank = (b: BoardSummary) => {
    const i = (boardKinds as readonly string[]).indexOf(b.kind);
    return i === -1 ? boardKinds.length : i;
  };
  return [...boards].sort((a, b) => rank(a) - rank(b));
}

/** Whole-workshop boards first, then the caller's group, then the other groups in their order. */
function sectionsOf({ boards: unordered, groups, myGroupId }: Props, t: I18n['t']): Section[] {
  const boards = byKind(unordered);
  const sections: Section[] = [
    { key: 'workshop', heading: t('home.boards.wholeWorkshop'), mine: false, boards: boards.filter((b) => b.groupId === null) },
  ];
  const ordered = [...groups.filter((g) => g.id === myGroupId), ...groups.filter((g) => g.id !== myGroupId)];
  for (const g of ordered) {
    sections.push({ key: g.id, heading: g.name, mine: g.id === myGroupId, boards: boards.filter((b) => b.groupId === g.id) });
  }
  const known = new Set(groups.map((g) => g.id));
  const stray = boards.filter((b) => b.groupId !== null && !known.has(b.groupId));
  sections.push({ key: 'other', heading: t('home.boards.other'), mine: false, boards: stray });
  return sections.filter((s) => s.boards.length > 0);
}

/** The boards the caller may open (the server leaves out the others), by group. */
export function BoardList(props: Props) {
  const { t } = useI18n();
  const sections = sectionsOf(props, t);
  if (sections.length === 0) return <p className="muted">{t('home.boards.none')}</p>;
  const projectTitle = new Map(props.projects.map((p) => [p.id, p.title]));
  return (
    <div className="board-sections">
      {sections.map((section) => (
        <section key={section.key} className="board-section">
          <h3 id={`boards-${section.key}`}>
            {section.heading}
            {section.mine && <Badge tone="accent">{t('home.boards.yourGroup')}</Badge>}
          </h3>
          <ul className="board-list">
            {section.boards.map((board) => (
              <li key={board.id}>
                <Link href={`/b/${encodeURIComponent(board.id)}`} className="board-link">
                  {board.title}
                </Link>
                <Badge>{boardKindName(board.kind)}</Badge>
                {board.locked ? (
                  <Badge tone="warning">{t('home.boards.locked')}</Badge>
                ) : (
                  board.access === 'read' && <Badge tone="warning">{t('home.boards.readOnly')}</Badge>
                )}
                {board.projectId && projectTitle.has(board.projectId) && (
                  <span className="muted"> {t('home.boards.project', { title: projectTitle.get(board.projectId) ?? '' })}</span>
                )}
                {props.onChanged && <BoardControls board={board} onChanged={props.onChanged} />}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
