import type { CatalogueKey } from '../../shared/i18n/catalogueKey.js';
import type { WorkshopTemplate } from './templates.js';

/** Marks a catalogue key written here, so the catalogue test finds it in use (as the web's `msg`). */
const msg = <K extends CatalogueKey>(key: K): K => key;

interface TemplateKeys {
  title: CatalogueKey;
  description: CatalogueKey;
  /** By activity id. */
  activities: Record<string, CatalogueKey>;
}

/**
 * Where each shipped template's words are in the message catalogues (`templates.`,
 * src/shared/i18n/catalogues), by the template's and the activity's stable ids. The web shows
 * them in the template picker; the server writes them into a new workshop's agenda in the
 * language it is made in. The English there is templates.ts's, word for word
 * (test/unit/i18n/templateWords.test.ts).
 */
const templateKeys: Record<string, TemplateKeys> = {
  'open-cities-full-day': {
    title: msg('templates.openCitiesFullDay.title'),
    description: msg('templates.openCitiesFullDay.description'),
    activities: {
      welcome: msg('templates.openCitiesFullDay.activity.welcome'),
      intro: msg('templates.openCitiesFullDay.activity.intro'),
      mapping: msg('templates.openCitiesFullDay.activity.mapping'),
      lunch: msg('templates.openCitiesFullDay.activity.lunch'),
      'present-maps': msg('templates.openCitiesFullDay.activity.presentMaps'),
      ethics: msg('templates.openCitiesFullDay.activity.ethics'),
      break: msg('templates.openCitiesFullDay.activity.break'),
      'present-ethics': msg('templates.openCitiesFullDay.activity.presentEthics'),
      reflect: msg('templates.openCitiesFullDay.activity.reflect'),
      close: msg('templates.openCitiesFullDay.activity.close'),
    },
  },
  'data-ecosystem-mapping': {
    title: msg('templates.dataEcosystemMapping.title'),
    description: msg('templates.dataEcosystemMapping.description'),
    activities: {
      welcome: msg('templates.dataEcosystemMapping.activity.welcome'),
      intro: msg('templates.dataEcosystemMapping.activity.intro'),
      mapping: msg('templates.dataEcosystemMapping.activity.mapping'),
      'present-maps': msg('templates.dataEcosystemMapping.activity.presentMaps'),
      reflect: msg('templates.dataEcosystemMapping.activity.reflect'),
      close: msg('templates.dataEcosystemMapping.activity.close'),
    },
  },
  'data-ethics-canvas': {
    title: msg('templates.dataEthicsCanvas.title'),
    description: msg('templates.dataEthicsCanvas.description'),
    activities: {
      welcome: msg('templates.dataEthicsCanvas.activity.welcome'),
      intro: msg('templates.dataEthicsCanvas.activity.intro'),
      ethics: msg('templates.dataEthicsCanvas.activity.ethics'),
      'present-ethics': msg('templates.dataEthicsCanvas.activity.presentEthics'),
      reflect: msg('templates.dataEthicsCanvas.activity.reflect'),
    },
  },
};

/**
 * A template with its title, description and activities' titles in a language, given that
 * language's messages (`text`); ids, kinds and minutes stay as they are. A template or an
 * activity the catalogues do not know keeps its own (English) words.
 */
export function templateInWords<T extends WorkshopTemplate>(template: T, text: (key: CatalogueKey) => string): T {
  const keys = templateKeys[template.id];
  if (!keys) return template;
  const worded: WorkshopTemplate = {
    ...template,
    title: text(keys.title),
    description: text(keys.description),
    agenda: template.agenda.map((activity) => {
      const key = keys.activities[activity.id];
      return key ? { ...activity, title: text(key) } : activity;
    }),
  };
  return worded as T;
}
