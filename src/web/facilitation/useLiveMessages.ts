import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { useAwarenessMessages, type AwarenessMessage, type LivePerson, type Place } from '../collab/index.js';
import type { FloatingReaction, LiveComment } from './liveContext.js';
import { parseComment, parseReaction, type ReactionId, type ReactionPayload } from './reactions.js';

/** How long a reaction floats, and how many may float at once (a burst of clapping stays readable). */
const floatMs = 3500;
const maxFloating = 24;
/** One reaction per this many ms from one person: a held-down key cannot flood everyone. */
const reactionGapMs = 250;
const maxComments = 30;

/** The sender's name: from their message's own awareness state, else from who is here. */
const nameOf = (message: AwarenessMessage<unknown>, people: LivePerson[]) =>
  message.name ?? people.find((p) => p.clientId === message.clientId)?.name ?? 'Someone';

export interface LiveMessages {
  react: (reaction: ReactionId) => void;
  reactions: FloatingReaction[];
  comment: (text: string) => void;
  comments: LiveComment[];
}

/**
 * Emoji reactions and observers' comments, live through awareness and never stored. A
 * reaction floats only for people at the place where it was made (the same board, or the
 * plenary view); comments are kept in memory for this visit, newest first.
 */
export function useLiveMessages(
  awareness: Awareness | null,
  people: LivePerson[],
  place: Place | null,
  serverNow: () => number,
): LiveMessages {
  const [reactions, setReactions] = useState<FloatingReaction[]>([]);
  const [comments, setComments] = useState<LiveComment[]>([]);
  const latest = useRef({ people, place, lastReaction: 0 });
  const timers = useRef(new Set<number>());
  useEffect(() => {
    latest.current.people = people;
    latest.current.place = place;
  });
  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((t) => window.clearTimeout(t));
  }, []);

  const onReaction = useCallback((message: AwarenessMessage<ReactionPayload>) => {
    if (message.payload.at !== latest.current.place) return;
    const key = `${message.clientId}:${message.seq}`;
    const name = nameOf(message, latest.current.people);
    setReactions((list) => [...list, { key, reaction: message.payload.reaction, name }].slice(-maxFloating));
    const timer = window.setTimeout(() => {
      timers.current.delete(timer);
      setReactions((list) => list.filter((r) => r.key !== key));
    }, floatMs);
    timers.current.add(timer);
  }, []);

  const onComment = useCallback((message: AwarenessMessage<string>) => {
    const name = nameOf(message, latest.current.people);
    const entry = { key: `${message.clientId}:${message.seq}`, name, text: message.payload, at: message.at };
    setComments((list) => [entry, ...list].slice(0, maxComments));
  }, []);

  const sendReaction = useAwarenessMessages(awareness, 'reaction', parseReaction, onReaction, serverNow, 5_000);
  const sendComment = useAwarenessMessages(awareness, 'comment', parseComment, onComment, serverNow, 10 * 60_000);

  const react = useCallback(
    (reaction: ReactionId) => {
      const { place: at, lastReaction } = latest.current;
      if (at === null || Date.now() - lastReaction < reactionGapMs) return;
      latest.current.lastReaction = Date.now();
      sendReaction({ reaction, at });
    },
    [sendReaction],
  );
  const comment = useCallback(
    (text: string) => {
      const clean = parseComment(text);
      if (clean) sendComment(clean);
    },
    [sendComment],
  );
  return useMemo(() => ({ react, reactions, comment, comments }), [react, reactions, comment, comments]);
}
