import { lazy, Suspense } from 'react';
import { messagesFor } from '../i18n/index.js';
import { useLive } from './liveContext.js';

// Loaded only for a facilitator: a participant's or observer's page never asks for it.
const FacilitatorBar = lazy(() => messagesFor(import('./FacilitatorBar.js')).then((m) => ({ default: m.FacilitatorBar })));

/** The facilitator bar, for facilitators only, once the live workshop is connected. */
export function FacilitatorControls({ mode }: { mode: 'panel' | 'dock' | 'float' }) {
  const live = useLive();
  if (!live || live.me.role !== 'facilitator') return null;
  return (
    <Suspense fallback={null}>
      <FacilitatorBar live={live} mode={mode} />
    </Suspense>
  );
}
