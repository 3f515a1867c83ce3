// Crisis settings that cannot be meant (a holiday on the 45th of the 13th month, a ratio of 1e308,
// a quiet period of a century) are refused field by field, the same way by the API and the CLI,
// on both stores, and nothing of the bad change is kept.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildUser, buildWorkspace } from '../../../test/factories/index.ts';
import { runCli } from '../../../test/support/cli.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import { buildApp } from '../../main/app.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of the API under test
type Json = any;

describe.each(DIALECTS)('crisis settings validation on %s', (dialect) => {
  let t: TestStore;
  let app: FastifyInstance;
  let base = '';
  let token = '';
  let env: Record<string, string> = {};
  beforeAll(async () => {
    t = await openTestStore(dialect);
    const workspace = await buildWorkspace(t.store, { slug: 'kota' });
    token = (await buildUser(t.store, { role: 'team_lead', workspace })).token;
    app = await buildApp({ store: t.store });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
    env = { PANTAU_DATA_DIR: t.dataDir, ...(t.databaseUrl ? { DATABASE_URL: t.databaseUrl } : {}) };
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });
  const put = async (body: unknown) => {
    const res = await fetch(`${base}/api/v1/alerts/settings?workspace=kota`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Json };
  };
  const fields = (body: Json) => (body.errors ?? []).map((e: { path: string }) => e.path).sort();

  test('the API names each impossible field and keeps nothing', async () => {
    const bad = await put({
      holidays: ['2026-12-25', '2026-13-45', '2025-02-29'],
      levels: { siaga: { minRatio: 1e308 }, krisis: { minNegative: 1_000_000_000 } },
      quietPeriodMinutes: 52_560_000,
      maxPerOutlet: 1e9,
    });
    expect(bad.status).toBe(400);
    expect(fields(bad.body)).toEqual([
      'holidays.1',
      'holidays.2',
      'levels.krisis.minNegative',
      'levels.siaga.minRatio',
      'maxPerOutlet',
      'quietPeriodMinutes',
    ]);
    const holiday = bad.body.errors.find((e: { path: string }) => e.path === 'holidays.1');
    expect(holiday.message).toContain('tanggal kalender');
    const ratio = bad.body.errors.find((e: { path: string }) => e.path === 'levels.siaga.minRatio');
    expect(ratio.message).toMatch(/0 .* 100/);

    const kept = await fetch(`${base}/api/v1/alerts/settings?workspace=kota`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const settings = ((await kept.json()) as Json).settings;
    expect(settings.holidays).toEqual([]);
    expect(settings.levels.siaga.minRatio).toBe(3);

    const good = await put({ holidays: ['2028-02-29'], levels: { siaga: { minRatio: 100 } } });
    expect(good.status).toBe(200);
    expect(good.body.settings.holidays).toEqual(['2028-02-29']);
    expect(good.body.settings.levels.siaga.minRatio).toBe(100);
  });

  test('the CLI refuses the same values with the same field names and exit code 2', {
    timeout: 240_000,
  }, async () => {
    const holiday = await runCli(
      ['alerts', 'settings', '--workspace', 'kota', '--holiday', '2026-13-45'],
      env,
    );
    expect(holiday.code).toBe(2);
    expect(holiday.stderr).toContain('holidays.0');
    expect(holiday.stderr).toContain('2026-13-45');
    expect(holiday.stderr).toContain('tanggal kalender');
    expect(holiday.stderr).not.toMatch(/^\s+at /m);

    const ratio = await runCli(
      ['alerts', 'settings', '--workspace', 'kota', '--siaga', '3:10:5:1e308', '--quiet-minutes', '1e12'],
      env,
    );
    expect(ratio.code).toBe(2);
    expect(ratio.stderr).toContain('levels.siaga.minRatio');
    expect(ratio.stderr).toContain('quietPeriodMinutes');

    const shown = JSON.parse(
      (await runCli(['alerts', 'settings', '--workspace', 'kota', '--json'], env)).stdout,
    );
    expect(shown.settings.holidays).toEqual(['2028-02-29']);
    expect(shown.settings.levels.siaga.minRatio).toBe(100);
  });
});
