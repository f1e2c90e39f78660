import { publicLimits } from './types.js';

/** A readable slug from a project's name: "Air quality — Cardiff" is "air-quality-cardiff". */
export function slugFrom(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = words.slice(0, publicLimits.slug - 4).replace(/-+$/, '');
  return cut || 'project';
}

/** The first of `base`, `base-2`, `base-3`… that `taken` says is free. */
export async function freeSlug(base: string, taken: (slug: string) => Promise<boolean>): Promise<string> {
  if (!(await taken(base))) return base;
  for (let n = 2; ; n++) if (!(await taken(`${base}-${n}`))) return `${base}-${n}`;
}
