// The partner media registry through the API on both stores, as a Diskominfo keeps it: an analyst
// registers an outlet with its host names, Dewan Pers verification, a journalist's UKW certificates
// and an agreement; what expires within 60 days is flagged and what expires in 200 days is not; the
// outlet's coverage counts only articles on its own hosts, split by tone; another workspace cannot
// see it, staff who only read cannot change it, and every change leaves one audit row.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type BuiltUser, buildArticle, buildUser, buildWorkspace } from '../../../test/factories/index.ts';
import { storeArticles } from '../../../test/support/articles.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import type { ToneLabel } from '../../analyze/types.ts';
import type { Workspace } from '../../domain/workspace.ts';
import { buildApp } from '../../main/app.ts';
import { saveAnalysis } from '../analysis/analysis.repo.ts';
import { expiryWarnings } from './partner.ts';
import { partnerOutlets } from './partners.service.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of the API under test
type Json = any;

/** Monday 7 December 2026, 10:00 WIB: the office's "now" throughout. */
const NOW = new Date('2026-12-07T10:00:00+07:00');
const daysFromNow = (n: number) => new Date(NOW.getTime() + n * 86_400_000).toISOString();

describe.each(DIALECTS)('partner media registry on %s', (dialect) => {
  let t: TestStore;
  let app: FastifyInstance;
  let base = '';
  let home: Workspace;
  let other: Workspace;
  const people = new Map<string, BuiltUser>();

  async function call(who: string, method: string, url: string, body?: unknown) {
    const ws = who === 'other' ? other : home;
    const res = await fetch(`${base}${url}${url.includes('?') ? '&' : '?'}workspace=${ws.slug}`, {
      method,
      headers: {
        authorization: `Bearer ${people.get(who)?.token}`,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as Json };
  }
  const ok = (res: { status: number; body: Json }, status = 200) => {
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    return res.body;
  };
  const partnerAudit = async () =>
    (
      await t.store.db
        .selectFrom('audit_log')
        .select(['action', 'record_id'])
        .where('action', 'like', 'partners.%')
        .orderBy('id')
        .execute()
    ).map((r) => r.action);

  /** Stores collected articles published `daysAgo` days before NOW, analysed with `tone` (null: not yet). */
  async function collected(items: { url: string; daysAgo: number; tone: ToneLabel | null }[], ws = home) {
    const ids = await storeArticles(
      t.store,
      ws.id,
      items.map((a, i) => ({
        url: a.url,
        title: `Pemkot resmikan taman kota ${i}`,
        text: 'Wali Kota meresmikan taman kota baru di Kecamatan Sukamaju pada Senin pagi.',
        publishedAt: daysFromNow(-a.daysAgo),
      })),
    );
    for (const [i, a] of items.entries()) {
      if (!a.tone) continue;
      await saveAnalysis(
        t.store,
        {
          articleId: ids[i],
          workspaceId: ws.id,
          analyzedAt: NOW.toISOString(),
          tone: { label: a.tone, score: 0, reasons: [] },
          entities: [],
          quotes: [],
          keyphrases: [],
          summary: '',
        },
        [],
      );
    }
  }

  beforeAll(async () => {
    t = await openTestStore(dialect);
    home = await buildWorkspace(t.store, { slug: 'kab-trenggalek-mitra', region: 'Kabupaten Trenggalek' });
    other = await buildWorkspace(t.store, { slug: 'kab-lain-mitra' });
    for (const role of ['analyst', 'team_lead', 'viewer'] as const) {
      people.set(role, await buildUser(t.store, { role, workspace: home }));
    }
    people.set('other', await buildUser(t.store, { role: 'analyst', workspace: other }));
    app = await buildApp({ store: t.store, webApp: false, now: () => NOW });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  let kabarId = 0;
  let expiringCertificate = 0;
  let agreementId = 0;

  test('an analyst registers an outlet with a UKW certificate and an agreement; expiries within 60 days are flagged', async () => {
    const created = ok(
      await call('analyst', 'POST', '/api/v1/partners', {
        name: 'Kabar Trenggalek',
        legalEntity: 'PT Kabar Trenggalek Media',
        responsiblePerson: 'Hadi Santoso',
        chiefEditor: 'Rina Wulandari',
        address: 'Jl. Soekarno-Hatta 12, Trenggalek',
        phone: '0355-791234',
        email: 'kantor@kabar.example',
        newsroomEmail: 'redaksi@kabar.example',
        hosts: ['https://www.kabar.example/', 'KABAR.example', 'kabar-tv.example'],
        mediaType: 'online',
        // Valid 30 more days: flagged.
        verification: { status: 'factual', verifiedOn: '2024-01-06', validUntil: '2027-01-06' },
      }),
      201,
    ).partner;
    kabarId = created.id;
    // Pasted addresses become host names; "www." is covered by the bare name.
    expect(created.hosts).toEqual(['kabar-tv.example', 'kabar.example']);

    // Expires in 200 days: not flagged.
    ok(
      await call('analyst', 'POST', `/api/v1/partners/${kabarId}/certificates`, {
        journalistName: 'Budi Prasetyo',
        level: 'madya',
        number: '12345-PWI/WDY/DP/VI/2024',
        issuedOn: '2024-06-25',
        expiresOn: '2027-06-25',
      }),
      201,
    );
    // Expires in 30 days: flagged.
    expiringCertificate = ok(
      await call('analyst', 'POST', `/api/v1/partners/${kabarId}/certificates`, {
        journalistName: 'Sri Lestari',
        level: 'muda',
        number: '6789-AJI/WM/DP/I/2024',
        issuedOn: '2024-01-06',
        expiresOn: '2027-01-06',
      }),
      201,
    ).certificate.id;
    agreementId = ok(
      await call('analyst', 'POST', `/api/v1/partners/${kabarId}/agreements`, {
        number: '027/145/406.024/2026',
        startsOn: '2026-01-01',
        endsOn: '2027-06-25',
        valueRupiah: 3_600_000_000,
        deliverables: 'Memuat 48 rilis pemerintah dan 12 advertorial',
        requiredReleases: 48,
      }),
      201,
    ).agreement.id;

    const detail = ok(await call('team_lead', 'GET', `/api/v1/partners/${kabarId}`)).partner;
    expect(detail).toMatchObject({
      name: 'Kabar Trenggalek',
      chiefEditor: 'Rina Wulandari',
      newsroomEmail: 'redaksi@kabar.example',
      verification: { status: 'factual', verifiedOn: '2024-01-06', validUntil: '2027-01-06' },
      active: true,
    });
    expect(detail.certificates.map((c: Json) => [c.journalistName, c.level, c.expiresOn])).toEqual([
      ['Sri Lestari', 'muda', '2027-01-06'],
      ['Budi Prasetyo', 'madya', '2027-06-25'],
    ]);
    expect(detail.agreements).toEqual([
      expect.objectContaining({
        number: '027/145/406.024/2026',
        valueRupiah: 3_600_000_000,
        requiredReleases: 48,
      }),
    ]);
    expect(detail.warnings.map((w: Json) => [w.kind, w.recordId, w.daysLeft, w.expired])).toEqual([
      ['verification', null, 30, false],
      ['certificate', expiringCertificate, 30, false],
    ]);

    // The same numbers in the list, for every partner at once.
    const listed = ok(await call('team_lead', 'GET', '/api/v1/partners')).partners;
    expect(listed.map((p: Json) => [p.name, p.warnings.length])).toEqual([['Kabar Trenggalek', 2]]);

    // An agreement that ended 10 days ago with nothing newer is flagged as expired.
    ok(
      await call('analyst', 'PATCH', `/api/v1/partners/${kabarId}`, {
        verification: { status: 'factual', verifiedOn: '2025-06-01', validUntil: '2028-06-01' },
      }),
    );
    const old = ok(
      await call('analyst', 'POST', `/api/v1/partners/${kabarId}/agreements`, {
        number: '027/100/406.024/2025',
        startsOn: '2025-01-01',
        endsOn: '2025-12-31',
      }),
      201,
    ).agreement;
    // Superseded by the running one (ends later): not flagged.
    const again = ok(await call('analyst', 'GET', `/api/v1/partners/${kabarId}`)).partner;
    expect(again.warnings.map((w: Json) => w.kind)).toEqual(['certificate']);
    ok(await call('analyst', 'DELETE', `/api/v1/partners/${kabarId}/agreements/${old.id}`), 204);

    expect(await partnerAudit()).toEqual([
      'partners.create',
      'partners.add_certificate',
      'partners.add_certificate',
      'partners.add_agreement',
      'partners.update',
      'partners.add_agreement',
      'partners.remove_agreement',
    ]);
  });

  test('expired and replaced records: what the office must still renew', () => {
    const cert = (id: number, name: string, expiresOn: string) => ({
      id,
      partnerId: 1,
      journalistName: name,
      level: 'muda' as const,
      number: `N-${id}`,
      issuedOn: '2020-01-01',
      expiresOn,
    });
    const active = {
      active: true,
      verification: { status: 'none' as const, verifiedOn: null, validUntil: null },
    };
    const warnings = expiryWarnings(
      active,
      [cert(1, 'Ani', '2026-11-30'), cert(2, 'ani ', '2029-01-01'), cert(3, 'Joko', '2026-12-01')],
      [],
      '2026-12-07',
    );
    // Ani's old certificate is replaced by a newer one; Joko's expired six days ago.
    expect(warnings.map((w) => [w.recordId, w.daysLeft, w.expired])).toEqual([[3, -6, true]]);
    expect(
      expiryWarnings({ ...active, active: false }, [cert(3, 'Joko', '2026-12-01')], [], '2026-12-07'),
    ).toEqual([]);
    // Exactly 60 days ahead is flagged, 61 is not.
    expect(expiryWarnings(active, [cert(4, 'Wati', '2027-02-05')], [], '2026-12-07')).toHaveLength(1);
    expect(expiryWarnings(active, [cert(4, 'Wati', '2027-02-06')], [], '2026-12-07')).toHaveLength(0);
  });

  test("coverage counts only articles on the partner's hosts in the period, split by tone", async () => {
    await collected([
      { url: 'https://kabar.example/2026/12/taman-kota', daysAgo: 1, tone: 'positive' },
      { url: 'https://www.kabar.example/berita/pasar', daysAgo: 3, tone: 'positive' },
      { url: 'https://daerah.kabar.example/jalan-rusak', daysAgo: 5, tone: 'negative' },
      { url: 'http://kabar-tv.example/video/banjir', daysAgo: 7, tone: 'neutral' },
      { url: 'https://kabar.example/belum-dianalisis', daysAgo: 2, tone: null },
      // Outside the last 30 days.
      { url: 'https://kabar.example/2026/10/lama', daysAgo: 45, tone: 'negative' },
      // Other outlets, however close their addresses look.
      { url: 'https://notkabar.example/taman', daysAgo: 1, tone: 'negative' },
      { url: 'https://kabar.example.tiruan.example/taman', daysAgo: 1, tone: 'negative' },
      { url: 'https://warta.example/kabar.example/taman', daysAgo: 1, tone: 'negative' },
    ]);
    // An article of the other workspace on the same host belongs to that workspace only.
    await collected([{ url: 'https://kabar.example/lain', daysAgo: 1, tone: 'negative' }], other);
    // Collected now, with no publication date: counted by when it was collected.
    await buildArticle(t.store, home, { url: 'https://warta.example/tanpa-tanggal' });

    const detail = ok(await call('analyst', 'GET', `/api/v1/partners/${kabarId}`)).partner;
    expect(detail.coverage).toEqual({
      from: '2026-11-08',
      to: '2026-12-07',
      total: 5,
      positive: 2,
      neutral: 1,
      negative: 1,
      unanalysed: 1,
    });
    const listed = ok(await call('analyst', 'GET', '/api/v1/partners')).partners;
    expect(listed[0].coverage).toEqual(detail.coverage);
    // A longer period reaches the October article.
    const wider = ok(
      await call('analyst', 'GET', `/api/v1/partners/${kabarId}?from=2026-10-01&to=2026-12-07`),
    ).partner;
    expect([wider.coverage.total, wider.coverage.negative]).toEqual([6, 2]);
  });

  test("another workspace's partner is not found, and its own list does not show it", async () => {
    expect((await call('other', 'GET', `/api/v1/partners/${kabarId}`)).status).toBe(404);
    expect((await call('other', 'PATCH', `/api/v1/partners/${kabarId}`, { active: false })).status).toBe(404);
    expect(
      (
        await call('other', 'POST', `/api/v1/partners/${kabarId}/certificates`, {
          journalistName: 'Penyusup',
          level: 'muda',
          number: 'X-1',
          issuedOn: '2026-01-01',
          expiresOn: '2028-01-01',
        })
      ).status,
    ).toBe(404);
    expect((await call('other', 'DELETE', `/api/v1/partners/${kabarId}`)).status).toBe(404);
    expect(ok(await call('other', 'GET', '/api/v1/partners')).partners).toEqual([]);
    // The other workspace may register the same outlet and hosts as its own.
    ok(
      await call('other', 'POST', '/api/v1/partners', { name: 'Kabar Trenggalek', hosts: ['kabar.example'] }),
      201,
    );
    expect(ok(await call('analyst', 'GET', `/api/v1/partners/${kabarId}`)).partner.name).toBe(
      'Kabar Trenggalek',
    );
  });

  test('staff who may only read are refused every change; a viewer may not read', async () => {
    const before = await partnerAudit();
    const refused = [
      await call('team_lead', 'POST', '/api/v1/partners', { name: 'Radio Suara Trenggalek' }),
      await call('team_lead', 'PATCH', `/api/v1/partners/${kabarId}`, { active: false }),
      await call('team_lead', 'DELETE', `/api/v1/partners/${kabarId}/certificates/${expiringCertificate}`),
      await call('team_lead', 'DELETE', `/api/v1/partners/${kabarId}/agreements/${agreementId}`),
      await call('team_lead', 'DELETE', `/api/v1/partners/${kabarId}`),
      await call('viewer', 'GET', '/api/v1/partners'),
    ];
    expect(refused.map((r) => r.status)).toEqual([403, 403, 403, 403, 403, 403]);
    expect(await partnerAudit()).toEqual(before);
  });

  test('a host belongs to one partner; deactivating keeps the outlet for publication but silences its warnings', async () => {
    const clash = await call('analyst', 'POST', '/api/v1/partners', {
      name: 'Kabar Tiruan',
      hosts: ['berita.kabar.example', 'kabar.example'],
    });
    expect(clash.status).toBe(409);
    expect(clash.body.detail).toContain('Kabar Trenggalek');

    const radio = ok(
      await call('analyst', 'POST', '/api/v1/partners', {
        name: 'Radio Suara Trenggalek',
        mediaType: 'radio',
        newsroomEmail: 'berita@suara.example',
      }),
      201,
    ).partner;
    ok(await call('analyst', 'PATCH', `/api/v1/partners/${kabarId}`, { active: false }));
    const inactive = ok(await call('analyst', 'GET', `/api/v1/partners/${kabarId}`)).partner;
    expect([inactive.active, inactive.warnings]).toEqual([false, []]);

    const outlets = await partnerOutlets({
      ...(people.get('team_lead') as BuiltUser).ctx,
      workspace: home,
      now: () => NOW,
    });
    expect(outlets).toEqual([
      {
        id: kabarId,
        name: 'Kabar Trenggalek',
        newsroomEmail: 'redaksi@kabar.example',
        hosts: ['kabar-tv.example', 'kabar.example'],
        active: false,
        agreements: [
          {
            number: '027/145/406.024/2026',
            startsOn: '2026-01-01',
            endsOn: '2027-06-25',
            requiredReleases: 48,
          },
        ],
      },
      {
        id: radio.id,
        name: 'Radio Suara Trenggalek',
        newsroomEmail: 'berita@suara.example',
        hosts: [],
        active: true,
        agreements: [],
      },
    ]);
    await expect(
      partnerOutlets({ ...(people.get('viewer') as BuiltUser).ctx, workspace: home }),
    ).rejects.toMatchObject({ code: 'forbidden' });

    ok(
      await call('analyst', 'DELETE', `/api/v1/partners/${kabarId}/certificates/${expiringCertificate}`),
      204,
    );
    expect(
      (await call('analyst', 'DELETE', `/api/v1/partners/${kabarId}/certificates/${expiringCertificate}`))
        .status,
    ).toBe(404);
    ok(await call('analyst', 'DELETE', `/api/v1/partners/${radio.id}`), 204);
    expect((await call('analyst', 'GET', `/api/v1/partners/${radio.id}`)).status).toBe(404);
    expect((await partnerAudit()).slice(-5)).toEqual([
      'partners.create',
      'partners.create',
      'partners.update',
      'partners.remove_certificate',
      'partners.delete',
    ]);
  });
});
