import { useMemo, useState } from 'react';
import { diffCanvases } from '../../domain/canvas/index.js';
import { versionCanvas } from '../../doc/canvas/index.js';
import toolMessages from 'virtual:messages/en/canvasTools';
import { addEnglish, useI18n } from '../i18n/index.js';
import { CanvasPanel } from './CanvasPanel.js';
import { useCanvasEditor } from './CanvasContext.js';
import { formatDate } from './dates.js';
import { ReviewDateForm } from './ReviewDateForm.js';
import { SaveVersionForm } from './SaveVersionForm.js';
import type { LiveCanvas } from './useCanvasDoc.js';
import { VersionDiff } from './VersionDiff.js';

addEnglish(toolMessages);

const now = 'now';

/**
 * The canvas over time: the next review date, dated versions, and what changed between any
 * two of them (or between a version and the canvas now, which updates live).
 */
export function VersionsPanel({ live, onClose }: { live: LiveCanvas; onClose: () => void }) {
  const { t } = useI18n();
  const { doc, canEdit } = useCanvasEditor();
  const { versions } = live;
  const latest = versions[versions.length - 1]?.id;
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string>(now);
  // Until someone picks, compare the latest version with now; a version saved meanwhile becomes the default.
  const fromId = from ?? latest ?? now;

  const diff = useMemo(() => {
    const read = (id: string) => (id === now ? live.canvas : versionCanvas(doc, id));
    const a = read(fromId);
    const b = read(to);
    return a && b ? diffCanvases(a, b) : null;
  }, [doc, live.canvas, fromId, to]);

  const options = [
    ...versions.map((v) => ({ id: v.id, label: `${formatDate(v.date)}: ${v.label}` })),
    { id: now, label: t('canvasTools.versions.now') },
  ];

  return (
    <CanvasPanel id="versions" title={t('canvasTools.versions.title')} closeLabel={t('canvasTools.versions.close')} onClose={onClose}>
      <div className="panel-columns">
        <div>
          <h3>{t('canvasTools.versions.nextReview')}</h3>
          <ReviewDateForm nextReview={live.settings.nextReview} />
          <h3>{t('canvasTools.versions.saved')}</h3>
          {canEdit && <SaveVersionForm />}
          {versions.length === 0 ? (
            <p className="muted">{t('canvasTools.versions.none')}</p>
          ) : (
            <ol className="version-list">
              {[...versions].reverse().map((v) => (
                <li key={v.id}>
                  <span className="version-date">{formatDate(v.date)}</span> {v.label}
                </li>
              ))}
            </ol>
          )}
        </div>
        <div>
          <h3>{t('canvasTools.versions.compare')}</h3>
          <div className="canvas-row">
            <div>
              <label htmlFor="compare-from">{t('canvasTools.versions.from')}</label>
              <select id="compare-from" value={fromId} onChange={(e) => setFrom(e.target.value)}>
                {options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="compare-to">{t('canvasTools.versions.to')}</label>
              <select id="compare-to" value={to} onChange={(e) => setTo(e.target.value)}>
                {options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {diff ? <VersionDiff diff={diff} /> : <p className="field-error">{t('canvasTools.versions.unreadable')}</p>}
        </div>
      </div>
    </CanvasPanel>
  );
}
