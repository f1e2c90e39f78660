import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateInWords, workshopTemplates } from '../../../src/domain/facilitation/index.js';
import { catalogueText } from '../../../src/shared/i18n/catalogueText.js';
import type { CatalogueKey } from '../../../src/shared/i18n/catalogueKey.js';

const catalogue = (locale: string) =>
  JSON.parse(readFileSync(join(process.cwd(), 'src', 'shared', 'i18n', 'catalogues', `${locale}.json`), 'utf8')) as Record<
    CatalogueKey,
    string
  >;

/** The shipped templates' words in the catalogues (`templates.`, domain/facilitation/templateWords.ts). */
describe('F3: the workshop templates in the person’s language', () => {
  it('the English messages are templates.ts’s words, word for word, for every template and activity', () => {
    const seen: string[] = [];
    const english = catalogue('en');
    const worded = workshopTemplates.map((template) =>
      templateInWords(template, (key) => {
        seen.push(key);
        return english[key];
      }),
    );
    expect(worded).toEqual(workshopTemplates);
    // Every word came from a message: the title, the description and each activity.
    expect(seen).toHaveLength(workshopTemplates.reduce((n, t) => n + 2 + t.agenda.length, 0));
  });

  it('German words every template and keeps its ids, kinds and minutes', () => {
    const german = catalogueText(catalogue('de'), 'de');
    for (const template of workshopTemplates) {
      const worded = templateInWords(template, german);
      expect(worded.id).toBe(template.id);
      expect(worded.title).not.toBe(template.title);
      expect(worded.agenda.map(({ id, kind, minutes }) => ({ id, kind, minutes }))).toEqual(
        template.agenda.map(({ id, kind, minutes }) => ({ id, kind, minutes })),
      );
      expect(worded.agenda.every((a, i) => a.title !== template.agenda[i]?.title)).toBe(true);
    }
    expect(templateInWords(workshopTemplates[0]!, german).agenda[2]?.title).toBe('Das Datenökosystem kartieren');
  });

  it('a template the catalogues do not know keeps its own words', () => {
    const own = { id: 'local-template', title: 'Ours', description: 'Our own', agenda: [] };
    expect(templateInWords(own, () => 'never')).toBe(own);
  });
});
