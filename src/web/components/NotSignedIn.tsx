import { Link } from 'wouter';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';

/** What a page that needs a session shows to someone without one. */
export function NotSignedIn() {
  useDocumentTitle("You're not signed in");
  return (
    <section className="panel narrow">
      <h1 id="not-signed-in">You're not signed in</h1>
      <p>To open a workshop, use the invite link your facilitator sent you, or sign in if you run workshops.</p>
      <ul className="link-list">
        <li>
          <Link href="/">Paste an invite link</Link>
        </li>
        <li>
          <Link href="/signin">Facilitator sign in</Link>
        </li>
      </ul>
    </section>
  );
}
