// A realistic siaga alert for the notification tests, built by the real evaluator and alert decision.

import { decideAlert } from '../../analyze/crisis/alerts.ts';
import { evaluateCrisis } from '../../analyze/crisis/evaluate.ts';
import { DEFAULT_CRISIS_SETTINGS } from '../../analyze/crisis/settings.ts';
import type { Alert, CrisisEvent } from '../../analyze/crisis/types.ts';

const OUTLETS = [
  'Suara Merdeka',
  'Tribun Jateng',
  'Detik Jateng',
  'Ayo Semarang',
  'Solopos',
  'Kumparan',
  'Lingkar <Jateng> & Co',
];

export function siagaAlert(): Alert {
  const now = new Date('2025-03-19T03:00:00Z'); // Wednesday 10:00 WIB
  const events: CrisisEvent[] = Array.from({ length: 12 }, (_, i) => ({
    at: new Date(now.getTime() - (i + 1) * 14 * 60_000),
    negative: true,
    outlet: OUTLETS[i % OUTLETS.length],
  }));
  const assessment = evaluateCrisis(events, now, DEFAULT_CRISIS_SETTINGS);
  const decision = decideAlert(null, assessment, now, DEFAULT_CRISIS_SETTINGS, {
    type: 'issue',
    id: 'iss-7',
    label: 'Banjir rob <Tambak Lorok> & jalan rusak',
  });
  if (!decision.alert) throw new Error(`expected an alert, the level was ${assessment.level}`);
  return decision.alert;
}
