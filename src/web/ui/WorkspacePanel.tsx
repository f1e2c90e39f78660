import frameMessages from 'virtual:messages/en/map.frame';
import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { addEnglish, useI18n } from '../i18n/index.js';

addEnglish(frameMessages);

export interface PanelTab<Id extends string> {
  id: Id;
  label: string;
  content: ReactNode;
}

interface Props<Id extends string> {
  tabs: PanelTab<Id>[];
  active: Id;
  onSelect: (id: Id) => void;
  onClose: () => void;
}

/**
 * The one side panel of a board (details, findings, legend, notes...): tabs along its top and
 * a close button, so reading about the board never pushes the board itself out of the window.
 * Arrow keys move between tabs, as the ARIA tabs pattern has it.
 */
export function WorkspacePanel<Id extends string>({ tabs, active, onSelect, onClose }: Props<Id>) {
  const base = useId();
  const { t } = useI18n();
  const list = useRef<HTMLDivElement>(null);
  const current = tabs.find((t) => t.id === active) ?? tabs[0];

  function onKeyDown(event: KeyboardEvent) {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step || !current) return;
    event.preventDefault();
    const next = tabs[(tabs.indexOf(current) + step + tabs.length) % tabs.length];
    if (!next) return;
    onSelect(next.id);
    list.current?.querySelector<HTMLButtonElement>(`[data-tab="${next.id}"]`)?.focus();
  }

  return (
    <aside className="workspace-panel" aria-label={t('map.frame.panel')}>
      <div className="workspace-panel-head">
        <div className="workspace-tabs" role="tablist" aria-label={t('map.frame.panel')} ref={list} onKeyDown={onKeyDown}>
          {tabs.map((tab) => (
            <button
              key={tab.id}
              type="button"
              role="tab"
              id={`${base}-tab-${tab.id}`}
              data-tab={tab.id}
              aria-selected={tab.id === current?.id}
              aria-controls={`${base}-panel`}
              tabIndex={tab.id === current?.id ? 0 : -1}
              className="workspace-tab"
              onClick={() => onSelect(tab.id)}
            >
              {tab.label}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="button button-small button-quiet workspace-panel-close"
          onClick={onClose}
          aria-label={t('map.frame.close')}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div
        className="workspace-panel-body"
        role="tabpanel"
        id={`${base}-panel`}
        aria-labelledby={current ? `${base}-tab-${current.id}` : undefined}
      >
        {current?.content}
      </div>
    </aside>
  );
}

/** Opens the board's side panel again, where it was closed. */
export function PanelOpenButton({ onOpen }: { onOpen: () => void }) {
  const { t } = useI18n();
  return (
    <button type="button" className="button button-small workspace-panel-open" onClick={onOpen} title={t('map.frame.open')}>
      {/* On a phone only the picture shows (the tools need the row); the word stays its name. */}
      <svg className="workspace-panel-open-icon" width="18" height="16" viewBox="0 0 18 16" aria-hidden="true" focusable="false">
        <path d="M1 1h16v14H1zM3 3v10h7V3zm9 0v10h3V3z" fill="currentColor" fillRule="evenodd" />
      </svg>
      <span className="workspace-panel-open-text">{t('map.frame.openWord')}</span>
    </button>
  );
}

/** Puts the focus on a panel's tab once it is drawn (after closing what the tab opened). */
export function focusTab(id: string): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(`.workspace-tabs [data-tab="${id}"]`)?.focus());
}
