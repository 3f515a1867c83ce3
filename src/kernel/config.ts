// Settings read from the environment, with the embedded defaults (SQLite under ./data).
import path from 'node:path';
import { PantauError } from '../domain/errors.ts';

export interface Config {
  dataDir: string;
  /** postgres://… switches store and queue to PostgreSQL. */
  databaseUrl: string | null;
  /** Hosts/CIDRs the fetcher may reach although they are internal (tests, intranets). */
  allowHosts: string[];
  hostConcurrency: number;
  hostDelayMs: number;
  /** Article pages fetched at once by one process. */
  concurrency: number;
  /** Extraction threads (each with a memory cap); 0 extracts on the main thread. */
  extractThreads: number;
  httpHost: string;
  httpPort: number;
  logLevel: string;
  alerts: AlertChannels;
}

/** Where crisis alerts go; each channel is off unless configured. */
export interface AlertChannels {
  emailTo: string[];
  smtp: { host: string; port: number; secure: boolean; user?: string; pass?: string; from: string } | null;
  webhookUrl: string | null;
  webhookSecret: string | null;
}

function alertChannels(env: NodeJS.ProcessEnv): AlertChannels {
  const list = (v: string | undefined) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const host = env.PANTAU_SMTP_HOST;
  return {
    emailTo: list(env.PANTAU_ALERT_EMAIL_TO),
    smtp: host
      ? {
          host,
          port: integer(env, 'PANTAU_SMTP_PORT', 587, 1),
          secure: env.PANTAU_SMTP_SECURE === 'true',
          user: env.PANTAU_SMTP_USER || undefined,
          pass: env.PANTAU_SMTP_PASS || undefined,
          from: env.PANTAU_SMTP_FROM || 'Pantau <pantau@localhost>',
        }
      : null,
    webhookUrl: env.PANTAU_ALERT_WEBHOOK_URL || null,
    webhookSecret: env.PANTAU_ALERT_WEBHOOK_SECRET || null,
  };
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) {
    throw new PantauError(
      'validation',
      `${name} harus bilangan bulat ≥ ${min} — must be an integer ≥ ${min}: "${raw}"`,
    );
  }
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    dataDir: path.resolve(env.PANTAU_DATA_DIR || 'data'),
    databaseUrl: env.DATABASE_URL || null,
    allowHosts: (env.PANTAU_ALLOW_HOSTS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    hostConcurrency: integer(env, 'PANTAU_HOST_CONCURRENCY', 2, 1),
    hostDelayMs: integer(env, 'PANTAU_HOST_DELAY_MS', 1000),
    concurrency: integer(env, 'PANTAU_CONCURRENCY', 16, 1),
    extractThreads: integer(env, 'PANTAU_EXTRACT_THREADS', 2),
    httpHost: env.PANTAU_HOST || '127.0.0.1',
    httpPort: integer(env, 'PORT', 3000),
    logLevel: env.PANTAU_LOG_LEVEL || 'info',
    alerts: alertChannels(env),
  };
}
