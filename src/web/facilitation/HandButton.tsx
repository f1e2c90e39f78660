import type { Hand } from '../collab/index.js';
import { HandIcon } from './icons.js';
import liveMessages from 'virtual:messages/en/live';
import { addEnglish, useI18n } from '../i18n/index.js';

addEnglish(liveMessages);

/**
 * Raise or lower my hand; facilitators see hands in order, the first up first. Its name says
 * what it does now ("Raise hand", "Lower hand"), and a raised hand also shows in its look.
 */
export function HandButton({ hand }: { hand: Hand }) {
  const { t } = useI18n();
  if (!hand.canRaise) return null;
  const label = hand.raised ? t('live.hand.lower') : t('live.hand.raise');
  return (
    <button
      type="button"
      className={`live-icon-button hand-button${hand.raised ? ' hand-up' : ''}`}
      aria-label={label}
      title={hand.raised ? t('live.hand.upHint') : t('live.hand.raiseHint')}
      onClick={hand.raised ? hand.lower : hand.raise}
    >
      <HandIcon />
      {hand.raised && <span className="hand-up-mark" aria-hidden="true" />}
    </button>
  );
}
