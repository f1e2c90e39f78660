import workshopLanguageMessages from 'virtual:messages/en/workshopLanguage';
import { addEnglish, isLocale, localeNames, locales, useI18n, type Locale } from '../../i18n/index.js';

addEnglish(workshopLanguageMessages);

/**
 * The workshop's language in its details form (SPEC F6): each language under its own name, or
 * not set. What its pages open in for people who have not chosen a language in this browser.
 */
export function WorkshopLanguageField({ value, onChange }: { value: Locale | null; onChange: (language: Locale | null) => void }) {
  const { t } = useI18n();
  return (
    <div className="field">
      <label htmlFor="wd-language">{t('workshopLanguage.label')}</label>
      <select
        id="wd-language"
        value={value ?? ''}
        onChange={(e) => onChange(isLocale(e.target.value) ? e.target.value : null)}
        aria-describedby="wd-language-hint"
      >
        <option value="">{t('workshopLanguage.notSet')}</option>
        {locales.map((l) => (
          <option key={l} value={l} lang={l}>
            {localeNames[l]}
          </option>
        ))}
      </select>
      <p id="wd-language-hint" className="hint">
        {t('workshopLanguage.hint')}
      </p>
    </div>
  );
}
