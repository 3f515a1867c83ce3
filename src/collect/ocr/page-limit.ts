// How many pages one clipping file may hold, a PDF or a multi-page TIFF scan: a day's newspaper is
// under 40 pages, and every page costs seconds of OCR in a process with a time limit.
import { PantauError } from '../../domain/errors.ts';

export const MAX_FILE_PAGES = 40;

export function tooManyPages(kind: 'PDF' | 'TIFF', pages: number): PantauError {
  return new PantauError(
    'too_many_pages',
    `${kind} terlalu banyak halaman (${pages}; paling banyak ${MAX_FILE_PAGES}) — too many pages`,
  );
}
