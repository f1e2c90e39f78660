import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { useI18n } from '../i18n/index.js';
import { SiteHeader } from './SiteHeader.js';

/**
 * The frame of every page: a skip link, the header and the main landmark (a board page has
 * the main landmark alone). After moving to another page, focus goes to the main content, as a
 * full page load would put it at the top.
 */
export function Layout({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const { t } = useI18n();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [location]);

  // A board is a full-window workspace with its own slim header (workspace/WorkspaceHeader):
  // no site header or footer takes height from it.
  const workspace = location.startsWith('/b/');
  if (workspace)
    return (
      <main id="main" ref={main} tabIndex={-1} className="workspace-main">
        {children}
      </main>
    );

  return (
    <>
      <a className="skip-link" href="#main">
        {t('layout.skipLink')}
      </a>
      <SiteHeader />
      <main id="main" ref={main} tabIndex={-1} className="site-main">
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('layout.footer')}</p>
      </footer>
    </>
  );
}
