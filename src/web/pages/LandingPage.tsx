import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { productName, useDocumentTitle } from '../hooks/useDocumentTitle.js';
import landingMessages from 'virtual:messages/en/landing';
import { addEnglish, msg, useI18n, type MessageKey } from '../i18n/index.js';
import { inside, WithInside } from '../i18n/WithInside.js';
import { inviteCodeFrom } from '../inviteLink.js';

addEnglish(landingMessages);

/** "How a workshop works": each step's sentence and the words in it shown bold. */
const steps: readonly (readonly [MessageKey, MessageKey])[] = [
  [msg('landing.how.map'), msg('landing.how.map.strong')],
  [msg('landing.how.canvas'), msg('landing.how.canvas.strong')],
  [msg('landing.how.reflect'), msg('landing.how.reflect.strong')],
  [msg('landing.how.report'), msg('landing.how.report.strong')],
];

/** `/`: what the tool is, and the two ways in: an invite link, or a facilitator account. */
export function LandingPage() {
  const { t } = useI18n();
  useDocumentTitle(null);
  const [, navigate] = useLocation();
  const [link, setLink] = useState('');
  const [problem, setProblem] = useState(false);

  function open(event: FormEvent) {
    event.preventDefault();
    const code = inviteCodeFrom(link);
    if (!code) {
      setProblem(true);
      return;
    }
    navigate(`/join/${encodeURIComponent(code)}`);
  }

  return (
    <div className="landing">
      <section className="hero">
        <h1 id="landing-title">{productName}</h1>
        <p className="lead">{t('landing.lead')}</p>
      </section>

      <div className="two-columns">
        <section className="panel">
          <h2 id="invite-title">{t('landing.join.title')}</h2>
          <p>{t('landing.join.intro')}</p>
          <form onSubmit={open} noValidate>
            <div className="field">
              <label htmlFor="invite-link">{t('landing.join.label')}</label>
              <input
                id="invite-link"
                type="text"
                inputMode="url"
                autoComplete="off"
                spellCheck={false}
                value={link}
                onChange={(e) => {
                  setLink(e.target.value);
                  setProblem(false);
                }}
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? 'invite-link-problem' : undefined}
                required
              />
              {problem && (
                <p id="invite-link-problem" className="field-error" role="alert">
                  {t('landing.join.notALink')}
                </p>
              )}
            </div>
            <button type="submit" className="button button-primary">
              {t('landing.join.open')}
            </button>
          </form>
        </section>

        <section className="panel">
          <h2 id="facilitate-title">{t('landing.facilitate.title')}</h2>
          <p>{t('landing.facilitate.intro')}</p>
          <p>
            <Link href="/signin" className="button">
              {t('header.facilitatorSignIn')}
            </Link>
          </p>
        </section>

        <section className="panel">
          <h2 id="book-a-workshop">{t('landing.book.title')}</h2>
          <p>{t('landing.book.intro')}</p>
          <p>
            <Link href="/book" className="button">
              {t('landing.book.link')}
            </Link>
          </p>
        </section>
      </div>

      <section>
        <h2 id="how-title">{t('landing.how.title')}</h2>
        <ol className="steps">
          {steps.map(([step, strong]) => (
            <li key={step}>
              <WithInside message={t(step, { strong: inside })}>
                <strong>{t(strong)}</strong>
              </WithInside>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
