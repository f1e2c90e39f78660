import { useEffect, useState } from 'react';
import type { Role } from '../../domain/index.js';
import { datasetAccess, type Dataset, type DatasetAccess } from '../../domain/map/index.js';
import { readMap } from '../../doc/map/index.js';
import { useBoard } from '../collab/index.js';

/** What the canvas knows of its linked map board right now. */
/** The map a canvas links to, as the canvas shows it (CanvasGrid, MapDatasets). */
export interface LinkedMap {
  /** The map board's id, as the canvas's `map` setting holds it. */
  id: string;
  title: string | undefined;
  /** Whether it is one of this workshop's map boards that this person may open. */
  known: boolean;
  state: LinkedMapState | null;
}

export interface LinkedMapState {
  boardId: string;
  state: 'connecting' | 'live' | 'offline' | 'refused';
  /** Why the map cannot be read, when the server said. */
  reason?: string;
  /** The map's datasets, by name. */
  datasets: Dataset[];
  /** The access the map gives each dataset (by id): its own, else its data flows' (domain datasetAccess). */
  access: Record<string, DatasetAccess[]>;
}

interface Props {
  boardId: string;
  workshopId: string;
  me: { name: string; role: Role };
  onChange: (state: LinkedMapState) => void;
}

/**
 * A second live connection, to the linked ecosystem map, only to read its datasets (DESIGN:
 * "the data sources section then lists the map's datasets"). Nothing is ever written to the
 * map. It renders nothing: it is a component rather than a hook so that it can exist only
 * while a map is linked (a hook cannot be called conditionally).
 */
export function LinkedMapConnection({ boardId, workshopId, me, onChange }: Props) {
  // Reading the map's datasets from the canvas is not being on the map board: stay off its
  // "On this board" list.
  const { doc, status } = useBoard(boardId, workshopId, me, { announce: false });
  const [datasets, setDatasets] = useState<Dataset[]>([]);
  const [access, setAccess] = useState<Record<string, DatasetAccess[]>>({});

  useEffect(() => {
    if (!doc) return;
    const read = () => {
      const { map } = readMap(doc);
      setDatasets([...map.datasets].sort((a, b) => a.name.localeCompare(b.name)));
      setAccess(Object.fromEntries(map.datasets.map((d) => [d.id, datasetAccess(map, d.id)])));
    };
    read();
    doc.on('update', read);
    return () => doc.off('update', read);
  }, [doc]);

  useEffect(() => {
    const state = status.state === 'synced' ? 'live' : status.state;
    const reason = status.state === 'refused' || status.state === 'offline' ? status.reason : undefined;
    onChange({ boardId, state, datasets, access, ...(reason ? { reason } : {}) });
  }, [boardId, status, datasets, access, onChange]);

  return null;
}
