import { parseArgs } from 'node:util';

/**
 * `--name N` options, all whole numbers: each defaults to its value in `defaults`; a seed may be
 * 0, anything else must be at least 1. A bad value throws with `usage`.
 */
export function wholeNumberOptions<T extends { [K in keyof T]: number }>(args: string[], defaults: T, usage: string): T {
  const { values } = parseArgs({ args, options: Object.fromEntries(Object.keys(defaults).map((k) => [k, { type: 'string' as const }])) });
  const options: Record<string, number> = { ...defaults };
  for (const key of Object.keys(defaults)) {
    const raw = values[key];
    if (raw === undefined) continue;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < (key === 'seed' ? 0 : 1))
      throw new Error(`--${key} must be a whole number, not "${String(raw)}"\n${usage}`);
    options[key] = n;
  }
  return options as T;
}
