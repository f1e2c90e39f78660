import { useEffect, useId, useRef, useState } from 'react';
import { ReactionButtons } from './ReactionButtons.js';
import type { ReactionId } from './reactions.js';
import { SoundToggle } from './SoundToggle.js';
import { SmileIcon } from './icons.js';
import liveMessages from 'virtual:messages/en/live';
import { addEnglish, useI18n } from '../i18n/index.js';

addEnglish(liveMessages);

interface Props {
  onReact: (reaction: ReactionId) => void;
  sound: boolean;
  onSound: (on: boolean) => void;
}

/**
 * "Reactions": a small panel under the button with the emoji, and the timer's chime. It stays
 * open while someone reacts several times; Escape or a click elsewhere closes it, and Escape
 * gives focus back to the button.
 */
export function ReactionMenu({ onReact, sound, onSound }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);

  return (
    <div className="reaction-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="live-icon-button"
        aria-label={t('live.reactions.button')}
        aria-expanded={open}
        aria-controls={id}
        title={t('live.reactions.hint')}
        onClick={() => setOpen(!open)}
      >
        <SmileIcon />
      </button>
      <div id={id} className="reaction-popover" hidden={!open}>
        <ReactionButtons onReact={onReact} />
        <SoundToggle on={sound} onChange={onSound} />
      </div>
    </div>
  );
}
