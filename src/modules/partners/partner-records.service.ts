// Use cases for what a partner holds: its journalists' competency certificates (UKW) and its
// agreements (perjanjian kerja sama), each added or removed with one audit row.
import { PantauError } from '../../domain/errors.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { type Ctx, tx, workspaceOf } from '../../kernel/ctx.ts';
import { recordChange } from '../audit/audit.service.ts';
import type { Agreement, Certificate } from './partner.ts';
import { partnersPolicy } from './partners.policy.ts';
import {
  deleteAgreement,
  deleteCertificate,
  findPartner,
  insertAgreement,
  insertCertificate,
} from './partners.repo.ts';
import {
  type AgreementInput,
  agreementInputSchema,
  type CertificateInput,
  certificateInputSchema,
} from './partners.schema.ts';
import { dayOrNull } from './partners.service.ts';

/** Opens a change on a partner of the workspace: authorized, in a transaction, not found elsewhere. */
async function onPartner<T>(ctx: Ctx, partnerId: number, change: (t: Ctx) => Promise<T>): Promise<T> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, partnersPolicy.can('manage'), ws.id);
  return tx(ctx, async (t) => {
    if (!(await findPartner(t, ws.id, partnerId)))
      throw new PantauError('not_found', `Mitra media ${partnerId} tidak ditemukan — partner not found`);
    return change(t);
  });
}

function ordered(first: string, last: string, what: string) {
  if (last < first)
    throw new PantauError('validation', `${what} berakhir sebelum dimulai — ends before it starts`);
}

export function addCertificate(ctx: Ctx, partnerId: number, input: CertificateInput): Promise<Certificate> {
  return onPartner(ctx, partnerId, async (t) => {
    const c = certificateInputSchema.parse({
      ...input,
      issuedOn: dayOrNull(input.issuedOn),
      expiresOn: dayOrNull(input.expiresOn),
    });
    ordered(c.issuedOn, c.expiresOn, 'Sertifikat');
    const made = await insertCertificate(t, partnerId, c, t.now().toISOString());
    await recordChange(t, {
      action: 'partners.add_certificate',
      recordType: 'partner_certificate',
      recordId: made.id,
      after: { ...made },
    });
    return made;
  });
}

export function removeCertificate(ctx: Ctx, partnerId: number, id: number): Promise<void> {
  return onPartner(ctx, partnerId, async (t) => {
    const gone = await deleteCertificate(t, partnerId, id);
    if (!gone) throw new PantauError('not_found', `Sertifikat ${id} tidak ditemukan — certificate not found`);
    await recordChange(t, {
      action: 'partners.remove_certificate',
      recordType: 'partner_certificate',
      recordId: id,
      before: { ...gone },
    });
  });
}

export function addAgreement(ctx: Ctx, partnerId: number, input: AgreementInput): Promise<Agreement> {
  return onPartner(ctx, partnerId, async (t) => {
    const a = agreementInputSchema.parse({
      ...input,
      startsOn: dayOrNull(input.startsOn),
      endsOn: dayOrNull(input.endsOn),
    });
    ordered(a.startsOn, a.endsOn, 'Perjanjian');
    const made = await insertAgreement(t, partnerId, a, t.now().toISOString());
    await recordChange(t, {
      action: 'partners.add_agreement',
      recordType: 'partner_agreement',
      recordId: made.id,
      after: { ...made },
    });
    return made;
  });
}

export function removeAgreement(ctx: Ctx, partnerId: number, id: number): Promise<void> {
  return onPartner(ctx, partnerId, async (t) => {
    const gone = await deleteAgreement(t, partnerId, id);
    if (!gone) throw new PantauError('not_found', `Perjanjian ${id} tidak ditemukan — agreement not found`);
    await recordChange(t, {
      action: 'partners.remove_agreement',
      recordType: 'partner_agreement',
      recordId: id,
      before: { ...gone },
    });
  });
}
