import { useFontLoads } from '../hooks/useFontLoads.js';
import { reactionChoices, type ReactionId } from './reactions.js';
import { reactionName } from './reactionNames.js';
import liveMessages from 'virtual:messages/en/live';
import { addEnglish, useI18n } from '../i18n/index.js';

addEnglish(liveMessages);

/** The emoji to react with, each named in words for screen readers and on hover. */
export function ReactionButtons({ onReact }: { onReact: (reaction: ReactionId) => void }) {
  const { t } = useI18n();
  const fontLoads = useFontLoads();
  return (
    <div className="reaction-buttons" role="group" aria-label={t('live.reactions.group')}>
      {reactionChoices.map((r) => (
        <button
          key={r.id}
          type="button"
          className="reaction-button"
          aria-label={t('live.reactions.one', { reaction: reactionName(r.id) })}
          title={reactionName(r.id)}
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
