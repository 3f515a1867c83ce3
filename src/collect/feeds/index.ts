// Public surface of feed parsing.
export { parseFeedDate } from './dates.ts';
export { decodeFeedBytes } from './decode.ts';
export { type DocumentKind, detectDocumentKind } from './detect.ts';
export { htmlToText } from './html-text.ts';
export { parseFeed } from './parse.ts';
export type { Feed, FeedEnclosure, FeedEntry, ParseFeedOptions } from './types.ts';
