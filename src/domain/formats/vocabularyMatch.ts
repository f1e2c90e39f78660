/**
 * Our words for actor types, roles and flow kinds as other tools' files write them: the word
 * itself or the label the app shows, in any case (`Public sector`, `public`, `PUBLIC`).
 */
export function matchWord<T extends string>(text: string, words: readonly T[], labels: Record<T, string>): T | undefined {
  const wanted = text.trim().toLowerCase();
  return words.find((word) => word === wanted || labels[word].toLowerCase() === wanted);
}
