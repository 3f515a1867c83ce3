// The crisis early warning end to end on both stores: a burst of negative coverage of a subject
// from many outlets raises one alert, received by a real SMTP server and a real webhook on
// loopback (signature checked); checking again sends nothing twice.
import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { storeArticles } from '../../../test/support/articles.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../../test/support/stores.ts';
import type { Tone } from '../../analyze/types.ts';
import type { AlertChannels } from '../../kernel/config.ts';
import { handle } from '../../kernel/jobs/definitions.ts';
import { openEmbeddedQueue } from '../../kernel/jobs/embedded-queue.ts';
import { saveAnalysis } from '../analysis/analysis.repo.ts';
import { fileArticleInIssue } from '../issues/issue-filing.service.ts';
import { insertSubject } from '../subjects/subjects.repo.ts';
import { insertWorkspace } from '../workspaces/workspaces.repo.ts';
import { deliverAlertJob } from './alerts.jobs.ts';
import { checkAlerts as checkNow, deliverAlert, listAlerts } from './alerts.service.ts';
import { updateCrisisSettings } from './crisis-settings.service.ts';

const NEGATIVE: Tone = { label: 'negative', score: -0.8, reasons: [] };
const NEUTRAL: Tone = { label: 'neutral', score: 0, reasons: [] };

describe.each(DIALECTS)('crisis alerts on %s', (dialect) => {
  /**
   * The check as a worker runs it: alerts recorded, one delivery job per channel queued in the
   * store's real job queue, and the deliveries then worked until nothing is left to do now.
   */
  async function checkAlerts(ch: AlertChannels, options: { now: Date; allowHosts?: string[] }) {
    const queue = openEmbeddedQueue(t.store, t.dataDir);
    const results = await checkNow(t.store, { now: options.now, channels: ch, queue });
    const deliver = handle(
      deliverAlertJob,
      (p, attempt) =>
        deliverAlert(t.store, p, { channels: ch, allowHosts: options.allowHosts ?? [], attempt }),
      4,
    );
    await queue.work([deliver], { untilIdle: true });
    return results;
  }

  let t: TestStore;
  let smtp: SMTPServer;
  let hook: http.Server;
  const mails: string[] = [];
  const posts: { body: string; signature: string | undefined; timestamp: string | undefined }[] = [];
  let channels: AlertChannels;

  beforeEach(async () => {
    t = await openTestStore(dialect);
    mails.length = 0;
    posts.length = 0;
    smtp = new SMTPServer({
      secure: false,
      disabledCommands: ['STARTTLS', 'AUTH'],
      authOptional: true,
      onData(stream, _session, callback) {
        let raw = '';
        stream.on('data', (d) => {
          raw += d;
        });
        stream.on('end', () => {
          mails.push(raw);
          callback();
        });
      },
    });
    await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', () => r()));
    hook = http.createServer((req, res) => {
      let body = '';
      req.on('data', (d) => {
        body += d;
      });
      req.on('end', () => {
        posts.push({
          body,
          signature: req.headers['x-pantau-signature'] as string | undefined,
          timestamp: req.headers['x-pantau-timestamp'] as string | undefined,
        });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => hook.listen(0, '127.0.0.1', () => r()));
    channels = {
      emailTo: ['humas@sukamajukota.go.id'],
      smtp: {
        host: '127.0.0.1',
        port: (smtp.server.address() as AddressInfo).port,
        secure: false,
        from: 'Pantau <pantau@localhost>',
      },
      webhookUrl: `http://127.0.0.1:${(hook.address() as AddressInfo).port}/pantau`,
      webhookSecret: 'rahasia-webhook',
    };
  });
  afterEach(async () => {
    await new Promise<void>((r) => smtp.close(() => r()));
    hook.close();
    await t.dispose();
  });

  async function coverage(wsId: number, subjectId: number, at: Date, outlet: string, tone: Tone, n: number) {
    const url = `https://${outlet}.example/berita/${n}`;
    const [id] = await storeArticles(t.store, wsId, [
      { url, outlet, title: `Berita ${n}`, text: `Isi berita ${n}`, publishedAt: at.toISOString() },
    ]);
    await saveAnalysis(
      t.store,
      {
        articleId: id,
        workspaceId: wsId,
        analyzedAt: at.toISOString(),
        tone,
        entities: [],
        quotes: [],
        keyphrases: [],
        summary: '',
      },
      [{ subjectId, tone, highlights: [] }],
    );
  }

  test('a burst of negative coverage from many outlets raises one alert, delivered once', {
    timeout: 60_000,
  }, async () => {
    const ws = await insertWorkspace(t.store, {
      slug: 'kota',
      name: 'Kota Sukamaju',
      region: 'Kota Sukamaju',
      timeZone: 'WIB',
    });
    const subject = await insertSubject(t.store, {
      workspaceId: ws.id,
      name: 'Wali Kota',
      kind: 'leader',
      query: '"wali kota"',
    });
    const now = new Date('2025-03-19T06:00:00Z'); // a Wednesday, 13:00 WIB
    let n = 0;
    // The usual: one neutral article a day for four weeks.
    for (let day = 1; day <= 28; day++) {
      await coverage(ws.id, subject.id, new Date(now.getTime() - day * 86_400_000), 'warta', NEUTRAL, n++);
    }
    expect((await checkAlerts(channels, { now, allowHosts: ['127.0.0.1'] }))[0]).toMatchObject({
      level: 'normal',
      sent: null,
    });

    // Then 27 negative articles in two hours from nine outlets.
    for (let i = 0; i < 27; i++) {
      await coverage(
        ws.id,
        subject.id,
        new Date(now.getTime() - (i % 12) * 600_000),
        `media${i % 9}`,
        NEGATIVE,
        n++,
      );
    }
    const [result] = await checkAlerts(channels, { now, allowHosts: ['127.0.0.1'] });
    expect(result.level).toBe('krisis');
    expect(result.sent).toBe('raised');
    expect(result.reason).toMatch(/artikel negatif dalam \d+ jam dari 9 media/);

    expect(mails).toHaveLength(1);
    expect(mails[0]).toContain('humas@sukamajukota.go.id');
    expect(mails[0]).toMatch(/KRISIS|krisis/);
    expect(posts).toHaveLength(1);
    const signed = `${posts[0].timestamp}.${posts[0].body}`;
    const expected = `sha256=${createHmac('sha256', 'rahasia-webhook').update(signed).digest('hex')}`;
    expect(posts[0].signature).toBe(expected);
    expect(JSON.parse(posts[0].body)).toMatchObject({ level: 'krisis' });

    // Checking again a minute later: same level, inside the quiet period, nothing is sent.
    const again = await checkAlerts(channels, {
      now: new Date(now.getTime() + 60_000),
      allowHosts: ['127.0.0.1'],
    });
    expect(again[0].sent).toBeNull();
    expect(mails).toHaveLength(1);
    expect(posts).toHaveLength(1);
    const stored = await listAlerts(t.store, 'kota');
    expect(stored.map((a) => [a.level, a.kind])).toEqual([['krisis', 'raised']]);
    // Each channel's delivery job records its outcome (in whichever order the jobs ran).
    expect(stored[0].deliveries).toHaveLength(2);
    expect(stored[0].deliveries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ channel: 'email', ok: true, attempts: 1 }),
        expect.objectContaining({ channel: 'webhook', ok: true, attempts: 1 }),
      ]),
    );
  });

  /** A topic with `negatives` negative articles from `outlets` outlets in the two hours before `now`. */
  async function burst(negatives: number, outlets: number, now: Date) {
    const ws = await insertWorkspace(t.store, {
      slug: 'kota',
      name: 'Kota',
      region: 'Kota',
      timeZone: 'WIB',
    });
    const subject = await insertSubject(t.store, {
      workspaceId: ws.id,
      name: 'Topik',
      kind: 'topic',
      query: 'banjir',
    });
    for (let i = 0; i < negatives; i++) {
      const at = new Date(now.getTime() - (i % 12) * 600_000);
      await coverage(ws.id, subject.id, at, `media${i % outlets}`, NEGATIVE, i);
    }
  }

  test('a webhook pointing at an internal address is refused unless allowed', async () => {
    const now = new Date('2025-03-19T06:00:00Z');
    await burst(27, 9, now);
    await checkAlerts({ ...channels, smtp: null }, { now });
    expect(posts).toHaveLength(0);
    const [alert] = await listAlerts(t.store, 'kota');
    expect(alert.deliveries).toEqual([
      expect.objectContaining({
        channel: 'webhook',
        ok: false,
        error: expect.stringMatching(/blocked_address/),
      }),
    ]);
  });
  test('an issue that explodes with negative coverage raises an alert of its own, named by the issue', {
    timeout: 60_000,
  }, async () => {
    const ws = await insertWorkspace(t.store, {
      slug: 'kota',
      name: 'Kota',
      region: 'Kota',
      timeZone: 'WIB',
    });
    const now = new Date('2025-03-19T06:00:00Z');
    // Twenty reports of one landslide from eight outlets in two hours, with no subject defined.
    for (let i = 0; i < 20; i++) {
      const at = new Date(now.getTime() - (i % 12) * 600_000);
      const [id] = await storeArticles(t.store, ws.id, [
        {
          url: `https://media${i % 8}.example/longsor/${i}`,
          outlet: `media${i % 8}`,
          title: 'Longsor',
          text: 'Longsor',
          publishedAt: at.toISOString(),
        },
      ]);
      const entities = [
        { type: 'LOC' as const, text: 'Cigadung', start: 0, end: 8, canonical: 'Kelurahan Cigadung' },
      ];
      const keyphrases = ['longsor', 'tebing jalan', 'korban longsor'];
      await saveAnalysis(
        t.store,
        {
          articleId: id,
          workspaceId: ws.id,
          analyzedAt: at.toISOString(),
          tone: NEGATIVE,
          entities,
          quotes: [],
          keyphrases,
          summary: '',
        },
        [],
      );
      await fileArticleInIssue(
        t.store,
        {
          articleId: id,
          workspaceId: ws.id,
          storyId: null,
          title: 'Longsor',
          keyphrases,
          entities,
          publishedAt: at,
          tone: 'negative',
          outlet: `media${i % 8}`,
        },
        { now },
      );
    }
    const results = await checkAlerts({ ...channels, webhookUrl: null }, { now });
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ scope: 'issue', level: 'krisis', sent: 'raised' });
    expect(results[0].label).toMatch(/Cigadung/);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatch(/^X-Pantau-Alert-ID: \d+:issue:\d+:1\r?$/im);
    const [alert] = await listAlerts(t.store, 'kota');
    expect(alert).toMatchObject({ scopeType: 'issue', scopeLabel: results[0].label, level: 'krisis' });
  });
  test('an alert with no channel set says it reached nobody, and why', { timeout: 60_000 }, async () => {
    const now = new Date('2025-03-19T06:00:00Z');
    await burst(27, 9, now);
    // The newcomer's setup: an SMTP server but no recipients, a webhook URL but no secret.
    const [result] = await checkAlerts({ ...channels, emailTo: [], webhookSecret: null }, { now });
    expect(result.sent).toBe('raised');
    expect(result.deliveredTo).toEqual([]);
    expect(result.problems.join('\n')).toMatch(/Webhook .*tanpa rahasia/);
    expect(result.problems.join('\n')).toMatch(/belum ada penerima surel/);
    expect(posts).toHaveLength(0);
    expect(mails).toHaveLength(0);
    const [alert] = await listAlerts(t.store, 'kota');
    expect(alert.routedTo).toEqual([]);
    expect(alert.problems.join('\n')).toMatch(/tanpa rahasia/);
  });

  test('the alert says where it went and carries the articles behind it', { timeout: 60_000 }, async () => {
    const now = new Date('2025-03-19T06:00:00Z'); // 13:00 WIB
    await burst(27, 9, now);
    const [result] = await checkAlerts(channels, { now, allowHosts: ['127.0.0.1'] });
    expect(result.deliveredTo).toEqual([
      { channel: 'email', to: ['humas@sukamajukota.go.id'] },
      { channel: 'webhook', to: [channels.webhookUrl] },
    ]);
    expect(result.problems).toEqual([]);
    const [alert] = await listAlerts(t.store, 'kota');
    expect(alert.routedTo).toEqual(result.deliveredTo);

    const payload = JSON.parse(posts[0].body);
    expect(payload.articles.total).toBe(27);
    expect(payload.articles.items.length).toBeGreaterThan(0);
    // Newest first: the three articles published at 13:00 WIB exactly lead the list.
    expect(payload.articles.items[0]).toMatchObject({
      title: expect.stringMatching(/^Berita \d+$/),
      outlet: expect.stringMatching(/^media\d$/),
      url: expect.stringMatching(/^https:\/\/media\d\.example\/berita\/\d+$/),
      publishedAt: '2025-03-19T06:00:00.000Z',
    });
    const mail = mails[0].replace(/=\r?\n/g, '');
    expect(mail).toMatch(
      /Berita \d+ =E2=80=94 media\d, 19 Mar 2025 13:00 WIB|Berita \d+ — media\d, 19 Mar 2025 13:00 WIB/,
    );
    expect(mail).toMatch(/https:\/\/media\d\.example\/berita\/\d+/);
    expect(mail).toMatch(/dan 22 lainnya/);
  });

  test("the workspace's own thresholds decide the level", { timeout: 60_000 }, async () => {
    const now = new Date('2025-03-19T06:00:00Z');
    await burst(12, 6, now);
    const quiet = { ...channels, smtp: null, webhookUrl: null };
    expect((await checkAlerts(quiet, { now }))[0].level).toBe('siaga');
    await expect(
      updateCrisisSettings(t.store, { by: 'Rina', change: { levels: { siaga: { minOutlets: 0 } } } }),
    ).rejects.toThrow(/siaga.minOutlets/);
    // A stricter office: siaga only from ten outlets.
    await updateCrisisSettings(t.store, { by: 'Rina', change: { levels: { siaga: { minOutlets: 10 } } } });
    const later = new Date(now.getTime() + 60_000);
    expect((await checkAlerts(quiet, { now: later }))[0].level).toBe('waspada');
  });
});
