// Where earlier releases kept the one shared API token. Pantau now adopts it (once, as a digest) as
// the first administrator's personal token, so existing scripts keep working until it is revoked;
// the token itself is never logged.
import path from 'node:path';

export function apiTokenFile(dataDir: string): string {
  return path.join(dataDir, 'api-token');
}
