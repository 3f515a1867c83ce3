// What staff read of each channel's delivery: sent, failed with a credential-free reason, pending.
import { describe, expect, test } from 'vitest';
import { deliveryStatuses, withoutCredentials } from './alert-delivery.present.ts';

describe('delivery status per channel', () => {
  test('a routed channel with no attempt yet is pending; recorded attempts say sent or failed', () => {
    const at = '2025-03-19T06:00:05.000Z';
    expect(
      deliveryStatuses(
        ['email', 'webhook'],
        [{ channel: 'webhook', ok: false, attempts: 3, at, error: 'http_status: Webhook menjawab HTTP 500' }],
      ),
    ).toEqual([
      { channel: 'email', status: 'pending', at: null, attempts: 0, error: null },
      {
        channel: 'webhook',
        status: 'failed',
        at,
        attempts: 3,
        error: 'http_status: Webhook menjawab HTTP 500',
      },
    ]);
    expect(deliveryStatuses(['email'], [{ channel: 'email', ok: true, attempts: 1, at }])).toEqual([
      { channel: 'email', status: 'sent', at, attempts: 1, error: null },
    ]);
  });

  test('a channel the alert never went to is left out; an old alert shows what was recorded', () => {
    expect(deliveryStatuses([], [])).toEqual([]);
    expect(deliveryStatuses(null, [{ channel: 'email', ok: true, attempts: 1 }])).toMatchObject([
      { channel: 'email', status: 'sent' },
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
