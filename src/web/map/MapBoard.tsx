import { lazy, Suspense } from 'react';
import { Loading } from '../components/Loading.js';
import type { MapEditorProps } from './MapEditor.js';

// The editor (React Flow, its d3 parts and the map's panels, about 90 kB gzip) is loaded the
// first time someone opens a map board, not with every page of the app.
const MapEditor = lazy(() => import('./MapEditor.js').then((module) => ({ default: module.MapEditor })));

/** The ecosystem map board: what BoardContent shows for the kind `ecosystem-map`. */
export function MapBoard(props: MapEditorProps) {
  return (
    <Suspense fallback={<Loading what="the map editor" />}>
      <MapEditor {...props} />
    </Suspense>
  );
}
