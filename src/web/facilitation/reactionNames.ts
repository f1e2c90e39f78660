import liveMessages from 'virtual:messages/en/live';
import { addEnglish, msg, translate, type MessageKey } from '../i18n/index.js';
import type { ReactionId } from './reactions.js';

addEnglish(liveMessages);

const names: Record<ReactionId, MessageKey> = {
  'thumbs-up': msg('live.reaction.thumbsUp'),
  clap: msg('live.reaction.clap'),
  heart: msg('live.reaction.heart'),
  wow: msg('live.reaction.wow'),
  question: msg('live.reaction.question'),
};

/**
 * A reaction in words, in the person's language: the button's accessible name and what a screen
 * reader hears when someone reacts. Called while drawing, in a component that uses `useI18n`.
 */
export function reactionName(id: ReactionId): string {
  return translate(names[id]);
}
