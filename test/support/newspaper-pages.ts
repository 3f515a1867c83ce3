// The pages the OCR tests and bench print, and what is done to them: a few for the test suite
// (OCR is slow), eight clean A4 pages and eight degraded copies for the bench.
import type { Degradation } from './degrade.ts';
import type { PageSpec } from './newspaper.ts';

/** Two columns on half an A4 (OCR is slow): a lead across both, then two articles side by side. */
export const CLEAN_TWO_COLUMNS: PageSpec = {
  name: 'half-2col-clean',
  size: 'half-a4',
  columns: 2,
  bands: [
    [{ article: 3, span: 2, paragraphs: 2 }],
    [
      { article: 5, span: 1, paragraphs: 2 },
      { article: 6, span: 1, paragraphs: 2 },
    ],
  ],
};

/** Two columns on A4: a lead across both, then two articles side by side, then one across both again. */
const A4_TWO_COLUMNS: PageSpec = {
  name: 'a4-2col',
  size: 'a4',
  columns: 2,
  bands: [
    [{ article: 3, span: 2 }],
    [
      { article: 5, span: 1 },
      { article: 6, span: 1 },
    ],
    [{ article: 9, span: 2 }],
  ],
};

/** Three columns: a lead across all three, a two-column article beside a one-column one, a third below. */
export const CLEAN_THREE_COLUMNS: PageSpec = {
  name: 'a4-3col',
  size: 'a4',
  columns: 3,
  bands: [
    [{ article: 0, span: 3 }],
    [
      { article: 1, span: 2 },
      { article: 2, span: 1 },
    ],
    [{ article: 4, span: 3, paragraphs: 2 }],
  ],
};

/** Half-A4 clippings for the degraded tests: one three-column, one two-column with two articles. */
export const CLIPPING_THREE_COLUMNS: PageSpec = {
  name: 'half-3col',
  size: 'half-a4',
  columns: 3,
  bands: [[{ article: 7, span: 3 }], [{ article: 2, span: 3, paragraphs: 2 }]],
};

export const CLIPPING_TWO_COLUMNS: PageSpec = {
  name: 'half-2col',
  size: 'half-a4',
  columns: 2,
  bands: [
    [
      { article: 9, span: 1 },
      { article: 8, span: 1 },
    ],
  ],
};

export interface DegradedCase {
  page: PageSpec;
  steps: Degradation[];
}

/**
 * The degraded set of the test suite: every kind of damage the issue names (rotation up to 5°,
 * blur, noise, JPEG compression, a phone's perspective) on two clippings — OCR is slow.
 */
export const TEST_DEGRADED: DegradedCase[] = [
  {
    page: CLIPPING_THREE_COLUMNS,
    steps: [
      { kind: 'rotate', degrees: -5 },
      { kind: 'blur', sigma: 1 },
      { kind: 'jpeg', quality: 45 },
    ],
  },
  {
    page: CLIPPING_TWO_COLUMNS,
    steps: [
      { kind: 'photo', tilt: 0.035, seed: 11 },
      { kind: 'noise', sigma: 10, seed: 12 },
      { kind: 'jpeg', quality: 75 },
    ],
  },
];

/** The e-paper PDF: two columns of real text. */
export const EPAPER_TWO_COLUMNS: PageSpec = {
  name: 'epaper-2col',
  size: 'a4',
  columns: 2,
  bands: [
    [{ article: 7, span: 2 }],
    [
      { article: 8, span: 1 },
      { article: 9, span: 1 },
    ],
  ],
};

/** A short item in two columns of a few lines each, a common clipping. */
export const SHORT_ITEM: PageSpec = {
  name: 'strip-2col',
  size: 'strip',
  columns: 2,
  bands: [[{ article: 4, span: 2, paragraphs: 2 }]],
};

/** A one-column item: the good file read between hostile ones, quick to OCR. */
export const ONE_COLUMN_ITEM: PageSpec = {
  name: 'strip-1col',
  size: 'strip',
  columns: 3,
  bands: [[{ article: 1, span: 1, paragraphs: 1 }]],
};

/** The bench's eight clean A4 pages: every article, in 2- and 3-column layouts. */
export const BENCH_PAGES: PageSpec[] = [
  A4_TWO_COLUMNS,
  CLEAN_THREE_COLUMNS,
  {
    name: 'bench-3col-b',
    size: 'a4',
    columns: 3,
    bands: [
      [
        { article: 5, span: 2 },
        { article: 3, span: 1 },
      ],
      [{ article: 6, span: 3 }],
      [{ article: 8, span: 3 }],
    ],
  },
  {
    name: 'bench-2col-b',
    size: 'a4',
    columns: 2,
    bands: [
      [{ article: 7, span: 2 }],
      [
        { article: 0, span: 1 },
        { article: 1, span: 1 },
      ],
      [{ article: 2, span: 2, paragraphs: 3 }],
    ],
  },
  {
    name: 'bench-3col-c',
    size: 'a4',
    columns: 3,
    bodyPt: 8.5,
    columnRules: true,
    bands: [
      [{ article: 8, span: 3 }],
      [
        { article: 9, span: 1 },
        { article: 4, span: 2 },
      ],
      [{ article: 1, span: 3 }],
    ],
  },
  {
    name: 'bench-2col-c',
    size: 'a4',
    columns: 2,
    bodyPt: 10,
    bands: [
      [
        { article: 2, span: 1 },
        { article: 6, span: 1 },
      ],
      [{ article: 1, span: 2 }],
      [{ article: 5, span: 2, paragraphs: 2 }],
    ],
  },
  {
    name: 'bench-3col-d',
    size: 'a4',
    columns: 3,
    bands: [
      [
        { article: 4, span: 1 },
        { article: 0, span: 1 },
        { article: 5, span: 1 },
      ],
      [{ article: 7, span: 3, paragraphs: 2 }],
      [{ article: 9, span: 3, paragraphs: 2 }],
    ],
  },
  {
    name: 'bench-2col-d',
    size: 'a4',
    columns: 2,
    columnRules: true,
    bands: [
      [{ article: 6, span: 2 }],
      [{ article: 3, span: 2 }],
      [
        { article: 9, span: 1, paragraphs: 2 },
        { article: 8, span: 1, paragraphs: 2 },
      ],
      [{ article: 1, span: 2, paragraphs: 2 }],
    ],
  },
];

/** What the bench does to each clean page to make its degraded copy (same order). */
export const BENCH_DEGRADATIONS: Degradation[][] = [
  [
    { kind: 'rotate', degrees: 3 },
    { kind: 'jpeg', quality: 60 },
  ],
  [
    { kind: 'rotate', degrees: -5 },
    { kind: 'noise', sigma: 10, seed: 21 },
  ],
  [
    { kind: 'blur', sigma: 1.2 },
    { kind: 'jpeg', quality: 50 },
  ],
  [
    { kind: 'photo', tilt: 0.04, seed: 22 },
    { kind: 'jpeg', quality: 80 },
  ],
  [
    { kind: 'noise', sigma: 20, seed: 23 },
    { kind: 'rotate', degrees: 1.5 },
  ],
  [
    { kind: 'photo', tilt: 0.025, seed: 24 },
    { kind: 'blur', sigma: 0.8 },
  ],
  [{ kind: 'jpeg', quality: 25 }],
  [
    { kind: 'rotate', degrees: 4.5 },
    { kind: 'blur', sigma: 1 },
    { kind: 'noise', sigma: 12, seed: 25 },
    { kind: 'jpeg', quality: 70 },
  ],
];
