import loadingMessages from 'virtual:messages/en/loading';
import { addEnglish, msg, useI18n, type MessageKey, type MessageValues } from '../i18n/index.js';

addEnglish(loadingMessages);

/**
 * What may be loading, named as English says it ("the workshop"), and its whole sentence in the
 * catalogues (`loading.`), so each language words it its own way ("Der Workshop wird geladen…").
 */
const loadingKeys = {
  'your session': msg('loading.session'),
  'invite links': msg('loading.inviteLinks'),
  'the project’s page': msg('loading.projectPage'),
  'your API tokens': msg('loading.apiTokens'),
  'the start page': msg('loading.startPage'),
  'the join page': msg('loading.joinPage'),
  'the sign-in page': msg('loading.signInPage'),
  'your workshops': msg('loading.yourWorkshops'),
  'the plenary': msg('loading.plenary'),
  'the workshop': msg('loading.workshop'),
  'the booking form': msg('loading.bookingForm'),
  'the booking requests': msg('loading.bookingRequests'),
  'booking requests': msg('loading.bookingRequests'),
  'the audience page': msg('loading.audiencePage'),
  'the city atlas': msg('loading.cityAtlas'),
  /** With `values={{ city }}`. */
  'the atlas of a city': msg('loading.cityAtlasOf'),
  'the board': msg('loading.board'),
  'the map editor': msg('loading.mapEditor'),
  'the canvas': msg('loading.canvas'),
  'the reflection board': msg('loading.reflectionBoard'),
  'the notes': msg('loading.notes'),
  'the audience link': msg('loading.audienceLink'),
  'the map': msg('loading.map'),
  'the live workshop': msg('loading.liveWorkshop'),
} satisfies Record<string, MessageKey>;

/** What is loading, as the code names it (`<Loading what="the workshop" />`). */
export type LoadingWhat = keyof typeof loadingKeys;

/** "The map editor could not be loaded.": for the parts whose code is fetched when first shown (lazyPart). */
export const unavailableKeys = {
  'the start page': msg('loading.failed.startPage'),
  'the join page': msg('loading.failed.joinPage'),
  'the sign-in page': msg('loading.failed.signInPage'),
  'your workshops': msg('loading.failed.yourWorkshops'),
  'the plenary': msg('loading.failed.plenary'),
  'the workshop': msg('loading.failed.workshop'),
  'the booking form': msg('loading.failed.bookingForm'),
  'the booking requests': msg('loading.failed.bookingRequests'),
  'the audience page': msg('loading.failed.audiencePage'),
  'the city atlas': msg('loading.failed.cityAtlas'),
  'the board': msg('loading.failed.board'),
  'the map editor': msg('loading.failed.mapEditor'),
  'the canvas': msg('loading.failed.canvas'),
  'the reflection board': msg('loading.failed.reflectionBoard'),
  'the notes': msg('loading.failed.notes'),
  'the audience link': msg('loading.failed.audienceLink'),
  'the map': msg('loading.failed.map'),
  'the live workshop': msg('loading.failed.liveWorkshop'),
} satisfies Partial<Record<LoadingWhat, MessageKey>>;

/** A part whose code is fetched the first time it is shown (lazyPart). */
export type PartWhat = keyof typeof unavailableKeys;

/** Shown while a page waits for the server: "Loading the workshop…", in the person's language. */
export function Loading({ what, values }: { what: LoadingWhat; values?: MessageValues }) {
  const { t } = useI18n();
  return (
    <p role="status" className="loading">
      {t(loadingKeys[what], values)}
    </p>
  );
}
