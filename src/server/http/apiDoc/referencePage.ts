type Json = Record<string, unknown>;

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A JSON Schema in a few words: `string`, `array of object`, `"a" | "b"`. */
function typeOf(schema: Json | undefined): string {
  if (!schema) return 'any';
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if ('const' in schema) return JSON.stringify(schema.const);
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Json[]).map(typeOf).join(' or ');
  if (Array.isArray(schema.oneOf)) return (schema.oneOf as Json[]).map(typeOf).join(' or ');
  if (schema.type === 'array') return `array of ${typeOf(schema.items as Json | undefined)}`;
  if (typeof schema.type === 'string') return schema.type;
  return 'any';
}

function fields(schema: Json | undefined): string {
  const properties = schema?.properties as Record<string, Json> | undefined;
  if (!properties) return schema ? `<p>${escapeHtml(typeOf(schema))}</p>` : '';
  const required = new Set((schema?.required ?? []) as string[]);
  const rows = Object.entries(properties).map(
    ([name, s]) =>
      `<tr><td><code>${escapeHtml(name)}</code></td><td>${escapeHtml(typeOf(s))}</td><td>${required.has(name) ? 'required' : 'optional'}</td></tr>`,
  );
  return `<table><thead><tr><th>field</th><th>type</th><th></th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function operationHtml(method: string, path: string, op: Json): string {
  const body = ((op.requestBody as Json | undefined)?.content ?? {}) as Record<string, Json>;
  const [mediaType, media] = Object.entries(body)[0] ?? [];
  const params = ((op.parameters ?? []) as Json[]).map((p) => `<code>${escapeHtml(String(p.name))}</code> (${escapeHtml(String(p.in))})`);
  const answers = Object.entries(op.responses as Record<string, Json>).map(
    ([status, r]) => `<li><strong>${escapeHtml(status)}</strong>: ${escapeHtml(String(r.description))}</li>`,
  );
  const auth =
    (op.security as unknown[]).length === 0 ? 'no credentials' : (op.security as Json[]).map((s) => Object.keys(s)[0]).join(' or ');
  return `<section class="op" id="${escapeHtml(`${method}-${path}`)}">
<h3><span class="method">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>
<p>${escapeHtml(String(op.summary))} ${escapeHtml(String(op.description ?? ''))} Credentials: ${escapeHtml(auth)}.</p>
${params.length ? `<p>Parameters: ${params.join(', ')}</p>` : ''}
${mediaType ? `<h4>Body (${escapeHtml(mediaType)})</h4>${fields(media?.schema as Json | undefined)}` : ''}
<h4>Answers</h4><ul>${answers.join('')}</ul>
</section>`;
}

const style = `body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#1b1b1b}
code{font-family:ui-monospace,monospace}.method{display:inline-block;min-width:4.5rem;font-weight:700}
table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.2rem .5rem;text-align:start}
.op{border-block-start:1px solid #ddd;padding-block:.5rem}nav ul{columns:2}`;

/**
 * The API reference as one server-rendered page (SPEC N4): the OpenAPI document's operations
 * grouped by tag, readable without JavaScript; nothing loads from elsewhere.
 */
export function referencePage(document: Json): string {
  const byTag = new Map<string, string[]>();
  for (const [path, ops] of Object.entries(document.paths as Record<string, Record<string, Json>>)) {
    for (const [method, op] of Object.entries(ops)) {
      const tag = (op.tags as string[])[0] ?? 'Other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), operationHtml(method, path, op)]);
    }
  }
  const tags = [...byTag.keys()].sort();
  const info = document.info as Json;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(String(info.title))}</title><style>${style}</style></head>
<body><main>
<h1>${escapeHtml(String(info.title))} <small>${escapeHtml(String(info.version))}</small></h1>
<p>${escapeHtml(String(info.description))} The machine-readable document: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1). Every error is <code>{ "error": { "code", "message" } }</code>.</p>
<nav aria-label="Tags"><ul>${tags.map((t) => `<li><a href="#tag-${escapeHtml(t)}">${escapeHtml(t)}</a></li>`).join('')}</ul></nav>
${tags.map((t) => `<section id="tag-${escapeHtml(t)}"><h2>${escapeHtml(t)}</h2>${byTag.get(t)!.join('\n')}</section>`).join('\n')}
</main></body></html>`;
}
