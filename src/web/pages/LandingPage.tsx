import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { inviteCodeFrom } from '../inviteLink.js';

/** `/`: what the tool is, and the two ways in: an invite link, or a facilitator account. */
export function LandingPage() {
  useDocumentTitle(null);
  const [, navigate] = useLocation();
  const [link, setLink] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  function open(event: FormEvent) {
    event.preventDefault();
    const code = inviteCodeFrom(link);
    if (!code) {
      setProblem('This does not look like an invite link. A link looks like https://…/join/ followed by a code: paste the whole link.');
      return;
    }
    navigate(`/join/${encodeURIComponent(code)}`);
  }

  return (
    <div className="landing">
      <section className="hero">
        <h1 id="landing-title">Open Cities Studio</h1>
        <p className="lead">
          Run open cities data workshops. Bring councils, the fire service, universities and community groups together to map a project's
          data ecosystem, work through a data ethics canvas, and reflect on what to keep, change and improve.
        </p>
      </section>

      <div className="two-columns">
        <section className="panel">
          <h2 id="invite-title">Join a workshop</h2>
          <p>No account needed: you join with your name and your organisation.</p>
          <form onSubmit={open} noValidate>
            <div className="field">
              <label htmlFor="invite-link">Have an invite link? Paste it</label>
              <input
                id="invite-link"
                type="text"
                inputMode="url"
                autoComplete="off"
                spellCheck={false}
                value={link}
                onChange={(e) => {
                  setLink(e.target.value);
                  setProblem(null);
                }}
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? 'invite-link-problem' : undefined}
                required
              />
              {problem && (
                <p id="invite-link-problem" className="field-error" role="alert">
                  {problem}
                </p>
              )}
            </div>
            <button type="submit" className="button button-primary">
              Open invite
            </button>
          </form>
        </section>

        <section className="panel">
          <h2 id="facilitate-title">Running a workshop?</h2>
          <p>Facilitators create workshops, invite people, split them into groups and run the agenda.</p>
          <p>
            <Link href="/signin" className="button">
              Facilitator sign in
            </Link>
          </p>
        </section>

        <section className="panel">
          <h2 id="book-a-workshop">Want a workshop for your city?</h2>
          <p>Ask for a cities workshop, a data ecosystem mapping session or data ethics training; the facilitators answer by e-mail.</p>
          <p>
            <Link href="/book" className="button">
              Book a workshop
            </Link>
          </p>
        </section>
      </div>

      <section>
        <h2 id="how-title">How a workshop works</h2>
        <ol className="steps">
          <li>
            <strong>Map the data ecosystem</strong> of each project together: who holds, contributes, re-uses and benefits from which data.
          </li>
          <li>
            <strong>Work through a data ethics canvas</strong> for the same project.
          </li>
          <li>
            <strong>Reflect</strong>, privately in your group: what to keep, what to change completely, what to improve.
          </li>
          <li>
            <strong>Take away a report</strong>, the maps and canvases in open formats, and the findings worked out from the map.
          </li>
        </ol>
      </section>
    </div>
  );
}
