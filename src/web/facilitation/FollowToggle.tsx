import type { Follow } from './useFollow.js';

/**
 * "Following the facilitator": a switch to step out (look around on your own) and back in
 * (go where everyone is, at once). On and off differ in shape (a filled knob on the right, a
 * ring on the left) and in fill, not in colour alone; screen readers hear checked or not.
 */
export function FollowToggle({ follow }: { follow: Follow }) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={follow.following}
      className={`follow-toggle${follow.following ? ' follow-on' : ''}`}
      onClick={() => follow.setFollowing(!follow.following)}
      title={
        follow.following
          ? 'You go where the facilitator sends everyone. Press to look around on your own.'
          : 'Press to go where everyone is.'
      }
    >
      <span className="follow-mark" aria-hidden="true" />
      <span className="follow-text">Following the facilitator</span>
    </button>
  );
}
