import { Link } from 'wouter';

/**
 * What a person sees, on whatever workshop page they are, once a facilitator has removed them
 * (the server closed their live connection with PARTICIPANT_REMOVED): said plainly, with what
 * to do and a way out, rather than a board that silently stops working. The server's reason
 * repeats the heading, so only what follows it is shown.
 */
export function RemovedNotice({ reason }: { reason: string }) {
  const advice = reason.replace(/^You have been removed from this workshop\.\s*/, '');
  return (
    <section role="alert" className="notice notice-error removed-notice" aria-labelledby="removed-title">
      <h2 id="removed-title" className="notice-title">
        You have been removed from this workshop
      </h2>
      {advice && <p>{advice}</p>}
      <p>
        <Link href="/">Go to the start page</Link>
      </p>
    </section>
  );
}
