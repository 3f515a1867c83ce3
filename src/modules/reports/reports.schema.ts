// The API and web contract of monitoring reports: the rich text of sections (the TipTap JSON
// subset of src/report/rich-text.ts, checked before it is stored), the report with its case, the
// section versions and comments.
import { z } from 'zod';
import { workspaceSlug } from '../../kernel/http/schemas.ts';
import { caseSchema } from '../sop-cases/sop-cases.schema.ts';

const mark = z.union([
  z.object({ type: z.enum(['bold', 'italic', 'underline']) }).strict(),
  z
    .object({
      type: z.literal('link'),
      attrs: z
        .object({
          href: z
            .string()
            .max(2000)
            .regex(/^(https?:|mailto:)/i, 'hanya tautan http(s) atau mailto'),
        })
        .passthrough(),
    })
    .passthrough(),
]);
const inline = z.union([
  z
    .object({ type: z.literal('text'), text: z.string().max(20_000), marks: z.array(mark).max(4).optional() })
    .strict(),
  z.object({ type: z.literal('hardBreak') }).strict(),
]);
type Block =
  | { type: 'paragraph'; content?: z.infer<typeof inline>[] }
  | { type: 'heading'; attrs: { level: 3 | 4 }; content?: z.infer<typeof inline>[] }
  | { type: 'bulletList' | 'orderedList'; content: { type: 'listItem'; content: Block[] }[] };
const block: z.ZodType<Block> = z.lazy(() =>
  z.union([
    z.object({ type: z.literal('paragraph'), content: z.array(inline).max(2000).optional() }).strip(),
    z
      .object({
        type: z.literal('heading'),
        attrs: z.object({ level: z.union([z.literal(3), z.literal(4)]) }).strip(),
        content: z.array(inline).max(2000).optional(),
      })
      .strip(),
    z
      .object({
        type: z.enum(['bulletList', 'orderedList']),
        content: z
          .array(z.object({ type: z.literal('listItem'), content: z.array(block).max(50) }).strip())
          .max(500),
      })
      .strip(),
  ]),
);
export const richDocSchema = z.object({ type: z.literal('doc'), content: z.array(block).max(2000) }).strip();

const table = z.object({
  caption: z.string(),
  columns: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  numeric: z.array(z.number()).optional(),
});

export const sectionVersionSchema = z.object({
  id: z.number(),
  key: z.string(),
  position: z.number(),
  title: z.string(),
  content: z.object({
    body: z.unknown().describe('rich text (TipTap JSON)'),
    charts: z.array(z.string()),
    tables: z.array(table),
  }),
  version: z.number(),
  authorName: z.string(),
  authorRole: z.string(),
  step: z.number().describe('langkah SOP saat versi disimpan; 0 = draf otomatis'),
  note: z.string(),
  createdAt: z.string(),
});

export const commentSchema = z.object({
  id: z.number(),
  sectionKey: z.string(),
  authorName: z.string(),
  authorRole: z.string(),
  body: z.string(),
  createdAt: z.string(),
});

const chart = z.object({
  key: z.string(),
  title: z.string(),
  kind: z.enum(['line', 'bar', 'pie']),
  categories: z.array(z.string()),
  series: z.array(z.object({ name: z.string(), values: z.array(z.number()), color: z.string().optional() })),
  unit: z.string(),
});

const reportRow = {
  id: z.number(),
  workspaceId: z.number(),
  title: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  number: z.string(),
  caseId: z.number().nullable(),
  createdByName: z.string(),
  createdAt: z.string(),
};

export const reportSchema = z.object({
  ...reportRow,
  periodLabel: z.string(),
  sections: z.array(sectionVersionSchema),
  comments: z.array(commentSchema),
  case: caseSchema.nullable(),
  editable: z.boolean(),
  charts: z.array(chart),
  annexRows: z.number(),
});

export const reportListItemSchema = z.object({
  ...reportRow,
  caseStatus: z.enum(['open', 'done', 'cancelled']).nullable(),
  step: z.number().nullable(),
  stepActivity: z.string().nullable(),
  late: z.boolean(),
});

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
export const draftReportSchema = z.object({
  workspace: workspaceSlug,
  from: day.describe('hari pertama periode (zona workspace)'),
  to: day.describe('hari terakhir periode, termasuk'),
  title: z.string().max(300).optional(),
});

export const letterheadSchema = z.object({
  lines: z.array(z.string().max(200)).min(1).max(6),
  logoPng: z.string().max(800_000).nullable().describe('PNG dalam base64, atau null'),
});
