// Use cases for stories: the syndicated wire stories carried by several outlets, and why each copy
// was filed with the others.
import { PantauError } from '../../domain/errors.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { findStory, listStories as listStoryRows } from './stories.repo.ts';
import { resolveWorkspace } from '../workspaces/workspaces.service.ts';

export async function listStories(
  store: Store,
  input: { workspace?: string | null; minOutlets?: number; limit?: number },
) {
  const ws = await resolveWorkspace(store, input.workspace);
  return listStoryRows(store, ws.id, { minOutlets: input.minOutlets ?? 2, limit: input.limit ?? 20 });
}

export async function showStory(store: Store, id: number) {
  const story = await findStory(store, id);
  if (!story) throw new PantauError('not_found', `Cerita #${id} tidak ditemukan — story not found`);
  return story;
}
