// Publication dates of news pages: the page-level finder and the free-text date reader.
export { type DateOptions, type DateSource, findDates, type PageDates } from './find.ts';
export { type ParseOptions, parseIndonesianDate, parseMachineDate } from './parse.ts';
export type { TimeZone } from './zone.ts';
