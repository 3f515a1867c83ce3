// The process logger: JSON lines on stderr (stdout stays free for command output), with secrets
// such as database passwords and tokens redacted.
import pino, { type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino(
    {
      level,
      redact: {
        paths: ['databaseUrl', 'config.databaseUrl', 'token', 'password', 'headers.authorization'],
        censor: '[disembunyikan]',
      },
    },
    pino.destination(2),
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
