import { useEffect, useState } from 'react';

/**
 * A count of the web fonts the page has finished loading. Chromium can keep drawing the
 * character that started a font's download (an emoji, with the emoji font we serve) as an empty
 * box after the font arrives: text keyed by this count is drawn afresh once it is in.
 */
export function useFontLoads(): number {
  const [loads, setLoads] = useState(0);
  useEffect(() => {
    const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
    if (!fonts) return;
    const done = () => setLoads((n) => n + 1);
    fonts.addEventListener('loadingdone', done);
    return () => fonts.removeEventListener('loadingdone', done);
  }, []);
  return loads;
}
