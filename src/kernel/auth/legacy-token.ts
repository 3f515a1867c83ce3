// The API's bearer token: PANTAU_API_TOKEN when set, otherwise one generated at first start and
// kept (readable by the owner only) in the data directory. The token itself is never logged.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function apiTokenFile(dataDir: string): string {
  return path.join(dataDir, 'api-token');
}

export function loadApiToken(dataDir: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.PANTAU_API_TOKEN) return env.PANTAU_API_TOKEN;
  const file = apiTokenFile(dataDir);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const token = randomBytes(24).toString('base64url');
  writeFileSync(file, `${token}\n`, { mode: 0o600, flag: 'wx' });
  return token;
}

export function tokenMatches(expected: string, header: string | undefined): boolean {
  const given = header?.startsWith('Bearer ') ? header.slice(7).trim() : '';
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
