import type { MapMetrics } from '../../../domain/analysis/index.js';
import type { EcosystemMap, MapNote } from '../../../domain/map/index.js';
import { isEmptyMap } from './glance.js';
import { mdText } from './markdownText.js';
import type { ReportText } from './reportText.js';
import type { ReportMap } from './types.js';
import { firstById, pushAll } from '../../../shared/index.js';

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

function pictureLines(m: ReportMap, mode: PictureMode, alt: string, text: ReportText): string[] {
  if (mode === 'none') return [`*${text.t('map.pictureElsewhere', { picture: mdText(alt) })}*`, ''];
  return [`![${mdText(alt)}](${mapPicturePath(m.boardId)})`, ''];
}

/** One map: its picture, its findings, and the map in words (the picture's text equivalent, for screen readers and plain-text readers). */
export function mapMarkdown(m: ReportMap, mode: PictureMode, text: ReportText): string[] {
  const { map } = m;
  const heading = `### ${mdText(text.board('ecosystem-map', m))}`;
  if (isEmptyMap(m)) return [heading, '', text.t('map.empty'), ''];
  const alt = text.t('map.picture', { title: map.title, actors: map.actors.length, flows: map.flows.length });
  const lines = [heading, '', ...pictureLines(m, mode, alt, text)];
  pushAll(lines, findingsMarkdown(m, text));
  pushAll(lines, mapInWords(map, text));
  return lines;
}

/** "7 actors, 11 flows, 1 connected part; density 0.21, degree centralisation 0.43." */
export function findingsFigures(metrics: MapMetrics, text: ReportText): string {
  return text.t('findings.figures', {
    actors: metrics.actors,
    flows: metrics.flows,
    parts: metrics.components,
    density: text.decimal(metrics.density),
    centralisation: text.decimal(metrics.degreeCentralisation),
  });
}

function findingsMarkdown(m: ReportMap, text: ReportText): string[] {
  const { t } = text;
  const heading = `#### ${t('findings')}`;
  if (m.findings === null) return [heading, '', t('findings.unavailable'), ''];
  const { metrics, findings } = m.findings;
  const lines = [heading, '', findingsFigures(metrics, text), ''];
  if (findings.length === 0) return [...lines, t('findings.none'), ''];
  for (const f of findings) {
    lines.push(`- **${mdText(text.colon(text.severity(f.severity)))} ${mdText(text.ruleTitle(f.rule))}.** ${mdText(text.finding(f))}`);
  }
  lines.push('', text.colon(t('findings.todo')), '');
  for (const rule of new Set(findings.map((f) => f.rule)))
    lines.push(`- *${mdText(text.colon(text.ruleTitle(rule)))}* ${mdText(text.ruleSuggestion(rule))}`);
  lines.push('');
  return lines;
}

function mapInWords(map: EcosystemMap, text: ReportText): string[] {
  const { t, colon } = text;
  const name = new Map(map.actors.map((a) => [a.id, a.name]));
  const dataset = new Map(map.datasets.map((d) => [d.id, d.name]));
  const lines = [`#### ${t('map.inWords')}`, '', colon(t('map.actors')), ''];
  for (const a of map.actors) {
    const type = a.type === undefined ? t('map.typeNotSet') : text.actorType(a.type);
    const roles = a.roles.length === 0 ? '' : `; ${a.roles.map((r) => text.role(r)).join(', ')}`;
    lines.push(`- ${colon(mdText(a.name))} ${mdText(type)}${roles}`);
  }
  if (map.flows.length > 0) {
    lines.push('', colon(t('map.flows')), '');
    for (const f of map.flows) {
      const label = f.label === undefined ? '' : `, ${mdText(f.label)}`;
      const carries = f.dataset === undefined ? '' : ` (${mdText(dataset.get(f.dataset) ?? f.dataset)})`;
      const ends = `${mdText(name.get(f.from) ?? f.from)} → ${mdText(name.get(f.to) ?? f.to)}`;
      lines.push(`- ${colon(ends)} ${text.flowKind(f.kind)}${label}${carries}`);
    }
  }
  if (map.notes.length > 0) lines.push('', colon(t('map.notes')), '', ...map.notes.map((n) => `- ${mapNoteLine(map, n, text)}`));
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

/** "**Issue:** Readings also kept by the vendor (on Vendor → Council)". */
function mapNoteLine(map: EcosystemMap, note: MapNote, text: ReportText): string {
  const target = noteTarget(map, note);
  return `**${text.colon(text.noteKind(note.kind))}** ${mdText(note.text)}${target === null ? '' : ` (${text.t('map.noteOn', { target: mdText(target) })})`}`;
}
