// The SOP editor's step operations (web/src/features/sops/edit/draft.ts) on the shipped SOP B, whose
// step 4 decides YES → 5 and NO → 2: after any move, insertion or removal the steps are numbered by
// position, each decision still points at the same activities, and the server's own check accepts
// the result, or refuses it when a target's step is gone.
import { describe, expect, test } from 'vitest';
import { validateDefinition } from '../../src/sop/definition.ts';
import { SOP_B } from '../../src/sop/templates/sop-b.ts';
import { insertStep, moveStep, removeStep, updateStep } from '../../web/src/features/sops/edit/draft.ts';

const steps = () => structuredClone(SOP_B.steps);
const activityOf = (list: typeof SOP_B.steps, no: number | null) =>
  no === null ? null : list.find((s) => s.no === no)?.activity;
const decisionTargets = (list: typeof SOP_B.steps) => {
  const decider = list.find((s) => s.decision);
  if (!decider?.decision) throw new Error('no decision step');
  return {
    decider: decider.activity,
    yes: activityOf(list, decider.decision.yes),
    no: activityOf(list, decider.decision.no),
  };
};
const valid = (list: typeof SOP_B.steps) => validateDefinition({ ...structuredClone(SOP_B), steps: list });

describe('SOP editor step operations', () => {
  const before = decisionTargets(SOP_B.steps);

  test('moving a step up or down renumbers by position and keeps YES/NO on the same activities', () => {
    for (let i = 0; i < SOP_B.steps.length; i++) {
      for (const by of [-1, 1] as const) {
        const moved = moveStep(steps(), i, by);
        expect(moved.map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 6]);
        expect(decisionTargets(moved)).toEqual(before);
      }
    }
    // Step 1 up and step 6 down change nothing.
    expect(moveStep(steps(), 0, -1)).toEqual(SOP_B.steps);
    expect(moveStep(steps(), 5, 1)).toEqual(SOP_B.steps);
  });

  test('a step inserted anywhere shifts the numbers after it; the result passes the server check', () => {
    for (let i = 0; i < SOP_B.steps.length; i++) {
      let list = insertStep(steps(), 'x', i);
      expect(list.map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(list[i + 1]).toMatchObject({ no: i + 2, activity: '', executor: SOP_B.steps[i].executor });
      expect(decisionTargets(list)).toEqual(before);
      list = updateStep(list, i + 1, { activity: 'Memeriksa ulang kelengkapan bahan' });
      expect(() => valid(list)).not.toThrow();
    }
  });

  test('removing a step a decision points at leaves the target unchosen, and the server refuses it', () => {
    const list = removeStep(steps(), 1); // step 2, where NO sends the material back
    const decider = list.find((s) => s.decision);
    expect(decider?.no).toBe(3);
    expect(decider?.decision).toEqual({ yes: 4, no: 0 });
    expect(() => valid(list)).toThrow();
    // Removing a step no decision names keeps the decision whole and valid.
    const kept = removeStep(steps(), 5);
    expect(decisionTargets(kept)).toEqual(before);
    expect(() => valid(kept)).not.toThrow();
  });

  test('switching a decision off removes it from the JSON instead of sending it empty', () => {
    const decider = SOP_B.steps.findIndex((s) => s.decision);
    const list = updateStep(steps(), decider, { decision: undefined });
    expect('decision' in list[decider]).toBe(false);
  });
});
