import { projectTitleKey } from '../../domain/facilitation/index.js';

/** The longest project name the server takes (createWorkshopRequest, createProjectRequest). */
export const maxProjectTitle = 120;

/**
 * What is wrong with a list of project names, in words for the field, or null. `existing` are
 * the workshop's projects already there (adding one at a time).
 */
export function projectNamesProblem(titles: readonly string[], existing: readonly string[] = []): string | null {
  const seen = new Set(existing.map(projectTitleKey));
  for (const [index, title] of titles.entries()) {
    const name = title.trim();
    if (name === '') return 'Give the project a name.';
    if ([...name].length > maxProjectTitle) return `Project ${index + 1} is longer than ${maxProjectTitle} characters: shorten it.`;
    const key = projectTitleKey(name);
    if (seen.has(key)) return `“${name}” is there twice: give each project its own name.`;
    seen.add(key);
  }
  return null;
}
