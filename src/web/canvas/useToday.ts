import { useEffect, useState } from 'react';
import { todayIso } from './dates.js';

/**
 * Today's date from the browser clock, checked once a minute so that a canvas left open
 * overnight (a projector in a meeting room) turns "review due" into "overdue" by itself.
 */
export function useToday(): string {
  const [today, setToday] = useState(() => todayIso());
  useEffect(() => {
    const timer = window.setInterval(() => setToday(todayIso()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return today;
}
