import './findings.css';
import findingsMessages from 'virtual:messages/en/map.findings';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { analyzeMap, type Finding, type Severity } from '../../../domain/analysis/index.js';
import type { EcosystemMap } from '../../../domain/map/index.js';
import { addEnglish, i18n, useI18n } from '../../i18n/index.js';
import { findingMessage } from './findingWords.js';
import { ruleWordKeys, severityKeys } from './ruleWords.js';

addEnglish(findingsMessages);

interface Props {
  map: EcosystemMap;
  /** Selects a finding's actors and flows on the map and brings them into view. */
  onShow: (finding: Finding) => void;
  onClose: () => void;
}

/** Severity as a shape as well as a colour: a filled octagon, a triangle, a circled "i". */
export function SeverityIcon({ severity }: { severity: Severity }) {
  return (
    <svg
      className={`map-finding-icon map-finding-icon-${severity}`}
      width="16"
      height="16"
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      {severity === 'error' && (
        <>
          <path d="M5 1h6l4 4v6l-4 4H5l-4-4V5z" fill="currentColor" />
          <path d="M7 4h2v5H7zM7 10.5h2v2H7z" fill="#fff" />
        </>
      )}
      {severity === 'warning' && (
        <>
          <path d="M8 1l7.5 13.5H.5z" fill="currentColor" />
          <path d="M7 5.5h2v4.5H7zM7 11h2v2H7z" fill="#fff" />
        </>
      )}
      {severity === 'info' && (
        <>
          <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="M7.1 7h1.8v5H7.1zM7.1 4h1.8v1.8H7.1z" fill="currentColor" />
        </>
      )}
    </svg>
  );
}

/** What the map shows (src/domain/analysis): its figures and its findings, recomputed as the map changes. */
export function FindingsPanel({ map, onShow, onClose }: Props) {
  const analysis = useMemo(() => analyzeMap(map), [map]);
  const { t } = useI18n();
  /** A ratio with two decimals, written the language's way ("0.87", "0,87"). */
  const ratio = (value: number) => i18n.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened: keyboard and screen reader users land on it (it sits before the details in the page).
  useEffect(() => heading.current?.focus(), []);
  const { metrics, findings } = analysis;
  const toggle = (i: number) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(i)) next.delete(i);
      else next.add(i);
      return next;
    });

  return (
    <section className="map-side map-findings" aria-labelledby={headingId}>
      <div className="map-side-inner">
        <div className="map-findings-head">
          <h2 className="map-panel-title" id={headingId} ref={heading} tabIndex={-1}>
            {t('map.findings.title')}
          </h2>
          <button type="button" className="button button-small button-quiet" onClick={onClose}>
            {t('map.findings.close')}
          </button>
        </div>
        <dl className="map-findings-metrics" aria-label={t('map.findings.figures')}>
          <div>
            <dt>{t('map.findings.actors')}</dt>
            <dd>{metrics.actors}</dd>
          </div>
          <div>
            <dt>{t('map.findings.flows')}</dt>
            <dd>{metrics.flows}</dd>
          </div>
          <div>
            <dt>{t('map.findings.components')}</dt>
            <dd>{metrics.components}</dd>
          </div>
          <div>
            <dt>{t('map.findings.density')}</dt>
            <dd>{ratio(metrics.density)}</dd>
          </div>
          <div>
            <dt>{t('map.findings.centralisation')}</dt>
            <dd>{ratio(metrics.degreeCentralisation)}</dd>
          </div>
        </dl>
        <p className="map-findings-count" aria-live="polite">
          {findings.length === 0 ? t('map.findings.none') : t('map.findings.count', { count: findings.length })}
        </p>
        <ul className="map-findings-list">
          {findings.map((finding, i) => {
            const keys = ruleWordKeys[finding.rule];
            const title = t(keys.title);
            const message = findingMessage(finding);
            const expanded = open.has(i);
            const detailsId = `${headingId}-${i}`;
            return (
              <li key={`${finding.rule}:${finding.subjects.join(',')}:${i}`} className={`map-finding map-finding-${finding.severity}`}>
                <p className="map-finding-severity">
                  <SeverityIcon severity={finding.severity} /> {t(severityKeys[finding.severity])} · {title}
                </p>
                {finding.subjects.length > 0 ? (
                  <button type="button" className="map-finding-message" onClick={() => onShow(finding)} title={t('map.findings.show')}>
                    {message}
                  </button>
                ) : (
                  <p className="map-finding-message">{message}</p>
                )}
                <button
                  type="button"
                  className="button button-small button-quiet map-finding-more"
                  aria-expanded={expanded}
                  aria-controls={detailsId}
                  onClick={() => toggle(i)}
                >
                  {t('map.findings.why')}
                  <span className="visually-hidden">{t('map.findings.why.about', { title })}</span>
                </button>
                <div id={detailsId} hidden={!expanded} className="map-finding-details">
                  <p>{t(keys.explanation)}</p>
                  <p>
                    <strong>{t('map.findings.todo')}</strong> {t(keys.suggestion)}
                  </p>
                </div>
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
