import { canvasCredit, sectionInfo, sectionStatusLabels } from '../canvas/index.js';
import {
  accessLevelLabels,
  actorRoleLabels,
  actorTypeLabels,
  deidentificationLabels,
  flowKindLabels,
  sensitivityLabels,
  type Actor,
  type Dataset,
  type EcosystemMap,
  type Flow,
} from '../map/index.js';
import { mapSvg } from '../render/index.js';
import { escapeXml as esc } from '../render/xml.js';
import type { PublicCanvas, PublicComment, PublicSnapshot } from './types.js';

/** Where the page's own stylesheet is served (no inline style or script: SPEC U1, S3). */
export const publicStylesheet = '/p/style.css';

export interface PageOptions {
  /** The facilitator's preview (U2): the same page, under a banner, its form switched off. */
  preview?: boolean;
  /** A line above the comment form: sent, or why not. */
  notice?: { kind: 'ok' | 'error'; text: string };
}

const joined = (parts: (string | undefined)[]) => parts.filter((p): p is string => !!p).join('; ');

function actorItem(a: Actor): string {
  const what = joined([a.type ? actorTypeLabels[a.type] : undefined, a.roles.map((r) => actorRoleLabels[r]).join(', ') || undefined]);
  const more = a.description ? ` ${esc(a.description)}` : '';
  return `<li><strong>${esc(a.name)}</strong>${what ? ` (${esc(what)})` : ''}${more}</li>`;
}

function flowItem(f: Flow, map: EcosystemMap): string {
  const name = (id: string | undefined, list: { id: string; name: string }[]) => list.find((x) => x.id === id)?.name ?? '?';
  const dataset = f.dataset ? `: ${name(f.dataset, map.datasets)}` : '';
  const details = joined([f.label, f.frequency, f.access ? accessLevelLabels[f.access] : undefined]);
  return `<li>${esc(name(f.from, map.actors))} → ${esc(name(f.to, map.actors))}, ${esc(flowKindLabels[f.kind])}${esc(dataset)}${details ? ` (${esc(details)})` : ''}</li>`;
}

function datasetItem(d: Dataset, map: EcosystemMap): string {
  const steward = map.actors.find((a) => a.id === d.steward)?.name;
  const facts = joined([
    steward ? `stewarded by ${steward}` : undefined,
    d.sensitivity ? sensitivityLabels[d.sensitivity] : undefined,
    d.deidentification ? deidentificationLabels[d.deidentification] : undefined,
    d.access ? accessLevelLabels[d.access] : undefined,
    d.licence ? `licence: ${d.licence}` : undefined,
    d.standard ? `standard: ${d.standard}` : undefined,
  ]);
  const description = d.description ? ` ${esc(d.description)}` : '';
  return `<li><strong>${esc(d.name)}</strong>${facts ? ` (${esc(facts)})` : ''}${description}</li>`;
}

const list = (items: string[], none: string) => (items.length > 0 ? `<ul>${items.join('')}</ul>` : `<p>${none}</p>`);

function mapSection(map: EcosystemMap): string {
  const picture = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(mapSvg(map))}`;
  const alt = `The data ecosystem map: ${map.actors.length} actors and ${map.flows.length} flows, listed below.`;
  return `<section aria-labelledby="pp-map"><h2 id="pp-map">The data ecosystem</h2>
<figure class="pp-figure"><img src="${picture}" alt="${esc(alt)}"></figure>
<h3>Actors</h3>${list(map.actors.map(actorItem), 'No actors.')}
<h3>Flows</h3>${list(
    map.flows.map((f) => flowItem(f, map)),
    'No flows.',
  )}
</section>
<section aria-labelledby="pp-datasets"><h2 id="pp-datasets">Datasets</h2>${list(
    map.datasets.map((d) => datasetItem(d, map)),
    'No datasets.',
  )}</section>`;
}

function canvasSection(canvas: PublicCanvas): string {
  const statuses = canvas.sections.map(
    (s) => `<li>${esc(sectionInfo(s.id).title)}: <strong>${esc(sectionStatusLabels[s.status])}</strong></li>`,
  );
  const actions = canvas.actions.map((a) => {
    const facts = joined([a.done ? 'done' : 'to do', `${a.priority} priority`, a.due ? `due ${a.due}` : undefined]);
    return `<li>${esc(a.text)} <span class="pp-facts">(${esc(sectionInfo(a.section).title)}; ${esc(facts)})</span></li>`;
  });
  return `<section aria-labelledby="pp-decided"><h2 id="pp-decided">What the project decided</h2>
${statuses.length > 0 ? `<h3>Where the data ethics canvas stands</h3><ul>${statuses.join('')}</ul>` : ''}
${actions.length > 0 ? `<h3>Actions</h3><ul>${actions.join('')}</ul>` : ''}
<p class="pp-credit">${esc(canvasCredit)}</p></section>`;
}

function commentsSection(slug: string, comments: PublicComment[], options: PageOptions): string {
  const shown = comments.map(
    (c) =>
      `<li><p class="pp-comment">${esc(c.text)}</p><p class="pp-facts">${esc(c.name ?? 'A visitor')}, ${esc(c.createdAt.slice(0, 10))}</p></li>`,
  );
  const notice = options.notice ? `<p class="pp-notice pp-${options.notice.kind}" role="status">${esc(options.notice.text)}</p>` : '';
  return `<section aria-labelledby="pp-comments"><h2 id="pp-comments">Questions and comments</h2>
${list(shown, 'No questions or comments yet.')}
${notice}
<form method="post" action="/p/${esc(slug)}/comments" class="pp-form"><fieldset${options.preview ? ' disabled' : ''}>
<legend>Ask a question or leave a comment</legend>
<p>A facilitator reads it before it shows here. Your name is optional; nothing else about you is kept.</p>
<label for="pp-name">Your name (optional)</label><input id="pp-name" name="name" maxlength="80" autocomplete="name">
<label for="pp-text">Question or comment</label><textarea id="pp-text" name="text" required maxlength="2000" rows="4"></textarea>
<div class="pp-hp" aria-hidden="true"><label for="pp-website">Leave this empty</label><input id="pp-website" name="website" tabindex="-1" autocomplete="off"></div>
<button type="submit">Send</button></fieldset></form></section>`;
}

/**
 * A published project page (SPEC U1): plain HTML that needs no script, every value escaped,
 * the map drawn as a picture with its actors, flows and datasets as lists beside it. The
 * preview is this same page (U2).
 */
export function publicPageHtml(page: PublicSnapshot, comments: PublicComment[], options: PageOptions = {}): string {
  const banner = options.preview
    ? '<p class="pp-preview" role="note">Preview: this is what the public will see once you publish. Nothing is published yet.</p>'
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(page.title)}: a published project</title><link rel="stylesheet" href="${publicStylesheet}"></head>
<body><header class="pp-header">${banner}<p class="pp-site">Open Cities Studio: a published project</p><h1>${esc(page.title)}</h1>
<p>Published on ${esc(page.publishedAt.slice(0, 10))}.${page.map.description ? ` ${esc(page.map.description)}` : ''}</p></header>
<main>${mapSection(page.map)}
${page.canvas ? canvasSection(page.canvas) : ''}
${commentsSection(page.slug, comments, options)}
<p><a href="/p/${esc(page.slug)}.json">The map as a file (opencities/ecosystem-map, JSON)</a></p></main></body></html>
`;
}

/** What an address without a published page shows (U5): plainly that, with status 404. */
export function notPublishedHtml(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>This page is not published</title><link rel="stylesheet" href="${publicStylesheet}"></head>
<body><main><h1>This page is not published</h1><p>Nothing is published at this address. It may have been unpublished, or moved to another address.</p></main></body></html>
`;
}
