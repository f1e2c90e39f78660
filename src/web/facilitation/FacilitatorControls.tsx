import { FacilitatorBar } from './FacilitatorBar.js';
import { useLive } from './liveContext.js';

/** The facilitator bar, for facilitators only, once the live workshop is connected. */
export function FacilitatorControls({ mode }: { mode: 'panel' | 'dock' | 'float' }) {
  const live = useLive();
  if (!live || live.me.role !== 'facilitator') return null;
  return <FacilitatorBar live={live} mode={mode} />;
}
