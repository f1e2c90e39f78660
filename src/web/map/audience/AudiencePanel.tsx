import { useState } from 'react';
import type * as Y from 'yjs';
import { acceptSuggestion, dismissSuggestion } from '../../../doc/map/index.js';
import type { Suggestion } from '../../../domain/index.js';
import type { EcosystemMap } from '../../../domain/map/index.js';
import { messageOf } from '../../api.js';
import { lazyPart } from '../../ui/lazyPart.js';
import { newElementId } from '../newElementId.js';
// The tab's own styles (the link that wraps, the QR code's size, the queue): before, only the audience's page loaded them.
import './audience.css';

// The link and its QR code (the QR encoder with it) are fetched only when a facilitator opens the tab.
const AudienceLinkControl = lazyPart(() => import('./AudienceLinkControl.js').then((m) => m.AudienceLinkControl), 'the audience link');

function describe(s: Suggestion, map: EcosystemMap): string {
  const name = (id: string) => map.actors.find((a) => a.id === id)?.name ?? 'an actor no longer on the map';
  if (s.kind === 'actor') return `Actor: ${s.name}`;
  if (s.kind === 'flow') return `Flow: ${name(s.from)} → ${name(s.to)}${s.label ? ` (${s.label})` : ''}`;
  return `Note: ${s.text}`;
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
      <h3>Suggestions from the audience</h3>
      {suggestions.length === 0 ? (
        <p className="muted">No suggestions waiting.</p>
      ) : (
        <ul className="audience-queue" aria-label="Suggestions from the audience">
          {suggestions.map((s) => (
            <li key={s.id}>
              <p className="audience-suggestion">{describe(s, map)}</p>
              {canEdit && (
                <div className="audience-actions">
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => decide(s, true)}
                    aria-label={`Accept ${describe(s, map)}`}
                  >
                    Accept
                  </button>
                  <button
                    type="button"
                    className="button button-quiet button-small"
                    onClick={() => decide(s, false)}
                    aria-label={`Dismiss ${describe(s, map)}`}
                  >
                    Dismiss
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
