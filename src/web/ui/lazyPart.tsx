import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Loading } from './Loading.js';

/**
 * Shown when a part's code cannot be fetched: most often the server was updated since this
 * page was opened (the files now have new names), or the connection dropped.
 */
export function PartUnavailable({ what }: { what: string }) {
  return (
    <div role="alert" className="notice notice-error">
      <p className="notice-title">{capitalise(what)} could not be loaded.</p>
      <p>The app may have been updated since this page was opened, or the connection dropped. Reload the page to try again.</p>
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </p>
    </div>
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A component whose code is fetched the first time it is shown (a page, a board kind), so
 * the first page a person opens downloads only what it needs. While it loads, the fallback
 * says what is loading ("Loading the map board…"); if it cannot be fetched, it says so and
 * offers a reload. `fallback: null` shows nothing while loading (a part without a face).
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  what: string,
  fallback: ReactNode = <Loading what={what} />,
): ComponentType<P> {
  const Part = lazy(() =>
    load().then(
      (component) => ({ default: component }),
      () => ({ default: (() => <PartUnavailable what={what} />) as ComponentType<P> }),
    ),
  );
  // The marker lets a test (e2e/support/app.ts boardLive) wait until every part has arrived.
  const waiting = fallback === null ? null : <div data-part-loading="">{fallback}</div>;
  function LazyPart(props: P) {
    return (
      <Suspense fallback={waiting}>
        <Part {...props} />
      </Suspense>
    );
  }
  return LazyPart;
}
