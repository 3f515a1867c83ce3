import { createHmac } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { siagaAlert } from './alert.fixture.ts';
import { sendAlertWebhook } from './webhook.service.ts';

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  if (server) await new Promise((r) => server?.close(r));
  server = undefined;
});

/** A receiver on loopback answering each request with the next status of `statuses` (the last repeats). */
async function receiver(statuses: (number | 'hang')[]): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const status = statuses[Math.min(received.length - 1, statuses.length - 1)];
      if (status === 'hang') return;
      res.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok' : 'nope');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hooks/pantau`, received };
}

const secret = 'rahasia-diskominfo';

/** What a receiver computes, written from the documented scheme rather than through the sender's code. */
function receiverSignature(timestamp: string, body: string, key: string): string {
  return `sha256=${createHmac('sha256', key).update(`${timestamp}.${body}`).digest('hex')}`;
}
const fast = { minDelayMs: 10, maxDelayMs: 50, retries: 3 };

describe('sendAlertWebhook', () => {
  it('posts the alert as JSON signed over the timestamp and raw body, with an idempotency key', async () => {
    const alert = siagaAlert();
    const { url, received } = await receiver([204]);
    const now = () => new Date('2025-03-19T03:00:05Z');
    const delivery = await sendAlertWebhook(alert, { url, secret }, { ...fast, now });
    expect(delivery).toEqual({ ok: true, status: 204, attempts: 1 });
    expect(received).toHaveLength(1);
    const [{ headers, body }] = received;
    expect(headers['x-pantau-timestamp']).toBe('1742353205');
    expect(headers['x-pantau-signature']).toBe(receiverSignature('1742353205', body, secret));
    expect(headers['x-pantau-signature']).not.toBe(receiverSignature('1742353205', body, 'kunci-lain'));
    // The body alone no longer verifies, and neither does the same body under another timestamp:
    // a receiver can reject a captured request replayed later with a fresh timestamp.
    const bodyOnly = `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
    expect(headers['x-pantau-signature']).not.toBe(bodyOnly);
    expect(headers['x-pantau-signature']).not.toBe(receiverSignature('1742356805', body, secret));
    expect(headers['idempotency-key']).toBe(alert.id);
    expect(headers['content-type']).toContain('application/json');
    const payload = JSON.parse(body);
    expect(payload).toMatchObject({
      type: 'pantau.crisis_alert',
      id: alert.id,
      kind: 'raised',
      level: 'siaga',
      previousLevel: 'normal',
      scope: { type: 'issue', id: 'iss-7', label: 'Banjir rob <Tambak Lorok> & jalan rusak' },
      counts: { negative: 12 },
    });
    expect(payload.reason.id).toMatch(/^12 artikel negatif dalam 3 jam dari 7 media/);
    expect(payload.outlets).toHaveLength(7);
  });

  it('retries a 503 with the same body and key, then succeeds; each attempt signs its own time', async () => {
    const { url, received } = await receiver([503, 503, 200]);
    let second = 1742353205;
    const now = () => new Date(second++ * 1000);
    const delivery = await sendAlertWebhook(siagaAlert(), { url, secret }, { ...fast, now });
    expect(delivery).toEqual({ ok: true, status: 200, attempts: 3 });
    expect(new Set(received.map((r) => r.body)).size).toBe(1);
    expect(new Set(received.map((r) => r.headers['idempotency-key'])).size).toBe(1);
    expect(received.map((r) => r.headers['x-pantau-timestamp'])).toEqual([
      '1742353205',
      '1742353206',
      '1742353207',
    ]);
    for (const r of received)
      expect(r.headers['x-pantau-signature']).toBe(
        receiverSignature(r.headers['x-pantau-timestamp'] as string, r.body, secret),
      );
  });

  it('gives up after the retries on a receiver that keeps failing', async () => {
    const { url, received } = await receiver([500]);
    const delivery = await sendAlertWebhook(siagaAlert(), { url, secret }, fast);
    expect(delivery).toMatchObject({ ok: false, status: 500, attempts: 4 });
    expect(delivery.error).toContain('HTTP 500');
    expect(received).toHaveLength(4);
  });

  it('does not retry a 400: the receiver rejected the alert', async () => {
    const { url, received } = await receiver([400, 200]);
    const delivery = await sendAlertWebhook(siagaAlert(), { url, secret }, fast);
    expect(delivery).toMatchObject({ ok: false, status: 400, attempts: 1 });
    expect(delivery.error).toContain('HTTP 400');
    expect(received).toHaveLength(1);
  });

  it('times out a receiver that never answers, retries, and reports the timeout', async () => {
    const { url, received } = await receiver(['hang']);
    const started = Date.now();
    const delivery = await sendAlertWebhook(
      siagaAlert(),
      { url, secret },
      { ...fast, retries: 1, timeoutMs: 200 },
    );
    expect(delivery.ok).toBe(false);
    expect(delivery.attempts).toBe(2);
    expect(delivery.error).toContain('tidak menjawab dalam 200 ms');
    expect(received).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('a hang then a success is delivered on the retry', async () => {
    const { url } = await receiver(['hang', 200]);
    const delivery = await sendAlertWebhook(siagaAlert(), { url, secret }, { ...fast, timeoutMs: 200 });
    expect(delivery).toEqual({ ok: true, status: 200, attempts: 2 });
  });

  it('retries when nothing listens and says the receiver is unreachable', async () => {
    const { url } = await receiver([200]);
    server?.close();
    await once(server as Server, 'close');
    server = undefined;
    const delivery = await sendAlertWebhook(siagaAlert(), { url, secret }, { ...fast, retries: 2 });
    expect(delivery).toMatchObject({ ok: false, attempts: 3 });
    expect(delivery.status).toBeUndefined();
    expect(delivery.error).toContain('tidak terjangkau');
  });

  it('refuses URLs that are not http or https without sending anything', async () => {
    for (const url of ['file:///etc/passwd', 'ftp://127.0.0.1/x', 'javascript:alert(1)', 'bukan url']) {
      const delivery = await sendAlertWebhook(siagaAlert(), { url, secret }, fast);
      expect(delivery.ok).toBe(false);
      expect(delivery.attempts).toBe(0);
      expect(delivery.error).toMatch(/URL webhook/);
    }
  });
});
