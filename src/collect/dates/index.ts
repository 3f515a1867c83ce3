// Publication dates of news pages: the page-level finder and the free-text date reader.
export { type DateCandidates, gatherDateCandidates } from './candidates.ts';
export { type DateChoiceSettings, DEFAULT_DATE_CHOICE } from './choice.ts';
export { type DateOptions, type DateSource, datesFromCandidates, findDates, type PageDates } from './find.ts';
export { type ParseOptions, parseIndonesianDate, parseMachineDate } from './parse.ts';
export type { TimeZone } from './zone.ts';
