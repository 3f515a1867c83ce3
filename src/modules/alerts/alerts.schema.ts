// The crisis-settings contract: the one place that says which thresholds, periods and holidays an
// office may set. The API checks a request body against it; the service checks every change
// against it too, so the CLI and any other caller get the same rules and the same field names.
import { type ZodError, z } from 'zod';
import { PantauError } from '../../domain/errors.ts';

const between = (min: number, max: number) =>
  `harus antara ${min} dan ${max} — must be between ${min} and ${max}`;
const wholeBetween = (min: number, max: number) =>
  `harus bilangan bulat antara ${min} dan ${max} — must be a whole number between ${min} and ${max}`;

function bounded(min: number, max: number) {
  return z
    .number({ error: between(min, max) })
    .min(min, between(min, max))
    .max(max, between(min, max));
}

function whole(min: number, max: number) {
  return z
    .number({ error: wholeBetween(min, max) })
    .int(wholeBetween(min, max))
    .min(min, wholeBetween(min, max))
    .max(max, wholeBetween(min, max));
}

/** YYYY-MM-DD naming a day that exists (no 13th month, no 29 February outside leap years). */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 2000 &&
    year <= 2100 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

const holiday = z.string().refine(isCalendarDate, {
  error: (issue) =>
    `"${String(issue.input)}" bukan tanggal kalender YYYY-MM-DD (2000–2100) — not a calendar date`,
});

// Bounds are what an office could mean: a window within a day (the crisis model looks at hours),
// counts no region's press produces in hours beyond, ratios up to a hundredfold, periods up to a week.
export const levelThresholdChange = z
  .object({
    windowHours: z
      .number({ error: between(0, 24) })
      .gt(0, 'harus lebih dari 0 dan paling banyak 24 — must be more than 0 and at most 24')
      .max(24, 'harus lebih dari 0 dan paling banyak 24 — must be more than 0 and at most 24'),
    minNegative: whole(1, 10_000),
    minOutlets: whole(1, 1_000),
    minRatio: bounded(0, 100),
  })
  .partial()
  .strict();

export const crisisSettingsChange = z
  .object({
    levels: z
      .object({ waspada: levelThresholdChange, siaga: levelThresholdChange, krisis: levelThresholdChange })
      .partial()
      .strict()
      .optional(),
    quietPeriodMinutes: whole(0, 10_080).optional(),
    recoveryMinutes: whole(0, 10_080).optional(),
    maxPerOutlet: whole(1, 1_000).optional(),
    baselineDays: whole(7, 90).optional(),
    holidays: z.array(holiday).max(400, 'paling banyak 400 hari libur — at most 400 holidays').optional(),
  })
  .strict();

/** PUT /api/v1/alerts/settings: a change, or `reset` back to the defaults first. */
export const crisisSettingsBody = crisisSettingsChange.extend({ reset: z.boolean().optional() }).strict();

export type CrisisSettingsChangeInput = z.infer<typeof crisisSettingsChange>;

/** The change, checked; a refusal names every field that is wrong, for the CLI's one line. */
export function parseCrisisSettingsChange(change: unknown): CrisisSettingsChangeInput {
  const parsed = crisisSettingsChange.safeParse(change);
  if (parsed.success) return parsed.data;
  throw new PantauError(
    'validation',
    `Pengaturan peringatan krisis tidak valid — invalid crisis settings: ${fieldErrors(parsed.error)}`,
  );
}

function fieldErrors(error: ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(isi)'}: ${i.message}`).join('; ');
}
