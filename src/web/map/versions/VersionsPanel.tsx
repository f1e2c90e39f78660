import { formatDayTime } from '../../ui/dates.js';
import { useId, useMemo, useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import { mapVersion, saveMapVersion, type MapVersionInfo } from '../../../doc/map/index.js';
import { mapChanges, mapLimits, type EcosystemMap } from '../../../domain/map/index.js';
import { newId } from '../../../shared/index.js';
import { messageOf } from '../../api.js';
import type { MapActions } from '../mapActions.js';
import { restoreWords } from './changeWords.js';
import { useMapVersions } from './useMapVersions.js';
import './versions.css';

const randomBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));

/** "6 Dec 2026, 09:30" in the reader's own language and time zone. */
const when = formatDayTime;

interface Props {
  doc: Y.Doc | null;
  /** The map as it is now, to say what restoring a version would change. */
  map: EcosystemMap;
  /** Null where this person cannot change the map (an observer, a locked or spotlit board): they read the list only. */
  actions: MapActions | null;
}

/**
 * The map's versions (SPEC H1–H6): save the map as it is now under a label, see every version
 * with its time (those saved at the end of an activity too), what restoring one would change,
 * and restore it, after a confirmation, as one change everyone sees and Undo takes back.
 */
export function VersionsPanel({ doc, map, actions }: Props) {
  const versions = useMapVersions(doc);
  const headingId = useId();
  const [open, setOpen] = useState<string | null>(null);
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const newestFirst = [...versions].reverse();

  if (!doc) return <p className="loading">Connecting to the map…</p>;
  return (
    <section className="map-side map-versions" aria-labelledby={`${headingId}-title`}>
      <div className="map-side-inner">
        <h2 className="map-panel-title" id={`${headingId}-title`}>
          Versions
        </h2>
        <p className="muted">
          A version keeps the map as it was at one moment. One is saved on each group’s map at the end of each activity; save your own
          before a big change.
        </p>
        {actions ? (
          <SaveVersion doc={doc} onDone={setStatus} />
        ) : (
          <p className="notice notice-info">
            You can look at the versions and compare them with the map, but not save or restore one here.
          </p>
        )}
        {status && (
          <p className={status.error ? 'field-error' : 'map-versions-status'} role={status.error ? 'alert' : 'status'}>
            {status.text}
          </p>
        )}
        <div className="map-panel-group">
          <h3>Saved versions ({versions.length})</h3>
          {versions.length === 0 ? (
            <p className="muted">None yet.</p>
          ) : (
            <ul className="map-versions-list" aria-label="Saved versions">
              {newestFirst.map((v) => (
                <VersionItem
                  key={v.id}
                  doc={doc}
                  version={v}
                  map={map}
                  actions={actions}
                  open={open === v.id}
                  onToggle={() => setOpen(open === v.id ? null : v.id)}
                  onDone={(s) => {
                    setStatus(s);
                    if (!s.error) setOpen(null);
                  }}
                />
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}

function SaveVersion({ doc, onDone }: { doc: Y.Doc; onDone: (status: { error: boolean; text: string }) => void }) {
  const id = useId();
  const [label, setLabel] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const name = label.trim();
    if (!name) return;
    try {
      saveMapVersion(doc, { id: newId(randomBytes, 'version'), label: name, savedAt: new Date().toISOString() });
      onDone({ error: false, text: `Saved the version “${name}”.` });
      setLabel('');
    } catch (e) {
      onDone({ error: true, text: `Could not save the version: ${messageOf(e)}` });
    }
  };
  return (
    <form className="map-inline-row" onSubmit={submit}>
      <label htmlFor={`${id}-label`} className="visually-hidden">
        Version label
      </label>
      <input
        id={`${id}-label`}
        type="text"
        autoComplete="off"
        placeholder="Label, e.g. before the merge"
        maxLength={mapLimits.shortText}
        value={label}
        onChange={(e) => setLabel(e.target.value)}
      />
      <button type="submit" className="button button-small" disabled={!label.trim()}>
        Save version
      </button>
    </form>
  );
}

interface ItemProps {
  doc: Y.Doc;
  version: MapVersionInfo;
  map: EcosystemMap;
  actions: MapActions | null;
  open: boolean;
  onToggle: () => void;
  onDone: (status: { error: boolean; text: string }) => void;
}

function VersionItem({ doc, version, map, actions, open, onToggle, onDone }: ItemProps) {
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const saved = useMemo(() => (open ? mapVersion(doc, version.id) : undefined), [doc, version.id, open]);
  const words = saved ? restoreWords(mapChanges(map, saved)) : [];

  const restore = () => {
    setConfirming(false);
    if (actions?.restoreVersion(version.id))
      onDone({ error: false, text: `Restored “${version.label}” for everyone. Undo (Ctrl+Z) brings back the map as it was before.` });
  };

  return (
    <li className="map-version">
      <button type="button" className="map-link-button" aria-expanded={open} aria-controls={`${id}-detail`} onClick={onToggle}>
        <span className="map-version-label">{version.label}</span>
        <span className="muted"> · {when(version.savedAt)}</span>
      </button>
      {open && (
        <div id={`${id}-detail`} className="map-version-detail">
          {!saved ? (
            <p className="field-error">This version cannot be read, so it cannot be restored.</p>
          ) : words.length === 0 ? (
            <p>The map is the same as this version.</p>
          ) : (
            <>
              <p>Restoring this version would:</p>
              <ul className="map-version-changes">
                {words.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </>
          )}
          {actions && saved && words.length > 0 && !confirming && (
            <button type="button" className="button button-small" onClick={() => setConfirming(true)}>
              Restore…
            </button>
          )}
          {confirming && (
            <div className="map-version-confirm" role="group" aria-label={`Restore “${version.label}”`}>
              <p>
                Everyone on this map sees it go back to “{version.label}”. You can take it back with Undo (Ctrl+Z); edits made after the
                restore are kept.
              </p>
              <div className="map-panel-actions">
                <button type="button" className="button button-small button-primary" onClick={restore}>
                  Restore this version
                </button>
                <button type="button" className="button button-small" onClick={() => setConfirming(false)}>
                  Cancel
                </button>
              </div>
            </div>
          )}
        </div>
      )}
    </li>
  );
}
