import { useEffect, useState, type ComponentType, type ReactNode } from 'react';
import loadingMessages from 'virtual:messages/en/loading';
import { addEnglish, messagesFor, useI18n } from '../i18n/index.js';
import { Loading, unavailableKeys, type PartWhat } from './Loading.js';

addEnglish(loadingMessages);

/**
 * Shown when a part's code cannot be fetched: most often the server was updated since this
 * page was opened (the files now have new names), or the connection dropped.
 */
export function PartUnavailable({ what }: { what: PartWhat }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="notice notice-error">
      <p className="notice-title">{t(unavailableKeys[what])}</p>
      <p>{t('loading.failed.why')}</p>
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('loading.failed.reload')}
        </button>
      </p>
    </div>
  );
}

/**
 * A component whose code is fetched the first time it is shown (a page, a board kind), so
 * the first page a person opens downloads only what it needs. While it loads, the fallback
 * says what is loading ("Loading the map board…"); if it cannot be fetched, it says so and
 * offers a reload. `fallback: null` shows nothing while loading (a part without a face).
 * It draws once the messages its code registered are there in the current language
 * (`messagesFor`), so a person reading Welsh never sees it in English first.
 *
 * Not React.lazy with Suspense: React holds back the content of a Suspense boundary until
 * 300 ms after the last fallback was shown, so a page whose code was already fetched
 * (early.ts) still waited for that; the city atlas's picture was asked for about 250 ms late
 * (docs/benchmarks.md, the twentieth session). Here the code's arrival is an ordinary update,
 * drawn at once, and a part whose code is already in draws with no fallback at all.
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  what: PartWhat,
  fallback: ReactNode = <Loading what={what} />,
): ComponentType<P> {
  let arrived: ComponentType<P> | null = null;
  let arriving: Promise<ComponentType<P>> | null = null;
  const fetchPart = () =>
    (arriving ??= messagesFor(load()).then(
      (component) => (arrived = component),
      () => (arrived = (() => <PartUnavailable what={what} />) as ComponentType<P>),
    ));
  // The marker lets a test (e2e/support/app.ts boardLive) wait until every part has arrived.
  const waiting = fallback === null ? null : <div data-part-loading="">{fallback}</div>;
  function LazyPart(props: P) {
    const [Part, setPart] = useState<ComponentType<P> | null>(() => arrived);
    if (!Part) void fetchPart();
    useEffect(() => {
      if (Part) return;
      let shown = true;
      void fetchPart().then((component) => shown && setPart(() => component));
      return () => {
        shown = false;
      };
    }, [Part]);
    return Part ? <Part {...props} /> : waiting;
  }
  return LazyPart;
}
