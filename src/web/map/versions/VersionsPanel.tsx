import versionMessages from 'virtual:messages/en/map.versions';
import { formatDayTime } from '../../ui/dates.js';
import { useId, useMemo, useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import { mapVersion, saveMapVersion, type MapVersionInfo } from '../../../doc/map/index.js';
import { mapChanges, mapLimits, type EcosystemMap } from '../../../domain/map/index.js';
import { newId } from '../../../shared/index.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';
import { addEnglish, translate, useI18n } from '../../i18n/index.js';
import type { MapActions } from '../mapActions.js';
import { restoreWords } from './changeWords.js';
import { useMapVersions } from './useMapVersions.js';
import './versions.css';

addEnglish(versionMessages);

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

/** What saving or restoring said: words to say while drawing, so they follow a change of language (a refusal by its code). */
interface Status {
  error: boolean;
  say: () => string;
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
  const [status, setStatus] = useState<Status | null>(null);
  const newestFirst = [...versions].reverse();
  const { t } = useI18n();

  if (!doc) return <p className="loading">{t('map.versions.connecting')}</p>;
  return (
    <section className="map-side map-versions" aria-labelledby={`${headingId}-title`}>
      <div className="map-side-inner">
        <h2 className="map-panel-title" id={`${headingId}-title`}>
          {t('map.versions.title')}
        </h2>
        <p className="muted">{t('map.versions.about')}</p>
        {actions ? <SaveVersion doc={doc} onDone={setStatus} /> : <p className="notice notice-info">{t('map.versions.readOnly')}</p>}
        {status && (
          <p className={status.error ? 'field-error' : 'map-versions-status'} role={status.error ? 'alert' : 'status'}>
            {status.say()}
          </p>
        )}
        <div className="map-panel-group">
          <h3>{t('map.versions.saved', { count: versions.length })}</h3>
          {versions.length === 0 ? (
            <p className="muted">{t('map.versions.none')}</p>
          ) : (
            <ul className="map-versions-list" aria-label={t('map.versions.list')}>
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

function SaveVersion({ doc, onDone }: { doc: Y.Doc; onDone: (status: Status) => void }) {
  const id = useId();
  const { t } = useI18n();
  const [label, setLabel] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const name = label.trim();
    if (!name) return;
    try {
      saveMapVersion(doc, { id: newId(randomBytes, 'version'), label: name, savedAt: new Date().toISOString() });
      onDone({ error: false, say: () => translate('map.versions.savedOne', { name }) });
      setLabel('');
    } catch (e) {
      onDone({ error: true, say: () => translate('map.versions.notSaved', { reason: apiErrorText(e) }) });
    }
  };
  return (
    <form className="map-inline-row" onSubmit={submit}>
      <label htmlFor={`${id}-label`} className="visually-hidden">
        {t('map.versions.label')}
      </label>
      <input
        id={`${id}-label`}
        type="text"
        autoComplete="off"
        placeholder={t('map.versions.label.placeholder')}
        maxLength={mapLimits.shortText}
        value={label}
        onChange={(e) => setLabel(e.target.value)}
      />
      <button type="submit" className="button button-small" disabled={!label.trim()}>
        {t('map.versions.save')}
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
  onDone: (status: Status) => void;
}

function VersionItem({ doc, version, map, actions, open, onToggle, onDone }: ItemProps) {
  const id = useId();
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const saved = useMemo(() => (open ? mapVersion(doc, version.id) : undefined), [doc, version.id, open]);
  const words = saved ? restoreWords(mapChanges(map, saved)) : [];

  const restore = () => {
    setConfirming(false);
    if (actions?.restoreVersion(version.id))
      onDone({ error: false, say: () => translate('map.versions.restored', { name: version.label }) });
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
            <p className="field-error">{t('map.versions.unreadable')}</p>
          ) : words.length === 0 ? (
            <p>{t('map.versions.same')}</p>
          ) : (
            <>
              <p>{t('map.versions.would')}</p>
              <ul className="map-version-changes">
                {words.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </>
          )}
          {actions && saved && words.length > 0 && !confirming && (
            <button type="button" className="button button-small" onClick={() => setConfirming(true)}>
              {t('map.versions.restore')}
            </button>
          )}
          {confirming && (
            <div className="map-version-confirm" role="group" aria-label={t('map.versions.restoreNamed', { name: version.label })}>
              <p>{t('map.versions.confirm', { name: version.label })}</p>
              <div className="map-panel-actions">
                <button type="button" className="button button-small button-primary" onClick={restore}>
                  {t('map.versions.restoreThis')}
                </button>
                <button type="button" className="button button-small" onClick={() => setConfirming(false)}>
                  {t('map.versions.cancel')}
                </button>
              </div>
            </div>
          )}
        </div>
      )}
    </li>
  );
}
