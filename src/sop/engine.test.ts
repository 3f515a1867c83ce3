import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ROLES, type Role } from '../domain/user.ts';
import { stepByNo, validateDefinition } from './definition.ts';
import {
  allowedActions,
  applyAction,
  type CaseAction,
  type CaseState,
  isReachableShape,
  type Performer,
  startState,
} from './engine.ts';
import { SOP_A } from './templates/sop-a.ts';
import { SOP_B } from './templates/sop-b.ts';

const as = (role: Role, userId = 1): Performer => ({ role, userId });

describe('SOP B: the yes/no loop', () => {
  test('a NO sends the material back to step 2, the second round is approved and published', () => {
    let s = startState(SOP_B);
    const run = (action: CaseAction, who: Performer) => {
      const r = applyAction(SOP_B, s, action, who);
      s = r.state;
      return r.event;
    };
    run({ type: 'complete' }, as('analyst')); // 1 inventory
    run({ type: 'complete' }, as('analyst')); // 2 analysis, material drafted
    run({ type: 'complete' }, as('head')); // 3 head of division
    expect(s.step).toBe(4);
    expect(() => run({ type: 'complete' }, as('leader'))).toThrow(/YA atau TIDAK/);
    expect(() => run({ type: 'decide', answer: 'no' }, as('leader'))).toThrow(/Alasan TIDAK/);
    const no = run({ type: 'decide', answer: 'no', note: 'Kutipan Bupati belum dikonfirmasi' }, as('leader'));
    expect(no).toMatchObject({ fromStep: 4, toStep: 2, answer: 'no', approved: false });
    expect(s).toEqual({ status: 'open', step: 2, round: 2, assigneeId: null });
    run({ type: 'complete' }, as('analyst'));
    run({ type: 'complete' }, as('head'));
    const yes = run({ type: 'decide', answer: 'yes' }, as('leader'));
    expect(yes).toMatchObject({ fromStep: 4, toStep: 5, answer: 'yes', approved: true });
    run({ type: 'complete' }, as('analyst'));
    run({ type: 'complete' }, as('analyst'));
    expect(s).toEqual({ status: 'done', step: 6, round: 2, assigneeId: null });
    expect(() => run({ type: 'complete' }, as('analyst'))).toThrow(/sudah selesai/);
  });
});

describe('SOP A: sign-offs, returns and hand-overs', () => {
  test('each step belongs to its role; Setuju is recorded on the sign-off steps', () => {
    let s = startState(SOP_A);
    expect(() => applyAction(SOP_A, s, { type: 'complete' }, as('reviewer'))).toThrow(/peran analyst/);
    const roles: Role[] = ['analyst', 'reviewer', 'team_lead', 'team_lead', 'head', 'leader', 'head'];
    const approved: boolean[] = [];
    for (const role of roles) {
      const r = applyAction(SOP_A, s, { type: 'complete' }, as(role));
      approved.push(r.event.approved);
      s = r.state;
    }
    expect(approved).toEqual([false, true, true, false, true, false, false]);
    expect(s.status).toBe('done');
  });

  test('the team lead returns the report to the reviewer with a note, and the round counts it', () => {
    let s = startState(SOP_A);
    s = applyAction(SOP_A, s, { type: 'complete' }, as('analyst')).state;
    s = applyAction(SOP_A, s, { type: 'complete' }, as('reviewer')).state;
    expect(() => applyAction(SOP_A, s, { type: 'return', to: 2, note: ' ' }, as('team_lead'))).toThrow(
      /Catatan/,
    );
    expect(() => applyAction(SOP_A, s, { type: 'return', to: 3, note: 'x' }, as('team_lead'))).toThrow(
      /sebelum/,
    );
    const r = applyAction(
      SOP_A,
      s,
      { type: 'return', to: 2, note: 'Angka isu banjir keliru' },
      as('team_lead'),
    );
    expect(r.state).toEqual({ status: 'open', step: 2, round: 2, assigneeId: null });
    expect(r.event).toMatchObject({
      action: 'return',
      fromStep: 3,
      toStep: 2,
      note: 'Angka isu banjir keliru',
    });
  });

  test('a step handed to a colleague is then theirs alone', () => {
    let s = startState(SOP_A, 10);
    expect(() => applyAction(SOP_A, s, { type: 'complete' }, as('analyst', 11))).toThrow();
    expect(() =>
      applyAction(SOP_A, s, { type: 'hand_over', toUserId: 11, toUserRole: 'reviewer' }, as('analyst', 10)),
    ).toThrow(/berperan analyst/);
    s = applyAction(
      SOP_A,
      s,
      { type: 'hand_over', toUserId: 11, toUserRole: 'analyst' },
      as('analyst', 10),
    ).state;
    expect(allowedActions(SOP_A, s, as('analyst', 10))).toEqual([]);
    expect(allowedActions(SOP_A, s, as('analyst', 11))).toEqual(['complete', 'hand_over']);
    expect(applyAction(SOP_A, s, { type: 'complete' }, as('analyst', 11)).state.step).toBe(2);
  });

  test('only a head or an administrator cancels, with a reason', () => {
    const s = startState(SOP_A);
    expect(() => applyAction(SOP_A, s, { type: 'cancel', note: 'dobel' }, as('analyst'))).toThrow(
      /membatalkan/,
    );
    expect(() => applyAction(SOP_A, s, { type: 'cancel', note: '' }, as('head'))).toThrow(/Alasan/);
    expect(applyAction(SOP_A, s, { type: 'cancel', note: 'Laporan ganda' }, as('head')).state.status).toBe(
      'cancelled',
    );
  });

  test('the system never signs a step off', () => {
    expect(allowedActions(SOP_A, startState(SOP_A), { role: 'system', userId: null })).toEqual(['cancel']);
  });
});

describe('the templates are valid definitions', () => {
  test.each([SOP_A, SOP_B])('$key', (def) => {
    expect(validateDefinition(def)).toEqual(def);
  });
});

// Any sequence of actions by anyone: every accepted action leaves a state the definition allows,
// the case ends only where the table ends, and a closed case accepts nothing more.
describe('no sequence of actions leaves a case where its definition does not allow', () => {
  const actionArb = fc.oneof(
    fc.record({ type: fc.constant('complete' as const), note: fc.constantFrom('', 'ok') }),
    fc.record({
      type: fc.constant('decide' as const),
      answer: fc.constantFrom('yes' as const, 'no' as const),
      note: fc.constantFrom('', 'perbaiki'),
    }),
    fc.record({
      type: fc.constant('return' as const),
      to: fc.integer({ min: -1, max: 9 }),
      note: fc.constantFrom('', 'revisi'),
    }),
    fc.record({
      type: fc.constant('hand_over' as const),
      toUserId: fc.integer({ min: 1, max: 3 }),
      toUserRole: fc.constantFrom(...ROLES),
    }),
    fc.record({ type: fc.constant('cancel' as const), note: fc.constantFrom('', 'batal') }),
  );
  const performerArb = fc.record({
    role: fc.constantFrom<Role | 'system'>(...ROLES, 'system'),
    userId: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
  });

  test.each([SOP_A, SOP_B])('$key', (def) => {
    fc.assert(
      fc.property(fc.array(fc.tuple(actionArb, performerArb), { maxLength: 60 }), (moves) => {
        let s: CaseState = startState(def);
        let expectedRound = 1;
        for (const [action, who] of moves) {
          const before = s;
          let result: ReturnType<typeof applyAction>;
          try {
            result = applyAction(def, s, action, who);
          } catch {
            // A refused action changes nothing; a closed case refuses everything.
            expect(s).toBe(before);
            continue;
          }
          expect(before.status).toBe('open');
          expect(allowedActions(def, before, who)).toContain(action.type);
          s = result.state;
          expect(isReachableShape(def, s)).toBe(true);
          const from = stepByNo(def, before.step);
          if (!from) throw new Error(`step ${before.step} not in ${def.key}`);
          const { toStep } = result.event;
          const legal =
            toStep === before.step + 1 ||
            toStep === before.step ||
            (from.decision !== undefined && (toStep === from.decision.yes || toStep === from.decision.no)) ||
            (action.type === 'return' && toStep < before.step);
          expect(legal).toBe(true);
          if (toStep < before.step) expectedRound++;
          expect(s.round).toBe(expectedRound);
          if (s.status === 'done') {
            const last = def.steps[def.steps.length - 1];
            expect(s.step === last.no || (from.decision !== undefined && from.decision.yes === null)).toBe(
              true,
            );
          }
        }
      }),
      { numRuns: 2000 },
    );
  });
});
