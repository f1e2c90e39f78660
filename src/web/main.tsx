import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { activateLocale, chosenLocale, initialLocale, inviteCodeOf, inviteLanguage, sourceLocale } from './i18n/index.js';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The page opens in the person's language: English at once (it ships with the app), another
// after the messages of the areas registered so far arrive (the frame's and the start chunk's;
// each lazily loaded part fetches its own, i18n `messagesFor`), so nobody sees English flash
// first. Messages that cannot be fetched leave the page in English rather than blank. A join page of someone who has not
// chosen a language first asks the invite's workshop language (SPEC F6); workshop pages switch
// to theirs once the workshop arrives (useWorkshopLanguage). The page's first reads were started
// by early.ts, which index.html runs first.
const code = chosenLocale() === null ? inviteCodeOf(window.location.pathname) : null;
const ready = (code ? inviteLanguage(code) : Promise.resolve(null)).then((workshopLanguage) => {
  const locale = initialLocale(navigator.languages, workshopLanguage);
  return locale === sourceLocale ? undefined : activateLocale(locale).catch(() => undefined);
});
void ready.then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
