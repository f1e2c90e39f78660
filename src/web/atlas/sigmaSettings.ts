import type { Settings } from 'sigma/settings';
import { drawAtlasHover, drawAtlasLabel } from './atlasLabels.js';

/** The sigma settings of the atlas view, shared with the bench's bare sigma page so both draw alike. */
export const atlasSigmaSettings: Partial<Settings> = {
  allowInvalidContainer: true,
  defaultEdgeColor: '#c8cdd2',
  labelColor: { color: '#1d2329' },
  labelRenderedSizeThreshold: 9,
  labelDensity: 0.5,
  zIndex: true,
  // Labels stay inside the graph's box: on a phone a label at the right edge was cut off.
  defaultDrawNodeLabel: drawAtlasLabel,
  defaultDrawNodeHover: drawAtlasHover,
};
