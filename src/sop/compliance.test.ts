import { describe, expect, test } from 'vitest';
import { monitoringForm, quantile, type StepCompletion, stepCompliance } from './compliance.ts';

const done = (step: number, workingMinutes: number, caseId = 1, note = ''): StepCompletion => ({
  caseId,
  caseTitle: `Laporan ${caseId}`,
  step,
  workingMinutes,
  standardMinutes: step === 1 ? 120 : 30,
  actorName: 'Rina',
  note,
  at: '2026-12-07T02:00:00.000Z',
});

describe('SOP compliance', () => {
  test('nearest-rank quantiles are observed times', () => {
    expect(quantile([10, 20, 30, 40], 0.5)).toBe(20);
    expect(quantile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.9)).toBe(90);
    expect(quantile([], 0.5)).toBeNull();
  });

  test('per step: completions, median, 90th percentile, share within standard, deviations with their case', () => {
    const steps = [
      { no: 1, activity: 'Menyusun draft laporan', standardMinutes: 120 },
      { no: 2, activity: 'Mengoreksi laporan', standardMinutes: 30 },
      { no: 3, activity: 'Memeriksa laporan', standardMinutes: 30 },
    ];
    const rows = stepCompliance(steps, [
      done(1, 90, 1),
      done(1, 130, 2, 'Data cetak terlambat masuk'),
      done(2, 20, 1),
      done(2, 25, 2),
      done(2, 30, 3),
    ]);
    expect(rows[0]).toMatchObject({
      completions: 2,
      medianMinutes: 90,
      p90Minutes: 130,
      withinStandard: 0.5,
    });
    expect(rows[0].deviations.map((d) => [d.caseId, d.workingMinutes, d.note])).toEqual([
      [2, 130, 'Data cetak terlambat masuk'],
    ]);
    expect(rows[1]).toMatchObject({
      completions: 3,
      medianMinutes: 25,
      p90Minutes: 30,
      withinStandard: 1,
      deviations: [],
    });
    expect(rows[2]).toMatchObject({ completions: 0, medianMinutes: null, withinStandard: null });

    expect(monitoringForm(rows).map((r) => [r.no, r.runsWell])).toEqual([
      [1, 'Tidak'],
      [2, 'Ya'],
      [3, '-'],
    ]);
    expect(monitoringForm(rows)[0].notes).toBe(
      '2 kali dilaksanakan; median 90 menit kerja, 90% selesai dalam 130 menit kerja (mutu baku 120 menit); 50% sesuai mutu baku; 1 penyimpangan',
    );
  });
});
