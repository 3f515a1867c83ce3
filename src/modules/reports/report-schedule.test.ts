// Scheduled drafts: the right last period for each frequency, drafted once the morning after it
// ends in the workspace's zone, never twice, on both stores.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildUser, buildWorkspace } from '../../../test/factories/index.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import { draftScheduledReports, lastPeriod, saveReportSchedule } from './report-schedule.service.ts';
import { getReport } from './reports.service.ts';

describe('the last whole period', () => {
  test('yesterday, last Monday to Sunday, last month', () => {
    // Monday 7 December 2026.
    const today = { year: 2026, month: 12, day: 7 };
    expect(lastPeriod('daily', today)).toEqual({ fromDay: '2026-12-06', toDay: '2026-12-06' });
    expect(lastPeriod('weekly', today)).toEqual({ fromDay: '2026-11-30', toDay: '2026-12-06' });
    expect(lastPeriod('monthly', today)).toEqual({ fromDay: '2026-11-01', toDay: '2026-11-30' });
    // A Sunday still reports the week before the current one; January reports December.
    expect(lastPeriod('weekly', { year: 2026, month: 12, day: 13 })).toEqual({
      fromDay: '2026-11-30',
      toDay: '2026-12-06',
    });
    expect(lastPeriod('monthly', { year: 2027, month: 1, day: 3 })).toEqual({
      fromDay: '2026-12-01',
      toDay: '2026-12-31',
    });
  });
});

describe.each(DIALECTS)('scheduled drafts on %s', (dialect) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await openTestStore(dialect);
  });
  afterAll(async () => {
    await t.dispose();
  });

  test('a weekly report is drafted once, after the chosen hour of Monday in the workspace zone', async () => {
    const ws = await buildWorkspace(t.store, {
      slug: 'kota-jayapura',
      region: 'Kota Jayapura',
      timeZone: 'WIT',
    });
    const admin = await buildUser(t.store, { role: 'admin', workspace: ws });
    await saveReportSchedule(admin.ctx, { frequency: 'weekly', hour: 7 });
    // 06:30 WIT on Monday: not yet.
    expect(await draftScheduledReports(t.store, new Date('2026-12-06T21:30:00Z'))).toEqual([]);
    // 07:10 WIT: last week's report, with its SOP A case at step 1.
    const [id] = await draftScheduledReports(t.store, new Date('2026-12-06T22:10:00Z'));
    expect(id).toBeGreaterThan(0);
    const report = await getReport(admin.ctx, id);
    expect(report.title).toBe('Laporan Media Monitoring 30 November – 6 Desember 2026');
    expect(report.case?.step.no).toBe(1);
    expect(report.createdByName).toBe('sistem');
    // Later checks that day find it drafted.
    expect(await draftScheduledReports(t.store, new Date('2026-12-07T03:00:00Z'))).toEqual([]);
  });
});
