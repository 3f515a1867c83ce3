// The dashboard API contract: every figure of one period beside the same figure for the period
// before it, so the web app shows change without a second request.
import { z } from 'zod';
import { workspaceSlug } from '../../kernel/http/schemas.ts';

export const intervals = ['hour', 'day', 'week', 'month'] as const;
export type Interval = (typeof intervals)[number];
/** Stored tone labels (the web app shows them as positif / netral / negatif). */
export const tones = ['positive', 'neutral', 'negative'] as const;

const idList = z
  .string()
  .max(500)
  .regex(/^\d+(,\d+)*$/, 'daftar nomor dipisah koma — comma-separated ids')
  .transform((s) => s.split(',').map(Number));

export const dashboardQuery = z.object({
  workspace: workspaceSlug.optional(),
  /** Start of the period (inclusive), ISO 8601; default: 30 days before `to`. */
  from: z.iso.datetime({ offset: true }).optional(),
  /** End of the period (exclusive), ISO 8601; default: now. */
  to: z.iso.datetime({ offset: true }).optional(),
  /** Subjects to compare; default: every enabled subject of the workspace. */
  subjects: idList.optional(),
  /** Bucket of the time series; default chosen from the period's length. */
  interval: z.enum(intervals).optional(),
});
export type DashboardQuery = z.output<typeof dashboardQuery>;

const toneCounts = z.object({ positive: z.number(), neutral: z.number(), negative: z.number() });
export type ToneCounts = z.infer<typeof toneCounts>;

/** A figure now and in the period of the same length just before. */
const compared = z.object({ current: z.number(), previous: z.number() });
export type Compared = z.infer<typeof compared>;

export const dashboardSchema = z.object({
  period: z.object({
    from: z.string(),
    to: z.string(),
    previousFrom: z.string(),
    interval: z.enum(intervals),
    timeZone: z.string(),
  }),
  subjects: z.array(z.object({ id: z.number(), name: z.string(), kind: z.string() })),
  totals: z.object({
    articles: compared,
    outlets: compared,
    negative: compared,
    positive: compared,
    /** Articles that mention at least one of the chosen subjects. */
    aboutSubjects: compared,
  }),
  /** One row per bucket (start time, ISO): all coverage, and each subject's articles by id. */
  volume: z.array(
    z.object({
      bucket: z.string(),
      articles: z.number(),
      subjects: z.record(z.string(), z.number()),
    }),
  ),
  /** Tone of the articles about the chosen subjects per bucket (toward the subject, corrections win). */
  tone: z.array(z.object({ bucket: z.string() }).extend(toneCounts.shape)),
  shareOfVoice: z.array(
    z.object({ subjectId: z.number(), name: z.string(), articles: compared, tone: toneCounts }),
  ),
  issues: z.array(
    z.object({
      id: z.number(),
      title: z.string(),
      articles: compared,
      tone: toneCounts,
      locked: z.boolean(),
    }),
  ),
  /** By the outlet that published (an aggregator source yields many); its source when it has one. */
  outlets: z.array(
    z.object({ name: z.string(), sourceId: z.number().nullable(), articles: compared, tone: toneCounts }),
  ),
  persons: z.array(z.object({ name: z.string(), articles: compared })),
  spokespersons: z.array(z.object({ name: z.string(), quotes: compared })),
  keyPhrases: z.array(z.object({ phrase: z.string(), articles: z.number() })),
  /** Headline tone beside body tone: how many articles fall in each pair, and those that disagree. */
  headlineTone: z.object({
    pairs: z.array(z.object({ headline: z.enum(tones), body: z.enum(tones), articles: z.number() })),
    disagreeing: z.array(
      z.object({
        id: z.number(),
        title: z.string(),
        source: z.string(),
        publishedAt: z.string().nullable(),
        headline: z.enum(tones),
        body: z.enum(tones),
      }),
    ),
  }),
  /** The newest crisis alerts of the period. */
  alerts: z.array(
    z.object({
      id: z.string(),
      level: z.string(),
      kind: z.string(),
      scope: z.string(),
      reason: z.string(),
      createdAt: z.string(),
    }),
  ),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
