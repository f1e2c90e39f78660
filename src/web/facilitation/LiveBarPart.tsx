import { lazy, Suspense } from 'react';
import { messagesFor } from '../i18n/index.js';
import { useLive } from './liveContext.js';

const Bar = lazy(() => messagesFor(import('./LiveBar.js')).then((m) => ({ default: m.LiveBar })));

/**
 * The live bar (LiveBar), its code fetched once the live workshop is connected: before that
 * it shows nothing anyway, so a page's first picture does not wait for it.
 */
export function LiveBarPart() {
  const live = useLive();
  if (!live) return null;
  return (
    <Suspense fallback={null}>
      <Bar />
    </Suspense>
  );
}
