// The API and web contract of SOP cases: the case with its step, clock, allowed actions and history;
// the inbox item; the actions.
import { z } from 'zod';
import { ROLES } from '../../domain/user.ts';
import { workspaceSlug } from '../../kernel/http/schemas.ts';

const status = z.enum(['open', 'done', 'cancelled']);
const actionType = z.enum(['complete', 'decide', 'return', 'hand_over', 'cancel']);

export const caseEventSchema = z.object({
  id: z.number(),
  caseId: z.number(),
  action: z
    .string()
    .describe('start, complete, decide, return, hand_over, cancel, reminder, overdue, escalation'),
  fromStep: z.number(),
  toStep: z.number(),
  answer: z.enum(['yes', 'no']).nullable(),
  note: z.string(),
  toUserName: z.string().nullable().describe('penerima serah terima'),
  approved: z.boolean().describe('"Setuju": langkah ditandatangani oleh tindakan ini'),
  round: z.number(),
  actorId: z.number().nullable(),
  actorName: z.string(),
  actorRole: z.string(),
  stepStartedAt: z.string(),
  workingMinutes: z.number().describe('menit kerja yang dipakai langkah ini'),
  standardMinutes: z.number().describe('mutu baku waktu langkah ini, menit kerja'),
  at: z.string(),
});

export const caseSchema = z.object({
  id: z.number(),
  title: z.string(),
  sop: z.object({
    key: z.string(),
    version: z.number(),
    number: z.string(),
    title: z.string(),
    steps: z.number(),
  }),
  subject: z.object({ kind: z.string(), id: z.number() }).nullable(),
  status,
  round: z.number(),
  step: z.object({
    no: z.number(),
    activity: z.string(),
    role: z.enum(ROLES),
    executorTitle: z.string(),
    requirement: z.string(),
    output: z.string(),
    standardMinutes: z.number(),
    approval: z.boolean(),
    decision: z.boolean(),
  }),
  assignee: z.object({ id: z.number(), name: z.string() }).nullable(),
  clock: z
    .object({
      startedAt: z.string(),
      remindAt: z.string(),
      dueAt: z.string(),
      escalateAt: z.string(),
      minutesLeft: z.number().describe('menit kerja tersisa; negatif bila terlambat'),
    })
    .nullable(),
  late: z.boolean(),
  allowedActions: z.array(actionType),
  returnTargets: z.array(z.number()),
  handOverTo: z.array(z.object({ id: z.number(), name: z.string() })),
  createdByName: z.string(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
  history: z.array(caseEventSchema),
});

export const caseListItemSchema = z.object({
  id: z.number(),
  title: z.string(),
  sopKey: z.string(),
  status,
  step: z.number(),
  stepRole: z.string(),
  round: z.number(),
  assigneeId: z.number().nullable(),
  stepStartedAt: z.string(),
  dueAt: z.string(),
  late: z.boolean(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
});

export const inboxItemSchema = caseListItemSchema.extend({
  minutesLeft: z.number(),
  activity: z.string(),
  sopTitle: z.string(),
  sopVersion: z.number().describe('versi SOP yang dipakai kasus ini'),
  sopSteps: z.number(),
  standardMinutes: z.number().describe('mutu baku waktu langkah saat ini, menit kerja'),
});

const note = z.string().max(4000);

export const caseActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('complete'), note: note.optional() }).describe('selesai / "Setuju"'),
  z.object({ type: z.literal('decide'), answer: z.enum(['yes', 'no']), note: note.optional() }),
  z.object({ type: z.literal('return'), to: z.number().int().positive(), note }),
  z.object({ type: z.literal('hand_over'), toUserId: z.number().int().positive(), note: note.optional() }),
  z.object({ type: z.literal('cancel'), note }),
]);

export const startCaseSchema = z.object({
  workspace: workspaceSlug,
  sop: z.string().min(1).max(40).describe('kunci SOP, mis. sop-a'),
  title: z.string().min(1).max(300),
  assigneeId: z.number().int().positive().nullable().optional(),
});

const window = z.object({ start: z.string().regex(/^\d\d:\d\d$/), end: z.string().regex(/^\d\d:\d\d$/) });
const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const holiday = z.object({ date: z.string().regex(/^\d{4}-\d\d-\d\d$/), name: z.string().max(200) });

export const workCalendarSettingsSchema = z.object({
  hours: z.object(
    Object.fromEntries(days.map((d) => [d, z.array(window).max(6)])) as Record<
      (typeof days)[number],
      z.ZodArray<typeof window>
    >,
  ),
  officeHolidays: z.array(holiday).max(400),
});

export const workCalendarSchema = workCalendarSettingsSchema.extend({
  zone: z.string(),
  nationalHolidays: z.array(holiday),
  incompleteYears: z.array(z.number()),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
