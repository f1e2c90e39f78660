import type { ReactNode } from 'react';
import { messageOf } from '../api.js';

/**
 * A failure, said plainly. The server's messages already say what to do; `children` can add
 * a next step (a link). Announced to screen readers as it appears.
 */
export function ErrorNotice({ error, title, children }: { error: unknown; title?: string; children?: ReactNode }) {
  return (
    <div role="alert" className="notice notice-error">
      {title && <p className="notice-title">{title}</p>}
      <p>{typeof error === 'string' ? error : messageOf(error)}</p>
      {children}
    </div>
  );
}
