/**
 * The one place counted words are made ("1 map", "3 maps"), so that the translation work can
 * move the word forms into its catalogues without hunting for them. Intl.PluralRules picks the
 * form; the forms given are English today, so the rules are English's: the locale goes with
 * the words, not with the reader.
 */
export interface WordForms {
  one: string;
  other: string;
}

const english = new Intl.PluralRules('en');

/** `plural(1, { one: 'map', other: 'maps' })` is "1 map"; a word with a plain "s" can be given alone: `plural(3, 'flow')`. */
export function plural(n: number, word: string | WordForms): string {
  const forms = typeof word === 'string' ? { one: word, other: `${word}s` } : word;
  return `${n} ${english.select(n) === 'one' ? forms.one : forms.other}`;
}
