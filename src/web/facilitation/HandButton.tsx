import type { Hand } from '../collab/index.js';
import { HandIcon } from './icons.js';

/**
 * Raise or lower my hand; facilitators see hands in order, the first up first. Its name says
 * what it does now ("Raise hand", "Lower hand"), and a raised hand also shows in its look.
 */
export function HandButton({ hand }: { hand: Hand }) {
  if (!hand.canRaise) return null;
  const label = hand.raised ? 'Lower hand' : 'Raise hand';
  return (
    <button
      type="button"
      className={`live-icon-button hand-button${hand.raised ? ' hand-up' : ''}`}
      aria-label={label}
      title={hand.raised ? 'Your hand is up. Press to lower it.' : 'Raise your hand'}
      onClick={hand.raised ? hand.lower : hand.raise}
    >
      <HandIcon />
      {hand.raised && <span className="hand-up-mark" aria-hidden="true" />}
    </button>
  );
}
