import type { ReactNode } from 'react';

/** A short label beside an item (a board kind, "Read only"). Text, so never colour alone. */
export function Badge({ children, tone = 'neutral' }: { children: ReactNode; tone?: 'neutral' | 'accent' | 'warning' }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
