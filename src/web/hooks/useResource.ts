import { useCallback, useEffect, useMemo, useState } from 'react';
import { api } from '../api.js';
import { takeEarlyRead } from '../earlyReads.js';

type State<T> = { status: 'loading' } | { status: 'error'; error: Error } | { status: 'ok'; data: T };

export type Resource<T> = State<T> & {
  /** Fetch again, still showing the last answer meanwhile (no flash back to "Loading" after an action). */
  reload: () => void;
  /** Forget the last answer and fetch again (e.g. after signing in: the old answer is wrong). */
  restart: () => void;
};

/** GETs `path` (null: wait for it) and keeps the answer. */
export function useResource<T>(path: string | null): Resource<T> {
  const [state, setState] = useState<State<T>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const [loadedPath, setLoadedPath] = useState(path);

  // A new path starts from "loading" rather than showing the previous page's data.
  if (loadedPath !== path) {
    setLoadedPath(path);
    setState({ status: 'loading' });
  }

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    // The first ask may find its read already on its way (earlyReads.ts); a reload reads afresh.
    const early = generation === 0 ? takeEarlyRead<T>(path, controller.signal) : undefined;
    (early ?? api.get<T>(path, controller.signal)).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'ok', data });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => controller.abort();
  }, [path, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const restart = useCallback(() => {
    setState({ status: 'loading' });
    setGeneration((g) => g + 1);
  }, []);
  // Stable between renders until the answer changes, so callers can use it as a dependency.
  return useMemo(() => ({ ...state, reload, restart }), [state, reload, restart]);
}
