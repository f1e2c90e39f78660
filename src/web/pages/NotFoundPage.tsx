import { Link } from 'wouter';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';

/** Any address the app does not know. */
export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <section className="panel narrow">
      <h1 id="not-found-title">This page does not exist</h1>
      <p>The address may be mistyped, or the link may be out of date.</p>
      <ul className="link-list">
        <li>
          <Link href="/">Go to the start page</Link>
        </li>
        <li>If you were sent an invite link, open it again exactly as it was sent.</li>
      </ul>
    </section>
  );
}
