import type { Actor, Dataset, EcosystemMap, Flow } from '../map/index.js';
import { mapSvg } from '../render/index.js';
import { escapeXml as esc } from '../render/xml.js';
import type { BoardVocabulary } from '../boardVocabulary.js';
import { pageText, type PageText } from './pageText.js';
import type { PublicCanvas, PublicComment, PublicSnapshot } from './types.js';

/** Where the page's own stylesheet is served (no inline style or script: SPEC U1, S3). */
export const publicStylesheet = '/p/style.css';

export interface PageOptions {
  /** The facilitator's preview (U2): the same page, under a banner, its form switched off. */
  preview?: boolean;
  /** A line above the comment form: sent, or why not. */
  notice?: { kind: 'ok' | 'error'; text: string };
  /** The words of the page's language (SPEC U11); English when not given. */
  text?: PageText;
}

const joined = (parts: (string | undefined)[]) => parts.filter((p): p is string => !!p).join('; ');

function actorItem(a: Actor, words: BoardVocabulary): string {
  const what = joined([a.type ? words.actorType(a.type) : undefined, a.roles.map((r) => words.role(r)).join(', ') || undefined]);
  const more = a.description ? ` ${esc(a.description)}` : '';
  return `<li><strong>${esc(a.name)}</strong>${what ? ` (${esc(what)})` : ''}${more}</li>`;
}

function flowItem(f: Flow, map: EcosystemMap, words: BoardVocabulary): string {
  const name = (id: string | undefined, list: { id: string; name: string }[]) => list.find((x) => x.id === id)?.name ?? '?';
  const dataset = f.dataset ? `: ${name(f.dataset, map.datasets)}` : '';
  const details = joined([f.label, f.frequency, f.access ? words.access(f.access) : undefined]);
  return `<li>${esc(name(f.from, map.actors))} → ${esc(name(f.to, map.actors))}, ${esc(words.flowKind(f.kind))}${esc(dataset)}${details ? ` (${esc(details)})` : ''}</li>`;
}

function datasetItem(d: Dataset, map: EcosystemMap, { t, words }: PageText): string {
  const steward = map.actors.find((a) => a.id === d.steward)?.name;
  const facts = joined([
    steward ? t('page.dataset.steward', { name: steward }) : undefined,
    d.sensitivity ? words.sensitivity(d.sensitivity) : undefined,
    d.deidentification ? words.deidentification(d.deidentification) : undefined,
    d.access ? words.access(d.access) : undefined,
    d.licence ? t('page.dataset.licence', { licence: d.licence }) : undefined,
    d.standard ? t('page.dataset.standard', { standard: d.standard }) : undefined,
  ]);
  const description = d.description ? ` ${esc(d.description)}` : '';
  return `<li><strong>${esc(d.name)}</strong>${facts ? ` (${esc(facts)})` : ''}${description}</li>`;
}

const list = (items: string[], none: string) => (items.length > 0 ? `<ul>${items.join('')}</ul>` : `<p>${esc(none)}</p>`);

function mapSection(map: EcosystemMap, text: PageText): string {
  const { t } = text;
  const picture = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(mapSvg(map, { words: text.words.picture }))}`;
  const alt = t('page.map.alt', { actors: map.actors.length, flows: map.flows.length });
  return `<section aria-labelledby="pp-map"><h2 id="pp-map">${esc(t('page.map.title'))}</h2>
<figure class="pp-figure"><img src="${picture}" alt="${esc(alt)}"></figure>
<h3>${esc(t('page.actors'))}</h3>${list(
    map.actors.map((a) => actorItem(a, text.words)),
    t('page.actors.none'),
  )}
<h3>${esc(t('page.flows'))}</h3>${list(
    map.flows.map((f) => flowItem(f, map, text.words)),
    t('page.flows.none'),
  )}
</section>
<section aria-labelledby="pp-datasets"><h2 id="pp-datasets">${esc(t('page.datasets'))}</h2>${list(
    map.datasets.map((d) => datasetItem(d, map, text)),
    t('page.datasets.none'),
  )}</section>`;
}

function canvasSection(canvas: PublicCanvas, text: PageText): string {
  const { t, words } = text;
  const statuses = canvas.sections.map((s) => `<li>${esc(words.sectionTitle(s.id))}: <strong>${esc(words.status(s.status))}</strong></li>`);
  const actions = canvas.actions.map((a) => {
    const facts = joined([
      a.done ? t('page.action.done') : t('page.action.toDo'),
      t(`page.action.priority.${a.priority}`),
      a.due ? t('page.action.due', { date: text.date(a.due) }) : undefined,
    ]);
    return `<li>${esc(a.text)} <span class="pp-facts">(${esc(words.sectionTitle(a.section))}; ${esc(facts)})</span></li>`;
  });
  return `<section aria-labelledby="pp-decided"><h2 id="pp-decided">${esc(t('page.decided'))}</h2>
${statuses.length > 0 ? `<h3>${esc(t('page.canvas'))}</h3><ul>${statuses.join('')}</ul>` : ''}
${actions.length > 0 ? `<h3>${esc(t('page.actions'))}</h3><ul>${actions.join('')}</ul>` : ''}
<p class="pp-credit">${esc(words.credit)}</p></section>`;
}

function commentsSection(slug: string, comments: PublicComment[], options: PageOptions, text: PageText): string {
  const { t } = text;
  const shown = comments.map(
    (c) =>
      `<li><p class="pp-comment">${esc(c.text)}</p><p class="pp-facts">${esc(c.name ?? t('page.comment.visitor'))}, ${esc(text.date(c.createdAt))}</p></li>`,
  );
  const notice = options.notice ? `<p class="pp-notice pp-${options.notice.kind}" role="status">${esc(options.notice.text)}</p>` : '';
  return `<section aria-labelledby="pp-comments"><h2 id="pp-comments">${esc(t('page.comments'))}</h2>
${list(shown, t('page.comments.none'))}
${notice}
<form method="post" action="/p/${esc(slug)}/comments" class="pp-form"><fieldset${options.preview ? ' disabled' : ''}>
<legend>${esc(t('page.form.legend'))}</legend>
<p>${esc(t('page.form.intro'))}</p>
<label for="pp-name">${esc(t('page.form.name'))}</label><input id="pp-name" name="name" maxlength="80" autocomplete="name">
<label for="pp-text">${esc(t('page.form.text'))}</label><textarea id="pp-text" name="text" required maxlength="2000" rows="4"></textarea>
<div class="pp-hp" aria-hidden="true"><label for="pp-website">${esc(t('page.form.honeypot'))}</label><input id="pp-website" name="website" tabindex="-1" autocomplete="off"></div>
<button type="submit">${esc(t('page.form.send'))}</button></fieldset></form></section>`;
}

/**
 * A published project page (SPEC U1): plain HTML that needs no script, every value escaped,
 * the map drawn as a picture with its actors, flows and datasets as lists beside it. The
 * preview is this same page (U2).
 */
export function publicPageHtml(page: PublicSnapshot, comments: PublicComment[], options: PageOptions = {}): string {
  const text = options.text ?? pageText();
  const { t } = text;
  const banner = options.preview ? `<p class="pp-preview" role="note">${esc(t('page.preview'))}</p>` : '';
  return `<!doctype html>
<html lang="${text.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(t('page.documentTitle', { title: page.title }))}</title><link rel="stylesheet" href="${publicStylesheet}"></head>
<body><header class="pp-header">${banner}<p class="pp-site">${esc(t('page.site'))}</p><h1>${esc(page.title)}</h1>
<p>${esc(t('page.published', { date: text.date(page.publishedAt) }))}${page.map.description ? ` ${esc(page.map.description)}` : ''}</p></header>
<main>${mapSection(page.map, text)}
${page.canvas ? canvasSection(page.canvas, text) : ''}
${commentsSection(page.slug, comments, options, text)}
<p><a href="/p/${esc(page.slug)}.json">${esc(t('page.file'))}</a></p></main></body></html>
`;
}

/** What an address without a published page shows (U5): plainly that, with status 404, in the visitor's language. */
export function notPublishedHtml(text: PageText = pageText()): string {
  const { t } = text;
  return `<!doctype html>
<html lang="${text.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(t('notPublished.title'))}</title><link rel="stylesheet" href="${publicStylesheet}"></head>
<body><main><h1>${esc(t('notPublished.title'))}</h1><p>${esc(t('notPublished.text'))}</p></main></body></html>
`;
}
