/**
 * Icons drawn here rather than emoji: an emoji needs a colour emoji font, which many Linux
 * machines (a projector's laptop among them) lack, and then shows as an empty box. Sized to
 * the text around them, in its colour; always beside words or inside a named button.
 */

/** A raised hand. */
export function HandIcon() {
  return (
    <svg className="text-icon" viewBox="0 0 16 16" width="1em" height="1em" fill="currentColor" aria-hidden="true" focusable="false">
      <rect x="5.1" y="2.4" width="1.8" height="7.5" rx="0.9" />
      <rect x="7.2" y="1" width="1.8" height="8.5" rx="0.9" />
      <rect x="9.3" y="1.6" width="1.8" height="8" rx="0.9" />
      <rect x="11.4" y="3.2" width="1.8" height="6.8" rx="0.9" />
      <path d="M5.1 8h8.1v2.6c0 2.6-1.9 4.6-4.3 4.6-1.6 0-2.8-.8-3.6-2L2.3 9.9a1 1 0 0 1 1.5-1.3L5.1 10z" />
    </svg>
  );
}

/** A smiling face, for the menu of reactions. */
export function SmileIcon() {
  return (
    <svg
      className="text-icon"
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="8" cy="8" r="6.5" />
      <path d="M5.3 9.6c.7 1 1.6 1.5 2.7 1.5s2-.5 2.7-1.5" />
      <circle cx="5.8" cy="6.3" r="0.4" fill="currentColor" />
      <circle cx="10.2" cy="6.3" r="0.4" fill="currentColor" />
    </svg>
  );
}
