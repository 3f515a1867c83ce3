// Use cases for stories: the syndicated wire stories carried by several outlets, and why each copy
// was filed with the others.
import { PantauError } from '../../domain/errors.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { asCtx, type Ctx, sameWorkspace } from '../../kernel/ctx.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { inWorkspaceNamed, resolveWorkspace } from '../workspaces/workspaces.service.ts';
import { storiesPolicy } from './stories.policy.ts';
import { findStory, listStories as listStoryRows } from './stories.repo.ts';

export async function listStories(
  on: Store | Ctx,
  input: { workspace?: string | null; minOutlets?: number; limit?: number },
) {
  const store = asCtx(on);
  const ws = await resolveWorkspace(store, input.workspace);
  authorize(store.actor, storiesPolicy.can('read'), ws.id);
  return listStoryRows(store, ws.id, { minOutlets: input.minOutlets ?? 2, limit: input.limit ?? 20 });
}

export async function showStory(on: Store | Ctx, id: number, workspace?: string | null) {
  const store = await inWorkspaceNamed(asCtx(on), workspace);
  const story = await findStory(store, id);
  if (!story || !sameWorkspace(store, story.story.workspaceId)) {
    throw new PantauError('not_found', `Cerita #${id} tidak ditemukan — story not found`);
  }
  authorize(store.actor, storiesPolicy.can('read'), story.story.workspaceId);
  return story;
}
