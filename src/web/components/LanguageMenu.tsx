import { useState } from 'react';
import { chooseLocale, isLocale, localeNames, locales, useI18n } from '../i18n/index.js';

/**
 * The language menu in the page header: each language under its own name. The choice is kept
 * in this browser (i18n/languageChoice.ts) and the page switches at once, `<html lang>` too.
 */
export function LanguageMenu() {
  const { locale, t } = useI18n();
  const [failed, setFailed] = useState(false);
  return (
    <div className="language-menu">
      <label htmlFor="language-menu" className="visually-hidden">
        {t('language.label')}
      </label>
      <select
        id="language-menu"
        value={locale}
        onChange={(e) => {
          const next = e.target.value;
          if (!isLocale(next)) return;
          setFailed(false);
          chooseLocale(next).catch(() => setFailed(true));
        }}
      >
        {locales.map((l) => (
          <option key={l} value={l} lang={l}>
            {localeNames[l]}
          </option>
        ))}
      </select>
      {failed && (
        <p role="alert" className="notice notice-error language-menu-error">
          {t('language.unavailable')}
        </p>
      )}
    </div>
  );
}
