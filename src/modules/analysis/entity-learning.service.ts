// What a workspace's entity corrections teach future analyses: each corrected surface form becomes
// an alias (text → canonical name and type) that wins over the recogniser's rules, and a form
// analysts said is not an entity is left out. The newest verdict on a form wins.
import type { EntityAlias } from '../../analyze/entities/index.ts';
import type { Store } from '../../kernel/db/connect.ts';
import type { EntityVerdict } from '../corrections/analysis-corrections.service.ts';
import { workspaceEntityCorrections } from '../corrections/corrections.repo.ts';

export interface LearntEntities {
  aliases: EntityAlias[];
  /** Surface forms analysts said are not entities. */
  notEntities: string[];
}

export async function learntEntities(store: Store, workspaceId: number): Promise<LearntEntities> {
  const rows = await workspaceEntityCorrections(store, workspaceId);
  const spans = new Set<string>();
  const byForm = new Map<string, EntityVerdict>();
  for (const { articleId, value } of rows) {
    const v = value as EntityVerdict;
    // Only the newest verdict on a mention counts; an older one it replaced teaches nothing.
    const span = `${articleId}:${v.start}:${v.end}`;
    if (spans.has(span)) continue;
    spans.add(span);
    if (!byForm.has(v.text)) byForm.set(v.text, v);
  }
  const aliases = new Map<string, EntityAlias>();
  const notEntities: string[] = [];
  for (const [form, v] of byForm) {
    if ('notEntity' in v) {
      notEntities.push(form);
      continue;
    }
    const key = `${v.type}:${v.canonical}`;
    const alias = aliases.get(key) ?? { canonical: v.canonical, type: v.type, aliases: [] };
    if (form !== v.canonical) alias.aliases.push(form);
    aliases.set(key, alias);
  }
  return { aliases: [...aliases.values()], notEntities };
}
