import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api.js';
import type { Place } from '../collab/index.js';
import type { WorkshopDetail } from '../apiTypes.js';
import { ControlConnector, type FetchedDetail } from './ControlConnector.js';
import type { LiveWorkshop } from './liveContext.js';

interface Props {
  workshopId: string;
  place: Place | null;
  onLive: (live: LiveWorkshop | null) => void;
}

/**
 * Fetches the workshop (its control document's id, boards, groups, people) and then connects
 * to the control document. `reload(forKey)` fetches it again and notes which live state the
 * answer is fresh for; only the latest request counts.
 */
export function LiveConnector({ workshopId, place, onLive }: Props) {
  const [detail, setDetail] = useState<FetchedDetail | null>(null);
  const latest = useRef(0);

  const reload = useCallback(
    (forKey: string | null) => {
      const request = ++latest.current;
      api.get<WorkshopDetail>(`/api/workshops/${encodeURIComponent(workshopId)}`).then(
        (data) => {
          if (request === latest.current) setDetail({ data, forKey });
        },
        () => {
          // The pages show their own errors; the live parts wait for the next change to try again.
        },
      );
    },
    [workshopId],
  );

  useEffect(() => {
    reload(null);
    // Answers arriving after this connector is gone are ignored.
    const requests = latest;
    return () => {
      requests.current++;
    };
  }, [reload]);

  useEffect(() => () => onLive(null), [onLive]);

  if (!detail) return null;
  return <ControlConnector workshopId={workshopId} detail={detail} reload={reload} place={place} onLive={onLive} />;
}
