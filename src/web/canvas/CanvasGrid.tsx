import { useMemo } from 'react';
import { canvasLayout, canvasThemes, type CanvasAction } from '../../domain/canvas/index.js';
import { useI18n } from '../i18n/index.js';
import { ActionsList } from './ActionsList.js';
import { themeLabel, themeSummary } from './canvasText.js';
import type { LinkedMap } from './LinkedMapConnection.js';
import { MapDatasets } from './MapDatasets.js';
import { SectionCard } from './SectionCard.js';
import type { LiveCanvas } from './useCanvasDoc.js';
import './canvasGrid.css';

interface Props {
  live: LiveCanvas;
  linkedMap: LinkedMap | null;
  mapsLoaded: boolean;
}

/**
 * All fifteen sections at once, one column per theme in the canvas's order (know, explore,
 * plan, integrate), like the printed canvas on a workshop wall. "Your actions" closes the
 * last column and lists every action on the canvas.
 */
export function CanvasGrid({ live, linkedMap, mapsLoaded }: Props) {
  useI18n(); // the themes' words, in the language shown now
  const { canvas } = live;
  const byId = useMemo(() => new Map(canvas.sections.map((s) => [s.id, s])), [canvas]);
  // The action made from each note, so the note can say it became one.
  const actionByNote = useMemo(() => {
    const out = new Map<string, CanvasAction>();
    for (const section of canvas.sections) for (const action of section.actions) if (action.fromNote) out.set(action.fromNote, action);
    return out;
  }, [canvas]);

  return (
    <div className="canvas-grid">
      {canvasThemes.map((theme) => (
        <section key={theme.id} className={`canvas-theme theme-${theme.id}`} aria-labelledby={`theme-${theme.id}-title`}>
          <div className="theme-head">
            <h2 id={`theme-${theme.id}-title`} className="theme-title">
              {themeLabel(theme.id)}
            </h2>
            <p className="theme-summary">{themeSummary(theme.id)}</p>
          </div>
          <div className="theme-sections">
            {canvasLayout
              .filter((info) => info.theme === theme.id)
              .map((info) => {
                const section = byId.get(info.id);
                if (!section) return null;
                return (
                  <SectionCard key={info.id} info={info} section={section} actionByNote={actionByNote}>
                    {info.id === 'data-sources' && <MapDatasets linkedMap={linkedMap} mapsLoaded={mapsLoaded} notes={section.notes} />}
                    {info.id === 'actions' && <ActionsList canvas={canvas} />}
                  </SectionCard>
                );
              })}
          </div>
        </section>
      ))}
    </div>
  );
}
