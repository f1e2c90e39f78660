import { useCallback, useState } from 'react';
import { primeSound } from './softBeep.js';

const key = 'ocs-timer-sound';

function stored(): boolean {
  try {
    return window.localStorage.getItem(key) === 'on';
  } catch {
    return false;
  }
}

/**
 * Whether this device chimes when a timer ends: off unless the person turns it on (a room
 * full of laptops chiming at once is not gentle). Remembered on the device.
 */
export function useSoundPreference(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(stored);
  const set = useCallback((next: boolean) => {
    if (next) primeSound();
    try {
      window.localStorage.setItem(key, next ? 'on' : 'off');
    } catch {
      // Not remembered after a reload; still on for now.
    }
    setOn(next);
  }, []);
  return [on, set];
}
