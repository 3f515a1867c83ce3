// Handling a crisis alert on both stores, as the people of an office use it: an analyst acknowledges
// it, gives it to a colleague, comments, resolves and reopens it; a viewer only reads; another
// workspace never sees it; every change is in the audit trail; a webhook that answers 500 shows as
// retrying with its reason.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { type BuiltUser, buildArticle, buildUser, buildWorkspace } from '../../../test/factories/index.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import type { Workspace } from '../../domain/workspace.ts';
import { systemCtx } from '../../kernel/ctx.ts';
import { listAuditTrail } from '../audit/audit.service.ts';
import { siagaAlert } from '../notifications/alert.fixture.ts';
import { setUserDisabled } from '../users/users.service.ts';
import {
  acknowledgeAlert,
  assignAlert,
  commentOnAlert,
  reopenAlert,
  resolveAlert,
  showAlert,
} from './alert-handling.service.ts';
import { insertAlert } from './alerts.repo.ts';
import { deliverAlert, listAlerts } from './alerts.service.ts';

describe.each(DIALECTS)('alert handling on %s', (dialect) => {
  let t: TestStore;
  let ws: Workspace;
  let analyst: BuiltUser;
  let colleague: BuiltUser;
  let viewer: BuiltUser;
  let outsider: BuiltUser;
  let hook: http.Server;
  let hookUrl: string;
  let articleIds: number[];
  let n = 0;

  beforeEach(async () => {
    t = await openTestStore(dialect);
    ws = await buildWorkspace(t.store, { slug: 'kota-sukamaju' });
    const other = await buildWorkspace(t.store, { slug: 'kab-tetangga' });
    analyst = await buildUser(t.store, { role: 'analyst', workspace: ws, name: 'Rina Analis' });
    colleague = await buildUser(t.store, { role: 'team_lead', workspace: ws, name: 'Budi Ketua Tim' });
    viewer = await buildUser(t.store, { role: 'viewer', workspace: ws, name: 'Sari Pembaca' });
    outsider = await buildUser(t.store, { role: 'analyst', workspace: other, name: 'Dodi Tetangga' });
    articleIds = [
      await buildArticle(t.store, ws, {
        url: 'https://warta-sukamaju.example/2025/03/19/banjir-rob-tambak-lorok',
        title: 'Banjir rob rendam Tambak Lorok',
      }),
      await buildArticle(t.store, ws, {
        url: 'https://kabar-jateng.example/berita/jalan-rusak-dikeluhkan',
        title: 'Jalan rusak dikeluhkan warga',
      }),
    ];
    // A receiver that is down: every delivery gets HTTP 500.
    hook = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(500).end('gangguan'));
    });
    await new Promise<void>((r) => hook.listen(0, '127.0.0.1', () => r()));
    hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/pantau`;
  });
  afterEach(async () => {
    hook.close();
    await t.dispose();
  });

  /** A siaga alert as the crisis check records it: the articles behind it and where it was sent. */
  async function raiseAlert(workspace: Workspace = ws): Promise<string> {
    const alert = siagaAlert();
    const id = `${workspace.id}:issue:7:${++n}`;
    await insertAlert(t.store, {
      id,
      workspaceId: workspace.id,
      scopeType: 'issue',
      scopeId: '7',
      scopeLabel: 'Banjir rob Tambak Lorok',
      kind: alert.kind,
      level: alert.level,
      reason: alert.assessment.reason,
      payload: JSON.stringify({
        ...alert,
        id,
        articles: {
          total: 12,
          items: [
            {
              title: 'Banjir rob rendam Tambak Lorok',
              outlet: 'Warta Sukamaju',
              url: 'https://warta-sukamaju.example/2025/03/19/banjir-rob-tambak-lorok',
              publishedAt: '2025-03-19T02:40:00.000Z',
            },
            {
              title: 'Jalan rusak dikeluhkan warga',
              outlet: 'Kabar Jateng',
              url: 'https://kabar-jateng.example/berita/jalan-rusak-dikeluhkan',
              publishedAt: '2025-03-19T02:10:00.000Z',
            },
            {
              title: 'Berita yang tidak tersimpan',
              outlet: 'Lain',
              url: 'https://lain.example/tidak-ada',
              publishedAt: null,
            },
          ],
        },
        route: {
          destinations: [
            { channel: 'email', to: ['humas@sukamajukota.go.id'] },
            { channel: 'webhook', to: [hookUrl] },
          ],
          problems: [],
        },
      }),
      createdAt: '2025-03-19T03:00:00.000Z',
    });
    return id;
  }

  test('acknowledging records who and when; a viewer reads the alert but cannot acknowledge it', async () => {
    const id = await raiseAlert();
    const before = await showAlert(viewer.ctx, id);
    expect(before).toMatchObject({ status: 'open', acknowledgedBy: null, level: 'siaga' });

    await expect(acknowledgeAlert(viewer.ctx, id)).rejects.toMatchObject({ code: 'forbidden' });
    const startedAt = Date.now();
    const after = await acknowledgeAlert(analyst.ctx, id);
    expect(after.status).toBe('acknowledged');
    expect(after.acknowledgedBy).toEqual({ id: analyst.user.id, name: 'Rina Analis' });
    expect(Date.parse(after.acknowledgedAt ?? '')).toBeGreaterThanOrEqual(startedAt - 1000);
    expect(after.history).toMatchObject([{ action: 'acknowledged', by: { name: 'Rina Analis' } }]);
    // Twice is refused, and says why.
    await expect(acknowledgeAlert(colleague.ctx, id)).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/berstatus sudah dilihat, .* — the alert is acknowledged/),
    });
  });

  test('an alert is given to a colleague, never to someone outside the workspace or disabled', async () => {
    const id = await raiseAlert();
    const detail = await showAlert(analyst.ctx, id);
    // Whom the select offers: the workspace's active people, not the neighbour's analyst.
    const offered = detail.assignable.map((p) => p.name);
    expect(offered).toEqual(expect.arrayContaining(['Rina Analis', 'Budi Ketua Tim', 'Sari Pembaca']));
    expect(offered).not.toContain('Dodi Tetangga');

    await expect(assignAlert(analyst.ctx, id, outsider.user.id)).rejects.toMatchObject({
      code: 'validation',
      message: expect.stringMatching(/tidak punya akses ke workspace ini/),
    });
    const assigned = await assignAlert(analyst.ctx, id, colleague.user.id);
    expect(assigned.assignee).toEqual({ id: colleague.user.id, name: 'Budi Ketua Tim' });
    const [listed] = await listAlerts(analyst.ctx);
    expect(listed).toMatchObject({ id, status: 'open', assignee: { name: 'Budi Ketua Tim' } });

    await setUserDisabled(systemCtx(t.store), colleague.user.email, true);
    await expect(assignAlert(analyst.ctx, id, colleague.user.id)).resolves.toMatchObject({
      assignee: { id: colleague.user.id }, // unchanged: nothing to do
    });
    const cleared = await assignAlert(analyst.ctx, id, null);
    expect(cleared.assignee).toBeNull();
    await expect(assignAlert(analyst.ctx, id, colleague.user.id)).rejects.toMatchObject({
      code: 'validation',
    });
    expect(cleared.history.map((h) => [h.action, h.assignee?.name])).toEqual([
      ['assigned', 'Budi Ketua Tim'],
      ['unassigned', 'Budi Ketua Tim'],
    ]);
  });

  test('comments appear in the detail in the order written, trimmed; an empty one is refused', async () => {
    const id = await raiseAlert();
    await commentOnAlert(analyst.ctx, id, '  Sudah dikonfirmasi ke BPBD: air mulai surut.  ');
    await commentOnAlert(colleague.ctx, id, 'Siapkan rilis pers sore ini.');
    await expect(commentOnAlert(analyst.ctx, id, ' \n ')).rejects.toMatchObject({ code: 'validation' });
    await expect(commentOnAlert(analyst.ctx, id, 'x'.repeat(4001))).rejects.toMatchObject({
      code: 'validation',
    });
    await expect(commentOnAlert(viewer.ctx, id, 'Boleh saya ikut?')).rejects.toMatchObject({
      code: 'forbidden',
    });
    const detail = await showAlert(viewer.ctx, id);
    expect(detail.comments.map((c) => [c.author.name, c.body])).toEqual([
      ['Rina Analis', 'Sudah dikonfirmasi ke BPBD: air mulai surut.'],
      ['Budi Ketua Tim', 'Siapkan rilis pers sore ini.'],
    ]);
  });

  test("another workspace's alert is not found, for reading and for handling", async () => {
    const id = await raiseAlert();
    await expect(showAlert(outsider.ctx, id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(acknowledgeAlert(outsider.ctx, id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(commentOnAlert(outsider.ctx, id, 'Halo')).rejects.toMatchObject({ code: 'not_found' });
    await expect(showAlert(analyst.ctx, 'tidak-ada')).rejects.toMatchObject({ code: 'not_found' });
    expect((await showAlert(analyst.ctx, id)).comments).toEqual([]);
  });

  test('a resolved alert can be reopened; the history keeps every step and the list filters by status', async () => {
    const id = await raiseAlert();
    const untouched = await raiseAlert();
    await acknowledgeAlert(analyst.ctx, id);
    const resolved = await resolveAlert(colleague.ctx, id);
    expect(resolved).toMatchObject({ status: 'resolved', resolvedBy: { name: 'Budi Ketua Tim' } });
    await expect(assignAlert(analyst.ctx, id, analyst.user.id)).rejects.toMatchObject({ code: 'conflict' });
    expect((await listAlerts(analyst.ctx, null, 50, { status: 'resolved' })).map((a) => a.id)).toEqual([id]);
    expect((await listAlerts(analyst.ctx, null, 50, { status: 'open' })).map((a) => a.id)).toEqual([
      untouched,
    ]);

    const reopened = await reopenAlert(analyst.ctx, id);
    // Someone had seen it: it is acknowledged again, no longer resolved.
    expect(reopened).toMatchObject({ status: 'acknowledged', resolvedBy: null, resolvedAt: null });
    expect(reopened.acknowledgedBy?.name).toBe('Rina Analis');
    expect(reopened.history.map((h) => [h.action, h.by.name])).toEqual([
      ['acknowledged', 'Rina Analis'],
      ['resolved', 'Budi Ketua Tim'],
      ['reopened', 'Rina Analis'],
    ]);
    await expect(reopenAlert(analyst.ctx, id)).rejects.toMatchObject({ code: 'conflict' });
    // An alert nobody had seen is resolved directly and reopened as open.
    await resolveAlert(analyst.ctx, untouched);
    expect((await reopenAlert(analyst.ctx, untouched)).status).toBe('open');
  });

  test('every change writes one audit row naming who made it; reading writes none', async () => {
    const id = await raiseAlert();
    await showAlert(analyst.ctx, id);
    await acknowledgeAlert(analyst.ctx, id);
    await assignAlert(analyst.ctx, id, colleague.user.id);
    const { comments } = await commentOnAlert(colleague.ctx, id, 'Ditangani.');
    await resolveAlert(colleague.ctx, id);
    await reopenAlert(analyst.ctx, id);
    const trail = await listAuditTrail(systemCtx(t.store), { limit: 100 });
    const rows = trail
      .filter((r) => r.action.startsWith('alerts.'))
      .map((r) => [r.action, r.recordType, r.recordId, r.userId, r.workspaceId])
      .reverse();
    expect(rows.length).toBe(5);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['alerts.acknowledge', 'alert', id, analyst.user.id, ws.id],
        ['alerts.assign', 'alert', id, analyst.user.id, ws.id],
        ['alerts.comment', 'alert_comment', String(comments[0].id), colleague.user.id, ws.id],
        ['alerts.resolve', 'alert', id, colleague.user.id, ws.id],
        ['alerts.reopen', 'alert', id, analyst.user.id, ws.id],
      ]),
    );
  });

  test("the detail shows a webhook's error while it is retried, a channel not yet tried as pending, and links stored articles", async () => {
    const id = await raiseAlert();
    const pending = await showAlert(analyst.ctx, id);
    expect(pending.deliveries).toEqual([
      { channel: 'email', status: 'pending', at: null, attempts: 0, nextAttemptAt: null, error: null },
      { channel: 'webhook', status: 'pending', at: null, attempts: 0, nextAttemptAt: null, error: null },
    ]);
    // The delivery job's first run, as a worker runs it: the receiver answers 500, the job throws to retry.
    const channels = {
      emailTo: [],
      smtp: null,
      webhookUrl: hookUrl,
      webhookSecret: 'rahasia-webhook-panjang',
    };
    const attempt = { number: 1, last: false, retryDelayMs: 5000 };
    await expect(
      deliverAlert(
        t.store,
        { alertId: id, channel: 'webhook' },
        { channels, allowHosts: ['127.0.0.1'], attempt },
      ),
    ).rejects.toThrow(/HTTP 500/);
    const detail = await showAlert(viewer.ctx, id);
    const webhook = detail.deliveries.find((d) => d.channel === 'webhook');
    expect(webhook).toMatchObject({
      status: 'retrying',
      attempts: 1,
      error: expect.stringMatching(/HTTP 500/),
    });
    expect(Date.parse(webhook?.at ?? '')).not.toBeNaN();
    expect(JSON.stringify(detail)).not.toContain('rahasia-webhook-panjang');
    expect(detail.deliveries.find((d) => d.channel === 'email')?.status).toBe('pending');

    expect(detail.articles.total).toBe(12);
    expect(detail.articles.items.map((a) => a.articleId)).toEqual([articleIds[0], articleIds[1], null]);
  });
});
