import type { Follow } from './useFollow.js';
import liveMessages from 'virtual:messages/en/live';
import { addEnglish, useI18n } from '../i18n/index.js';

addEnglish(liveMessages);

/**
 * "Following the facilitator": a switch to step out (look around on your own) and back in
 * (go where everyone is, at once). On and off differ in shape (a filled knob on the right, a
 * ring on the left) and in fill, not in colour alone; screen readers hear checked or not.
 */
export function FollowToggle({ follow }: { follow: Follow }) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      role="switch"
      aria-checked={follow.following}
      className={`follow-toggle${follow.following ? ' follow-on' : ''}`}
      onClick={() => follow.setFollowing(!follow.following)}
      title={follow.following ? t('live.follow.onHint') : t('live.follow.offHint')}
    >
      <span className="follow-mark" aria-hidden="true" />
      <span className="follow-text">{t('live.follow.label')}</span>
    </button>
  );
}
