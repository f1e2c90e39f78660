import type { HocuspocusProvider } from '@hocuspocus/provider';
import type * as ProviderModule from '@hocuspocus/provider';
import { useCallback, useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Role } from '../../domain/index.js';
import type { ErrorCode } from '../../shared/index.js';
import { ApiError, api, messageOf } from '../api.js';
import type { TokenResponse } from '../apiTypes.js';
import { boardLockFrom } from './boardLock.js';
import { closeMeaning, isTemporaryRefusal, refusalMeta, refusalText, type ConnectionStatus } from './connectionStatus.js';
import { applyStoredState } from './storedState.js';
import { colourFor, presenceFrom, type LocalUser, type Presence } from './presence.js';

export interface BoardConnection {
  /** The board's Yjs document; null until the connection is set up. Read it with src/doc. */
  doc: Y.Doc | null;
  status: ConnectionStatus;
  /** Everyone on the board now, this person included. */
  presence: Presence[];
  /** True when the server opened the board read-only (observers, a locked board), or made it so since. */
  readOnlyScope: boolean;
  /**
   * Whether a facilitator has locked the board, as the server last said over this connection;
   * null until it says (it does on connecting to a locked board, and on every lock or unlock).
   */
  locked: boolean | null;
  /**
   * True while an edit of this person's has waited over `slowSaveMs` for the server to say it
   * is on disk (D1). Quick saves never show, so the badge does not flicker on every edit.
   */
  saving: boolean;
  /** After a refusal: try again from scratch (fresh token). */
  retry: () => void;
  /**
   * The board's awareness (presence, cursors, selections, drags in progress): shared with
   * everyone on the board, never stored. Null until the connection is set up.
   */
  awareness: Awareness | null;
}

const tokenRetryMs = 3000;
/** A token asked for ahead is used only this soon after: they are short-lived (15 min). */
const freshTokenMs = 60_000;
const slowSaveMs = 1000;

type ProviderClass = typeof ProviderModule.HocuspocusProvider;

/** `before` when `after` lists the same people the same way, else `after`. */
function samePresence(before: Presence[], after: Presence[]): Presence[] {
  const same =
    before.length === after.length &&
    before.every((p, i) => {
      const q = after[i]!;
      return p.clientId === q.clientId && p.name === q.name && p.role === q.role && p.colour === q.colour && p.isMe === q.isMe;
    });
  return same ? before : after;
}

/** `ws://host/collab` on http, `wss://host/collab` on https: the same server that served the page. */
function collabUrl(): string {
  return `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/collab`;
}

/**
 * Opens board `boardId` live over /collab (docs/api.md, DESIGN.md): a Y.Doc synchronised by
 * Hocuspocus with a token from POST /api/token, plus presence from awareness. Everything is
 * torn down on unmount or when the board changes. This folder is the only place that talks to
 * the sync provider.
 */
export function useBoard(
  boardId: string,
  workshopId: string,
  user: { name: string; role: Role },
  /** `announce: false` reads a board without appearing on it (a canvas reading its linked map). */
  { announce = true }: { announce?: boolean } = {},
): BoardConnection {
  const [doc, setDoc] = useState<Y.Doc | null>(null);
  const [status, setStatus] = useState<ConnectionStatus>({ state: 'connecting' });
  const [presence, setPresence] = useState<Presence[]>([]);
  const [readOnlyScope, setReadOnlyScope] = useState(false);
  const [locked, setLocked] = useState<boolean | null>(null);
  const [saving, setSaving] = useState(false);
  const [attempt, setAttempt] = useState(0);
  // Set once the provider's code has arrived and it is made (after the stored state, below).
  const [provider, setProvider] = useState<HocuspocusProvider | null>(null);

  useEffect(() => {
    const document = new Y.Doc();
    let refused = false;
    let lost = false; // the connection dropped at least once since the last sync
    let closeReason: string | undefined;
    let closeCode: string | undefined;
    let tokenProblem: ApiError | null = null;
    let tokenRetry: number | undefined;
    let slowSave: number | undefined;
    let current: HocuspocusProvider | null = null;
    let gone = false;

    const refuse = (reason: string, meta: { title?: string; code?: ErrorCode } = {}) => {
      refused = true;
      setStatus({ state: 'refused', reason, ...meta });
      current?.disconnect();
    };

    // The board is drawn from its stored state first; then the sync provider's code is fetched
    // (it is not needed to draw: issue 12, docs/benchmarks.md) and the socket opens, so the
    // first sync carries only what the store did not have yet. Until the provider is made, the
    // page knows what it knew while connecting before: no lock, no scope, no awareness.
    const storedStateWanted = new AbortController();
    const storedOrigin = { storedState: boardId };
    const storedState = applyStoredState(document, boardId, () => current ?? storedOrigin, storedStateWanted.signal);

    const fetchToken = () => api.post<TokenResponse>('/api/token', { workshopId }).then((answer) => answer.token);
    // The first token is asked for while the socket opens, not after: one round trip less
    // before the board arrives. A failure is reported when the provider asks for it; a socket
    // that took long to open (the server was down) gets a fresh one.
    let firstToken: Promise<string> | null = fetchToken();
    const firstTokenAt = Date.now();
    firstToken.catch(() => {});

    const connect = (HocuspocusProvider: ProviderClass) => {
      const made: HocuspocusProvider = new HocuspocusProvider({
        url: collabUrl(),
        name: boardId,
        document,
        // A fresh token on every (re)connection: they are short-lived.
        token: async () => {
          tokenProblem = null;
          const token = firstToken && Date.now() - firstTokenAt < freshTokenMs ? firstToken : fetchToken();
          firstToken = null;
          try {
            return await token;
          } catch (e) {
            tokenProblem = e instanceof ApiError ? e : new ApiError('INTERNAL', messageOf(e), 0);
            throw e;
          }
        },
        onStatus: ({ status: socket }) => {
          if (refused) return;
          if (socket === 'disconnected') lost = true;
          if (socket === 'disconnected' || lost) setStatus({ state: 'offline', reason: closeReason });
          else setStatus({ state: 'connecting' });
        },
        onSynced: ({ state }) => {
          if (!state || refused) return;
          storedStateWanted.abort();
          lost = false;
          closeReason = undefined;
          closeCode = undefined;
          setStatus({ state: 'synced' });
        },
        onAuthenticated: ({ scope }) => setReadOnlyScope(scope === 'readonly'),
        // The server locks or unlocks the board for everyone on it at once (SPEC A13).
        onStateless: ({ payload }) => {
          const lock = boardLockFrom(payload);
          if (!lock) return;
          setLocked(lock.locked);
          setReadOnlyScope(lock.readOnly);
        },
        onAuthenticationFailed: ({ reason }) => {
          const problem = tokenProblem;
          // No answer from the server for a token, or a store that is down for now, is being
          // offline, not a refusal: try again soon.
          const temporary = problem ? problem.status === 0 || problem.status === 503 : isTemporaryRefusal(reason);
          if (temporary) {
            lost = true;
            setStatus({ state: 'offline', reason: problem ? problem.message : refusalText(reason) });
            made.disconnect();
            tokenRetry = window.setTimeout(() => void made.connect(), tokenRetryMs);
            return;
          }
          refuse(problem ? problem.message : refusalText(reason), problem ? {} : refusalMeta(reason));
        },
        onClose: ({ event }) => {
          if (refused) return;
          const meaning = closeMeaning(event.code, event.reason);
          if (!meaning) return;
          if (meaning.final) refuse(meaning.text, { code: meaning.code, ...(meaning.title ? { title: meaning.title } : {}) });
          else {
            // The board's close, with the detail, comes before the socket's bare code: keep it.
            if (meaning.detailed || closeCode !== meaning.code) closeReason = meaning.text;
            closeCode = meaning.code;
            setStatus({ state: 'offline', reason: closeReason });
          }
        },
        // Cursors and drags change awareness many times a second; the presence list changes only
        // when someone comes, goes or is renamed. Keeping the same array then spares every board
        // (a 1,000-actor map included) a re-render per pointer move.
        onAwarenessChange: ({ states }) => setPresence((before) => samePresence(before, presenceFrom(states, document.clientID))),
      });
      // Set only when a save turns slow or ends, so an edit does not re-render the board twice.
      made.on('unsyncedChanges', ({ number }: { number: number }) => {
        if (number > 0) slowSave ??= window.setTimeout(() => setSaving(true), slowSaveMs);
        else {
          window.clearTimeout(slowSave);
          slowSave = undefined;
          setSaving(false);
        }
      });
      // Before the first message goes out, so the board never lists this person at all.
      if (!announce) made.awareness?.setLocalState(null);
      current = made;
      setProvider(made);
    };
    void storedState
      .then(() => import('@hocuspocus/provider'))
      .then(
        (module) => {
          if (!gone) connect(module.HocuspocusProvider);
        },
        () => {
          if (!gone)
            refuse('The live connection’s code could not be fetched (the app was updated, or the connection dropped). Reload the page.');
        },
      );
    setDoc(document);
    setStatus({ state: 'connecting' });
    setReadOnlyScope(false);
    setLocked(null);
    setSaving(false);

    return () => {
      gone = true;
      storedStateWanted.abort();
      window.clearTimeout(tokenRetry);
      window.clearTimeout(slowSave);
      current?.destroy();
      document.destroy();
      setProvider(null);
      setDoc(null);
      setPresence([]);
    };
  }, [boardId, workshopId, attempt, announce]);

  // Who I am on this board, for the others' presence bars. Set again if my name changes.
  useEffect(() => {
    if (!doc || !provider || !announce) return;
    const local: LocalUser = { name: user.name, role: user.role, colour: colourFor(user.name) };
    provider.setAwarenessField('user', local);
  }, [doc, provider, user.name, user.role, announce]);

  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  const awareness = doc ? (provider?.awareness ?? null) : null;
  return { doc, status, presence, readOnlyScope, locked, saving, retry, awareness };
}
