// The demo workspace set up as an office would set up its own, through the same use cases: created
// (or an earlier demo under that name rebuilt), marked as a demo, its places, OPD and subjects
// added, its alerts sent nowhere, and the demo site's outlets added as sources.
import { DEMO_AGENCIES, DEMO_SUBJECTS, DEMO_WORKSPACE, demoPlacesCsv } from '../../demo/monitoring.ts';
import type { DemoSite } from '../../demo/site/router.ts';
import { PantauError } from '../../domain/errors.ts';
import type { Workspace } from '../../domain/workspace.ts';
import type { AlertChannels } from '../../kernel/config.ts';
import { type Ctx, editorName, tx, withWorkspace } from '../../kernel/ctx.ts';
import { addAgency } from '../agencies/agencies.service.ts';
import { recordChange } from '../audit/audit.service.ts';
import { updateRecipients } from '../notifications/notifications.service.ts';
import { importPlaces } from '../places/places.service.ts';
import { addSource } from '../sources/sources.service.ts';
import { addSubject } from '../subjects/subjects.service.ts';
import {
  createWorkspace,
  defaultWorkspace,
  findWorkspaceBySlug,
  listWorkspaces,
  readWorkspaceSetting,
  removeWorkspace,
  setDefaultWorkspace,
  writeWorkspaceSetting,
} from '../workspaces/workspaces.service.ts';

/** The workspace setting that tells a demo from an office's own workspace. */
const DEMO_MARK = 'demo';

export interface DemoMark {
  seed: number;
  days: number;
  builtFor: string;
}

export interface PreparedWorkspace {
  workspace: Workspace;
  /** The context placed in the new workspace. */
  ctx: Ctx;
  /** An earlier demo under this name was removed and built again. */
  replaced: boolean;
  /** The office's only workspace, made the default so commands without --workspace keep using it. */
  keptDefault: string | null;
}

/**
 * Creates the demo workspace. A workspace of that name that is an earlier demo is removed first (its
 * data are demo data, and the quarter they cover ended when it was built); one that is not a demo is
 * never touched.
 */
export async function prepareDemoWorkspace(
  ctx: Ctx,
  input: { slug: string; mark: DemoMark },
): Promise<PreparedWorkspace> {
  const existing = await findWorkspaceBySlug(ctx, input.slug);
  let replaced = false;
  if (existing) {
    if (!(await readWorkspaceSetting(ctx, existing.id, DEMO_MARK))) {
      throw new PantauError(
        'conflict',
        `Workspace "${input.slug}" sudah ada dan bukan workspace demo; demo tidak menimpanya. Pilih nama lain: ` +
          `pantau demo --workspace SLUG — workspace "${input.slug}" exists and is not a demo; choose another name`,
      );
    }
    await removeWorkspace(ctx, input.slug);
    replaced = true;
  }
  const others = await listWorkspaces(ctx);
  const workspace = await createWorkspace(ctx, { ...DEMO_WORKSPACE, slug: input.slug });
  await tx(ctx, async (t) => {
    await writeWorkspaceSetting(t, {
      workspaceId: workspace.id,
      key: DEMO_MARK,
      value: input.mark,
      by: editorName(t),
    });
    await recordChange(t, {
      action: 'demo.build',
      recordType: 'workspace',
      recordId: workspace.id,
      after: { ...input.mark, replaced },
      workspaceId: workspace.id,
    });
  });
  // With one office workspace, commands naming none used it; beside the demo they would have to
  // choose, so it becomes the explicit default (unless the office had set one already).
  let keptDefault: string | null = null;
  if (others.length === 1 && (await defaultWorkspace(ctx)) === null) {
    await setDefaultWorkspace(ctx, others[0].slug);
    keptDefault = others[0].slug;
  }
  return { workspace, ctx: withWorkspace(ctx, workspace), replaced, keptDefault };
}

/** Places, OPD, subjects, and alerts kept to the demo (its crisis must not page a real office). */
export async function furnishDemoWorkspace(ctx: Ctx, channels: AlertChannels): Promise<void> {
  await importPlaces(ctx, { text: demoPlacesCsv() });
  for (const agency of DEMO_AGENCIES) await addAgency(ctx, agency);
  for (const subject of DEMO_SUBJECTS) await addSubject(ctx, subject);
  await updateRecipients(ctx, { emailTo: [], webhookUrl: null, webhookSecret: null }, channels);
}

/** Every outlet's listings on the running demo site, as sources named after the outlet. */
export async function addDemoSources(ctx: Ctx, site: DemoSite, origin: string): Promise<number[]> {
  const ids: number[] = [];
  for (const listing of site.listings(origin)) {
    const source = await addSource(ctx, { url: listing.url, kind: listing.kind, name: listing.outlet.name });
    ids.push(source.id);
  }
  return ids;
}
