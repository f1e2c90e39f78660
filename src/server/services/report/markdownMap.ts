import { ruleGuidance } from '../../../domain/analysis/index.js';
import type { Severity } from '../../../domain/analysis/index.js';
import { actorRoleLabels, actorTypeLabels, flowKindLabels, noteKindLabels } from '../../../domain/map/index.js';
import type { EcosystemMap, MapNote } from '../../../domain/map/index.js';
import { isEmptyMap } from './glance.js';
import { boardHeading, count, mdText } from './markdownText.js';
import type { ReportMap } from './types.js';
import { firstById, pushAll } from '../../../shared/index.js';

export const severityLabels: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'For information' };

/**
 * How a map's picture is referenced: `files`, an image file beside the report
 * (`images/<board id>.svg`, a relative path that GitHub, GitLab and editors show); `none`, a
 * line saying where the picture is, for a Markdown file read on its own. Never inline base64:
 * those hosts do not show data URIs, and they make the file unreadable as text.
 */
export type PictureMode = 'files' | 'none';

/** Where a map's picture goes, relative to the report. */
export function mapPicturePath(boardId: string): string {
  return `images/${encodeURIComponent(boardId)}.svg`;
}

function pictureLines(m: ReportMap, mode: PictureMode, alt: string): string[] {
  if (mode === 'none') return [`*${mdText(alt)}. The picture is in the report's .zip download, and in the PDF.*`, ''];
  return [`![${mdText(alt)}](${mapPicturePath(m.boardId)})`, ''];
}

/** One map: its picture, its findings, and the map in words (the picture's text equivalent, for screen readers and plain-text readers). */
export function mapMarkdown(m: ReportMap, mode: PictureMode): string[] {
  const { map } = m;
  if (isEmptyMap(m)) return [`### ${mdText(boardHeading('Ecosystem map', m))}`, '', 'This map has no actors or notes yet.', ''];
  const alt = `Ecosystem map ${map.title}: ${count(map.actors.length, 'actor')}, ${count(map.flows.length, 'flow')}`;
  const lines = [`### ${mdText(boardHeading('Ecosystem map', m))}`, '', ...pictureLines(m, mode, alt)];
  pushAll(lines, findingsMarkdown(m));
  pushAll(lines, mapInWords(map));
  return lines;
}

function findingsMarkdown(m: ReportMap): string[] {
  if (m.findings === null) return ['#### Findings', '', 'Findings are not available for this map.', ''];
  const { metrics, findings } = m.findings;
  const lines = [
    '#### Findings',
    '',
    `${count(metrics.actors, 'actor')}, ${count(metrics.flows, 'flow')}, ${count(metrics.components, 'connected part')}; ` +
      `density ${metrics.density.toFixed(2)}, degree centralisation ${metrics.degreeCentralisation.toFixed(2)}.`,
    '',
  ];
  if (findings.length === 0) return [...lines, 'No findings: none of the rules applies to this map.', ''];
  for (const f of findings) {
    lines.push(`- **${severityLabels[f.severity]}: ${mdText(ruleGuidance[f.rule].title)}.** ${mdText(f.message)}`);
  }
  lines.push('', 'What a group might do:', '');
  for (const rule of new Set(findings.map((f) => f.rule)))
    lines.push(`- *${mdText(ruleGuidance[rule].title)}:* ${mdText(ruleGuidance[rule].suggestion)}`);
  lines.push('');
  return lines;
}

function mapInWords(map: EcosystemMap): string[] {
  const name = new Map(map.actors.map((a) => [a.id, a.name]));
  const dataset = new Map(map.datasets.map((d) => [d.id, d.name]));
  const lines = ['#### The map in words', '', 'Actors:', ''];
  for (const a of map.actors) {
    const type = a.type === undefined ? 'type not set' : actorTypeLabels[a.type];
    const roles = a.roles.length === 0 ? '' : `; ${a.roles.map((r) => actorRoleLabels[r]).join(', ')}`;
    lines.push(`- ${mdText(a.name)}: ${mdText(type)}${roles}`);
  }
  if (map.flows.length > 0) {
    lines.push('', 'Flows:', '');
    for (const f of map.flows) {
      const label = f.label === undefined ? '' : `, ${mdText(f.label)}`;
      const carries = f.dataset === undefined ? '' : ` (${mdText(dataset.get(f.dataset) ?? f.dataset)})`;
      lines.push(
        `- ${mdText(name.get(f.from) ?? f.from)} → ${mdText(name.get(f.to) ?? f.to)}: ${flowKindLabels[f.kind]}${label}${carries}`,
      );
    }
  }
  if (map.notes.length > 0) lines.push('', 'Notes on the map:', '', ...map.notes.map((n) => `- ${mapNoteLine(map, n)}`));
  lines.push('');
  return lines;
}

/** What a map note is attached to, in words: an actor's name, a flow's ends, or nothing. */
export function noteTarget(map: EcosystemMap, note: MapNote): string | null {
  if (note.target === undefined) return null;
  const { actors, flows, datasets } = lookupOf(map);
  const name = (id: string) => actors.get(id)?.name ?? id;
  const flow = flows.get(note.target);
  if (flow) return `${name(flow.from)} → ${name(flow.to)}`;
  return actors.get(note.target)?.name ?? datasets.get(note.target)?.name ?? null;
}

/**
 * A map's actors, flows and datasets by id, the first of each id as `find` would give it, made
 * once per map: looking each note's target up in the lists took seconds on a board at its limits.
 */
function lookupOf(map: EcosystemMap): MapLookup {
  let found = lookups.get(map);
  if (!found) {
    found = { actors: firstById(map.actors), flows: firstById(map.flows), datasets: firstById(map.datasets) };
    lookups.set(map, found);
  }
  return found;
}

interface MapLookup {
  actors: Map<string, EcosystemMap['actors'][number]>;
  flows: Map<string, EcosystemMap['flows'][number]>;
  datasets: Map<string, EcosystemMap['datasets'][number]>;
}

const lookups = new WeakMap<EcosystemMap, MapLookup>();

/** A note's kind as the map shows it; a note without one is a plain note. */
export const mapNoteKind = (note: MapNote) => (note.kind === undefined ? 'Note' : noteKindLabels[note.kind]);

/** "**Issue:** Readings also kept by the vendor (on Vendor → Council)". */
function mapNoteLine(map: EcosystemMap, note: MapNote): string {
  const target = noteTarget(map, note);
  return `**${mapNoteKind(note)}:** ${mdText(note.text)}${target === null ? '' : ` (on ${mdText(target)})`}`;
}
