// Each workspace's crisis thresholds, quiet period and holidays: the defaults with the office's own
// changes on top, validated before they are kept, so a typo can never silence or flood alerts.
import {
  type CrisisSettings,
  DEFAULT_CRISIS_SETTINGS,
  type LevelThreshold,
  validateCrisisSettings,
} from '../../analyze/crisis/index.ts';
import { PantauError } from '../../domain/errors.ts';
import { type Workspace, zoneOffsetMinutes } from '../../domain/workspace.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { asCtx, type Ctx, editorName, tx } from '../../kernel/ctx.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { recordChange } from '../audit/audit.service.ts';
import {
  readWorkspaceSetting as readSetting,
  resolveWorkspace,
  writeWorkspaceSetting as writeSetting,
} from '../workspaces/workspaces.service.ts';
import { alertsPolicy } from './alerts.policy.ts';
import { parseCrisisSettingsChange } from './alerts.schema.ts';

const KEY = 'crisis';
type Level = keyof CrisisSettings['levels'];

/** What an office may change; the time zone always follows the workspace. */
export interface CrisisSettingsChange {
  levels?: Partial<Record<Level, Partial<LevelThreshold>>>;
  quietPeriodMinutes?: number;
  recoveryMinutes?: number;
  maxPerOutlet?: number;
  baselineDays?: number;
  holidays?: readonly string[];
}

type Stored = Omit<CrisisSettings, 'utcOffsetMinutes'>;

function merged(base: Stored, change: CrisisSettingsChange): Stored {
  const levels = { ...base.levels };
  for (const level of Object.keys(change.levels ?? {}) as Level[]) {
    if (!(level in levels)) throw new PantauError('validation', `Level tidak dikenal: ${level}`);
    levels[level] = { ...levels[level], ...change.levels?.[level] };
  }
  return {
    ...base,
    ...(change.quietPeriodMinutes !== undefined ? { quietPeriodMinutes: change.quietPeriodMinutes } : {}),
    ...(change.recoveryMinutes !== undefined ? { recoveryMinutes: change.recoveryMinutes } : {}),
    ...(change.maxPerOutlet !== undefined ? { maxPerOutlet: change.maxPerOutlet } : {}),
    ...(change.baselineDays !== undefined ? { baselineDays: change.baselineDays } : {}),
    ...(change.holidays !== undefined ? { holidays: [...new Set(change.holidays)].sort() } : {}),
    levels,
  };
}

function defaults(): Stored {
  const { utcOffsetMinutes: _zone, ...rest } = DEFAULT_CRISIS_SETTINGS;
  return rest;
}

/** The settings crisis checks use for a workspace. */
export async function crisisSettingsOf(store: Store, ws: Workspace): Promise<CrisisSettings> {
  const stored = await readSetting<Stored>(store, ws.id, KEY);
  return { ...merged(defaults(), stored?.value ?? {}), utcOffsetMinutes: zoneOffsetMinutes(ws.timeZone) };
}

export async function showCrisisSettings(on: Store | Ctx, workspace?: string | null) {
  const store = asCtx(on);
  const ws = await resolveWorkspace(store, workspace);
  authorize(store.actor, alertsPolicy.can('read'), ws.id);
  const stored = await readSetting<Stored>(store, ws.id, KEY);
  return {
    settings: await crisisSettingsOf(store, ws),
    updatedBy: stored?.updatedBy ?? null,
    updatedAt: stored?.updatedAt ?? null,
  };
}

/** Applies an office's change (or, with `reset`, goes back to the defaults), keeping who did it. */
export async function updateCrisisSettings(
  on: Store | Ctx,
  input: { workspace?: string | null; by?: string; change: CrisisSettingsChange; reset?: boolean },
) {
  const store = asCtx(on);
  const by = editorName(store, input.by);
  const ws = await resolveWorkspace(store, input.workspace);
  authorize(store.actor, alertsPolicy.can('settings'), ws.id);
  const change = parseCrisisSettingsChange(input.change);
  await tx(store, async (t) => {
    const stored = (await readSetting<Stored>(t, ws.id, KEY))?.value ?? null;
    const current = input.reset ? defaults() : (stored ?? defaults());
    const next = merged(merged(defaults(), current), change);
    validateCrisisSettings({ ...next, utcOffsetMinutes: zoneOffsetMinutes(ws.timeZone) });
    await writeSetting(t, { workspaceId: ws.id, key: KEY, value: next, by });
    await recordChange(t, {
      action: input.reset ? 'alerts.settings_reset' : 'alerts.settings_update',
      recordType: 'workspace_setting',
      recordId: `${ws.id}:${KEY}`,
      before: (stored ?? {}) as Record<string, unknown>,
      after: next as unknown as Record<string, unknown>,
      workspaceId: ws.id,
    });
  });
  return showCrisisSettings(store, ws.slug);
}
