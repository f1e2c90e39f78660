import { useState, type RefObject } from 'react';
import type { MapExportFormat } from '../../../domain/formats/index.js';
import type { Actor } from '../../../domain/map/index.js';
import { mapExportChoices } from '../export/exportMap.js';
import type { FullScreen } from '../hooks/useFullScreen.js';
import type { LayoutMode, LayoutStatus } from '../layout/useAutoLayout.js';
import type { MapUndo } from '../hooks/useMapUndo.js';
import { MenuButton } from './MenuButton.js';
import { SearchBox } from './SearchBox.js';

interface Props {
  /** False for observers: only what reads the map is offered (search, zoom, export). */
  canEdit: boolean;
  actors: Actor[];
  unplaced: number;
  hasSelection: boolean;
  undo: MapUndo;
  layout: LayoutStatus;
  searchRef: RefObject<HTMLInputElement | null>;
  onAddActor: () => void;
  onAddNote: () => void;
  onDelete: () => void;
  onFound: (actor: Actor) => void;
  onFit: () => void;
  /** Laying out is done by the server: without a board (no server) it is not offered. */
  onLayout?: (mode: LayoutMode) => void;
  /** Absent: no Export menu (the board's id is not known). */
  onExport?: (format: MapExportFormat) => void;
  /** An export is being made or downloaded: the menu waits for it. */
  exporting: boolean;
  fullScreen: FullScreen;
}

function PlusIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <path d="M6 1h2v5h5v2H8v5H6V8H1V6h5z" fill="currentColor" />
    </svg>
  );
}

/**
 * The map's tools, each with its keyboard shortcut in its name's hint (title) and the legend.
 * On a phone only the first few show in one short row; "More" unfolds the rest (CSS hides
 * .map-tool-extra there while folded), so the tools do not take a quarter of the screen.
 */
export function MapToolbar(props: Props) {
  const { canEdit, undo, layout } = props;
  const [more, setMore] = useState(false);
  return (
    <div className={more ? 'map-toolbar map-toolbar-more' : 'map-toolbar'} role="group" aria-label="Map tools">
      {canEdit && (
        <div className="map-toolbar-group">
          <button type="button" className="button button-small button-primary" onClick={props.onAddActor} title="Shortcut: A">
            <PlusIcon /> Actor
          </button>
          <button type="button" className="button button-small" onClick={props.onAddNote} title="Shortcut: N">
            <PlusIcon /> <span className="map-tool-long">Sticky </span>
            <span className="map-tool-note">note</span>
          </button>
        </div>
      )}
      {canEdit && (
        <div className="map-toolbar-group">
          <button
            type="button"
            className="button button-small button-quiet"
            onClick={undo.undo}
            disabled={!undo.canUndo}
            title="Undo your last change (Ctrl+Z)"
          >
            Undo
          </button>
          <button
            type="button"
            className="button button-small button-quiet map-tool-extra"
            onClick={undo.redo}
            disabled={!undo.canRedo}
            title="Redo (Ctrl+Shift+Z)"
          >
            Redo
          </button>
          <button
            type="button"
            className="button button-small button-quiet map-tool-extra"
            onClick={props.onDelete}
            disabled={!props.hasSelection}
            title="Delete what is selected (Delete)"
          >
            Delete
          </button>
        </div>
      )}
      <div className={canEdit ? 'map-toolbar-search map-tool-extra' : 'map-toolbar-search'}>
        <SearchBox ref={props.searchRef} actors={props.actors} onFound={props.onFound} />
      </div>
      <div className="map-toolbar-group map-tool-extra">
        <button type="button" className="button button-small button-quiet" onClick={props.onFit} title="Shortcut: F">
          Zoom to fit
        </button>
        {props.fullScreen.supported && (
          <button
            type="button"
            className="button button-small button-quiet"
            onClick={props.fullScreen.toggle}
            aria-pressed={props.fullScreen.on}
            title={props.fullScreen.on ? 'Back to the page (Esc)' : 'The map on the whole screen, for a projector (Esc to leave)'}
          >
            Full screen
          </button>
        )}
        {canEdit && props.onLayout && (
          <MenuButton
            label="Layout"
            items={[
              {
                label: 'Tidy up: place new actors only',
                hint: props.unplaced === 0 ? 'Every actor has a place' : `${props.unplaced} without a place`,
                disabled: props.unplaced === 0 || layout?.busy,
                onSelect: () => props.onLayout?.('new'),
              },
              { label: 'Lay out everything', hint: 'Moves every actor', disabled: layout?.busy, onSelect: () => props.onLayout?.('all') },
            ]}
          />
        )}
        {props.onExport && (
          <MenuButton
            label="Export"
            items={mapExportChoices.map((choice) => ({
              label: choice.label,
              hint: props.exporting ? 'Wait for the export under way' : choice.hint,
              disabled: props.exporting,
              onSelect: () => props.onExport?.(choice.format),
            }))}
          />
        )}
      </div>
      <button type="button" className="button button-small button-quiet map-tools-more" aria-expanded={more} onClick={() => setMore(!more)}>
        {more ? 'Fewer' : 'More'}
      </button>
    </div>
  );
}
