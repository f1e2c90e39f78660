/**
 * The name key two atlas elements merge by (SPEC T2): names that differ only in these ways are
 * one organisation or one dataset. Each step is listed in docs/SPEC.md T2, in this order:
 * 1. Unicode compatibility forms folded (NFKD) and accents dropped: "Café" is "cafe";
 * 2. case: "COUNCIL" is "council";
 * 3. "&" and "+" are the word "and";
 * 4. apostrophes dropped ("People's" is "peoples"), other punctuation a space ("A.B.C." is "a b c"
 *    before step 6 joins the letters);
 * 5. abbreviations written out (`abbreviations`): "Ltd" is "limited", "Co" "company", "Univ"
 *    "university"…;
 * 6. single letters in a row joined ("a b c" is "abc"), so dotted and plain initials agree;
 * 7. a leading "the" dropped; runs of spaces one space.
 * Nothing else: "Council" and "City Council" stay apart (a suggestion may offer them).
 */

/** Short forms and their written-out word. Only unambiguous ones: "St" (saint or street) is not here. */
export const abbreviations: Readonly<Record<string, string>> = {
  ltd: 'limited',
  co: 'company',
  corp: 'corporation',
  inc: 'incorporated',
  univ: 'university',
  uni: 'university',
  dept: 'department',
  govt: 'government',
  assoc: 'association',
  intl: 'international',
  natl: 'national',
  cic: 'community interest company',
};

export function nameKey(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[&+]/g, ' and ')
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '')
    .flatMap((w) => (abbreviations[w] ?? w).split(' '));
  // Initials written apart ("W. M. C. A.") are one word, as written together ("WMCA").
  const joined: string[] = [];
  let inInitials = false;
  for (const word of words) {
    const initial = word.length === 1 && /\p{L}/u.test(word);
    if (initial && inInitials) joined[joined.length - 1] += word;
    else joined.push(word);
    inInitials = initial;
  }
  if (joined[0] === 'the' && joined.length > 1) joined.shift();
  return joined.join(' ');
}
