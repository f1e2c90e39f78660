import { Fragment, type ReactNode } from 'react';

/** The value a message's placeholder takes where an element goes: `{ startPage: inside }`. */
export const inside = '\u0000';
/** The value for a second element in the same message (`WithInside`'s `second`). */
export const insideSecond = '\u0001';

/**
 * A message with an element inside it (a link, a bold name, a key), where the language's word
 * order puts it: the message is written with `inside` for that placeholder, and the element
 * takes its place (JoinPage.tsx, SignInPage.tsx show how, with a link). A message with two
 * ("A and B", each in bold) gives the second's placeholder `insideSecond` and the element as
 * `second`; a language may put it first.
 */
export function WithInside({ message, children, second }: { message: string; children: ReactNode; second?: ReactNode }) {
  return (
    <>
      {message
        .split(/(\u0000|\u0001)/)
        .map((part, i) =>
          part === inside ? <Fragment key={i}>{children}</Fragment> : part === insideSecond ? <Fragment key={i}>{second}</Fragment> : part,
        )}
    </>
  );
}
