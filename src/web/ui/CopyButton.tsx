import { useEffect, useRef, useState, type RefObject } from 'react';
import copyMessages from 'virtual:messages/en/facilitator.copy';
import { addEnglish, useI18n } from '../i18n/index.js';

addEnglish(copyMessages);

type Outcome = 'idle' | 'copied' | 'selected';

/** Puts `text` on the clipboard; where the browser refuses, selects `source` for Ctrl+C. */
async function copy(text: string, source: RefObject<HTMLElement | null>): Promise<Outcome> {
  // navigator.clipboard exists only on https or localhost; a server on a LAN address is neither.
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return 'copied';
    } catch {
      // Permission refused: fall through to selecting the text.
    }
  }
  const element = source.current;
  const selection = window.getSelection();
  if (!element || !selection) return 'selected';
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
  // Deprecated, but the only way to copy without the async clipboard API.
  return document.execCommand('copy') ? 'copied' : 'selected';
}

/**
 * A Copy button with a visible, announced confirmation. `label` names what is copied for
 * screen readers ("Copy participant link for Group 1"); `source` is the element showing the
 * text, selected as a fallback.
 */
export function CopyButton({ text, label, source }: { text: string; label: string; source: RefObject<HTMLElement | null> }) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<Outcome>('idle');
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  async function onClick() {
    const result = await copy(text, source);
    setOutcome(result);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setOutcome('idle'), 4000);
  }

  return (
    <span className="copy">
      <button type="button" className="button button-small" aria-label={label} onClick={() => void onClick()}>
        {t('facilitator.copy.button')}
      </button>
      <span role="status" className="copy-status">
        {outcome === 'copied' && `✓ ${t('facilitator.copy.copied')}`}
        {outcome === 'selected' && t('facilitator.copy.selected')}
      </span>
    </span>
  );
}
