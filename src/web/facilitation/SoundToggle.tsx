import { useId } from 'react';

/** Turns the soft end-of-time chime on for this device (off by default; see useSoundPreference). */
export function SoundToggle({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  const id = useId();
  return (
    <div className="check">
      <input id={id} type="checkbox" checked={on} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>Soft chime on this device when time is up</label>
    </div>
  );
}
