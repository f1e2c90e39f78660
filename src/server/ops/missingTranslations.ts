/** A message a browser's language lacks (SPEC F7). */
export interface MissingTranslation {
  locale: string;
  key: string;
}

/** How many distinct (language, key) pairs a process logs before it stops: nobody can fill the log. */
export const maxMissingTranslations = 500;

/**
 * Writes each missing translation browsers report once per process (SPEC F7): the first report
 * of a (language, key) pair is written, later ones of the same pair are not, and once
 * `max` distinct pairs have been written one more line says so and nothing further is.
 * Returns the function a report goes through.
 */
export function missingTranslationLog(
  write: (missing: MissingTranslation) => void,
  full: (max: number) => void,
  max = maxMissingTranslations,
): (missing: MissingTranslation) => void {
  const seen = new Set<string>();
  let saidFull = false;
  return ({ locale, key }) => {
    const pair = `${locale} ${key}`;
    if (seen.has(pair)) return;
    if (seen.size >= max) {
      if (!saidFull) full(max);
      saidFull = true;
      return;
    }
    seen.add(pair);
    write({ locale, key });
  };
}
