import { count } from './names.js';
import { ruleGuidance } from './ruleGuidance.js';
import { ruleIds, severities } from './types.js';
import type { FindingsDocument, Severity } from './types.js';

const headings: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'For information' };

/**
 * The findings as a person reads them on a terminal: the figures (ratios to 2 decimals), the
 * findings grouped by severity, most serious first, in the document's order within a group,
 * then once per rule that applied, why it matters and what a group might do.
 */
export function findingsToText(doc: FindingsDocument): string {
  const m = doc.metrics;
  const lines = [
    `Findings for "${doc.map}"`,
    `${count(m.actors, 'actor')}, ${count(m.flows, 'flow')}, ${count(m.components, 'connected part')}; ` +
      `density ${m.density.toFixed(2)}, degree centralisation ${m.degreeCentralisation.toFixed(2)}`,
  ];
  if (doc.findings.length === 0) return [...lines, '', 'No findings: none of the rules applies to this map.', ''].join('\n');
  for (const severity of severities) {
    const group = doc.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push('', `${headings[severity]} (${group.length})`, ...group.map((f) => `  - ${f.message} [${f.rule}]`));
  }
  lines.push('', 'What they mean');
  for (const rule of ruleIds.filter((id) => doc.findings.some((f) => f.rule === id))) {
    const g = ruleGuidance[rule];
    lines.push(`  ${g.title} [${rule}]: ${g.explanation} ${g.suggestion}`);
  }
  return `${lines.join('\n')}\n`;
}
