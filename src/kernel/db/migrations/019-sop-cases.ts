// SOPs as versioned data and the cases that run on them: every edit of an SOP is a new row (a
// running case keeps the version it started with), a case is where one report or publication is
// in its SOP, and its events are the immutable history (who did what at which step, how long the
// step took in working minutes against its standard). Frozen: imports no live code.
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';

type Dialect = 'sqlite' | 'postgres';

export function sopCases(dialect: Dialect): Migration {
  const ts = dialect === 'postgres' ? 'timestamptz' : 'text';
  const id = dialect === 'postgres' ? 'serial' : 'integer';
  const autoId = (c: ColumnDefinitionBuilder) =>
    dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey();
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('sop_definition')
        .addColumn('id', id, autoId)
        .addColumn('workspace_id', 'integer', (c) =>
          c.notNull().references('workspace.id').onDelete('cascade'),
        )
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        // JSON of the whole definition (src/sop/definition.ts).
        .addColumn('definition', 'text', (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('created_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
        .addColumn('created_by_name', 'text', (c) => c.notNull())
        .addColumn('created_at', ts, (c) => c.notNull())
        .addUniqueConstraint('sop_definition_version', ['workspace_id', 'key', 'version'])
        .execute();

      await db.schema
        .createTable('sop_case')
        .addColumn('id', id, autoId)
        .addColumn('workspace_id', 'integer', (c) =>
          c.notNull().references('workspace.id').onDelete('cascade'),
        )
        .addColumn('definition_id', 'integer', (c) => c.notNull().references('sop_definition.id'))
        .addColumn('sop_key', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        // What the case carries through the SOP (a report, a publication), when it is a record of Pantau.
        .addColumn('subject_kind', 'text')
        .addColumn('subject_id', 'integer')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('step', 'integer', (c) => c.notNull())
        .addColumn('round', 'integer', (c) => c.notNull())
        // The role that acts at the current step (from the definition), so inboxes filter in SQL.
        .addColumn('step_role', 'text', (c) => c.notNull())
        .addColumn('assignee_id', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
        .addColumn('step_started_at', ts, (c) => c.notNull())
        // The step's standard counted in the workspace's working time from step_started_at.
        .addColumn('step_due_at', ts, (c) => c.notNull())
        // What the time-standard check has already said about this visit of the step (never twice).
        .addColumn('reminded_at', ts)
        .addColumn('overdue_at', ts)
        .addColumn('escalated_at', ts)
        .addColumn('created_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
        .addColumn('created_by_name', 'text', (c) => c.notNull())
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('closed_at', ts)
        .execute();
      // The time-standard check reads open cases by due time; inboxes read open cases by step.
      await db.schema
        .createIndex('sop_case_open_due')
        .on('sop_case')
        .columns(['status', 'step_due_at'])
        .execute();
      await db.schema
        .createIndex('sop_case_workspace')
        .on('sop_case')
        .columns(['workspace_id', 'status', 'id'])
        .execute();
      await db.schema
        .createIndex('sop_case_inbox')
        .on('sop_case')
        .columns(['workspace_id', 'step_role', 'status'])
        .execute();

      await db.schema
        .createTable('sop_case_event')
        .addColumn('id', id, autoId)
        .addColumn('case_id', 'integer', (c) => c.notNull().references('sop_case.id').onDelete('cascade'))
        .addColumn('workspace_id', 'integer', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('from_step', 'integer', (c) => c.notNull())
        .addColumn('to_step', 'integer', (c) => c.notNull())
        .addColumn('answer', 'text')
        .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
        // A hand-over's colleague, by name as it was then.
        .addColumn('to_user_name', 'text')
        .addColumn('approved', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('round', 'integer', (c) => c.notNull())
        .addColumn('actor_id', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
        .addColumn('actor_name', 'text', (c) => c.notNull())
        .addColumn('actor_role', 'text', (c) => c.notNull())
        // For compliance: when the step began, the working minutes it took and its standard.
        .addColumn('step_started_at', ts, (c) => c.notNull())
        .addColumn('working_minutes', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('standard_minutes', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('at', ts, (c) => c.notNull())
        .addColumn('notice_key', 'text')
        .execute();
      await db.schema
        .createIndex('sop_case_event_case')
        .on('sop_case_event')
        .columns(['case_id', 'id'])
        .execute();
      // A time-standard notice (reminder, overdue, escalation) is written once per step visit: its
      // key names the case, the notice and the visit; other events have none (NULLs never clash).
      await db.schema
        .createIndex('sop_case_event_notice_once')
        .on('sop_case_event')
        .column('notice_key')
        .unique()
        .execute();
    },
  };
}
