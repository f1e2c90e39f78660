import type { ReactNode } from 'react';

/** The value a message's placeholder takes where an element goes: `{ startPage: inside }`. */
export const inside = '\u0000';

/**
 * A message with one element inside it (a link, a bold name, a key), where the language's word
 * order puts it: the message is written with `inside` for that placeholder, and the element
 * takes its place (JoinPage.tsx, SignInPage.tsx show how, with a link).
 */
export function WithInside({ message, children }: { message: string; children: ReactNode }) {
  const [before = '', after = ''] = message.split(inside);
  return (
    <>
      {before}
      {children}
      {after}
    </>
  );
}
