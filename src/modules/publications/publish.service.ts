// Publishing an approved release (SOP B step 6) in one action: it goes up on the government's own
// newsroom, an e-mail to every active partner outlet's newsroom and a signed call to every webhook
// are queued as deliveries, and the case closes, all in one transaction so nothing is half-published.
// A correction publishes a new version marked as such (and tells the same channels); a withdrawal
// takes it off the newsroom with its reason shown in its place.
import { PantauError } from '../../domain/errors.ts';
import { roleIn } from '../../domain/user.ts';
import { authorize } from '../../kernel/auth/policy.ts';
import { type Ctx, editorName, tx, workspaceOf } from '../../kernel/ctx.ts';
import type { MaterialContent } from '../../publish/material.ts';
import { unfilledBlanks } from '../../publish/material.ts';
import { recordChange } from '../audit/audit.service.ts';
import { partnerOutlets } from '../partners/partners.service.ts';
import { actOnCase } from '../sop-cases/sop-cases.service.ts';
import { newsroomChanged } from './newsroom.service.ts';
import { publicationWebhooksOf } from './publication-webhooks.service.ts';
import { publicationsPolicy } from './publications.policy.ts';
import {
  type DeliveryRow,
  insertDeliveries,
  insertMaterialVersion,
  markPublished,
  markWithdrawn,
  materialVersions,
  setPublicVersion,
} from './publications.repo.ts';
import {
  caseOfPublication,
  checkContent,
  getPublication,
  loadPublication,
  mayWriteAt,
  PUBLISH_STEP,
  type PublicationView,
} from './publications.service.ts';

type NewDelivery = Omit<DeliveryRow, 'id' | 'attempts' | 'nextAt' | 'error'>;

/** The deliveries one public change makes: the newsroom (done), each partner's e-mail, each webhook. */
async function channelDeliveries(
  ctx: Ctx,
  p: { id: number; workspaceId: number; slug: string },
  version: number,
  at: string,
): Promise<NewDelivery[]> {
  const byName = editorName(ctx);
  const base = { publicationId: p.id, workspaceId: p.workspaceId, version, createdAt: at, byName };
  const partners = (await partnerOutlets(ctx)).filter((o) => o.active && o.newsroomEmail);
  const hooks = await publicationWebhooksOf(ctx, p.workspaceId);
  return [
    {
      ...base,
      channel: 'newsroom',
      target: 'Ruang berita',
      address: `/newsroom/${p.slug}`,
      partnerId: null,
      state: 'sent',
      sentAt: at,
    },
    ...partners.map(
      (o): NewDelivery => ({
        ...base,
        channel: 'email',
        target: o.name,
        address: o.newsroomEmail as string,
        partnerId: o.id,
        state: 'pending',
        sentAt: null,
      }),
    ),
    ...hooks.map(
      (h): NewDelivery => ({
        ...base,
        channel: 'webhook',
        target: new URL(h.url).host,
        address: h.url,
        partnerId: null,
        state: 'pending',
        sentAt: null,
      }),
    ),
  ];
}

export async function publishPublication(
  ctx: Ctx,
  id: number,
  input: { note?: string } = {},
): Promise<PublicationView> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, publicationsPolicy.can('publish'), ws.id);
  const row = await loadPublication(ctx, ws, id);
  if (row.status !== 'draft')
    throw new PantauError('conflict', 'Siaran pers ini sudah diterbitkan — already published');
  const sopCase = await caseOfPublication(ctx, row);
  if (sopCase?.status !== 'open' || sopCase.step.no !== PUBLISH_STEP)
    throw new PantauError(
      'conflict',
      sopCase?.status === 'open'
        ? `Bahan ini masih di langkah ${sopCase.step.no}; terbit hanya setelah disetujui pimpinan (langkah ${PUBLISH_STEP}) — not approved for publication yet`
        : 'Kasus SOP B bahan ini sudah selesai atau dibatalkan — its case is closed',
    );
  if (!mayWriteAt(sopCase))
    throw new PantauError(
      'forbidden',
      `Langkah ${PUBLISH_STEP} dikerjakan oleh ${sopCase.step.executorTitle} yang ditugasi — only the step's executor publishes`,
    );
  const [current] = await materialVersions(ctx, row.id);
  const blanks = unfilledBlanks(current.content);
  if (blanks.length)
    throw new PantauError(
      'validation',
      `Isian templat belum diganti: ${blanks.join(', ')} — template blanks are still in the text`,
    );
  await tx(ctx, async (t) => {
    const at = t.now().toISOString();
    if (!(await markPublished(t, row.id, { version: current.version, at, byName: editorName(t) })))
      throw new PantauError('conflict', 'Siaran pers ini baru saja diterbitkan — already published');
    const deliveries = await channelDeliveries(t, row, current.version, at);
    await insertDeliveries(t, deliveries);
    await actOnCase(
      t,
      sopCase.id,
      {
        type: 'complete',
        note:
          (input.note ?? '').trim() ||
          `Diterbitkan di ruang berita dan dikirim ke ${deliveries.length - 1} saluran`,
      },
      { bySubject: true },
    );
    await recordChange(t, {
      action: 'publications.publish',
      recordType: 'publication',
      recordId: row.id,
      before: { status: 'draft' },
      after: {
        status: 'published',
        version: current.version,
        channels: deliveries.map((d) => `${d.channel}:${d.target}`),
      },
    });
  });
  newsroomChanged(ws.id);
  return getPublication(ctx, id);
}

export async function correctPublication(
  ctx: Ctx,
  id: number,
  input: { content: MaterialContent; note: string },
): Promise<PublicationView> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, publicationsPolicy.can('correct'), ws.id);
  const note = input.note.trim();
  if (!note)
    throw new PantauError('validation', 'Tulis apa yang diralat — a correction says what it corrects');
  const row = await loadPublication(ctx, ws, id);
  if (row.status !== 'published')
    throw new PantauError(
      'conflict',
      'Hanya siaran pers yang sedang terbit dapat diralat — only a published release is corrected',
    );
  checkContent(input.content);
  const blanks = unfilledBlanks(input.content);
  if (blanks.length)
    throw new PantauError(
      'validation',
      `Isian templat belum diganti: ${blanks.join(', ')} — template blanks remain`,
    );
  await tx(ctx, async (t) => {
    const at = t.now().toISOString();
    const [current] = await materialVersions(t, row.id);
    const saved = await insertMaterialVersion(t, {
      publicationId: row.id,
      version: current.version + 1,
      content: input.content,
      authorId: t.actor.kind === 'user' ? t.actor.userId : null,
      authorName: editorName(t),
      authorRole: roleIn(t.actor, ws.id) ?? 'system',
      step: PUBLISH_STEP,
      note: note.slice(0, 500),
      correction: true,
      at,
    });
    if (!saved)
      throw new PantauError(
        'conflict',
        'Ralat lain baru saja disimpan — another correction was saved; reload',
      );
    await setPublicVersion(t, row.id, saved.version, at);
    await insertDeliveries(t, await channelDeliveries(t, row, saved.version, at));
    await recordChange(t, {
      action: 'publications.correct',
      recordType: 'publication',
      recordId: row.id,
      before: { version: current.version },
      after: { version: saved.version, note },
    });
  });
  newsroomChanged(ws.id);
  return getPublication(ctx, id);
}

export async function withdrawPublication(
  ctx: Ctx,
  id: number,
  input: { reason: string },
): Promise<PublicationView> {
  const ws = workspaceOf(ctx);
  authorize(ctx.actor, publicationsPolicy.can('withdraw'), ws.id);
  const reason = input.reason.trim();
  if (!reason)
    throw new PantauError('validation', 'Alasan penarikan wajib diisi — a withdrawal needs its reason');
  const row = await loadPublication(ctx, ws, id);
  await tx(ctx, async (t) => {
    if (!(await markWithdrawn(t, row.id, t.now().toISOString(), reason.slice(0, 1000))))
      throw new PantauError(
        'conflict',
        'Hanya siaran pers yang sedang terbit dapat ditarik — only a published release is withdrawn',
      );
    await recordChange(t, {
      action: 'publications.withdraw',
      recordType: 'publication',
      recordId: row.id,
      before: { status: 'published' },
      after: { status: 'withdrawn', reason },
    });
  });
  newsroomChanged(ws.id);
  return getPublication(ctx, id);
}
