import { useId } from 'react';
import liveMessages from 'virtual:messages/en/live';
import { addEnglish, useI18n } from '../i18n/index.js';

addEnglish(liveMessages);

/** Turns the soft end-of-time chime on for this device (off by default; see useSoundPreference). */
export function SoundToggle({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="check">
      <input id={id} type="checkbox" checked={on} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{t('live.sound')}</label>
    </div>
  );
}
