import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { siagaAlert } from './alert.fixture.ts';
import { sendAlertEmail } from './email.service.ts';

interface Received {
  from: string;
  to: string[];
  raw: string;
  user?: string;
}

let server: SMTPServer | undefined;
afterEach(async () => {
  if (server) await new Promise<void>((r) => server?.close(() => r()));
  server = undefined;
});

/** A real SMTP server on loopback that keeps every message, requiring a login when `login` is given. */
async function mailbox(login?: {
  user: string;
  pass: string;
}): Promise<{ port: number; received: Received[] }> {
  const received: Received[] = [];
  server = new SMTPServer({
    secure: false,
    disabledCommands: login ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    allowInsecureAuth: true,
    authOptional: !login,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === login?.user && auth.password === login?.pass)
        callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
          user: typeof session.user === 'string' ? session.user : undefined,
        });
        callback();
      });
    },
  });
  await new Promise<void>((r) => server?.listen(0, '127.0.0.1', () => r()));
  return { port: (server.server.address() as AddressInfo).port, received };
}

/** Header value with RFC 2047 encoded words decoded. */
function header(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`)) ?? '';
  return line
    .slice(name.length + 1)
    .trim()
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, enc: string, data: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQp(data.replace(/_/g, ' ')),
    );
}

/** The decoded body of the MIME part with the given content type. */
function part(raw: string, type: string): string {
  const start = raw.toLowerCase().indexOf(`content-type: ${type}`);
  expect(start).toBeGreaterThan(-1);
  const rest = raw.slice(start);
  const headEnd = rest.search(/\r?\n\r?\n/);
  const head = rest.slice(0, headEnd).toLowerCase();
  const body = rest
    .slice(headEnd)
    .replace(/^\r?\n\r?\n/, '')
    .split(/\r?\n--/)[0];
  if (head.includes('base64')) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (head.includes('quoted-printable')) return decodeQp(body.replace(/=\r?\n/g, ''));
  return body;
}

function decodeQp(s: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '=' && /^[0-9A-F]{2}$/i.test(s.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(s[i], 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

const from = 'Pantau Diskominfo <pantau@semarangkota.go.id>';

describe('sendAlertEmail', () => {
  it('delivers an Indonesian alert with plain text and escaped HTML to every recipient', async () => {
    const { port, received } = await mailbox({ user: 'pantau', pass: 'S3mar4ng!' });
    const alert = siagaAlert();
    const delivery = await sendAlertEmail(
      alert,
      ['humas@semarangkota.go.id', 'Kepala Dinas <kadis@semarangkota.go.id>'],
      { host: '127.0.0.1', port, secure: false, user: 'pantau', pass: 'S3mar4ng!', from },
      { link: 'https://pantau.semarangkota.go.id/isu/iss-7?tab=ringkasan&x=1' },
    );
    expect(delivery.ok).toBe(true);
    expect(delivery.accepted).toEqual(['humas@semarangkota.go.id', 'kadis@semarangkota.go.id']);
    expect(received).toHaveLength(1);
    const [mail] = received;
    expect(mail.user).toBe('pantau');
    expect(mail.from).toBe('pantau@semarangkota.go.id');
    expect(mail.to).toEqual(['humas@semarangkota.go.id', 'kadis@semarangkota.go.id']);
    expect(header(mail.raw, 'X-Pantau-Alert-Id')).toBe(alert.id);
    expect(header(mail.raw, 'Subject')).toMatch(
      /^\[Pantau\] SIAGA: Banjir rob <Tambak Lorok> & jalan rusak — 12 artikel negatif dalam 3 jam dari 7 media, [\d,]+× biasanya$/,
    );

    const text = part(mail.raw, 'text/plain');
    expect(text).toContain('Isu: Banjir rob <Tambak Lorok> & jalan rusak');
    expect(text).toContain('Level naik ke SIAGA (sebelumnya NORMAL)');
    expect(text).toContain('Rentang waktu: 19 Mar 2025 07:00–10:00 WIB');
    expect(text).toContain('Artikel: 12 negatif dari 12 artikel');
    expect(text).toContain('Lingkar <Jateng> & Co');
    expect(text).toContain('Level raised to SIAGA (alert)');
    expect(text.indexOf('Alasan:')).toBeLessThan(text.indexOf('Reason:'));

    const html = part(mail.raw, 'text/html');
    expect(html).toContain('Banjir rob &#60;Tambak Lorok&#62; &#38; jalan rusak');
    expect(html).toContain('Lingkar &#60;Jateng&#62; &#38; Co');
    expect(html).toContain('href="https://pantau.semarangkota.go.id/isu/iss-7?tab=ringkasan&#38;x=1"');
    expect(html).not.toContain('<Tambak');
    expect(html).not.toContain('<Jateng>');
  });

  it('reports a refused login without revealing the password', async () => {
    const { port, received } = await mailbox({ user: 'pantau', pass: 'benar' });
    const delivery = await sendAlertEmail(siagaAlert(), ['humas@semarangkota.go.id'], {
      host: '127.0.0.1',
      port,
      secure: false,
      user: 'pantau',
      pass: 'salah-Rahasia-123',
      from,
    });
    expect(delivery.ok).toBe(false);
    expect(delivery.error).toMatch(/Invalid/);
    expect(delivery.error).not.toContain('salah-Rahasia-123');
    expect(JSON.stringify(delivery)).not.toContain('salah-Rahasia-123');
    expect(received).toHaveLength(0);
  });

  it('reports an unreachable server as a failed delivery', async () => {
    const { port } = await mailbox();
    await new Promise<void>((r) => server?.close(() => r()));
    server = undefined;
    const delivery = await sendAlertEmail(
      siagaAlert(),
      ['humas@semarangkota.go.id'],
      { host: '127.0.0.1', port, secure: false, from },
      { timeoutMs: 2_000 },
    );
    expect(delivery).toMatchObject({ ok: false, attempts: 1, accepted: [] });
    expect(delivery.error).toMatch(/ECONNREFUSED/);
  });

  it('refuses to send without recipients or with a header-injecting address', async () => {
    const smtp = { host: '127.0.0.1', port: 25, secure: false, from };
    await expect(sendAlertEmail(siagaAlert(), [' '], smtp)).rejects.toThrow(/Tidak ada penerima/);
    await expect(sendAlertEmail(siagaAlert(), ['a@b.id\r\nBcc: x@y.id'], smtp)).rejects.toThrow(
      /tidak valid/,
    );
  });
});
