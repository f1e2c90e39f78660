import audienceMessages from 'virtual:messages/en/map.audience';
import { useState } from 'react';
import type * as Y from 'yjs';
import { acceptSuggestion, dismissSuggestion } from '../../../doc/map/index.js';
import type { Suggestion } from '../../../domain/index.js';
import type { EcosystemMap } from '../../../domain/map/index.js';
import { messageOf } from '../../api.js';
import { addEnglish, translate, useI18n } from '../../i18n/index.js';
import { lazyPart } from '../../ui/lazyPart.js';
import { newElementId } from '../newElementId.js';
// The tab's own styles (the link that wraps, the QR code's size, the queue): before, only the audience's page loaded them.
import './audience.css';

addEnglish(audienceMessages);

// The link and its QR code (the QR encoder with it) are fetched only when a facilitator opens the tab.
const AudienceLinkControl = lazyPart(() => import('./AudienceLinkControl.js').then((m) => m.AudienceLinkControl), 'the audience link');

/** A suggestion in words, in the interface's language (call while drawing). */
function describe(s: Suggestion, map: EcosystemMap): string {
  const name = (id: string) => map.actors.find((a) => a.id === id)?.name ?? translate('map.audience.gone');
  if (s.kind === 'actor') return translate('map.audience.actor', { name: s.name });
  if (s.kind === 'flow')
    return s.label
      ? translate('map.audience.flowLabelled', { from: name(s.from), to: name(s.to), label: s.label })
      : translate('map.audience.flow', { from: name(s.from), to: name(s.to) });
  return translate('map.audience.note', { text: s.text });
}

const elementPrefix = { actor: 'actor', flow: 'flow', note: 'note' } as const;

/**
 * The map's Audience tab (SPEC W5): the suggestions waiting, for the group to accept (they
 * become normal elements marked "from the audience") or dismiss; and, for facilitators, the
 * audience link. What the audience wrote is shown as text, never as markup.
 */
export function AudiencePanel(props: {
  doc: Y.Doc | null;
  map: EcosystemMap;
  /** The suggestions waiting (useSuggestions, which the editor keeps for the tab's count). */
  suggestions: Suggestion[];
  boardId?: string;
  canEdit: boolean;
  facilitator: boolean;
}) {
  const { doc, map, suggestions, boardId, canEdit, facilitator } = props;
  const [problem, setProblem] = useState<string | null>(null);
  const { t } = useI18n();

  const decide = (s: Suggestion, accept: boolean) => {
    if (!doc) return;
    setProblem(null);
    try {
      if (accept) acceptSuggestion(doc, s.id, newElementId(elementPrefix[s.kind]));
      else dismissSuggestion(doc, s.id);
    } catch (e) {
      setProblem(messageOf(e));
    }
  };

  return (
    <div className="audience-panel">
      <h3>{t('map.audience.title')}</h3>
      {suggestions.length === 0 ? (
        <p className="muted">{t('map.audience.none')}</p>
      ) : (
        <ul className="audience-queue" aria-label={t('map.audience.title')}>
          {suggestions.map((s) => (
            <li key={s.id}>
              <p className="audience-suggestion">{describe(s, map)}</p>
              {canEdit && (
                <div className="audience-actions">
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => decide(s, true)}
                    aria-label={t('map.audience.acceptNamed', { what: describe(s, map) })}
                  >
                    {t('map.audience.accept')}
                  </button>
                  <button
                    type="button"
                    className="button button-quiet button-small"
                    onClick={() => decide(s, false)}
                    aria-label={t('map.audience.dismissNamed', { what: describe(s, map) })}
                  >
                    {t('map.audience.dismiss')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {problem && (
        <p className="notice notice-error" role="alert">
          {problem}
        </p>
      )}
      {facilitator && boardId && <AudienceLinkControl boardId={boardId} />}
    </div>
  );
}
