import { useFontLoads } from '../hooks/useFontLoads.js';
import { reactionChoices, type ReactionId } from './reactions.js';

/** The emoji to react with, each named in words for screen readers and on hover. */
export function ReactionButtons({ onReact }: { onReact: (reaction: ReactionId) => void }) {
  const fontLoads = useFontLoads();
  return (
    <div className="reaction-buttons" role="group" aria-label="React">
      {reactionChoices.map((r) => (
        <button
          key={r.id}
          type="button"
          className="reaction-button"
          aria-label={`React: ${r.label}`}
          title={r.label}
          onClick={() => onReact(r.id)}
        >
          <span key={fontLoads} aria-hidden="true">
            {r.emoji}
          </span>
        </button>
      ))}
    </div>
  );
}
