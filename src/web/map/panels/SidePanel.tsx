import '../findings/findings.css';
import panelMessages from 'virtual:messages/en/map.panel';
import type { RefObject } from 'react';
import type { Position } from '../../../domain/map/index.js';
import { addEnglish, useI18n } from '../../i18n/index.js';
import { selectionOf } from '../selection.js';
import { ActorPanel } from './ActorPanel.js';
import { DatasetPanel } from './DatasetPanel.js';
import { FlowPanel } from './FlowPanel.js';
import { MultiPanel } from './MultiPanel.js';
import { NoteComposer } from './NoteComposer.js';
import { NotePanel } from './NotePanel.js';
import { OverviewPanel } from './OverviewPanel.js';
import { usePanel } from './PanelContext.js';

addEnglish(panelMessages);

export type PanelView = { kind: 'selection' } | { kind: 'dataset'; id: string } | { kind: 'compose'; target?: string };

interface Props {
  view: PanelView;
  selected: ReadonlySet<string>;
  author: string;
  freeSpot: () => Position;
  onComposed: (noteId?: string) => void;
  onCopy: () => void;
  /** The "Findings" toggle at the top of the panel (findings/FindingsPanel.tsx opens beside it). */
  findings?: { open: boolean; onToggle: () => void; toggleRef: RefObject<HTMLButtonElement | null> };
}

/** The panel beside the map: what is selected (or a dataset, or a new note), in full, to read or change. */
export function SidePanel({ view, selected, author, freeSpot, onComposed, onCopy, findings }: Props) {
  const { map } = usePanel();
  const { t } = useI18n();
  return (
    <section className="map-side" aria-label={t('map.panel.details')}>
      {findings && (
        <div className="map-side-tools">
          <button
            type="button"
            className="button button-small button-quiet"
            ref={findings.toggleRef}
            aria-pressed={findings.open}
            onClick={findings.onToggle}
            title={t('map.panel.findings.hint')}
          >
            {t('map.panel.findings')}
          </button>
        </div>
      )}
      <div className="map-side-inner">{content()}</div>
    </section>
  );

  function content() {
    if (view.kind === 'compose') return <NoteComposer target={view.target} author={author} freeSpot={freeSpot} onDone={onComposed} />;
    if (view.kind === 'dataset') {
      const dataset = map.datasets.find((d) => d.id === view.id);
      if (dataset) return <DatasetPanel key={dataset.id} dataset={dataset} />;
    }
    const selection = selectionOf(map, selected);
    const count = selection.actors.length + selection.flows.length + selection.notes.length;
    if (count > 1) return <MultiPanel selection={selection} onCopy={onCopy} />;
    const actor = map.actors.find((a) => a.id === selection.actors[0]);
    if (actor) return <ActorPanel key={actor.id} actor={actor} />;
    const flow = map.flows.find((f) => f.id === selection.flows[0]);
    if (flow) return <FlowPanel key={flow.id} flow={flow} />;
    const note = map.notes.find((n) => n.id === selection.notes[0]);
    if (note) return <NotePanel key={note.id} note={note} />;
    return <OverviewPanel />;
  }
}
