// Settings read from the environment, with the embedded defaults (SQLite under ./data).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PantauError } from '../domain/errors.ts';
import { checkConfiguredSecret } from './auth/secrets.ts';

export interface Config {
  dataDir: string;
  /** postgres://… switches store and queue to PostgreSQL. */
  databaseUrl: string | null;
  /** Hosts/CIDRs the fetcher may reach although they are internal (tests, intranets). */
  allowHosts: string[];
  hostConcurrency: number;
  hostDelayMs: number;
  /** Time budget of one fetch (a poll's feed, an article page), retries included. */
  fetchBudgetMs: number;
  /** Article pages fetched at once by one process. */
  concurrency: number;
  /** Page processes (each with a memory cap) that extract and analyse; 0 does it in-process. */
  extractThreads: number;
  httpHost: string;
  httpPort: number;
  logLevel: string;
  alerts: AlertChannels;
  /** The web app's address as people open it (links in e-mails); null: where this server listens. */
  publicUrl: string | null;
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
    webhookSecret: secret(env, 'PANTAU_ALERT_WEBHOOK_SECRET'),
  };
}

/** A secret from the environment, refused at start when it could be guessed. */
function secret(env: NodeJS.ProcessEnv, name: string): string | null {
  const value = env[name];
  if (!value) return null;
  checkConfiguredSecret(name, value);
  return value;
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

function isPantauPackage(dir: string): boolean {
  const file = path.join(dir, 'package.json');
  if (!existsSync(file)) return false;
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown }).name === 'pantau';
  } catch {
    return false;
  }
}

/**
 * The project Pantau belongs to, found from where its code lies and never from the folder a
 * command was typed in: a checkout is its own project; a copy installed under node_modules belongs
 * to the project that installed it.
 */
export function projectRoot(codeDir: string = import.meta.dirname): string {
  let dir = path.resolve(codeDir);
  while (!isPantauPackage(dir)) {
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new PantauError(
        'not_found',
        `package.json Pantau tidak ditemukan di atas ${codeDir}; atur PANTAU_DATA_DIR — ` +
          "Pantau's package.json not found; set PANTAU_DATA_DIR",
      );
    }
    dir = parent;
  }
  const installed = dir.split(path.sep).indexOf('node_modules');
  return installed > 0 ? dir.split(path.sep).slice(0, installed).join(path.sep) || path.sep : dir;
}

function dataDirectory(configured: string | undefined): string {
  if (configured && path.isAbsolute(configured)) return path.normalize(configured);
  // A relative PANTAU_DATA_DIR is the project's too, so it means the same from every folder.
  return path.resolve(projectRoot(), configured || 'data');
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Read by bootstrap, but checked here so every command refuses it before opening anything.
  secret(env, 'PANTAU_API_TOKEN');
  return {
    dataDir: dataDirectory(env.PANTAU_DATA_DIR),
    databaseUrl: env.DATABASE_URL || null,
    allowHosts: (env.PANTAU_ALLOW_HOSTS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    hostConcurrency: integer(env, 'PANTAU_HOST_CONCURRENCY', 2, 1),
    hostDelayMs: integer(env, 'PANTAU_HOST_DELAY_MS', 1000),
    fetchBudgetMs: integer(env, 'PANTAU_FETCH_BUDGET_MS', 60_000, 1),
    concurrency: integer(env, 'PANTAU_CONCURRENCY', 16, 1),
    extractThreads: integer(env, 'PANTAU_EXTRACT_THREADS', 2),
    httpHost: env.PANTAU_HOST || '127.0.0.1',
    httpPort: integer(env, 'PORT', 3000),
    logLevel: env.PANTAU_LOG_LEVEL || 'info',
    alerts: alertChannels(env),
    publicUrl: env.PANTAU_PUBLIC_URL?.trim() || null,
  };
}
