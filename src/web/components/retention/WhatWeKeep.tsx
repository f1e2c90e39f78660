import { useResource } from '../../hooks/useResource.js';

interface Policy {
  minMonths: number;
  maxMonths: number;
  defaultMonths: number;
}

/**
 * What the join page says is kept (SPEC K5): what, why, for how long, who sees it. The period is
 * the installation's (GET /api/retention-policy); the workshop home then gives the exact date.
 */
export function WhatWeKeep() {
  const policy = useResource<Policy>('/api/retention-policy');
  const months = policy.status === 'ok' ? policy.data : null;
  return (
    <section className="notice notice-info kept-notice" aria-labelledby="kept-title">
      <h2 id="kept-title" className="notice-title">
        What we keep, and for how long
      </h2>
      <ul>
        <li>
          <strong>What:</strong> your name, your organisation and what you write on the boards.
        </li>
        <li>
          <strong>Why:</strong> so the people in this workshop know who said what, and the facilitators can write up what the workshop
          found.
        </li>
        <li>
          <strong>Who sees it:</strong> the people in this workshop see your name and organisation beside your notes; the facilitators see
          everyone&rsquo;s. Your reflection is private to your group and the facilitators, and a report never names who wrote it.
        </li>
        <li>
          <strong>For how long:</strong> the workshop and everything in it is deleted{' '}
          {months
            ? `${months.defaultMonths} months after its last activity, unless the facilitator chose another period (from ${months.minMonths} to ${months.maxMonths} months)`
            : 'a set number of months after its last activity'}
          . You can remove your name and organisation at any time from the workshop page; your notes then stay without your name.
        </li>
      </ul>
    </section>
  );
}
