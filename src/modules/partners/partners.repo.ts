// The partner media registry of each workspace: partners with their host names, their journalists'
// certificates and their agreements.
import type { Selectable } from 'kysely';
import type { PartnerAgreementTable, PartnerCertificateTable, PartnerTable } from '../../kernel/db/schema.ts';
import type { Executor } from '../../kernel/db/tx.ts';
import type { Agreement, Certificate, Partner } from './partner.ts';

export type PartnerFields = Omit<Partner, 'id' | 'workspaceId' | 'createdAt' | 'updatedAt'>;
export type CertificateFields = Omit<Certificate, 'id' | 'partnerId'>;
export type AgreementFields = Omit<Agreement, 'id' | 'partnerId'>;

const toPartner = (r: Selectable<PartnerTable>, hosts: string[]): Partner => ({
  id: r.id,
  workspaceId: r.workspace_id,
  name: r.name,
  legalEntity: r.legal_entity,
  responsiblePerson: r.responsible_person,
  chiefEditor: r.chief_editor,
  address: r.address,
  phone: r.phone,
  email: r.email,
  newsroomEmail: r.newsroom_email,
  hosts,
  mediaType: r.media_type,
  verification: {
    status: r.verification_status,
    verifiedOn: r.verified_on,
    validUntil: r.verification_valid_until,
  },
  active: r.active === 1,
  notes: r.notes,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toCertificate = (r: Selectable<PartnerCertificateTable>): Certificate => ({
  id: r.id,
  partnerId: r.partner_id,
  journalistName: r.journalist_name,
  level: r.level,
  number: r.number,
  issuedOn: r.issued_on,
  expiresOn: r.expires_on,
});

const toAgreement = (r: Selectable<PartnerAgreementTable>): Agreement => ({
  id: r.id,
  partnerId: r.partner_id,
  number: r.number,
  startsOn: r.starts_on,
  endsOn: r.ends_on,
  valueRupiah: Number(r.value_rupiah),
  deliverables: r.deliverables,
  requiredReleases: r.required_releases,
});

const columns = (p: PartnerFields) => ({
  name: p.name,
  legal_entity: p.legalEntity,
  responsible_person: p.responsiblePerson,
  chief_editor: p.chiefEditor,
  address: p.address,
  phone: p.phone,
  email: p.email,
  newsroom_email: p.newsroomEmail,
  media_type: p.mediaType,
  verification_status: p.verification.status,
  verified_on: p.verification.verifiedOn,
  verification_valid_until: p.verification.validUntil,
  active: p.active ? 1 : 0,
  notes: p.notes,
});

async function hostsOf(store: Executor, partnerIds: number[]): Promise<Map<number, string[]>> {
  const byPartner = new Map<number, string[]>(partnerIds.map((id) => [id, []]));
  if (partnerIds.length === 0) return byPartner;
  const rows = await store.db
    .selectFrom('partner_host')
    .select(['partner_id', 'host'])
    .where('partner_id', 'in', partnerIds)
    .execute();
  for (const r of rows) byPartner.get(r.partner_id)?.push(r.host);
  // Sorted here, not by the database: collations differ between stores and servers.
  for (const hosts of byPartner.values()) hosts.sort();
  return byPartner;
}

async function replaceHosts(store: Executor, workspaceId: number, partnerId: number, hosts: string[]) {
  await store.db.deleteFrom('partner_host').where('partner_id', '=', partnerId).execute();
  if (hosts.length === 0) return;
  await store.db
    .insertInto('partner_host')
    .values(hosts.map((host) => ({ workspace_id: workspaceId, host, partner_id: partnerId })))
    .execute();
}

export async function insertPartner(
  store: Executor,
  workspaceId: number,
  p: PartnerFields,
  at: string,
): Promise<Partner> {
  const r = await store.db
    .insertInto('partner')
    .values({ workspace_id: workspaceId, ...columns(p), created_at: at, updated_at: at })
    .returningAll()
    .executeTakeFirstOrThrow();
  await replaceHosts(store, workspaceId, r.id, p.hosts);
  return toPartner(r, p.hosts);
}

export async function updatePartner(
  store: Executor,
  workspaceId: number,
  id: number,
  p: PartnerFields,
  at: string,
): Promise<Partner> {
  const r = await store.db
    .updateTable('partner')
    .set({ ...columns(p), updated_at: at })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await replaceHosts(store, workspaceId, id, p.hosts);
  return toPartner(r, p.hosts);
}

export async function deletePartner(store: Executor, workspaceId: number, id: number): Promise<void> {
  await store.db.deleteFrom('partner').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}

export async function findPartner(store: Executor, workspaceId: number, id: number): Promise<Partner | null> {
  const r = await store.db
    .selectFrom('partner')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return r ? toPartner(r, (await hostsOf(store, [r.id])).get(r.id) ?? []) : null;
}

export async function listPartnerRows(store: Executor, workspaceId: number): Promise<Partner[]> {
  const rows = await store.db
    .selectFrom('partner')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('name')
    .execute();
  const hosts = await hostsOf(
    store,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toPartner(r, hosts.get(r.id) ?? []));
}

/** The partner of the workspace with this name (any case), or holding one of these hosts. */
export async function findClashes(store: Executor, workspaceId: number, name: string, hosts: string[]) {
  const byName = await store.db
    .selectFrom('partner')
    .select(['id', 'name'])
    .where('workspace_id', '=', workspaceId)
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
    .execute();
  const byHost =
    hosts.length === 0
      ? []
      : await store.db
          .selectFrom('partner_host')
          .innerJoin('partner', 'partner.id', 'partner_host.partner_id')
          .select(['partner.id', 'partner.name', 'partner_host.host'])
          .where('partner_host.workspace_id', '=', workspaceId)
          .where('partner_host.host', 'in', hosts)
          .execute();
  return { byName, byHost };
}

/** Certificates and agreements of the partners, by partner. */
export async function recordsOf(store: Executor, partnerIds: number[]) {
  const certificates = new Map<number, Certificate[]>(partnerIds.map((id) => [id, []]));
  const agreements = new Map<number, Agreement[]>(partnerIds.map((id) => [id, []]));
  if (partnerIds.length === 0) return { certificates, agreements };
  const [c, a] = await Promise.all([
    store.db
      .selectFrom('partner_certificate')
      .selectAll()
      .where('partner_id', 'in', partnerIds)
      .orderBy('expires_on')
      .orderBy('id')
      .execute(),
    store.db
      .selectFrom('partner_agreement')
      .selectAll()
      .where('partner_id', 'in', partnerIds)
      .orderBy('starts_on')
      .orderBy('id')
      .execute(),
  ]);
  for (const r of c) certificates.get(r.partner_id)?.push(toCertificate(r));
  for (const r of a) agreements.get(r.partner_id)?.push(toAgreement(r));
  return { certificates, agreements };
}

export async function insertCertificate(
  store: Executor,
  partnerId: number,
  c: CertificateFields,
  at: string,
): Promise<Certificate> {
  const r = await store.db
    .insertInto('partner_certificate')
    .values({
      partner_id: partnerId,
      journalist_name: c.journalistName,
      level: c.level,
      number: c.number,
      issued_on: c.issuedOn,
      expires_on: c.expiresOn,
      created_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toCertificate(r);
}

export async function deleteCertificate(
  store: Executor,
  partnerId: number,
  id: number,
): Promise<Certificate | null> {
  const r = await store.db
    .deleteFrom('partner_certificate')
    .where('partner_id', '=', partnerId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  return r ? toCertificate(r) : null;
}

export async function insertAgreement(
  store: Executor,
  partnerId: number,
  a: AgreementFields,
  at: string,
): Promise<Agreement> {
  const r = await store.db
    .insertInto('partner_agreement')
    .values({
      partner_id: partnerId,
      number: a.number,
      starts_on: a.startsOn,
      ends_on: a.endsOn,
      value_rupiah: a.valueRupiah,
      deliverables: a.deliverables,
      required_releases: a.requiredReleases,
      created_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toAgreement(r);
}

export async function deleteAgreement(
  store: Executor,
  partnerId: number,
  id: number,
): Promise<Agreement | null> {
  const r = await store.db
    .deleteFrom('partner_agreement')
    .where('partner_id', '=', partnerId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  return r ? toAgreement(r) : null;
}
