import type { FloatingReaction } from './liveContext.js';
import { useI18n } from '../i18n/index.js';
import { reactionById } from './reactions.js';
import { reactionName } from './reactionNames.js';

/**
 * Reactions float up the side of the screen for a few seconds. The floating emoji are
 * decoration; the newest reaction is also said in words in a polite live region.
 */
export function ReactionLayer({ reactions }: { reactions: FloatingReaction[] }) {
  useI18n(); // the reaction's words below are in the person's language
  const newest = reactions[reactions.length - 1];
  return (
    <>
      <div className="reaction-layer" aria-hidden="true">
        {reactions.map((r) => (
          // The horizontal spread comes from the key, so a reaction keeps its lane as others come and go.
          <span key={r.key} className="reaction-float" style={{ right: `${1.5 + (hash(r.key) % 5) * 2.2}rem` }}>
            {reactionById(r.reaction)?.emoji}
          </span>
        ))}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {newest && reactionById(newest.reaction) ? `${newest.name}: ${reactionName(newest.reaction)}` : ''}
      </p>
    </>
  );
}

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0;
  return h;
}
