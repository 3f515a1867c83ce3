// The workspace's own tone model, learnt from its analysts' tone corrections; it takes over from
// the lexicon only once its cross-validated score beats the lexicon's on those same corrections.
import {
  modelVerdict,
  type ToneModel,
  type ToneValidation,
  trainToneModel,
  validateToneModel,
} from '../../analyze/tone/index.ts';
import type { ToneLabel } from '../../analyze/types.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { asCtx, type Ctx } from '../../kernel/ctx.ts';
import type { Store } from '../../kernel/db/connect.ts';
import { countToneCorrections, toneCorrections } from '../corrections/corrections.repo.ts';
import { resolveWorkspace } from '../workspaces/workspaces.service.ts';
import { analysisPolicy } from './analysis.policy.ts';

export interface WorkspaceToneModel {
  model: ToneModel | null;
  validation: ToneValidation | null;
  takesOver: boolean;
  why: string;
  corrections: number;
}

/** Below this many corrections validation says nothing useful, so no model is trained. */
const MIN_TO_TRAIN = 20;

/** Trained models by workspace, kept until the number of corrections changes. */
const cache = new Map<number, { corrections: number; result: WorkspaceToneModel }>();

export async function workspaceToneModel(store: Store, workspaceId: number): Promise<WorkspaceToneModel> {
  // Counting is cheap; the corrected articles' texts are read only when the count has changed.
  const count = await countToneCorrections(store, workspaceId);
  const cached = cache.get(workspaceId);
  if (cached && cached.corrections === count) return cached.result;
  const rows = await toneCorrections(store, workspaceId);
  const examples = rows.map((r) => ({
    title: r.title ?? undefined,
    text: r.text,
    label: r.label as ToneLabel,
  }));
  let result: WorkspaceToneModel;
  if (examples.length < MIN_TO_TRAIN) {
    result = { model: null, validation: null, corrections: rows.length, ...verdictOf(null, rows.length) };
  } else {
    const validation = validateToneModel(examples);
    const verdict = modelVerdict(validation);
    result = { model: trainToneModel(examples), validation, corrections: rows.length, ...verdict };
  }
  cache.set(workspaceId, { corrections: count, result });
  return result;
}

function verdictOf(validation: ToneValidation | null, corrections: number) {
  const verdict = modelVerdict(validation);
  return corrections > 0 && !validation
    ? { takesOver: false, why: `Baru ${corrections} koreksi nada; model dilatih setelah ${MIN_TO_TRAIN}.` }
    : verdict;
}

export async function toneModelStatus(
  on: Store | Ctx,
  workspace?: string | null,
): Promise<WorkspaceToneModel> {
  const store = asCtx(on);
  const ws = await resolveWorkspace(store, workspace);
  authorize(store.actor, analysisPolicy.can('read'), ws.id);
  return workspaceToneModel(store, ws.id);
}
