// A partner outlet (mitra media) as the office keeps it, and the pure rules about it: which web host
// names identify its articles, and which verification, certificate or agreement needs renewing soon.
import { PantauError } from '../../domain/errors.ts';

export const MEDIA_TYPES = ['online', 'cetak', 'televisi', 'radio'] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];
/** Dewan Pers verification: none yet, administrative, or factual (the full one). */
export const VERIFICATION_STATUSES = ['none', 'administrative', 'factual'] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];
/** Uji Kompetensi Wartawan levels. */
export const UKW_LEVELS = ['muda', 'madya', 'utama'] as const;
export type UkwLevel = (typeof UKW_LEVELS)[number];

export interface Partner {
  id: number;
  workspaceId: number;
  name: string;
  legalEntity: string | null;
  responsiblePerson: string | null;
  chiefEditor: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  newsroomEmail: string | null;
  hosts: string[];
  mediaType: MediaType;
  verification: { status: VerificationStatus; verifiedOn: string | null; validUntil: string | null };
  active: boolean;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Certificate {
  id: number;
  partnerId: number;
  journalistName: string;
  level: UkwLevel;
  number: string;
  issuedOn: string;
  expiresOn: string;
}

export interface Agreement {
  id: number;
  partnerId: number;
  number: string;
  startsOn: string;
  endsOn: string;
  valueRupiah: number;
  deliverables: string;
  requiredReleases: number;
}

export interface ExpiryWarning {
  kind: 'verification' | 'certificate' | 'agreement';
  /** The certificate's or agreement's id; null for the verification. */
  recordId: number | null;
  /** What expires, as the office names it. */
  subject: string;
  expiresOn: string;
  /** Days from today to the expiry day (negative: already expired). */
  daysLeft: number;
  expired: boolean;
}

/** Verifications, certificates and agreements ending this many days ahead are flagged. */
export const WARNING_DAYS = 60;

const dayNumber = (day: string) => Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000);

/**
 * What needs renewing within WARNING_DAYS of `today` (the workspace's local day), soonest first. An
 * expired certificate or agreement is not flagged once something newer replaces it (the same
 * journalist's later certificate, a later agreement): history is not a to-do. An inactive partner
 * needs nothing renewed.
 */
export function expiryWarnings(
  partner: Pick<Partner, 'active' | 'verification'>,
  certificates: Certificate[],
  agreements: Agreement[],
  today: string,
): ExpiryWarning[] {
  if (!partner.active) return [];
  const now = dayNumber(today);
  const out: ExpiryWarning[] = [];
  const consider = (kind: ExpiryWarning['kind'], recordId: number | null, subject: string, day: string) => {
    const daysLeft = dayNumber(day) - now;
    if (daysLeft <= WARNING_DAYS)
      out.push({ kind, recordId, subject, expiresOn: day, daysLeft, expired: daysLeft < 0 });
  };
  const v = partner.verification;
  if (v.status !== 'none' && v.validUntil) {
    consider('verification', null, `Verifikasi Dewan Pers (${verificationLabel(v.status)})`, v.validUntil);
  }
  for (const c of certificates) {
    const replaced = certificates.some(
      (o) => o.id !== c.id && sameName(o.journalistName, c.journalistName) && o.expiresOn > c.expiresOn,
    );
    if (!replaced)
      consider('certificate', c.id, `UKW ${c.level} ${c.journalistName} (${c.number})`, c.expiresOn);
  }
  for (const a of agreements) {
    if (!agreements.some((o) => o.id !== a.id && o.endsOn > a.endsOn)) {
      consider('agreement', a.id, `Perjanjian kerja sama ${a.number}`, a.endsOn);
    }
  }
  return out.sort((a, b) => a.daysLeft - b.daysLeft);
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function verificationLabel(status: VerificationStatus): string {
  return status === 'factual'
    ? 'faktual'
    : status === 'administrative'
      ? 'administratif'
      : 'belum terverifikasi';
}

const HOST = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;

/**
 * A web host name as stored: lower case, punycode, without scheme, path, port or a leading "www."
 * (the bare name covers www and every other subdomain). Accepts what people paste: a full address.
 */
export function normalizeHost(input: string): string {
  const raw = input.trim();
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`).hostname;
  } catch {
    host = '';
  }
  host = host.replace(/\.$/, '').replace(/^www\./, '');
  if (!HOST.test(host)) {
    throw new PantauError(
      'validation',
      `Nama host tidak sah: "${raw}" (mis. kabar.example) — invalid host name`,
    );
  }
  return host;
}
