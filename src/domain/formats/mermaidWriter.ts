import { flowKindLabels } from '../map/index.js';
import type { EcosystemMap } from '../map/index.js';
import { printable } from './printable.js';

/**
 * Writes a map as a Mermaid `flowchart LR` (formats/interop.md): one node per actor, one
 * labelled arrow per flow (the flow's kind, then its label), for documents and wikis that
 * render Mermaid. Export only: Mermaid has no place for the map's other fields.
 *
 * Node ids are `a0`, `a1`… (Mermaid ids cannot hold every text ours can). Every label is quoted
 * and its special characters written as Mermaid's entity codes, so HTML or script in a name
 * stays text and no label can end the quote or the arrow. The title, in a `%%` comment, is
 * written the same way: no line break can end the comment, and no `%%{init…}%%` directive
 * (Mermaid looks for those anywhere in the text) can form. Control and bidi-override
 * characters are left out of the whole text (printable).
 */
export function writeMermaid(map: EcosystemMap): string {
  const nodeIds = new Map(map.actors.map((a, i) => [a.id, `a${i}`]));
  const lines = ['flowchart LR'];
  if (map.title.trim() !== '') lines.push(`  %% ${mermaidText(map.title)}`);
  for (const actor of map.actors) lines.push(`  ${nodeIds.get(actor.id)}["${mermaidText(actor.name)}"]`);
  for (const flow of map.flows) {
    const label = flow.label ? `${flowKindLabels[flow.kind]}: ${flow.label}` : flowKindLabels[flow.kind];
    lines.push(`  ${nodeIds.get(flow.from)} -->|"${mermaidText(label)}"| ${nodeIds.get(flow.to)}`);
  }
  return printable(`${lines.join('\n')}\n`);
}

/**
 * Text inside a quoted Mermaid label: `#` first (it starts every entity code), then the
 * characters that could end the label or be read as markup, and `%` (two make a comment or a
 * directive); every kind of line break becomes a space, and controls go (printable). An
 * empty label is a no-break space, which Mermaid draws as an empty box.
 */
export function mermaidText(text: string): string {
  if (text === '') return '#160;';
  const codes: Record<string, string> = {
    '#': '#35;',
    '"': '#quot;',
    '&': '#amp;',
    '<': '#lt;',
    '>': '#gt;',
    '|': '#124;',
    '`': '#96;',
    '%': '#37;',
  };
  return printable(text.replace(/[\r\n\t\v\f\u0085\u2028\u2029]+/g, ' ')).replace(/[#"&<>|`%]/g, (c) => codes[c] ?? c);
}
