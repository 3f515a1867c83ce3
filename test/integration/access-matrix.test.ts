// Every route in the OpenAPI document × every role (plus anonymous, an installation administrator
// and a user of another workspace) answers exactly as the route's policy says: allowed → success,
// refused → 403, anonymous → 401, another workspace's record → 404. A route the document lists
// but this table does not know fails the test, so a new route is checked from its first day.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROLES, type Role } from '../../src/domain/user.ts';
import { DEFAULT_OFFICE_HOURS } from '../../src/domain/working-time.ts';
import type { Workspace } from '../../src/domain/workspace.ts';
import { type Permission, rolesFor } from '../../src/kernel/auth/policy.ts';
import { systemCtx } from '../../src/kernel/ctx.ts';
import { createPageAnalyser } from '../../src/kernel/sandbox/page-pool.ts';
import { buildApp } from '../../src/main/app.ts';
import { resolveAlert } from '../../src/modules/alerts/alert-handling.service.ts';
import { insertAlert } from '../../src/modules/alerts/alerts.repo.ts';
import { analyzeStoredArticle } from '../../src/modules/analysis/analysis.service.ts';
import { addPrintOutlet } from '../../src/modules/clippings/print-outlets.service.ts';
import { giveDirection } from '../../src/modules/directions/directions.service.ts';
import { actOnRecipient } from '../../src/modules/directions/follow-up.service.ts';
import { notifyPeople } from '../../src/modules/inbox-notices/notices.service.ts';
import { moveArticleToIssue } from '../../src/modules/issues/issue-edits.service.ts';
import { findMembership } from '../../src/modules/issues/issues.repo.ts';
import { registerLetter } from '../../src/modules/letters/letters.service.ts';
import { addAgreement, addCertificate } from '../../src/modules/partners/partner-records.service.ts';
import { addPartner } from '../../src/modules/partners/partners.service.ts';
import { addPlace } from '../../src/modules/places/places.service.ts';
import { addProgram } from '../../src/modules/programs/programs.service.ts';
import {
  draftPublication,
  getPublication,
  saveMaterial,
} from '../../src/modules/publications/publications.service.ts';
import { publishPublication } from '../../src/modules/publications/publish.service.ts';
import { draftReport, sectionHistory } from '../../src/modules/reports/reports.service.ts';
import { actOnCase, getCase, startCase } from '../../src/modules/sop-cases/sop-cases.service.ts';
import { listSops, saveSop } from '../../src/modules/sops/sops.service.ts';
import { addSource } from '../../src/modules/sources/sources.service.ts';
import { addSubject } from '../../src/modules/subjects/subjects.service.ts';
import { SOP_A } from '../../src/sop/templates/sop-a.ts';
import { SOP_B } from '../../src/sop/templates/sop-b.ts';
import { buildClipping } from '../factories/clippings.ts';
import { type BuiltUser, buildAgency, buildArticle, buildUser, buildWorkspace } from '../factories/index.ts';
import { DIALECTS, openTestStore, type TestStore } from '../support/stores.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of the API under test
type Json = any;
type Request = { path: string; body?: unknown };

let n = 0;
const uniq = () => `${Date.now().toString(36)}${(n++).toString(36)}`;
const SYLLABLES = ['ka', 'lo', 'mi', 'ru', 'te', 'po', 'sa', 'gu', 'ne', 'di', 'ba', 'zo'];
let seed = 7;
const word = () => {
  let out = '';
  for (let i = 0; i < 4; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    out += SYLLABLES[seed % SYLLABLES.length];
  }
  return out;
};

describe.each(DIALECTS)('access matrix on %s', (dialect) => {
  let t: TestStore;
  let app: FastifyInstance;
  let base = '';
  let home: Workspace;
  let other: Workspace;
  const actors = new Map<string, BuiltUser>();
  const pages = createPageAnalyser({ processes: 0 });
  const sys = () => systemCtx(t.store);
  const inHome = () => ({ ...sys(), workspace: home });

  // Fresh records of the home workspace, so one request's change never decides another's answer.
  const fresh = {
    source: async () => (await addSource(inHome(), { url: `https://media.example/${uniq()}/rss` })).id,
    subject: async () => (await addSubject(inHome(), { name: `Subjek ${uniq()}`, query: 'banjir' })).id,
    place: async () => (await addPlace(inHome(), { name: `Kampung ${uniq()}`, kind: 'kelurahan' })).id,
    agency: async () => (await buildAgency(t.store, home, `Dinas ${uniq()}`)).id,
    partner: async () =>
      (await addPartner(inHome(), { name: `Media ${uniq()}`, hosts: [`${uniq()}.media.example`] })).id,
    /** A partner of the home workspace with one UKW certificate and one agreement. */
    partnerRecords: async () => {
      const id = await fresh.partner();
      const certificate = await addCertificate(inHome(), id, {
        journalistName: 'Budi Prasetyo',
        level: 'madya',
        number: `UKW-${uniq()}`,
        issuedOn: '2025-01-01',
        expiresOn: '2028-01-01',
      });
      const agreement = await addAgreement(inHome(), id, {
        number: `PKS-${uniq()}`,
        startsOn: '2026-01-01',
        endsOn: '2026-12-31',
      });
      return { id, certificateId: certificate.id, agreementId: agreement.id };
    },
    program: async () => (await addProgram(inHome(), { name: `Kegiatan ${uniq()}` })).id,
    clipping: async () => buildClipping(t.store, home, pages),
    printOutlet: async () => (await addPrintOutlet(inHome(), { name: `Harian ${uniq()}` })).id,
    article: async () => {
      // Made-up words only, so each fresh article starts an issue of its own.
      const w = Array.from({ length: 6 }, () => word());
      const id = await buildArticle(t.store, home, {
        title: `${w[0]} ${w[1]} ${w[2]}`,
        text: `${w[0]} ${w[1]} ${w[3]}. ${w[4]} ${w[2]} ${w[5]} ${w[0]}.`,
      });
      await analyzeStoredArticle(t.store, pages, id);
      return id;
    },
    issue: async () => {
      const article = await fresh.article();
      return (await findMembership(t.store.db, article))?.issueId as number;
    },
    user: async (role?: Role) => (await buildUser(t.store, role ? { role, workspace: home } : {})).user.id,
    alert: async (status?: 'resolved') => {
      const id = `${home.id}:subject:${subjectId}:${uniq()}`;
      await insertAlert(t.store, {
        id,
        workspaceId: home.id,
        scopeType: 'subject',
        scopeId: String(subjectId),
        scopeLabel: 'Banjir',
        kind: 'raised',
        level: 'siaga',
        reason: '12 artikel negatif dalam 3 jam dari 6 media',
        payload: '{}', // no articles or route kept: the detail shows it as such
        createdAt: new Date().toISOString(),
      });
      if (status === 'resolved') await resolveAlert(inHome(), id);
      return id;
    },
    /** A direction to Dinas PUPR (the matrix's agency officer's agency), with PUPR's recipient row. */
    direction: async () => {
      const d = await giveDirection(inHome(), {
        subject: `Arahan ${uniq()}`,
        instruction: 'Tindak lanjuti dan laporkan hasilnya',
        dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        recipients: [agencyId],
      });
      return { id: d.id, rid: d.recipients[0].id };
    },
    /** A direction to PUPR whose officer has asked a question the office has yet to answer. */
    directionAsked: async () => {
      const d = await fresh.direction();
      const officer = actors.get('agency_officer') as BuiltUser;
      await actOnRecipient(officer.ctx, d.id, d.rid, { type: 'clarify', question: 'Sampai kapan?' });
      return d;
    },
    /** An unread notice to this person in this workspace. */
    notice: async (userId: number, ws: Workspace = home) => {
      await notifyPeople(
        { ...sys(), workspace: ws },
        {
          workspaceId: ws.id,
          userIds: [userId],
          kind: 'waiting',
          title: `Menunggu Anda: Kasus ${uniq()}`,
          body: 'Menunggu Anda',
          link: '/kasus/1',
        },
      );
      const row = await t.store.db
        .selectFrom('inbox_notice')
        .select((eb) => eb.fn.max('id').as('id'))
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return Number(row?.id);
    },
    workspace: async () => (await buildWorkspace(t.store, { slug: `ws-${uniq()}` })).slug,
    /** An incoming letter in the home workspace's agenda book. */
    letter: async () =>
      (
        await registerLetter(inHome(), {
          direction: 'masuk',
          letterNumber: `005/${uniq()}/2026`,
          letterDate: '2026-12-01',
          receivedSentDate: '2026-12-02',
          counterpart: 'Sekretariat DPRD',
          subject: `Undangan ${uniq()}`,
        })
      ).id,
    /** A case of SOP A, or of a one-step SOP whose step belongs to `role`. */
    sopCase: async (role?: Role) => {
      let sop = 'sop-a';
      if (role) {
        sop = `satu-${role.replace('_', '-')}`;
        const definition = {
          ...SOP_A,
          key: sop,
          executors: [{ key: 'pelaksana', title: 'Pelaksana', role }],
          steps: [{ ...SOP_A.steps[0], executor: 'pelaksana' }],
        };
        if (!(await listSops(inHome())).some((s) => s.key === sop)) await saveSop(inHome(), { definition });
      }
      return (await startCase(inHome(), { sop, title: `Kasus ${uniq()}` })).id;
    },
    /** A report whose SOP A case waits at the first step of `role`, moved there by the people of the steps before. */
    /** A publication material whose SOP B case waits at `step` (filled in, so step 6 may publish it). */
    publicationAt: async (step: number) => {
      const pub = await draftPublication(inHome(), { issueId: await shared.issue() });
      const filled = {
        ...pub.current.content,
        title: `Siaran ${uniq()}`,
        quote: null,
        contacts: 'Humas',
        webSummary: 'Ringkas',
        socialText: 'Singkat',
      };
      filled.body = {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Fakta lengkap.' }] }],
      };
      const analyst = actors.get('analyst') as BuiltUser;
      await saveMaterial({ ...analyst.ctx, workspace: home }, pub.id, { content: filled, baseVersion: 1 });
      for (let guard = 0; guard < 8; guard++) {
        const c = await getCase(inHome(), pub.caseId as number);
        if (c.step.no === step || c.status !== 'open') break;
        const actor = actors.get(c.step.role) as BuiltUser;
        await actOnCase(
          { ...actor.ctx, workspace: home },
          c.id,
          c.step.decision ? { type: 'decide', answer: 'yes' } : { type: 'complete' },
        );
      }
      return pub.id;
    },
    published: async () => {
      const id = await fresh.publicationAt(6);
      await publishPublication({ ...(actors.get('analyst') as BuiltUser).ctx, workspace: home }, id);
      return id;
    },
    reportAt: async (role: Role) => {
      const report = await draftReport(inHome(), { fromDay: '2026-12-01', toDay: '2026-12-07' });
      for (let guard = 0; guard < 8; guard++) {
        const c = await getCase(inHome(), report.caseId as number);
        if (c.step.role === role || c.status !== 'open') break;
        const actor = actors.get(c.step.role);
        if (!actor) break;
        await actOnCase({ ...actor.ctx, workspace: home }, c.id, { type: 'complete' });
      }
      return report.id;
    },
  };

  // `mutates` is false when the request is expected to be refused: then a shared record serves
  // (nothing will change it) and the matrix stays fast.
  const requests: Record<string, (who: BuiltUser | null, mutates: boolean) => Promise<Request>> = {
    'POST /auth/session': async () => ({
      path: '/auth/session',
      body: { email: 'tak-ada@x.id', password: 'salah' },
    }),
    'GET /api/v1/auth/me': async () => ({ path: '/api/v1/auth/me' }),
    'DELETE /api/v1/auth/session': async () => ({ path: '/api/v1/auth/session' }),
    'POST /api/v1/auth/sign-out-everywhere': async () => ({
      path: '/api/v1/auth/sign-out-everywhere',
      body: {},
    }),
    'PUT /api/v1/auth/password': async (who) => ({
      path: '/api/v1/auth/password',
      body: { current: who?.password ?? 'x', next: `sandi-baru-${uniq()}` },
    }),
    'GET /api/v1/users': async () => ({ path: '/api/v1/users' }),
    'POST /api/v1/users': async () => ({
      path: '/api/v1/users',
      body: { email: `baru-${uniq()}@pemkot.example`, name: 'Baru', role: 'viewer' },
    }),
    'PATCH /api/v1/users/:id': async (_who, mutates) => ({
      path: `/api/v1/users/${await (mutates ? fresh.user('viewer') : shared.user('viewer'))}`,
      body: { disabled: true },
    }),
    'POST /api/v1/users/:id/reset-password': async (_who, mutates) => ({
      path: `/api/v1/users/${await (mutates ? fresh.user('viewer') : shared.user('viewer'))}/reset-password`,
      body: {},
    }),
    'PUT /api/v1/users/:id/role': async (_who, mutates) => ({
      path: `/api/v1/users/${await (mutates ? fresh.user('viewer') : shared.user('viewer'))}/role`,
      body: { role: 'analyst' },
    }),
    'DELETE /api/v1/users/:id/role': async (_who, mutates) => ({
      path: `/api/v1/users/${await (mutates ? fresh.user('viewer') : shared.user('viewer'))}/role`,
    }),
    'GET /api/v1/tokens': async () => ({ path: '/api/v1/tokens' }),
    'POST /api/v1/tokens': async () => ({ path: '/api/v1/tokens', body: { name: `uji ${uniq()}` } }),
    'DELETE /api/v1/tokens/:id': async (who) => {
      // A token of the caller's own (any signed-in user may revoke their own).
      const res = await call(who, 'POST', { path: '/api/v1/tokens', body: { name: `dicabut ${uniq()}` } });
      return { path: `/api/v1/tokens/${res.body?.record?.id ?? 999999}` };
    },
    'GET /api/v1/workspaces': async () => ({ path: '/api/v1/workspaces' }),
    'POST /api/v1/workspaces': async () => ({
      path: '/api/v1/workspaces',
      body: { name: `Kabupaten ${uniq()}`, region: 'Kabupaten Uji' },
    }),
    'PUT /api/v1/workspaces/default': async () => ({
      path: '/api/v1/workspaces/default',
      body: { slug: home.slug },
    }),
    'PATCH /api/v1/workspaces/:slug': async (_who, mutates) => ({
      path: `/api/v1/workspaces/${mutates ? await fresh.workspace() : other.slug}`,
      body: { name: `Kabupaten ${uniq()}` },
    }),
    'DELETE /api/v1/workspaces/:slug': async (_who, mutates) => ({
      path: `/api/v1/workspaces/${mutates ? await fresh.workspace() : other.slug}`,
    }),
    'GET /api/v1/agencies': async () => ({ path: '/api/v1/agencies' }),
    'GET /api/v1/agencies/:id': async () => ({ path: `/api/v1/agencies/${agencyId}` }),
    'POST /api/v1/agencies': async () => ({
      path: '/api/v1/agencies',
      body: { name: `Badan ${uniq()}`, shortName: `B${uniq()}` },
    }),
    'PATCH /api/v1/agencies/:id': async (_who, mutates) => ({
      path: `/api/v1/agencies/${await (mutates ? fresh.agency() : shared.agency())}`,
      body: { head: 'Ir. Sutrisno' },
    }),
    'GET /api/v1/partners': async () => ({ path: '/api/v1/partners' }),
    'GET /api/v1/partners/:id': async () => ({ path: `/api/v1/partners/${(await shared.partner()).id}` }),
    'POST /api/v1/partners': async () => ({
      path: '/api/v1/partners',
      body: { name: `Kabar ${uniq()}`, newsroomEmail: 'redaksi@kabar.example', hosts: [`${uniq()}.example`] },
    }),
    'PATCH /api/v1/partners/:id': async (_who, mutates) => ({
      path: `/api/v1/partners/${mutates ? await fresh.partner() : (await shared.partner()).id}`,
      body: { chiefEditor: 'Rina Wulandari' },
    }),
    'DELETE /api/v1/partners/:id': async (_who, mutates) => ({
      path: `/api/v1/partners/${mutates ? await fresh.partner() : (await shared.partner()).id}`,
    }),
    'POST /api/v1/partners/:id/certificates': async () => ({
      path: `/api/v1/partners/${(await shared.partner()).id}/certificates`,
      body: {
        journalistName: 'Sri Lestari',
        level: 'muda',
        number: `UKW-${uniq()}`,
        issuedOn: '2026-01-06',
        expiresOn: '2029-01-06',
      },
    }),
    'DELETE /api/v1/partners/:id/certificates/:certificateId': async (_who, mutates) => {
      const p = mutates ? await fresh.partnerRecords() : await shared.partner();
      return { path: `/api/v1/partners/${p.id}/certificates/${p.certificateId}` };
    },
    'POST /api/v1/partners/:id/agreements': async () => ({
      path: `/api/v1/partners/${(await shared.partner()).id}/agreements`,
      body: { number: `PKS-${uniq()}`, startsOn: '2027-01-01', endsOn: '2027-12-31', requiredReleases: 24 },
    }),
    'DELETE /api/v1/partners/:id/agreements/:agreementId': async (_who, mutates) => {
      const p = mutates ? await fresh.partnerRecords() : await shared.partner();
      return { path: `/api/v1/partners/${p.id}/agreements/${p.agreementId}` };
    },
    'GET /api/v1/audit': async () => ({ path: '/api/v1/audit' }),
    'GET /api/v1/audit/verify': async () => ({ path: '/api/v1/audit/verify' }),
    'GET /api/v1/sources': async () => ({ path: '/api/v1/sources' }),
    'POST /api/v1/sources': async () => ({
      path: '/api/v1/sources',
      body: { url: `https://media.example/${uniq()}/feed` },
    }),
    'PATCH /api/v1/sources/:id': async (_who, mutates) => ({
      path: `/api/v1/sources/${await (mutates ? fresh.source() : shared.source())}`,
      body: { enabled: false },
    }),
    'DELETE /api/v1/sources/:id': async (_who, mutates) => ({
      path: `/api/v1/sources/${await (mutates ? fresh.source() : shared.source())}`,
    }),
    'GET /api/v1/sources/:id/log': async () => ({ path: `/api/v1/sources/${sourceId}/log` }),
    // A fresh source per allowed caller: a second ask for one that waits answers with the same request.
    'POST /api/v1/sources/:id/poll': async (_who, mutates) => ({
      path: `/api/v1/sources/${await (mutates ? fresh.source() : shared.source())}/poll`,
      body: {},
    }),
    'GET /api/v1/sources/:id/poll': async () => ({ path: `/api/v1/sources/${sourceId}/poll` }),
    // The cloud metadata address: refused before any connection, so the preview answers at once.
    'POST /api/v1/sources/preview': async () => ({
      path: '/api/v1/sources/preview',
      body: { url: 'http://169.254.169.254/latest/meta-data/' },
    }),
    'GET /api/v1/sources/catalogue': async () => ({ path: '/api/v1/sources/catalogue' }),
    'GET /api/v1/articles': async () => ({ path: '/api/v1/articles?q=proyek' }),
    'GET /api/v1/articles/export': async () => ({ path: '/api/v1/articles/export?format=jsonl' }),
    'GET /api/v1/articles/:id': async () => ({ path: `/api/v1/articles/${articleId}` }),
    'GET /api/v1/articles/:id/analysis': async () => ({ path: `/api/v1/articles/${articleId}/analysis` }),
    'GET /api/v1/corrections/queue': async () => ({ path: '/api/v1/corrections/queue?limit=5' }),
    'POST /api/v1/articles/:id/corrections': async () => ({
      path: `/api/v1/articles/${articleId}/corrections`,
      body: { tone: 'positif' },
    }),
    'PUT /api/v1/articles/:id/issue': async (_who, mutates) => ({
      path: `/api/v1/articles/${await (mutates ? fresh.article() : shared.article())}/issue`,
      body: { issueId },
    }),
    'GET /api/v1/stories': async () => ({ path: '/api/v1/stories?minOutlets=1' }),
    'GET /api/v1/stories/:id': async () => ({ path: `/api/v1/stories/${storyId}` }),
    'GET /api/v1/subjects': async () => ({ path: '/api/v1/subjects' }),
    'POST /api/v1/subjects': async () => ({
      path: '/api/v1/subjects',
      body: { name: `Subjek ${uniq()}`, query: 'jalan OR jembatan' },
    }),
    'DELETE /api/v1/subjects/:id': async (_who, mutates) => ({
      path: `/api/v1/subjects/${await (mutates ? fresh.subject() : shared.subject())}`,
    }),
    'GET /api/v1/subjects/:id/articles': async () => ({ path: `/api/v1/subjects/${subjectId}/articles` }),
    'GET /api/v1/issues': async () => ({ path: '/api/v1/issues?days=3650' }),
    'GET /api/v1/issues/:id': async () => ({ path: `/api/v1/issues/${issueId}` }),
    'PATCH /api/v1/issues/:id': async (_who, mutates) => ({
      path: `/api/v1/issues/${await (mutates ? fresh.issue() : shared.issue())}`,
      body: { label: `Isu ${uniq()}` },
    }),
    'POST /api/v1/issues/:id/merge': async (_who, mutates) => {
      if (!mutates) return { path: `/api/v1/issues/${issueId}/merge`, body: { from: issueId } };
      const into = await fresh.issue();
      const from = await fresh.issue();
      expect(from).not.toBe(into);
      return { path: `/api/v1/issues/${into}/merge`, body: { from } };
    },
    'POST /api/v1/issues/:id/split': async (_who, mutates) => {
      if (!mutates) return { path: `/api/v1/issues/${issueId}/split`, body: { articles: [articleId] } };
      // An issue of two articles, one of which is split off.
      const kept = await fresh.article();
      const moved = await fresh.article();
      const issue = (await findMembership(t.store.db, kept))?.issueId as number;
      await moveArticleToIssue(sys(), { articleId: moved, issueId: issue });
      return { path: `/api/v1/issues/${issue}/split`, body: { articles: [moved], label: 'Pisahan' } };
    },
    'GET /api/v1/alerts': async () => ({ path: '/api/v1/alerts?status=open' }),
    'GET /api/v1/alerts/:id': async () => ({ path: `/api/v1/alerts/${encodeURIComponent(alertId)}` }),
    'POST /api/v1/alerts/:id/acknowledge': async (_who, mutates) => ({
      path: `/api/v1/alerts/${encodeURIComponent(mutates ? await fresh.alert() : alertId)}/acknowledge`,
      body: {},
    }),
    'PUT /api/v1/alerts/:id/assignee': async (_who, mutates) => ({
      path: `/api/v1/alerts/${encodeURIComponent(mutates ? await fresh.alert() : alertId)}/assignee`,
      body: { userId: actors.get('analyst')?.user.id },
    }),
    'POST /api/v1/alerts/:id/comments': async () => ({
      path: `/api/v1/alerts/${encodeURIComponent(alertId)}/comments`,
      body: { body: `Sudah dicek ke OPD ${uniq()}` },
    }),
    'POST /api/v1/alerts/:id/resolve': async (_who, mutates) => ({
      path: `/api/v1/alerts/${encodeURIComponent(mutates ? await fresh.alert() : alertId)}/resolve`,
      body: {},
    }),
    'POST /api/v1/alerts/:id/reopen': async (_who, mutates) => ({
      path: `/api/v1/alerts/${encodeURIComponent(mutates ? await fresh.alert('resolved') : alertId)}/reopen`,
      body: {},
    }),
    'POST /api/v1/analysis/reanalyze': async (who, mutates) => {
      // One run per workspace waits at a time and no worker runs here: the earlier caller's run is
      // ended first, so each allowed caller's request is judged alone.
      if (mutates) {
        const ws = who === actors.get('other') ? other : home;
        await t.store.db
          .updateTable('reanalysis_run')
          .set({ status: 'done', finished_at: new Date().toISOString() })
          .where('workspace_id', '=', ws.id)
          .where('status', 'in', ['queued', 'running'])
          .execute();
      }
      return { path: '/api/v1/analysis/reanalyze', body: {} };
    },
    'GET /api/v1/analysis/reanalyze': async () => ({ path: '/api/v1/analysis/reanalyze' }),
    'GET /api/v1/dashboard': async () => ({ path: '/api/v1/dashboard?interval=week' }),
    'GET /api/v1/events': async () => ({ path: '/api/v1/events' }),
    'POST /api/v1/demo': async () => ({ path: '/api/v1/demo', body: { workspace: 'demo-matriks' } }),
    'GET /api/v1/alerts/settings': async () => ({ path: '/api/v1/alerts/settings' }),
    'GET /api/v1/alerts/recipients': async () => ({ path: '/api/v1/alerts/recipients' }),
    'PUT /api/v1/alerts/recipients': async () => ({
      path: '/api/v1/alerts/recipients',
      // E-mail recipients need an SMTP server, which this app has not: the webhook alone is set.
      body: {
        webhookUrl: 'https://hooks.example/pantau',
        webhookSecret: 'rahasia-webhook-panjang',
      },
    }),
    'PUT /api/v1/alerts/settings': async () => ({
      path: '/api/v1/alerts/settings',
      body: { quietPeriodMinutes: 90 },
    }),
    'GET /api/v1/places': async () => ({ path: '/api/v1/places' }),
    'POST /api/v1/places': async () => ({
      path: '/api/v1/places',
      body: { name: `Desa ${uniq()}`, kind: 'desa' },
    }),
    'POST /api/v1/places/import': async () => ({
      path: '/api/v1/places/import',
      body: { text: `Dusun ${uniq()},desa` },
    }),
    'GET /api/v1/places/regions': async () => ({ path: '/api/v1/places/regions?q=sabang' }),
    // Kota Sabang, a city of 21 places: the first allowed caller loads it, the others add nothing.
    'POST /api/v1/places/region': async () => ({ path: '/api/v1/places/region', body: { region: '11.72' } }),
    'DELETE /api/v1/places/:id': async (_who, mutates) => ({
      path: `/api/v1/places/${await (mutates ? fresh.place() : shared.place())}`,
    }),
    'GET /api/v1/sops': async () => ({ path: '/api/v1/sops' }),
    'GET /api/v1/sops/:key': async () => ({ path: '/api/v1/sops/sop-a' }),
    'GET /api/v1/sops/:key/versions': async () => ({ path: '/api/v1/sops/sop-b/versions' }),
    'GET /api/v1/sops/:key/flowchart.svg': async () => ({ path: '/api/v1/sops/sop-a/flowchart.svg' }),
    'GET /api/v1/sops/:key/document.pdf': async () => ({ path: '/api/v1/sops/sop-b/document.pdf' }),
    'POST /api/v1/sops': async () => ({
      path: '/api/v1/sops',
      body: { definition: { ...SOP_B, key: `uji-${uniq()}` }, note: 'uji' },
    }),
    'GET /api/v1/inbox': async () => ({ path: '/api/v1/inbox' }),
    'GET /api/v1/sop-cases': async () => ({ path: '/api/v1/sop-cases?status=open' }),
    'GET /api/v1/sop-cases/:id': async () => ({ path: `/api/v1/sop-cases/${await shared.sopCase()}` }),
    'POST /api/v1/sop-cases': async () => ({
      path: '/api/v1/sop-cases',
      body: { sop: 'sop-a', title: `Laporan ${uniq()}` },
    }),
    // Each allowed role acts on a case waiting at a step of its own role: an SOP of one step for
    // that role, which it completes; an administrator (whom no step names) cancels one.
    'POST /api/v1/sop-cases/:id/actions': async (who, mutates) => {
      if (!mutates || !who)
        return { path: `/api/v1/sop-cases/${await shared.sopCase()}/actions`, body: { type: 'complete' } };
      const role = roleOf(who);
      if (role === 'admin')
        return {
          path: `/api/v1/sop-cases/${await fresh.sopCase()}/actions`,
          body: { type: 'cancel', note: 'uji' },
        };
      return { path: `/api/v1/sop-cases/${await fresh.sopCase(role)}/actions`, body: { type: 'complete' } };
    },
    'GET /api/v1/reports': async () => ({ path: '/api/v1/reports' }),
    'POST /api/v1/reports': async () => ({
      path: '/api/v1/reports',
      body: { from: '2026-12-01', to: '2026-12-07' },
    }),
    'GET /api/v1/reports/:id': async () => ({ path: `/api/v1/reports/${await shared.report()}` }),
    'GET /api/v1/reports/:id/sections/:key/versions': async () => ({
      path: `/api/v1/reports/${await shared.report()}/sections/ringkasan/versions`,
    }),
    'GET /api/v1/reports/:id/report.pdf': async () => ({
      path: `/api/v1/reports/${await shared.report()}/report.pdf`,
    }),
    'GET /api/v1/reports/:id/report.docx': async () => ({
      path: `/api/v1/reports/${await shared.report()}/report.docx`,
    }),
    'GET /api/v1/reports/:id/annex.xlsx': async () => ({
      path: `/api/v1/reports/${await shared.report()}/annex.xlsx`,
    }),
    // Written by whoever is at the report's current step: a report brought to the caller's step.
    'PUT /api/v1/reports/:id/sections/:key': async (who, mutates) => {
      const id = mutates && who ? await fresh.reportAt(roleOf(who)) : await shared.report();
      const [section] = await sectionHistory(inHome(), id, 'penutup');
      return {
        path: `/api/v1/reports/${id}/sections/penutup`,
        body: {
          body: {
            type: 'doc',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: `Penutup ${uniq()}` }] }],
          },
          baseVersion: section.version,
        },
      };
    },
    'POST /api/v1/reports/:id/sections/:key/comments': async () => ({
      path: `/api/v1/reports/${await shared.report()}/sections/rekomendasi/comments`,
      body: { body: `Catatan ${uniq()}` },
    }),
    'GET /api/v1/settings/report-schedule': async () => ({ path: '/api/v1/settings/report-schedule' }),
    'PUT /api/v1/settings/report-schedule': async () => ({
      path: '/api/v1/settings/report-schedule',
      body: { frequency: 'off', hour: 6 + (n++ % 3) },
    }),
    'GET /api/v1/settings/letterhead': async () => ({ path: '/api/v1/settings/letterhead' }),
    'PUT /api/v1/settings/letterhead': async () => ({
      path: '/api/v1/settings/letterhead',
      body: { lines: ['PEMERINTAH KOTA RUMAH', `BAGIAN ${uniq()}`], logoPng: null },
    }),
    'GET /api/v1/sops/:key/compliance': async () => ({
      path: '/api/v1/sops/sop-a/compliance?from=2026-12-01&to=2026-12-31',
    }),
    'GET /api/v1/sops/:key/compliance.xlsx': async () => ({
      path: '/api/v1/sops/sop-a/compliance.xlsx?from=2026-12-01&to=2026-12-31',
    }),
    'GET /api/v1/sops/:key/monitoring-form.pdf': async () => ({
      path: '/api/v1/sops/sop-a/monitoring-form.pdf?from=2026-12-01&to=2026-12-31',
    }),
    'GET /api/v1/publications': async () => ({ path: '/api/v1/publications' }),
    'GET /api/v1/archive': async () => ({ path: '/api/v1/archive?q=siaran' }),
    // Drafted from an issue of the caller's own workspace (another workspace's user drafts from theirs).
    'POST /api/v1/publications': async (who) => ({
      path: '/api/v1/publications',
      body: { issueId: who && who === actors.get('other') ? await otherIssue() : await shared.issue() },
    }),
    'GET /api/v1/publications/:id': async () => ({
      path: `/api/v1/publications/${await shared.publication()}`,
    }),
    // Written by whoever SOP B has at the current step: a material brought to the caller's step.
    'PUT /api/v1/publications/:id/material': async (who, mutates) => {
      const stepOf: Partial<Record<Role, number>> = { analyst: 2, head: 3, leader: 4 };
      const id =
        mutates && who ? await fresh.publicationAt(stepOf[roleOf(who)] ?? 2) : await shared.publication();
      const { current } = await getPublication(inHome(), id);
      return {
        path: `/api/v1/publications/${id}/material`,
        body: { content: { ...current.content, lead: `Paragraf ${uniq()}` }, baseVersion: current.version },
      };
    },
    'POST /api/v1/publications/:id/publish': async (_who, mutates) => ({
      path: `/api/v1/publications/${mutates ? await fresh.publicationAt(6) : await shared.publication()}/publish`,
      body: {},
    }),
    'POST /api/v1/publications/:id/corrections': async (_who, mutates) => {
      const id = mutates ? await fresh.published() : await shared.publication();
      const { current } = await getPublication(inHome(), id);
      return {
        path: `/api/v1/publications/${id}/corrections`,
        body: { content: { ...current.content, lead: `Ralat ${uniq()}` }, note: 'Angka diperbaiki' },
      };
    },
    'POST /api/v1/publications/:id/withdraw': async (_who, mutates) => ({
      path: `/api/v1/publications/${mutates ? await fresh.published() : await shared.publication()}/withdraw`,
      body: { reason: 'Data keliru' },
    }),
    'GET /api/v1/publications/:id/approval.pdf': async () => ({
      path: `/api/v1/publications/${await shared.decided()}/approval.pdf`,
    }),
    'GET /api/v1/publications/:id/release.pdf': async () => ({
      path: `/api/v1/publications/${await shared.publication()}/release.pdf`,
    }),
    'GET /api/v1/publications/:id/pickup': async () => ({
      path: `/api/v1/publications/${await shared.publication()}/pickup`,
    }),
    'GET /api/v1/settings/newsroom': async () => ({ path: '/api/v1/settings/newsroom' }),
    'PUT /api/v1/settings/newsroom': async () => ({
      path: '/api/v1/settings/newsroom',
      body: { title: `Ruang Berita ${uniq()}`, host: '' },
    }),
    'GET /api/v1/settings/publication-webhooks': async () => ({
      path: '/api/v1/settings/publication-webhooks',
    }),
    'PUT /api/v1/settings/publication-webhooks': async () => ({
      path: '/api/v1/settings/publication-webhooks',
      body: { webhooks: [{ url: `https://hook.example/${uniq()}`, secret: 'rahasia-yang-cukup-panjang' }] },
    }),
    'GET /api/v1/directions': async () => ({ path: '/api/v1/directions?status=open' }),
    'GET /api/v1/directions/summary': async () => ({ path: '/api/v1/directions/summary' }),
    'GET /api/v1/directions/:id': async () => ({
      path: `/api/v1/directions/${(await shared.direction()).id}`,
    }),
    'POST /api/v1/directions': async () => ({
      path: '/api/v1/directions',
      body: {
        subject: `Arahan ${uniq()}`,
        instruction: 'Tangani genangan dan laporkan hasilnya',
        nature: 'segera',
        dueAt: '2027-01-15T16:00:00+07:00',
        recipients: [agencyId],
      },
    }),
    // Only the officer of the agency a direction is addressed to acts on it: a fresh one to PUPR.
    'POST /api/v1/directions/:id/recipients/:rid/actions': async (_who, mutates) => {
      const d = mutates ? await fresh.direction() : await shared.direction();
      return { path: `/api/v1/directions/${d.id}/recipients/${d.rid}/actions`, body: { type: 'read' } };
    },
    'POST /api/v1/directions/:id/answer': async (_who, mutates) => {
      const d = mutates ? await fresh.directionAsked() : await shared.direction();
      return {
        path: `/api/v1/directions/${d.id}/answer`,
        body: { recipientId: d.rid, answer: 'Sampai akhir bulan' },
      };
    },
    'POST /api/v1/directions/:id/remind': async (_who, mutates) => ({
      path: `/api/v1/directions/${(mutates ? await fresh.direction() : await shared.direction()).id}/remind`,
      body: {},
    }),
    'POST /api/v1/directions/:id/close': async (_who, mutates) => ({
      path: `/api/v1/directions/${(mutates ? await fresh.direction() : await shared.direction()).id}/close`,
      body: { note: 'Dialihkan ke rapat koordinasi' },
    }),
    'GET /api/v1/directions/:id/disposition.pdf': async () => ({
      path: `/api/v1/directions/${(await shared.direction()).id}/disposition.pdf`,
    }),
    'GET /api/v1/directions/:id/files/:fileId': async () => {
      const { id, fileId } = await shared.directionFile();
      return { path: `/api/v1/directions/${id}/files/${fileId}` };
    },
    'GET /api/v1/letters': async () => ({ path: '/api/v1/letters?direction=masuk&q=undangan' }),
    'GET /api/v1/letters/:id': async () => ({ path: `/api/v1/letters/${await shared.letter()}` }),
    'POST /api/v1/letters': async () => ({
      path: '/api/v1/letters',
      body: {
        direction: 'keluar',
        letterNumber: `480/${uniq()}/2026`,
        letterDate: '2026-12-01',
        receivedSentDate: '2026-12-01',
        counterpart: 'Radio Mitra',
        subject: `Siaran pers ${uniq()}`,
      },
    }),
    'PATCH /api/v1/letters/:id': async () => ({
      path: `/api/v1/letters/${await shared.letter()}`,
      body: { summary: `Ringkasan ${uniq()}` },
    }),
    'PUT /api/v1/letters/:id/disposition': async () => ({
      path: `/api/v1/letters/${await shared.letter()}/disposition`,
      body: { instruction: `Hadiri dan laporkan ${uniq()}`, targets: [{ name: 'Kepala Bidang IKP' }] },
    }),
    'GET /api/v1/letters/:id/disposition.pdf': async () => ({
      path: `/api/v1/letters/${await shared.letter()}/disposition.pdf`,
    }),
    'GET /api/v1/print-outlets': async () => ({ path: '/api/v1/print-outlets' }),
    'POST /api/v1/print-outlets': async () => ({
      path: '/api/v1/print-outlets',
      body: { name: `Tabloid ${uniq()}`, frequency: 'mingguan' },
    }),
    'PUT /api/v1/print-outlets/:id': async () => ({
      path: `/api/v1/print-outlets/${await fresh.printOutlet()}`,
      body: { name: `Harian ${uniq()}`, region: 'Kota Sukamaju', circulation: 12000 },
    }),
    'DELETE /api/v1/print-outlets/:id': async () => ({
      path: `/api/v1/print-outlets/${await fresh.printOutlet()}`,
    }),
    'POST /api/v1/clippings': async () => ({
      path: '/api/v1/clippings',
      body: {
        fileName: 'hal-1.jpg',
        contentBase64: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]).toString('base64'),
        outlet: `Radar ${uniq()}`,
        date: '2026-11-30',
      },
    }),
    'GET /api/v1/clippings': async () => ({ path: '/api/v1/clippings?from=2026-11-01' }),
    'GET /api/v1/clippings/:id': async () => ({ path: `/api/v1/clippings/${(await shared.clipping()).id}` }),
    'DELETE /api/v1/clippings/:id': async () => ({
      path: `/api/v1/clippings/${(await fresh.clipping()).id}`,
    }),
    'GET /api/v1/clipping-pages/:id/image': async () => ({
      path: `/api/v1/clipping-pages/${(await shared.clipping()).pageId}/image`,
    }),
    'POST /api/v1/clipping-pages/:id/region-text': async () => ({
      path: `/api/v1/clipping-pages/${(await shared.clipping()).pageId}/region-text`,
      body: { box: { x: 0, y: 0, w: 600, h: 800 } },
    }),
    // Confirming again replaces the page's articles: each allowed caller cuts the shared page anew.
    'PUT /api/v1/clipping-pages/:id/regions': async () => ({
      path: `/api/v1/clipping-pages/${(await shared.clipping()).pageId}/regions`,
      body: { regions: [{ x: 0, y: 0, w: 600, h: 800 }] },
    }),
    'GET /api/v1/articles/:id/text-versions': async () => ({
      path: `/api/v1/articles/${await shared.article()}/text-versions`,
    }),
    'PUT /api/v1/articles/:id/text': async () => ({
      path: `/api/v1/articles/${await fresh.article()}/text`,
      body: { title: 'Judul diperbaiki', text: `Teks diperbaiki ${uniq()}.`, baseVersion: 1 },
    }),
    'GET /api/v1/programs': async () => ({ path: '/api/v1/programs?year=2026&status=berjalan' }),
    'GET /api/v1/programs/public-issues': async () => ({ path: '/api/v1/programs/public-issues' }),
    'GET /api/v1/programs/:id': async () => ({ path: `/api/v1/programs/${await fresh.program()}` }),
    'POST /api/v1/programs': async () => ({
      path: '/api/v1/programs',
      body: { name: `Program ${uniq()}`, budgetYear: 2026, status: 'rencana' },
    }),
    'PATCH /api/v1/programs/:id': async () => ({
      path: `/api/v1/programs/${await fresh.program()}`,
      body: { status: 'berjalan' },
    }),
    'DELETE /api/v1/programs/:id': async () => ({ path: `/api/v1/programs/${await fresh.program()}` }),
    'POST /api/v1/programs/import/preview': async () => ({
      path: '/api/v1/programs/import/preview',
      body: {
        contentBase64: Buffer.from(`Nama Program;OPD\nProgram ${uniq()};Dinas PUPR\n`).toString('base64'),
      },
    }),
    'POST /api/v1/programs/import': async () => ({
      path: '/api/v1/programs/import',
      body: {
        contentBase64: Buffer.from(`Nama Program;OPD\nProgram ${uniq()};Dinas PUPR\n`).toString('base64'),
      },
    }),
    'GET /api/v1/notices': async () => ({ path: '/api/v1/notices' }),
    // Each caller marks a notice of their own; a refused caller, or one of another workspace, one of the viewer's.
    'POST /api/v1/notices/:id/read': async (who, mutates) => ({
      path: `/api/v1/notices/${mutates && who ? await fresh.notice(who.user.id) : await shared.notice()}/read`,
      body: {},
    }),
    'POST /api/v1/notices/read-all': async (who, mutates) => {
      if (mutates && who) await fresh.notice(who.user.id, who === actors.get('other') ? other : home);
      return { path: '/api/v1/notices/read-all', body: {} };
    },
    'GET /api/v1/notices/preferences': async () => ({ path: '/api/v1/notices/preferences' }),
    'PUT /api/v1/notices/preferences': async () => ({
      path: '/api/v1/notices/preferences',
      body: { email: n++ % 2 === 0 },
    }),
    'GET /api/v1/settings/notice-quiet-hours': async () => ({ path: '/api/v1/settings/notice-quiet-hours' }),
    'PUT /api/v1/settings/notice-quiet-hours': async () => ({
      path: '/api/v1/settings/notice-quiet-hours',
      body: { enabled: true, start: '21:00', end: `0${5 + (n++ % 3)}:00` },
    }),
    'GET /api/v1/settings/work-calendar': async () => ({ path: '/api/v1/settings/work-calendar' }),
    'PUT /api/v1/settings/work-calendar': async () => ({
      path: '/api/v1/settings/work-calendar',
      body: {
        hours: { ...DEFAULT_OFFICE_HOURS },
        officeHolidays: [{ date: '2026-12-21', name: `Hari jadi ${uniq()}` }],
      },
    }),
  };

  const shared = {
    clipping: async () => {
      sharedClipping ||= await fresh.clipping();
      return sharedClipping;
    },
    source: async () => sourceId,
    subject: async () => subjectId,
    place: async () => placeId,
    agency: async () => agencyId,
    partner: async () => {
      sharedPartner ||= await fresh.partnerRecords();
      return sharedPartner;
    },
    article: async () => articleId,
    issue: async () => issueId,
    user: async (_role?: Role) => viewerId,
    direction: async () => {
      sharedDirection ||= await fresh.direction();
      return sharedDirection;
    },
    /** A PNG PUPR's officer sent as evidence on the shared direction. */
    directionFile: async () => {
      const d = await shared.direction();
      if (!directionFileId) {
        const officer = actors.get('agency_officer') as BuiltUser;
        const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
        const view = await actOnRecipient(officer.ctx, d.id, d.rid, {
          type: 'progress',
          note: 'Foto lokasi',
          evidence: [{ kind: 'file', name: 'lokasi.png', contentBase64: png.toString('base64') }],
        });
        const evidence = view.events.flatMap((e) => e.evidence);
        directionFileId = evidence.find((e) => e.kind === 'file')?.fileId ?? 0;
      }
      return { id: d.id, fileId: directionFileId };
    },
    notice: async () => {
      sharedNoticeId ||= await fresh.notice(viewerId);
      return sharedNoticeId;
    },
    letter: async () => {
      sharedLetterId ||= await fresh.letter();
      return sharedLetterId;
    },
    sopCase: async () => {
      sopCaseId ||= await fresh.sopCase();
      return sopCaseId;
    },
    /** A material the head of agency has already said YES to (at step 5). */
    decided: async () => {
      decidedId ||= await fresh.publicationAt(5);
      return decidedId;
    },
    publication: async () => {
      publicationId ||= (await draftPublication(inHome(), { issueId: await shared.issue() })).id;
      return publicationId;
    },
    report: async () => {
      reportId ||= (await draftReport(inHome(), { fromDay: '2026-12-01', toDay: '2026-12-07' })).id;
      return reportId;
    },
  };
  let reportId = 0;
  let publicationId = 0;
  let decidedId = 0;
  let otherIssueId = 0;
  /** An issue of the other workspace, for its own user's requests. */
  const otherIssue = async () => {
    if (!otherIssueId) {
      const article = await buildArticle(t.store, other, {
        title: 'Pasar Induk Tetangga Direnovasi',
        text: 'Pasar induk kota tetangga direnovasi mulai bulan depan. Pedagang dipindahkan sementara.',
      });
      await analyzeStoredArticle(t.store, pages, article);
      otherIssueId = (await findMembership(t.store.db, article))?.issueId as number;
    }
    return otherIssueId;
  };
  let sharedPartner: { id: number; certificateId: number; agreementId: number } | null = null;
  let sharedDirection: { id: number; rid: number } | null = null;
  let directionFileId = 0;
  let sopCaseId = 0;
  let sharedNoticeId = 0;
  let sharedLetterId = 0;
  let sharedClipping: { id: number; pageId: number; articleId: number } | null = null;
  const roleOf = (who: BuiltUser): Role =>
    who.ctx.actor.kind === 'user' && who.ctx.actor.memberships[0]
      ? who.ctx.actor.memberships[0].role
      : 'admin';
  let placeId = 0;
  let viewerId = 0;
  let agencyId = 0;
  /** Changes nothing when the caller uses a token (there is no session to end). */
  /** Operations made of many changes: each writes its own audit row, all naming the caller. */
  const COMPOSITE = new Set([
    'POST /api/v1/demo',
    'POST /api/v1/reports',
    'POST /api/v1/publications',
    'POST /api/v1/publications/:id/publish',
    // A clipping under a new outlet's name adds the outlet too.
    'POST /api/v1/clippings',
  ]);
  // A source preview only reads (the address it is given, never the store): logged, not audited.
  const NO_CHANGE = new Set([
    'DELETE /api/v1/auth/session',
    'POST /api/v1/sources/preview',
    'POST /api/v1/programs/import/preview',
    'POST /api/v1/clipping-pages/:id/region-text',
  ]);
  const auditCount = async () =>
    Number(
      (
        await t.store.db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.max('id').as('n'))
          .executeTakeFirst()
      )?.n ?? 0,
    );
  const auditRows = (after: number) =>
    t.store.db.selectFrom('audit_log').select(['actor', 'user_id']).where('id', '>', after).execute();
  let sourceId = 0;
  let articleId = 0;
  let storyId = 0;
  let subjectId = 0;
  let issueId = 0;
  let alertId = '';

  async function call(who: BuiltUser | null, method: string, req: Request) {
    const workspace = who === actors.get('other') ? other : home;
    const sep = req.path.includes('?') ? '&' : '?';
    const res = await fetch(`${base}${req.path}${sep}workspace=${workspace.slug}`, {
      method,
      headers: {
        ...(who ? { authorization: `Bearer ${who.token}` } : {}),
        ...(req.body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: req.body !== undefined ? JSON.stringify(req.body) : undefined,
    });
    // A live-update stream never ends: that it opened is the answer.
    if (res.headers.get('content-type')?.startsWith('text/event-stream')) {
      await res.body?.cancel();
      return { status: res.status, body: null };
    }
    const text = await res.text();
    // Exports answer with a file (CSV, JSON lines, XLSX), not a JSON document.
    const json = /^application\/(problem\+)?json/.test(res.headers.get('content-type') ?? '');
    return { status: res.status, body: text ? ((json ? JSON.parse(text) : text) as Json) : null };
  }

  beforeAll(async () => {
    t = await openTestStore(dialect);
    home = await buildWorkspace(t.store, { slug: 'kota-rumah' });
    other = await buildWorkspace(t.store, { slug: 'kab-lain' });
    const agency = await buildAgency(t.store, home, 'Dinas PUPR');
    agencyId = agency.id;
    for (const role of ROLES) {
      actors.set(
        role,
        await buildUser(t.store, {
          role,
          workspace: home,
          agency: role === 'agency_officer' ? 'Dinas PUPR' : undefined,
        }),
      );
    }
    actors.set('installation-admin', await buildUser(t.store, { admin: true }));
    actors.set('other', await buildUser(t.store, { role: 'analyst', workspace: other }));
    sourceId = await fresh.source();
    placeId = await fresh.place();
    viewerId = await fresh.user('viewer');
    subjectId = await fresh.subject();
    articleId = await fresh.article();
    storyId = (
      await (await import('../../src/modules/articles/articles.repo.ts')).findArticle(t.store, articleId)
    )?.storyId as number;
    issueId = (await findMembership(t.store.db, articleId))?.issueId as number;
    alertId = await fresh.alert();
    // The demo is built here only to see who may build it: a week of news is enough.
    app = await buildApp({ store: t.store, demoDays: 7 });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await app.close();
    await pages.close();
    await t.dispose();
  });

  test('every documented route is in the table and declares its access', async () => {
    const doc = (await (await fetch(`${base}/api/docs/json`)).json()) as Json;
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    expect(documented.length).toBeGreaterThan(40);
    // Every write declares its body and every operation its success response, for API clients.
    const undocumented = Object.entries(doc.paths as Record<string, Record<string, Json>>).flatMap(
      ([path, ops]) =>
        Object.entries(ops).flatMap(([method, op]) => [
          ...(['post', 'put', 'patch'].includes(method) &&
          !op.requestBody?.content?.['application/json']?.schema
            ? [`${method} ${path}: no request body`]
            : []),
          ...(!Object.keys(op.responses ?? {}).some((s) => s.startsWith('2'))
            ? [`${method} ${path}: no response`]
            : []),
        ]),
    );
    expect(undocumented).toEqual([]);
    expect(documented.filter((r) => !(r in requests))).toEqual([]);
    expect(app.accessTable.map((r) => `${r.method} ${r.url}`).sort()).toEqual([...documented].sort());
  });

  test('each route answers every actor as its policy says', { timeout: 300_000 }, async () => {
    const failures: string[] = [];
    for (const route of app.accessTable) {
      const key = `${route.method} ${route.url}`;
      const make = requests[key];
      const byId = route.url.includes(':id');
      for (const [name, who] of [['anonymous', null] as const, ...actors.entries()]) {
        let expected: string;
        if (route.access === 'public') expected = 'not 403';
        else if (!who) expected = '401';
        else if (route.access === 'self') expected = '2xx';
        else {
          const roles = rolesFor(route.access as Permission);
          const isInstallationAdmin = name === 'installation-admin';
          const role: Role | null = isInstallationAdmin
            ? 'admin'
            : name === 'other'
              ? 'analyst'
              : (name as Role);
          const allowed = route.scope === 'global' ? isInstallationAdmin : roles.includes(role);
          if (!allowed) expected = '403';
          else if (name === 'other' && byId) expected = '404';
          else expected = '2xx';
        }
        const req = await make(who, expected === '2xx');
        const auditBefore = await auditCount();
        const res = await call(who, route.method, req);
        const ok =
          expected === '2xx'
            ? res.status >= 200 && res.status < 300
            : expected === 'not 403'
              ? res.status !== 403
              : res.status === Number(expected);
        if (!ok)
          failures.push(
            `${key} as ${name}: expected ${expected}, got ${res.status} ${JSON.stringify(res.body)?.slice(0, 160)}`,
          );
        // Every change writes exactly one audit row naming who made it; a read or a refusal none.
        const written = await auditRows(auditBefore);
        const changes = route.method !== 'GET' && ok && expected === '2xx' && !NO_CHANGE.has(key);
        // Building the demo is many changes (workspace, places, OPD, subjects, sources, user), each audited.
        const expectedRows = COMPOSITE.has(key) ? written.length || 1 : 1;
        if (changes && (written.length !== expectedRows || written.some((r) => r.user_id !== who?.user.id))) {
          failures.push(
            `${key} as ${name}: ${written.length} audit rows by ${written.map((r) => r.actor).join(', ')}`,
          );
        }
        if (!changes && written.length > 0) {
          failures.push(`${key} as ${name}: ${written.length} audit rows for a request that changed nothing`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
