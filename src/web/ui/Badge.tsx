import type { ReactNode } from 'react';

/** A short label beside an item (a board kind, "Read only"). Text, so never colour alone. */
export function Badge({
  children,
  tone = 'neutral',
  className,
}: {
  children: ReactNode;
  tone?: 'neutral' | 'accent' | 'warning';
  className?: string;
}) {
  return <span className={`badge badge-${tone}${className ? ` ${className}` : ''}`}>{children}</span>;
}
