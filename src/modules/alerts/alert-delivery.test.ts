// What staff read of each channel's delivery: pending, then retrying while the delivery job will try
// again, sent once it arrives, failed only when the receiver refused it for good or the retries ran
// out, each with a credential-free reason. On both stores, with the queue each store runs on
// (the embedded job table with SQLite, pg-boss with PostgreSQL), a real webhook and a real SMTP
// server on loopback.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { type BuiltUser, buildUser, buildWorkspace } from '../../../test/factories/index.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import type { Workspace } from '../../domain/workspace.ts';
import type { AlertChannels } from '../../kernel/config.ts';
import { handle } from '../../kernel/jobs/definitions.ts';
import { openQueue } from '../../kernel/jobs/open-queue.ts';
import type { JobQueue } from '../../kernel/jobs/queue.ts';
import { siagaAlert } from '../notifications/alert.fixture.ts';
import { deliveryStatuses, withoutCredentials } from './alert-delivery.present.ts';
import { showAlert } from './alert-handling.service.ts';
import { deliverAlertJob } from './alerts.jobs.ts';
import { insertAlert } from './alerts.repo.ts';
import { deliverAlert } from './alerts.service.ts';

describe('delivery status per channel', () => {
  const at = '2025-03-19T06:00:05.000Z';
  const next = '2025-03-19T06:00:10.000Z';

  test('a routed channel with no attempt yet is pending; recorded attempts say sent, retrying or failed', () => {
    expect(
      deliveryStatuses(
        ['email', 'webhook'],
        [
          {
            channel: 'webhook',
            ok: false,
            attempts: 3,
            at,
            error: 'http_status: Webhook menjawab HTTP 500',
            final: false,
            retryAt: next,
          },
        ],
      ),
    ).toEqual([
      { channel: 'email', status: 'pending', at: null, attempts: 0, nextAttemptAt: null, error: null },
      {
        channel: 'webhook',
        status: 'retrying',
        at,
        attempts: 3,
        nextAttemptAt: next,
        error: 'http_status: Webhook menjawab HTTP 500',
      },
    ]);
    expect(
      deliveryStatuses(
        ['webhook'],
        [{ channel: 'webhook', ok: false, attempts: 1, at, error: 'HTTP 410', final: true, retryAt: null }],
      ),
    ).toMatchObject([{ status: 'failed', nextAttemptAt: null }]);
    expect(deliveryStatuses(['email'], [{ channel: 'email', ok: true, attempts: 1, at }])).toEqual([
      { channel: 'email', status: 'sent', at, attempts: 1, nextAttemptAt: null, error: null },
    ]);
  });

  test('a channel the alert never went to is left out; an old alert shows what was recorded', () => {
    expect(deliveryStatuses([], [])).toEqual([]);
    expect(deliveryStatuses(null, [{ channel: 'email', ok: true, attempts: 1 }])).toMatchObject([
      { channel: 'email', status: 'sent' },
    ]);
    // Recorded before attempts said whether they were final: their retries ended long ago.
    expect(deliveryStatuses(null, [{ channel: 'webhook', ok: false, attempts: 9, at }])).toMatchObject([
      { channel: 'webhook', status: 'failed' },
    ]);
  });

  test('error text keeps the host but loses user info and query strings', () => {
    expect(
      withoutCredentials(
        'Webhook tidak terjangkau: https://bot:rahasia@hooks.example/kirim?token=abc123 (ETIMEDOUT)',
      ),
    ).toBe('Webhook tidak terjangkau: https://…@hooks.example/kirim?… (ETIMEDOUT)');
    expect(withoutCredentials('HTTP 500 dari http://127.0.0.1:8080/pantau')).toBe(
      'HTTP 500 dari http://127.0.0.1:8080/pantau',
    );
  });
});

describe.each(DIALECTS)('delivery status through the job queue on %s', (dialect) => {
  /** The queue's first retry comes after 5 s (embedded) or 5–10 s (pg-boss's jittered backoff). */
  const FIRST_RETRY_WITHIN_MS = dialect === 'postgres' ? 10_000 : 5_000;

  let t: TestStore;
  let ws: Workspace;
  let viewer: BuiltUser;
  let queue: JobQueue;
  let worker: Promise<void> | null = null;
  let hook: http.Server;
  let smtp: SMTPServer;
  /** What the webhook answers, request by request (the last repeats). */
  let answers: number[];
  let posts = 0;
  let mails = 0;
  let channels: AlertChannels;

  beforeEach(async () => {
    t = await openTestStore(dialect);
    ws = await buildWorkspace(t.store, { slug: 'kota-sukamaju' });
    viewer = await buildUser(t.store, { role: 'viewer', workspace: ws });
    queue = await openQueue(t.store, { databaseUrl: t.databaseUrl, dataDir: t.dataDir });
    posts = 0;
    mails = 0;
    hook = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(answers[Math.min(posts++, answers.length - 1)]).end());
    });
    await new Promise<void>((r) => hook.listen(0, '127.0.0.1', () => r()));
    // An office's mail server that wants a login (and refuses the one Pantau is given below).
    smtp = new SMTPServer({
      secure: false,
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      logger: false,
      onAuth(auth, _session, callback) {
        if (auth.password === 'sandi-benar') callback(null, { user: auth.username });
        else callback(new Error('Invalid username or password'));
      },
      onData(stream, _session, callback) {
        stream.resume();
        stream.on('end', () => {
          mails++;
          callback();
        });
      },
    });
    await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', () => r()));
    channels = {
      emailTo: ['humas@sukamajukota.go.id'],
      smtp: {
        host: '127.0.0.1',
        port: (smtp.server.address() as AddressInfo).port,
        secure: false,
        user: 'pantau',
        pass: 'sandi-salah',
        from: 'Pantau <pantau@localhost>',
      },
      webhookUrl: `http://127.0.0.1:${(hook.address() as AddressInfo).port}/pantau`,
      webhookSecret: 'rahasia-webhook-panjang',
    };
  });
  afterEach(async () => {
    await queue.close();
    hook.close();
    await new Promise<void>((r) => smtp.close(() => r()));
    await t.dispose();
  });

  /** An alert as the crisis check records it, with one delivery job queued per channel. */
  async function raiseAlert(route: ('email' | 'webhook')[]): Promise<string> {
    const alert = siagaAlert();
    const id = `${ws.id}:issue:7:1`;
    await insertAlert(t.store, {
      id,
      workspaceId: ws.id,
      scopeType: 'issue',
      scopeId: '7',
      scopeLabel: 'Banjir rob Tambak Lorok',
      kind: alert.kind,
      level: alert.level,
      reason: alert.assessment.reason,
      payload: JSON.stringify({
        ...alert,
        id,
        route: { destinations: route.map((channel) => ({ channel, to: [] })), problems: [] },
      }),
      createdAt: '2025-03-19T03:00:00.000Z',
    });
    for (const channel of route) await queue.enqueue(deliverAlertJob, { alertId: id, channel });
    return id;
  }

  /** A worker delivering in the background, as `pantau worker` does. */
  function startWorker(): Promise<void> {
    const deliver = handle(deliverAlertJob, (p, attempt) =>
      deliverAlert(t.store, p, { channels, allowHosts: ['127.0.0.1'], attempt }),
    );
    return queue.work([deliver], {});
  }

  /** Stops the background worker and waits for it to let go of the queue. */
  async function stopWorker() {
    await queue.stop();
    await worker;
    worker = null;
  }

  type Delivery = Awaited<ReturnType<typeof showAlert>>['deliveries'][number];

  /**
   * What staff see of each channel, read once before a worker starts and then every 50 ms until no
   * channel's status is one of `until`; every change is kept, in order.
   */
  async function watch(id: string, until: string[]): Promise<Record<string, Delivery[]>> {
    const seen: Record<string, Delivery[]> = {};
    for (let i = 0; i < 600; i++) {
      const now = (await showAlert(viewer.ctx, id)).deliveries;
      for (const d of now) {
        const list = seen[d.channel] ?? [];
        if (JSON.stringify(list[list.length - 1]) !== JSON.stringify(d)) seen[d.channel] = [...list, d];
      }
      worker ??= startWorker();
      if (now.every((d) => !until.includes(d.status))) return seen;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`still waiting: ${JSON.stringify(seen)}`);
  }

  test('a webhook that answers 500 and then 204 shows retrying, then sent', { timeout: 60_000 }, async () => {
    answers = [500, 204];
    const id = await raiseAlert(['webhook']);
    const seen = (await watch(id, ['pending', 'retrying'])).webhook;
    await stopWorker();

    expect(seen.map((d) => d.status)).toEqual(['pending', 'retrying', 'sent']);
    const retrying = seen[1];
    expect(retrying).toMatchObject({ attempts: 1, error: expect.stringMatching(/HTTP 500/) });
    if (dialect === 'sqlite') {
      // The embedded queue says when it tries again: five seconds after the failed attempt.
      const wait = Date.parse(retrying.nextAttemptAt ?? '') - Date.parse(retrying.at ?? '');
      expect(wait).toBe(5_000);
    } else {
      // pg-boss randomises its backoff: staff see the attempt count only.
      expect(retrying.nextAttemptAt).toBeNull();
    }
    expect(seen[2]).toMatchObject({ status: 'sent', attempts: 2, error: null, nextAttemptAt: null });
    expect(posts).toBe(2);
  });

  test('a webhook that refuses the alert (410) and a refused SMTP login fail at once and are not retried', {
    timeout: 60_000,
  }, async () => {
    answers = [410, 204];
    const id = await raiseAlert(['email', 'webhook']);
    const { webhook, email } = await watch(id, ['pending']);
    // Past the time a retry would have come: the receivers heard once, and the status stands.
    await new Promise((r) => setTimeout(r, FIRST_RETRY_WITHIN_MS + 1_000));
    await stopWorker();

    expect(webhook.map((d) => d.status)).toEqual(['pending', 'failed']);
    expect(webhook[1]).toMatchObject({
      attempts: 1,
      nextAttemptAt: null,
      error: expect.stringMatching(/HTTP 410/),
    });
    expect(email.map((d) => d.status)).toEqual(['pending', 'failed']);
    expect(email[1]).toMatchObject({
      attempts: 1,
      nextAttemptAt: null,
      error: expect.stringMatching(/EAUTH|535/),
    });
    expect(email[1].error).not.toContain('sandi-salah');
    expect(posts).toBe(1);
    expect(mails).toBe(0);
    const detail = await showAlert(viewer.ctx, id);
    expect(detail.deliveries.map((d) => [d.channel, d.status, d.attempts])).toEqual([
      ['email', 'failed', 1],
      ['webhook', 'failed', 1],
    ]);
  });

  test("the queue's last attempt that fails shows failed, not retrying", async () => {
    answers = [503];
    const id = await raiseAlert([]);
    const options = { channels, allowHosts: ['127.0.0.1'] };
    const input = { alertId: id, channel: 'webhook' as const };
    await expect(
      deliverAlert(t.store, input, { ...options, attempt: { number: 8, last: false, retryDelayMs: null } }),
    ).rejects.toThrow(/HTTP 503/);
    expect((await showAlert(viewer.ctx, id)).deliveries).toMatchObject([
      { channel: 'webhook', status: 'retrying', attempts: 1, nextAttemptAt: null },
    ]);
    await expect(
      deliverAlert(t.store, input, { ...options, attempt: { number: 9, last: true, retryDelayMs: null } }),
    ).rejects.toThrow(/HTTP 503/);
    expect((await showAlert(viewer.ctx, id)).deliveries).toMatchObject([
      { channel: 'webhook', status: 'failed', attempts: 2, error: expect.stringMatching(/HTTP 503/) },
    ]);
  });
});
