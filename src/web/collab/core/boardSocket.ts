import type { HocuspocusProvider } from '@hocuspocus/provider';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { ErrorCode } from '../../../shared/index.js';
import { ApiError, messageOf } from '../../api.js';
import { audienceCountFrom, boardLockFrom, type BoardLock } from '../boardLock.js';
import { closeMeaning, isTemporaryRefusal, refusalMeta, refusalText, type ConnectionStatus } from '../connectionStatus.js';

/** How to reach a board; what `BoardSession` is given, minus what it keeps for itself. */
export interface BoardSocketOptions {
  /** The /collab endpoint: `ws://host/collab` or `wss://host/collab`. */
  url: string;
  boardId: string;
  /**
   * A fresh /collab token (POST /api/token). Asked for on every (re)connection: tokens are
   * short-lived. A failure should be an `ApiError`: status 0 or 503 is being offline (tried
   * again after `tokenRetryMs`); any other is a refusal with the error's message.
   */
  fetchToken: () => Promise<string>;
  /**
   * Draws the board from its stored state while the socket opens (collab/storedState.ts):
   * applies it to `doc` with `origin()` and settles, never rejects: true when the document then
   * holds the board as stored (nothing stored counts), false when it could not be had. The
   * first sync waits for it. Nothing may be applied once `signal` is aborted.
   */
  storedState?: (doc: Y.Doc, origin: () => unknown, signal: AbortSignal) => Promise<boolean>;
  /** `false` reads a board without appearing on it (a canvas reading its linked map). */
  announce: boolean;
  /**
   * Resolves when the socket may open: the provider's code is fetched and the connection made
   * only then (collab/boardDrawn.ts: the map holds it until its first picture is drawn).
   * Until then the board is what its stored state drew; edits made meanwhile go with the
   * first sync. Default: at once.
   */
  connectAfter?: () => Promise<void>;
  /** A WebSocket class where there is no global one (Node 20); browsers leave it out. */
  WebSocketPolyfill?: unknown;
  /** Waits before asking for a token again after a temporary failure. Default 3000 ms. */
  tokenRetryMs?: number;
  /** How long an edit waits for the server's acknowledgement before `saving` shows. Default 1000 ms. */
  slowSaveMs?: number;
}

/** What one connection reports, as it happens. */
export interface BoardSocketEvents {
  status(status: ConnectionStatus): void;
  readOnlyScope(readOnly: boolean): void;
  lock(lock: BoardLock): void;
  /** How many audience members watch (SPEC W4). */
  watching(count: number): void;
  saving(saving: boolean): void;
  /** The document holds the board: its stored state is applied, or the first sync is done. Once per attempt. */
  ready(): void;
  /** Everyone's awareness states, on every change; `myClientId` is this document's. */
  awareness(states: ReadonlyArray<{ clientId: number; [key: string]: unknown }>, myClientId: number): void;
}

export interface BoardSocket {
  doc: Y.Doc;
  /** The board's awareness, there from the start; the provider shares it once it connects. */
  awareness: Awareness;
  /** Closes the socket and stops every timer; the document is destroyed. */
  close(): void;
}

const defaultTokenRetryMs = 3000;
/** A token asked for ahead is used only this soon after: they are short-lived (15 min). */
const freshTokenMs = 60_000;
const defaultSlowSaveMs = 1000;

/**
 * One attempt at a board: a fresh Y.Doc synchronised by Hocuspocus, the connection's state
 * machine (connecting → synced, offline while the socket is down and retried by the provider,
 * refused when retrying cannot help), the server's lock messages and the slow-save flag.
 * `BoardSession` starts a new one on `retry()`.
 */
export function openBoardSocket(options: BoardSocketOptions, report: BoardSocketEvents): BoardSocket {
  const document = new Y.Doc();
  // Ours from the start, so presence can be set before the provider exists; it shares it.
  const awareness = new Awareness(document);
  // Before the first message goes out, so the board never lists this person at all.
  if (!options.announce) awareness.setLocalState(null);
  awareness.on('change', () => report.awareness(statesOf(awareness), document.clientID));
  const tokenRetryMs = options.tokenRetryMs ?? defaultTokenRetryMs;
  const slowSaveMs = options.slowSaveMs ?? defaultSlowSaveMs;
  let refused = false;
  let closed = false;
  let lost = false; // the connection dropped at least once since the last sync
  let closeReason: string | undefined;
  let closeCode: ErrorCode | undefined;
  let tokenProblem: ApiError | null = null;
  let tokenRetry: ReturnType<typeof setTimeout> | undefined;
  let slowSave: ReturnType<typeof setTimeout> | undefined;
  let current: HocuspocusProvider | null = null;

  /** Offline, saying the last close's reason with its code, which the page words (ConnectionBadge). */
  const offline = (): ConnectionStatus => ({
    state: 'offline',
    reason: closeReason,
    ...(closeReason && closeCode ? { code: closeCode } : {}),
  });

  const refuse = (reason: string, meta: { code?: ErrorCode } = {}) => {
    refused = true;
    report.status({ state: 'refused', reason, ...meta });
    current?.disconnect();
  };

  // The board is drawn from its stored state while the socket opens; the first sync waits
  // for it (a little), so it carries only what the store did not have yet. Applied with the
  // provider as origin (not sent back), or before the provider exists with one of its own.
  const storedOrigin = {};
  const storedStateWanted = new AbortController();
  let isReady = false;
  const ready = () => {
    if (isReady || closed) return;
    isReady = true;
    report.ready();
  };
  let storedState: Promise<void> | null =
    options
      .storedState?.(document, () => current ?? storedOrigin, storedStateWanted.signal)
      .then((drawn) => {
        if (drawn) ready();
      }) ?? null;

  // The first token is asked for while the socket opens, not after: one round trip less
  // before the board arrives. A failure is reported when the provider asks for it; a socket
  // that took long to open (the server was down) gets a fresh one.
  let firstToken: Promise<string> | null = options.fetchToken();
  const firstTokenAt = Date.now();
  firstToken.catch(() => {});

  const start = (Provider: typeof HocuspocusProvider): HocuspocusProvider => {
    const provider = new Provider({
      url: options.url,
      name: options.boardId,
      document,
      awareness,
      ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
      // A fresh token on every (re)connection: they are short-lived.
      token: async () => {
        if (storedState) await storedState;
        storedState = null;
        tokenProblem = null;
        const token = firstToken && Date.now() - firstTokenAt < freshTokenMs ? firstToken : options.fetchToken();
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
        if (socket === 'disconnected' || lost) report.status(offline());
        else report.status({ state: 'connecting' });
      },
      onSynced: ({ state }) => {
        if (!state || refused) return;
        storedStateWanted.abort();
        lost = false;
        closeReason = undefined;
        closeCode = undefined;
        ready();
        report.status({ state: 'synced' });
      },
      onAuthenticated: ({ scope }) => report.readOnlyScope(scope === 'readonly'),
      // The server locks or unlocks the board for everyone on it at once (SPEC A13).
      onStateless: ({ payload }) => {
        const lock = boardLockFrom(payload);
        if (lock) report.lock(lock);
        const watching = audienceCountFrom(payload);
        if (watching !== null) report.watching(watching);
      },
      onAuthenticationFailed: ({ reason }) => {
        const problem = tokenProblem;
        // No answer from the server for a token, or a store that is down for now, is being
        // offline, not a refusal: try again soon.
        const temporary = problem ? problem.status === 0 || problem.status === 503 : isTemporaryRefusal(reason);
        if (temporary) {
          lost = true;
          report.status({
            state: 'offline',
            reason: problem ? problem.message : refusalText(reason),
            ...(problem ? {} : refusalMeta(reason)),
          });
          provider.disconnect();
          tokenRetry = setTimeout(() => void provider.connect(), tokenRetryMs);
          return;
        }
        refuse(problem ? problem.message : refusalText(reason), problem ? {} : refusalMeta(reason));
      },
      onClose: ({ event }) => {
        if (refused) return;
        const meaning = closeMeaning(event.code, event.reason);
        if (!meaning) return;
        if (meaning.final) refuse(meaning.text, { code: meaning.code });
        else {
          // The board's close, with the detail, comes before the socket's bare code: keep it.
          if (meaning.detailed || closeCode !== meaning.code) closeReason = meaning.text;
          closeCode = meaning.code;
          report.status(offline());
        }
      },
    });
    // Reported only when a save turns slow or ends, so an edit does not re-render the board twice.
    provider.on('unsyncedChanges', ({ number }: { number: number }) => {
      if (number > 0) slowSave ??= setTimeout(() => report.saving(true), slowSaveMs);
      else {
        clearTimeout(slowSave);
        slowSave = undefined;
        report.saving(false);
      }
    });
    return provider;
  };

  // The provider's code (its own chunk) is fetched only when the socket may open.
  void (options.connectAfter?.() ?? Promise.resolve())
    .then(() => import('@hocuspocus/provider'))
    .then(
      ({ HocuspocusProvider: Provider }) => {
        if (!closed) current = start(Provider);
      },
      () => {
        if (!closed) refuse(providerUnavailable);
      },
    );

  return {
    doc: document,
    awareness,
    close() {
      closed = true;
      storedStateWanted.abort();
      clearTimeout(tokenRetry);
      clearTimeout(slowSave);
      if (current)
        current.destroy(); // destroys the awareness too
      else awareness.destroy();
      document.destroy();
    },
  };
}

const providerUnavailable =
  'The live connection could not be loaded: the app may have been updated since this page was opened, or the connection dropped. Reload the page to try again.';

/** Everyone's awareness states as the provider reports them: one object per client, its id included. */
function statesOf(awareness: Awareness): Array<{ clientId: number; [key: string]: unknown }> {
  return [...awareness.getStates()].map(([clientId, state]) => ({ ...state, clientId }));
}
