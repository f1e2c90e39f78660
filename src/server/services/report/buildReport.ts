import { analyzeMap } from '../../../domain/analysis/index.js';
import { listActions, progress, sortByVotes } from '../../../domain/canvas/index.js';
import type { Canvas } from '../../../domain/canvas/index.js';
import type { Board } from '../../../domain/index.js';
import { mapSvg } from '../../../domain/render/index.js';
import { organisationKey } from '../../../domain/facilitation/index.js';
import type { Participant } from '../../../domain/index.js';
import { AppError } from '../../../shared/index.js';
import type { Store } from '../../store/Store.js';
import { loadAnonymisedReflection, loadCanvas, loadMap } from './boardContent.js';
import { reportText } from './reportText.js';
import { boardWordKeys } from '../../i18n/boardWordKeys.js';
import { pictureWords } from '../../i18n/pictureWords.js';
import { topNotesCount } from './types.js';
import { loadVoteResults } from './voteResults.js';
import { loadVotingRounds, votersOn } from '../roundVotes.js';
import type { FindingsFor, Report, ReportCanvas, ReportOrganisation, ReportSection } from './types.js';

export interface BuildReportOptions {
  /** Put the groups' reflections in, anonymised. Off unless a facilitator asks (DESIGN.md "Reflection"). */
  includeReflection: boolean;
  /** Name the people under their organisation; off by default, when the report gives counts only. */
  includeNames?: boolean;
  now: Date;
  /** Progress for long reports, one line at a time ("Rendering map 3 of 8…"). */
  progress?: (line: string) => void;
  /** Problems reading a board (a skipped update), one line each. */
  log?: (line: string) => void;
  findingsFor?: FindingsFor;
}

/**
 * Gathers a workshop's report from its boards' live state: per project (boards grouped by
 * their projectId, boards without one last), each map with its picture and findings, each
 * canvas with its statuses, actions and most-voted notes, and, only when asked, each group's
 * reflection without authors. Throws WORKSHOP_NOT_FOUND.
 */
export async function buildReport(
  store: Pick<Store, 'getWorkshop' | 'listProjects' | 'listGroups' | 'listParticipants' | 'listBoards' | 'loadBoardState'>,
  workshopId: string,
  options: BuildReportOptions,
): Promise<Report> {
  const workshop = await store.getWorkshop(workshopId);
  if (!workshop) throw new AppError('WORKSHOP_NOT_FOUND', `no workshop with id "${workshopId}"`);
  const [projects, groups, boards, people] = await Promise.all([
    store.listProjects(workshopId),
    store.listGroups(workshopId),
    store.listBoards(workshopId),
    store.listParticipants(workshopId),
  ]);
  const log = options.log ?? (() => {});
  const findingsFor = options.findingsFor ?? analyzeMap;
  const groupName = new Map(groups.map((g) => [g.id, g.name]));
  const info = (b: Board) => ({ boardId: b.id, title: b.title, group: b.groupId === null ? null : (groupName.get(b.groupId) ?? null) });

  const known = new Set(projects.map((p) => p.id));
  const projectOf = (b: Board) => (b.projectId !== null && known.has(b.projectId) ? b.projectId : null);
  const wanted = boards.filter(
    (b) => b.kind === 'ecosystem-map' || b.kind === 'ethics-canvas' || (b.kind === 'reflection' && options.includeReflection),
  );
  const mapCount = wanted.filter((b) => b.kind === 'ecosystem-map').length;
  // A reflection's votes show its notes' words: only when the reflection is included.
  const rounds = await loadVotingRounds(store, boards, log);
  const votes = await loadVoteResults(
    store,
    boards.filter((b) => b.kind !== 'reflection' || options.includeReflection),
    rounds,
    people,
    log,
  );
  let mapsDone = 0;

  const sections: ReportSection[] = [];
  for (const project of [...projects.map((p) => ({ id: p.id, title: p.title })), null]) {
    const section: ReportSection = { project, maps: [], canvases: [], reflections: [], votes: [] };
    for (const board of wanted.filter((b) => projectOf(b) === (project?.id ?? null))) {
      if (board.kind === 'ecosystem-map') {
        options.progress?.(`Rendering map ${++mapsDone} of ${mapCount}…`);
        const map = await loadMap(store, board, log);
        section.maps.push({
          ...info(board),
          map,
          svg: mapSvg(map, { header: false, words: pictureWords(workshop.language) }),
          findings: findingsFor(map),
        });
      } else if (board.kind === 'ethics-canvas') {
        const canvas = await loadCanvas(store, board, log, { rounds, isVoter: votersOn(people, board) });
        section.canvases.push({ ...info(board), ...canvasSummary(canvas) });
      } else {
        section.reflections.push({ ...info(board), reflection: await loadAnonymisedReflection(store, board, log) });
      }
    }
    for (const board of boards.filter((b) => projectOf(b) === (project?.id ?? null))) {
      const held = votes.get(board.id);
      if (held) section.votes.push({ ...info(board), ...held });
    }
    if (section.maps.length + section.canvases.length + section.reflections.length + section.votes.length > 0) sections.push(section);
  }
  const text = reportText(workshop.language);
  const unknown = { organisation: text.t('people.noOrganisation'), name: text.words(boardWordKeys.participant) };
  return {
    workshop: { id: workshop.id, title: workshop.title, description: workshop.description },
    ...(workshop.language === undefined ? {} : { language: workshop.language }),
    generatedAt: options.now.toISOString(),
    includeReflection: options.includeReflection,
    organisations: byOrganisation(
      people.filter((p) => p.role !== 'observer'),
      options.includeNames ?? false,
      unknown,
    ),
    observers: byOrganisation(
      people.filter((p) => p.role === 'observer'),
      options.includeNames ?? false,
      unknown,
    ),
    sections,
  };
}

function canvasSummary(canvas: Canvas): Omit<ReportCanvas, 'boardId' | 'title' | 'group'> {
  const voted = canvas.sections.flatMap((s) =>
    s.notes.filter((n) => n.votes > 0).map((note) => ({ section: s.id, note, votes: note.votes })),
  );
  return {
    canvas,
    progress: progress(canvas),
    actions: listActions(canvas),
    topNotes: sortByVotes(voted)
      .slice(0, topNotesCount)
      .map(({ section, note }) => ({ section, note })),
  };
}

/**
 * People by organisation, largest first: "Fire Service" and "fire service" are one
 * (organisationKey). Names only when asked (SPEC P6). `unknown` words, in the report's
 * language, the organisation of people who gave none and a person who removed their name (SPEC K6).
 */
function byOrganisation(
  people: Participant[],
  includeNames: boolean,
  unknown: { organisation: string; name: string },
): ReportOrganisation[] {
  const orgs = new Map<string, { name: string; people: string[] }>();
  for (const p of people) {
    const key = organisationKey(p.organisation) ?? '';
    const org = orgs.get(key) ?? { name: key === '' ? unknown.organisation : p.organisation.trim(), people: [] };
    // A person who took their name off (SPEC K6) is counted, never named.
    org.people.push(p.name.trim() || unknown.name);
    orgs.set(key, org);
  }
  return [...orgs.entries()]
    .sort(([ka, a], [kb, b]) => Number(ka === '') - Number(kb === '') || b.people.length - a.people.length || a.name.localeCompare(b.name))
    .map(([, o]) => ({
      name: o.name,
      count: o.people.length,
      ...(includeNames ? { names: [...o.people].sort((a, b) => a.localeCompare(b)) } : {}),
    }));
}
