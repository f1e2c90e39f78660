export { commentRequest, commentUpdate, publicLimits, publishRequest, slugPattern } from './types.js';
export type { CommentRequest, PublicAction, PublicCanvas, PublicComment, PublicPage, PublicSnapshot, PublishRequest } from './types.js';
export { publicCanvas, publicMap, publicSnapshot } from './snapshot.js';
export type { SnapshotInput } from './snapshot.js';
export { freeSlug, slugFrom } from './slug.js';
export { notPublishedHtml, publicPageHtml, publicStylesheet } from './html.js';
export type { PageOptions } from './html.js';
export { pageText } from './pageText.js';
export type { PageText } from './pageText.js';
