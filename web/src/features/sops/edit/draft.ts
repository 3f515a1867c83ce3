// The edits an administrator makes to a copy of an SOP's definition. Step numbers always equal the
// steps' positions: adding, removing or moving a step renumbers the steps and carries every decision
// target along with the step it pointed at, so "TIDAK → langkah 3" still means the same activity.
// A target whose step was removed becomes 0: the form shows it unchosen and the server refuses it.
import type { SopDefinition, SopStep } from '../sops.api.ts';

export type SopExecutor = SopDefinition['executors'][number];

/** Renumbers `steps` (already in their new order) from their old numbers. */
function renumber(steps: SopStep[]): SopStep[] {
  const newNo = new Map(steps.map((s, i) => [s.no, i + 1]));
  const target = (no: number) => newNo.get(no) ?? 0;
  return steps.map((s, i) => ({
    ...s,
    no: i + 1,
    ...(s.decision
      ? {
          decision: {
            yes: s.decision.yes === null ? null : target(s.decision.yes),
            no: target(s.decision.no),
          },
        }
      : {}),
  }));
}

export function moveStep(steps: SopStep[], index: number, by: -1 | 1): SopStep[] {
  const to = index + by;
  if (to < 0 || to >= steps.length) return steps;
  const next = [...steps];
  [next[index], next[to]] = [next[to], next[index]];
  return renumber(next);
}

export function removeStep(steps: SopStep[], index: number): SopStep[] {
  return renumber(steps.filter((_, i) => i !== index));
}

/** A new step after `index` (at the end without it), in the column of the step before it. */
export function insertStep(steps: SopStep[], executor: string, index = steps.length - 1): SopStep[] {
  const blank: SopStep = {
    // A number no existing step has, so renumbering cannot confuse it with one.
    no: Math.max(0, ...steps.map((s) => s.no)) + 1,
    activity: '',
    executor: steps[index]?.executor ?? executor,
    requirement: '',
    time: { amount: 30, unit: 'minute' },
    output: '',
    remarks: '',
  };
  return renumber([...steps.slice(0, index + 1), blank, ...steps.slice(index + 1)]);
}

export function updateStep(steps: SopStep[], index: number, change: Partial<SopStep>): SopStep[] {
  return steps.map((s, i) => {
    if (i !== index) return s;
    const next: SopStep = { ...s, ...change };
    // Optional fields are left out rather than sent empty: the JSON stays as the office wrote it.
    for (const k of ['role', 'handsTo', 'decision', 'approval'] as const)
      if (k in change && (change[k] === undefined || change[k] === false)) delete next[k];
    return next;
  });
}

/** A new executor column with a key no other column has (keys tie steps to columns). */
export function addExecutor(executors: SopExecutor[]): SopExecutor[] {
  const keys = new Set(executors.map((e) => e.key));
  let n = executors.length + 1;
  while (keys.has(`pelaksana-${n}`)) n++;
  return [...executors, { key: `pelaksana-${n}`, title: '', role: 'analyst' }];
}

export function moveItem<T>(items: T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (to < 0 || to >= items.length) return items;
  const next = [...items];
  [next[index], next[to]] = [next[to], next[index]];
  return next;
}
