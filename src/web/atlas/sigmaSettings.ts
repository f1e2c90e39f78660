import type { Settings } from 'sigma/settings';

/** The sigma settings of the atlas view, shared with the bench's bare sigma page so both draw alike. */
export const atlasSigmaSettings: Partial<Settings> = {
  allowInvalidContainer: true,
  defaultEdgeColor: '#c8cdd2',
  labelColor: { color: '#1d2329' },
  labelRenderedSizeThreshold: 9,
  labelDensity: 0.5,
  zIndex: true,
};
