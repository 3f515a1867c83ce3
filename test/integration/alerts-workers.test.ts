// Three `pantau worker` processes and three `pantau alerts check` commands on one PostgreSQL, all
// at once, over 50 subjects in crisis: every level change reaches the SMTP server and the webhook
// on loopback exactly once; a webhook that fails is retried with backoff, its error shown until
// it arrives.
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Tone } from '../../src/analyze/types.ts';
import { listAlerts } from '../../src/modules/alerts/alerts.service.ts';
import { saveAnalysis } from '../../src/modules/analysis/analysis.repo.ts';
import { insertSubject } from '../../src/modules/subjects/subjects.repo.ts';
import { buildWorkspace } from '../factories/index.ts';
import { storeArticles } from '../support/articles.ts';
import { runCli, startCli } from '../support/cli.ts';
import { openTestStore, type TestStore } from '../support/stores.ts';

const NEGATIVE: Tone = { label: 'negative', score: -0.8, reasons: [] };
const SUBJECTS = 50;

describe('alerts with three workers on PostgreSQL', () => {
  let t: TestStore;
  let smtp: SMTPServer;
  let hook: http.Server;
  const mails: string[] = [];
  /** Webhook calls per alert id: the first of each is answered 503, so it must be retried. */
  const hookCalls = new Map<string, number>();
  const delivered: string[] = [];
  const workers: ChildProcess[] = [];
  const dirs: string[] = [];
  let env: Record<string, string> = {};

  beforeAll(async () => {
    t = await openTestStore('postgres');
    const ws = await buildWorkspace(t.store, { slug: 'kota' });
    const now = Date.now();
    for (let s = 0; s < SUBJECTS; s++) {
      const subject = await insertSubject(t.store, {
        workspaceId: ws.id,
        name: `Subjek ${s}`,
        kind: 'topic',
        query: `topik${s}`,
      });
      // Twenty negative reports from eight outlets in the last two hours: KRISIS.
      const seeds = Array.from({ length: 20 }, (_, i) => ({
        url: `https://media${i % 8}.example/${s}/${i}`,
        outlet: `media${i % 8}`,
        title: `Berita ${s}-${i}`,
        text: `Isi berita ${s}-${i}`,
        publishedAt: new Date(now - (i % 12) * 600_000).toISOString(),
      }));
      const ids = await storeArticles(t.store, ws.id, seeds);
      for (const [i, id] of ids.entries()) {
        await saveAnalysis(
          t.store,
          {
            articleId: id,
            workspaceId: ws.id,
            analyzedAt: seeds[i].publishedAt,
            tone: NEGATIVE,
            entities: [],
            quotes: [],
            keyphrases: [],
            summary: '',
          },
          [{ subjectId: subject.id, tone: NEGATIVE, highlights: [] }],
        );
      }
    }
    smtp = new SMTPServer({
      secure: false,
      disabledCommands: ['STARTTLS', 'AUTH'],
      authOptional: true,
      onData(stream, _session, done) {
        let raw = '';
        stream.on('data', (d) => {
          raw += d;
        });
        stream.on('end', () => {
          mails.push(raw);
          done();
        });
      },
    });
    await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', () => r()));
    hook = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        const id = String(req.headers['idempotency-key']);
        const n = (hookCalls.get(id) ?? 0) + 1;
        hookCalls.set(id, n);
        if (n === 1) return res.writeHead(503).end();
        delivered.push(id);
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => hook.listen(0, '127.0.0.1', () => r()));
    env = {
      DATABASE_URL: t.databaseUrl as string,
      PANTAU_ALLOW_HOSTS: '127.0.0.0/8',
      PANTAU_SMTP_HOST: '127.0.0.1',
      PANTAU_SMTP_PORT: String((smtp.server.address() as AddressInfo).port),
      PANTAU_ALERT_EMAIL_TO: 'humas@kota.example',
      PANTAU_ALERT_WEBHOOK_URL: `http://127.0.0.1:${(hook.address() as AddressInfo).port}/pantau`,
      PANTAU_ALERT_WEBHOOK_SECRET: 'rahasia-webhook-uji-0123456789abcdef',
      PANTAU_EXTRACT_THREADS: '1',
    };
  });

  afterAll(async () => {
    for (const w of workers) w.kill('SIGTERM');
    await Promise.all(
      workers.map((w) => new Promise((r) => (w.exitCode !== null ? r(null) : w.once('exit', r)))),
    );
    await new Promise<void>((r) => smtp.close(() => r()));
    hook.close();
    for (const d of dirs) await rm(d, { recursive: true, force: true });
    await t.dispose();
  });

  test('each level change is delivered once by e-mail and once by webhook', {
    timeout: 180_000,
  }, async () => {
    const dataDir = async () => {
      const d = await mkdtemp(path.join(tmpdir(), 'pantau-worker-'));
      dirs.push(d);
      return d;
    };
    for (let i = 0; i < 3; i++)
      workers.push(startCli(['worker'], { ...env, PANTAU_DATA_DIR: await dataDir() }));
    const checks = await Promise.all(
      [0, 1, 2].map(async () => runCli(['alerts', 'check'], { ...env, PANTAU_DATA_DIR: await dataDir() })),
    );
    for (const c of checks) expect(c.code, c.stderr).toBe(0);

    // Wait until every alert's webhook has arrived (after its retry) and every mail is in.
    for (let i = 0; i < 300 && (delivered.length < SUBJECTS || mails.length < SUBJECTS); i++) {
      await new Promise((r) => setTimeout(r, 300));
    }
    await new Promise((r) => setTimeout(r, 2000)); // anything duplicated would arrive by now

    const alerts = await listAlerts(t.store, 'kota', 500);
    expect(alerts).toHaveLength(SUBJECTS);
    expect(new Set(alerts.map((a) => a.scopeId)).size).toBe(SUBJECTS);
    const mailIds = mails.map((m) => /^X-Pantau-Alert-ID: (\S+)/im.exec(m)?.[1]);
    expect(mailIds.sort()).toEqual(alerts.map((a) => a.id).sort());
    expect([...delivered].sort()).toEqual(alerts.map((a) => a.id).sort());
    expect([...hookCalls.values()].every((n) => n === 2)).toBe(true);
    for (const a of alerts) {
      expect(a.deliveries).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ channel: 'email', ok: true, attempts: 1 }),
          expect.objectContaining({ channel: 'webhook', ok: true, attempts: 2 }),
        ]),
      );
    }
  });
});
