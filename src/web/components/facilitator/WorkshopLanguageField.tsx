import workshopLanguageMessages from 'virtual:messages/en/workshopLanguage';
import { addEnglish, isLocale, localeNames, locales, useI18n, type Locale } from '../../i18n/index.js';

addEnglish(workshopLanguageMessages);

interface Props {
  value: Locale | null;
  onChange: (language: Locale | null) => void;
  /** The select's id (its hints' ids start with it); 'wd-language' in the workshop's details. */
  id?: string;
  /** A second hint: what else the language decides where the field is (the new-workshop form's words). */
  note?: string;
}

/**
 * The workshop's language in its details form and the new-workshop form (SPEC F6): each
 * language under its own name, or not set. What its pages open in for people who have not
 * chosen a language in this browser.
 */
export function WorkshopLanguageField({ value, onChange, id = 'wd-language', note }: Props) {
  const { t } = useI18n();
  return (
    <div className="field">
      <label htmlFor={id}>{t('workshopLanguage.label')}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange(isLocale(e.target.value) ? e.target.value : null)}
        aria-describedby={note === undefined ? `${id}-hint` : `${id}-hint ${id}-note`}
      >
        <option value="">{t('workshopLanguage.notSet')}</option>
        {locales.map((l) => (
          <option key={l} value={l} lang={l}>
            {localeNames[l]}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="hint">
        {t('workshopLanguage.hint')}
      </p>
      {note !== undefined && (
        <p id={`${id}-note`} className="hint">
          {note}
        </p>
      )}
    </div>
  );
}
