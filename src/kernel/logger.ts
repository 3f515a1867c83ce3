// The process logger: JSON lines on stderr (stdout stays free for command output), with secrets
// such as database passwords and tokens redacted.
import pino, { type Logger } from 'pino';

export type { Logger };

export function createLogger(
  level: string,
  destination: pino.DestinationStream = pino.destination(2),
): Logger {
  return pino(
    {
      level,
      redact: {
        paths: [
          'databaseUrl',
          'config.databaseUrl',
          'token',
          'password',
          'headers.authorization',
          'headers.cookie',
          'req.headers.authorization',
          'req.headers.cookie',
          'res.headers["set-cookie"]',
        ],
        censor: '[disembunyikan]',
      },
    },
    destination,
  );
}

/** Hides the password of a connection string before it is shown anywhere. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '[url tidak valid]';
  }
}
