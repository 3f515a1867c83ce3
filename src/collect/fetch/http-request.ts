// One HTTP exchange (a single hop, no redirect following) with connect, idle-read and overall
// deadlines, and the body read through the capped decoder.
import http from 'node:http';
import https from 'node:https';
import type { Socket } from 'node:net';
import { FetchError } from '../../domain/errors.ts';
import type { AddressGuard } from './address-guard.ts';
import { BodyDecoder, type BodyOutcome, parseContentEncoding } from './body-decoder.ts';
import { BudgetExceededError, networkError, timeoutError, tooLargeError } from './fetch-errors.ts';

export interface Hop {
  url: URL;
  headers: Record<string, string>;
  agents: { http: http.Agent; https: https.Agent };
  guard: AddressGuard;
  connectTimeoutMs: number;
  readTimeoutMs: number;
  /** Epoch ms by which the whole fetch (every hop and body) must be done. */
  deadline: number;
  totalTimeoutMs: number;
  maxBytes: number;
  truncateBody: boolean;
}

export interface HopResult {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Read only for 2xx answers; redirects and errors are not worth the bytes. */
  body: Buffer;
}

// A redirect or error body this small is drained so the keep-alive socket can be reused.
const DRAIN_LIMIT = 64 * 1024;

export function sendHop(hop: Hop): Promise<HopResult> {
  const href = hop.url.href;
  return new Promise<HopResult>((resolve, reject) => {
    let settled = false;
    let idleTimer: NodeJS.Timeout | null = null;
    let connectTimer: NodeJS.Timeout | null = null;
    let decoder: BodyDecoder | null = null;

    const clearTimers = () => {
      if (idleTimer) clearTimeout(idleTimer);
      if (connectTimer) clearTimeout(connectTimer);
      clearTimeout(totalTimer);
    };
    const fail = (error: FetchError) => {
      if (settled) return;
      settled = true;
      clearTimers();
      decoder?.abort();
      request.destroy();
      reject(error);
    };
    const succeed = (result: HopResult) => {
      if (settled) return;
      settled = true;
      clearTimers();
      resolve(result);
    };
    const touch = () => {
      if (settled) return;
      if (idleTimer) clearTimeout(idleTimer);
      idleTimer = setTimeout(() => fail(timeoutError(href, 'read', hop.readTimeoutMs)), hop.readTimeoutMs);
    };

    const totalTimer = setTimeout(
      () => fail(new BudgetExceededError(href, hop.totalTimeoutMs)),
      Math.max(0, hop.deadline - Date.now()),
    );

    const secure = hop.url.protocol === 'https:';
    const request = (secure ? https : http).request(hop.url, {
      method: 'GET',
      headers: hop.headers,
      agent: secure ? hop.agents.https : hop.agents.http,
      lookup: hop.guard.lookupFor(href),
    });

    request.on('socket', (socket: Socket) => {
      if (!socket.connecting) return touch();
      connectTimer = setTimeout(
        () => fail(timeoutError(href, 'connect', hop.connectTimeoutMs)),
        hop.connectTimeoutMs,
      );
      socket.once(secure ? 'secureConnect' : 'connect', () => {
        if (connectTimer) clearTimeout(connectTimer);
        touch();
      });
    });
    request.on('error', (error) => fail(networkError(href, error)));

    request.on('response', (response) => {
      touch();
      const status = response.statusCode ?? 0;
      if (status < 200 || status >= 300 || status === 204) {
        const length = Number(response.headers['content-length'] ?? Number.NaN);
        if (length <= DRAIN_LIMIT) response.resume();
        else response.destroy();
        return succeed({ status, headers: response.headers, body: Buffer.alloc(0) });
      }

      const declared = Number(response.headers['content-length'] ?? Number.NaN);
      if (declared > hop.maxBytes && !hop.truncateBody) {
        return fail(tooLargeError(href, hop.maxBytes, `Content-Length ${declared}`));
      }
      const encoding = parseContentEncoding(response.headers['content-encoding']);
      if (encoding === null) {
        return fail(
          new FetchError(
            'unsupported_content',
            `Pengodean isi tidak didukung: ${response.headers['content-encoding']} — unsupported Content-Encoding`,
            href,
          ),
        );
      }

      const onBody = (outcome: BodyOutcome) => {
        if (outcome.ok) {
          if (outcome.truncated) response.destroy();
          return succeed({ status, headers: response.headers, body: outcome.body });
        }
        if (outcome.reason === 'too_large') return fail(tooLargeError(href, hop.maxBytes, outcome.detail));
        fail(
          new FetchError(
            'unsupported_content',
            `Isi terkompresi rusak — corrupt ${encoding} body: ${outcome.detail}`,
            href,
          ),
        );
      };
      decoder = new BodyDecoder(encoding, hop.maxBytes, hop.truncateBody, onBody);
      const body = decoder;
      response.on('data', (chunk: Buffer) => {
        touch();
        body.push(chunk);
      });
      response.on('end', () => body.end());
      response.on('error', (error) => fail(networkError(href, error)));
      response.on('close', () => {
        if (!response.complete)
          fail(
            networkError(
              href,
              Object.assign(new Error('connection closed mid-body'), { code: 'ECONNRESET' }),
            ),
          );
      });
    });

    request.end();
  });
}
