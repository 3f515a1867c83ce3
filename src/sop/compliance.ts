// SOP compliance: how long each step really took against its time standard (the seed warns that
// any deviation from the mutu baku is a failure the executor answers for). Measured per step from
// the cases' completions in working minutes; a deviation lists its case and the note given.

export interface StepCompletion {
  caseId: number;
  caseTitle: string;
  step: number;
  workingMinutes: number;
  standardMinutes: number;
  actorName: string;
  note: string;
  at: string;
}

export interface StepCompliance {
  step: number;
  activity: string;
  standardMinutes: number;
  /** Completions of the step in the period (a step done twice after a return counts twice). */
  completions: number;
  medianMinutes: number | null;
  p90Minutes: number | null;
  /** Share of completions within the standard, 0..1; null without completions. */
  withinStandard: number | null;
  deviations: StepCompletion[];
}

/** The value below which `q` of the sorted values fall (nearest rank: an observed time, never an average). */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1];
}

export function stepCompliance(
  steps: readonly { no: number; activity: string; standardMinutes: number }[],
  completions: readonly StepCompletion[],
): StepCompliance[] {
  return steps.map((s) => {
    const done = completions.filter((c) => c.step === s.no);
    const times = done.map((c) => c.workingMinutes).sort((a, b) => a - b);
    const late = done.filter((c) => c.workingMinutes > c.standardMinutes);
    return {
      step: s.no,
      activity: s.activity,
      standardMinutes: s.standardMinutes,
      completions: done.length,
      medianMinutes: quantile(times, 0.5),
      p90Minutes: quantile(times, 0.9),
      withinStandard: done.length ? (done.length - late.length) / done.length : null,
      deviations: late,
    };
  });
}

export interface MonitoringFormRow {
  no: number;
  procedure: string;
  /** "Ya" when the step kept its standard in at least nine of ten completions, "Tidak" otherwise; "-" without data. */
  runsWell: 'Ya' | 'Tidak' | '-';
  notes: string;
  /** Left for the evaluator, except a suggestion where the step failed its standard. */
  action: string;
}

/** The national SOP monitoring form, pre-filled from the measurements for the evaluator to complete. */
export function monitoringForm(rows: readonly StepCompliance[]): MonitoringFormRow[] {
  return rows.map((r) => {
    if (r.completions === 0 || r.withinStandard === null)
      return {
        no: r.step,
        procedure: r.activity,
        runsWell: '-',
        notes: 'Belum ada pelaksanaan pada periode ini',
        action: '',
      };
    const pct = Math.round(r.withinStandard * 100);
    const notes = `${r.completions} kali dilaksanakan; median ${r.medianMinutes} menit kerja, 90% selesai dalam ${r.p90Minutes} menit kerja (mutu baku ${r.standardMinutes} menit); ${pct}% sesuai mutu baku${r.deviations.length ? `; ${r.deviations.length} penyimpangan` : ''}`;
    const good = r.withinStandard >= 0.9;
    return {
      no: r.step,
      procedure: r.activity,
      runsWell: good ? 'Ya' : 'Tidak',
      notes,
      action: good
        ? ''
        : 'Telaah penyebab keterlambatan (beban kerja, kelengkapan, atau mutu baku waktu yang perlu ditinjau)',
    };
  });
}
