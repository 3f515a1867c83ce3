// Random secrets (session ids, API tokens, one-time passwords) and how they are kept: only a
// SHA-256 digest is stored, so a copy of the database opens nothing.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { PantauError } from '../../domain/errors.ts';

export function newSecret(prefix: string, bytes = 32): string {
  return `${prefix}${randomBytes(bytes).toString('base64url')}`;
}

export function digest(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A one-time password people can type: 4 groups of 4 from an alphabet without look-alikes. */
export function oneTimePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(16);
  let out = '';
  for (let i = 0; i < 16; i++) {
    if (i > 0 && i % 4 === 0) out += '-';
    out += alphabet[bytes[i] % alphabet.length];
  }
  return out;
}

/** The shortest secret an installation may be configured with (the length `openssl rand -hex 32` prints is 64). */
export const MIN_CONFIGURED_SECRET_LENGTH = 32;

/**
 * Refuses a configured secret (an environment variable, a file of an earlier release) that can be
 * guessed: too short, or made of a handful of characters repeated. `where` names it for the admin.
 */
export function checkConfiguredSecret(where: string, secret: string): void {
  const min = MIN_CONFIGURED_SECRET_LENGTH;
  const weak = secret.length < min || new Set(secret).size < 8;
  if (!weak) return;
  throw new PantauError(
    'validation',
    `${where} terlalu lemah: minimal ${min} karakter acak; buat dengan \`openssl rand -hex 32\` — ` +
      `${where} is too weak: it needs at least ${min} characters, random; generate one with \`openssl rand -hex 32\``,
  );
}
