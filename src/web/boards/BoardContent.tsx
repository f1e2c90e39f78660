import { lazyPart } from '../ui/lazyPart.js';
import type { BoardContentProps } from './boardContentProps.js';
import { useReadyMap } from './useReadyMap.js';

export type { BoardContentProps } from './boardContentProps.js';

// Each kind's code is fetched when a board of that kind is first opened, not with the app: a
// person on a map board never downloads the canvas, and the workshop home downloads neither.
// The map editor brings React Flow and its d3 parts (about 90 kB gzip); the canvas the file
// format's checks and the map reader.
const MapBoard = lazyPart(() => import('../map/MapEditor.js').then((m) => m.MapEditor), 'the map editor');
const EthicsCanvas = lazyPart(() => import('../canvas/CanvasView.js').then((m) => m.CanvasView), 'the canvas');
const ReflectionBoard = lazyPart(() => import('../reflection/ReflectionBoard.js').then((m) => m.ReflectionBoard), 'the reflection board');
const QuickNotes = lazyPart(() => import('../quicknotes/QuickNotes.js').then((m) => m.QuickNotes), 'the notes');

/**
 * What a board shows, by kind: each kind's editor lives in its own folder (map/, canvas/,
 * reflection/) and takes its case here. Kinds without an editor yet show the quick notes.
 */
export function BoardContent(props: BoardContentProps) {
  switch (props.kind) {
    case 'ecosystem-map':
      return <MapBoardFirst {...props} />;
    case 'ethics-canvas':
      return <EthicsCanvas {...props} />;
    case 'reflection':
      return <ReflectionBoard {...props} />;
    default:
      return <QuickNotes {...props} />;
  }
}

/**
 * A map board: the map as the server reads it is asked for at once, beside the editor's code,
 * and drawn before Yjs and the live document load (the editor switches to the document once
 * it holds the board: `docReady`).
 */
function MapBoardFirst(props: BoardContentProps) {
  const readyMap = useReadyMap(props.boardId);
  return <MapBoard {...props} readyMap={readyMap} />;
}
