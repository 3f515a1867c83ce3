// Subject repository: the monitored subjects of a workspace.
import type { Selectable } from 'kysely';
import { PantauError } from '../../domain/errors.ts';
import type { Subject, SubjectKind } from '../../domain/subject.ts';
import type { Store } from '../../kernel/db/connect.ts';
import type { SubjectTable } from '../../kernel/db/schema.ts';

const toSubject = (r: Selectable<SubjectTable>): Subject => ({
  id: r.id,
  workspaceId: r.workspace_id,
  name: r.name,
  kind: r.kind,
  query: r.query,
  role: r.role,
  aliases: JSON.parse(r.aliases) as string[],
  enabled: r.enabled === 1,
  createdAt: r.created_at,
});

export async function insertSubject(
  store: Store,
  input: {
    workspaceId: number;
    name: string;
    kind: SubjectKind;
    query: string;
    role?: string | null;
    aliases?: string[];
  },
): Promise<Subject> {
  const row = await store.db
    .insertInto('subject')
    .values({
      workspace_id: input.workspaceId,
      name: input.name,
      kind: input.kind,
      query: input.query,
      role: input.role ?? null,
      aliases: JSON.stringify(input.aliases ?? []),
      created_at: new Date().toISOString(),
    })
    .onConflict((oc) => oc.columns(['workspace_id', 'name']).doNothing())
    .returningAll()
    .executeTakeFirst();
  if (!row) throw new PantauError('conflict', `Subjek "${input.name}" sudah ada — subject already exists`);
  return toSubject(row);
}

export async function listSubjects(
  store: Store,
  workspaceId: number,
  options: { enabledOnly?: boolean } = {},
) {
  let q = store.db.selectFrom('subject').selectAll().where('workspace_id', '=', workspaceId);
  if (options.enabledOnly) q = q.where('enabled', '=', 1);
  return (await q.orderBy('id').execute()).map(toSubject);
}

export async function findSubject(store: Store, id: number): Promise<Subject | null> {
  const row = await store.db.selectFrom('subject').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toSubject(row) : null;
}

export async function deleteSubject(store: Store, id: number): Promise<void> {
  await store.db.deleteFrom('subject').where('id', '=', id).execute();
}
