import editorMessages from 'virtual:messages/en/map.editor';
import { useState, type RefObject } from 'react';
import type { MapExportFormat } from '../../../domain/formats/index.js';
import type { Actor } from '../../../domain/map/index.js';
import { addEnglish, useI18n } from '../../i18n/index.js';
import { mapExportChoices } from '../export/exportMap.js';
import type { FullScreen } from '../hooks/useFullScreen.js';
import type { LayoutMode, LayoutStatus } from '../layout/useAutoLayout.js';
import type { MapUndo } from '../hooks/useMapUndo.js';
import { MenuButton } from './MenuButton.js';
import { SearchBox } from './SearchBox.js';

addEnglish(editorMessages);

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
  const { t } = useI18n();
  return (
    <div className={more ? 'map-toolbar map-toolbar-more' : 'map-toolbar'} role="group" aria-label={t('map.editor.tools')}>
      {canEdit && (
        <div className="map-toolbar-group">
          <button
            type="button"
            className="button button-small button-primary"
            onClick={props.onAddActor}
            title={t('map.editor.shortcut', { key: 'A' })}
          >
            <PlusIcon /> {t('map.editor.addActor')}
          </button>
          <button type="button" className="button button-small" onClick={props.onAddNote} title={t('map.editor.shortcut', { key: 'N' })}>
            {/* On a phone only the short word shows ("+ Note"); the button's name stays the long one. */}
            <PlusIcon /> <span className="map-tool-long">{t('map.editor.addNote')}</span>
            <span className="map-tool-short" aria-hidden="true">
              {t('map.editor.addNote.short')}
            </span>
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
            title={t('map.editor.undo.hint')}
          >
            {t('map.editor.undo')}
          </button>
          <button
            type="button"
            className="button button-small button-quiet map-tool-extra"
            onClick={undo.redo}
            disabled={!undo.canRedo}
            title={t('map.editor.redo.hint')}
          >
            {t('map.editor.redo')}
          </button>
          <button
            type="button"
            className="button button-small button-quiet map-tool-extra"
            onClick={props.onDelete}
            disabled={!props.hasSelection}
            title={t('map.editor.delete.hint')}
          >
            {t('map.editor.delete')}
          </button>
        </div>
      )}
      <div className={canEdit ? 'map-toolbar-search map-tool-extra' : 'map-toolbar-search'}>
        <SearchBox ref={props.searchRef} actors={props.actors} onFound={props.onFound} />
      </div>
      <div className="map-toolbar-group map-tool-extra">
        <button
          type="button"
          className="button button-small button-quiet"
          onClick={props.onFit}
          title={t('map.editor.shortcut', { key: 'F' })}
        >
          {t('map.editor.zoomToFit')}
        </button>
        {props.fullScreen.supported && (
          <button
            type="button"
            className="button button-small button-quiet"
            onClick={props.fullScreen.toggle}
            aria-pressed={props.fullScreen.on}
            title={props.fullScreen.on ? t('map.editor.fullScreen.leave') : t('map.editor.fullScreen.hint')}
          >
            {t('map.editor.fullScreen')}
          </button>
        )}
        {canEdit && props.onLayout && (
          <MenuButton
            label={t('map.editor.layout')}
            items={[
              {
                label: t('map.editor.layout.new'),
                hint: props.unplaced === 0 ? t('map.editor.layout.allPlaced') : t('map.editor.layout.unplaced', { count: props.unplaced }),
                disabled: props.unplaced === 0 || layout?.busy,
                onSelect: () => props.onLayout?.('new'),
              },
              {
                label: t('map.editor.layout.all'),
                hint: t('map.editor.layout.all.hint'),
                disabled: layout?.busy,
                onSelect: () => props.onLayout?.('all'),
              },
            ]}
          />
        )}
        {props.onExport && (
          <MenuButton
            label={t('map.editor.export')}
            items={mapExportChoices.map((choice) => ({
              label: t(choice.labelKey),
              hint: props.exporting ? t('map.editor.export.wait') : t(choice.hintKey),
              disabled: props.exporting,
              onSelect: () => props.onExport?.(choice.format),
            }))}
          />
        )}
      </div>
      <button type="button" className="button button-small button-quiet map-tools-more" aria-expanded={more} onClick={() => setMore(!more)}>
        {more ? t('map.editor.fewer') : t('map.editor.more')}
      </button>
    </div>
  );
}
