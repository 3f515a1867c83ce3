// Gathers what a monitoring report of one period says, from the same places the office's screens
// read: the dashboard's figures (this period beside the one before), the period's top issues with
// their articles and quotes, the crisis alerts, the agency registry, and every article of the
// period for the annex. Times are written in the workspace's zone.
import { CRISIS_LEVELS, type CrisisLevel } from '../../analyze/crisis/types.ts';
import { formatDate, formatDateTime, formatPeriod, formatShortDay } from '../../domain/time.ts';
import type { Workspace } from '../../domain/workspace.ts';
import { localDayOf, zoneOffsetMinutes } from '../../domain/workspace.ts';
import { type Ctx, editorName } from '../../kernel/ctx.ts';
import type { KeyIssueData, ReportData, Tones } from '../../report/monitoring/data.ts';
import { listAgencies } from '../agencies/agencies.service.ts';
import { listAlerts } from '../alerts/alerts.service.ts';
import { articleAnalysis } from '../analysis/article-analysis.service.ts';
import { periodArticleLines } from '../articles/export.service.ts';
import { type ClippingSource, clippingSourcesFor } from '../clippings/clipping-evidence.service.ts';
import { workspaceDashboard } from '../dashboard/dashboard.service.ts';
import { directionsForIssues, listDirections } from '../directions/directions.service.ts';
import { showIssue } from '../issues/issues.service.ts';

const DAY = 86_400_000;
const KEY_ISSUES = 5;
const REPRESENTATIVE = 5;
const NEGATIVE_LISTED = 10;
/** Clipping images a printed report carries after its annex; the app keeps them all. */
const CLIPPINGS_SHOWN = 40;

export interface ReportPeriod {
  /** First local day, YYYY-MM-DD. */
  fromDay: string;
  /** Last local day (included), YYYY-MM-DD. */
  toDay: string;
}

/** The instants of a period of whole local days: [from, to), and the period of the same length before. */
export function periodInstants(ws: Workspace, p: ReportPeriod) {
  const offset = zoneOffsetMinutes(ws.timeZone) * 60_000;
  const from = Date.parse(`${p.fromDay}T00:00:00Z`) - offset;
  const to = Date.parse(`${p.toDay}T00:00:00Z`) - offset + DAY;
  return { from, to, previousFrom: from - (to - from) };
}

const emptyTones = (): Tones => ({ positive: 0, neutral: 0, negative: 0 });

/** "Radar Sukamaju, 30 November 2026, hlm. 3 — Judul": a clipping's caption as the report prints it. */
export const clippingCaption = (c: ClippingSource): string =>
  `${c.outlet}, ${formatPeriod(c.editionDate, c.editionDate)}, hlm. ${c.pageNo}${c.title ? ` — ${c.title}` : ''}`;

export async function gatherReportData(
  ctx: Ctx,
  ws: Workspace,
  period: ReportPeriod,
  letterhead: string[],
): Promise<ReportData> {
  const zone = ws.timeZone;
  const offset = zoneOffsetMinutes(zone);
  const { from, to, previousFrom } = periodInstants(ws, period);
  const fromIso = new Date(from).toISOString();
  const toIso = new Date(to).toISOString();
  const dash = await workspaceDashboard(ctx, {
    workspace: ws.slug,
    from: fromIso,
    to: toIso,
    interval: 'day',
  });

  // Every article of the period, once: the annex, the daily tone counts and the media split.
  const days: string[] = [];
  for (let at = from; at < to; at += DAY) days.push(localDayOf(at, offset));
  const daily = new Map(days.map((d) => [d, emptyTones()]));
  const tones = emptyTones();
  const annex: (ReportData['annex'][number] & { at: number; id: number; print: boolean })[] = [];
  const negative: (typeof annex)[number][] = [];
  for await (const line of periodArticleLines(ctx, { from: fromIso, to: toIso })) {
    const tone = line.tone;
    const at = Date.parse(line.at);
    if (tone) {
      tones[tone]++;
      const bucket = daily.get(localDayOf(at, offset));
      if (bucket) bucket[tone]++;
    }
    const row = {
      publishedAt: formatDateTime(new Date(at), zone),
      outlet: line.outlet ?? new URL(line.url).hostname,
      mediaType: line.medium === 'print' ? 'Cetak' : 'Online',
      title: line.title ?? line.url,
      tone,
      issue: line.issue ?? '',
      // A clipping has no address to follow: its evidence is the page image in the app.
      url: line.medium === 'print' ? '' : line.url,
      at,
      id: line.id,
      print: line.medium === 'print',
    };
    annex.push(row);
    if (tone === 'negative') negative.push(row);
  }
  annex.sort((a, b) => a.at - b.at);
  const printed = annex.filter((a) => a.print);
  // The first print articles of the period, in the annex's order, as evidence after the annex.
  const clippings = (
    await clippingSourcesFor(
      ctx,
      printed.map((a) => a.id),
      CLIPPINGS_SHOWN,
    )
  ).map((c) => ({ articleId: c.articleId, caption: clippingCaption(c) }));

  const alerts = (await listAlerts(ctx, ws.slug, 200))
    .filter((a) => Date.parse(a.createdAt) >= from && Date.parse(a.createdAt) < to)
    .sort(
      (a, b) => CRISIS_LEVELS.indexOf(b.level as CrisisLevel) - CRISIS_LEVELS.indexOf(a.level as CrisisLevel),
    );
  const issueLevel = (id: number) =>
    alerts.find((a) => a.scopeType === 'issue' && a.scopeId === String(id))?.level ?? null;

  const keyIssues: KeyIssueData[] = [];
  for (const issue of dash.issues.slice(0, KEY_ISSUES)) {
    if (issue.articles.current === 0) continue;
    const shown = await showIssue(ctx, issue.id, { bucket: 'day', articles: 500, workspace: ws.slug });
    const inPeriod = shown.articles.filter((a) => {
      const at = Date.parse(a.publishedAt ?? '');
      return at >= from && at < to;
    });
    const perDay = new Map(days.map((d) => [d, 0]));
    for (const a of inPeriod) {
      const d = localDayOf(Date.parse(a.publishedAt ?? ''), offset);
      perDay.set(d, (perDay.get(d) ?? 0) + 1);
    }
    const representative = inPeriod.slice(0, REPRESENTATIVE);
    const quotes: KeyIssueData['quotes'] = [];
    const phrases = new Map<string, number>();
    const names = new Map<string, number>();
    for (const a of representative) {
      const analysis = await articleAnalysis(ctx, a.articleId, ws.slug).catch(() => null);
      if (!analysis) continue;
      for (const q of analysis.quotes)
        if (q.speaker && q.kind === 'direct' && quotes.length < 4 && q.text.length >= 30)
          quotes.push({ speaker: q.speakerCanonical ?? q.speaker, text: q.text, outlet: a.outlet ?? '' });
      for (const p of analysis.keyphrases ?? []) phrases.set(p, (phrases.get(p) ?? 0) + 1);
      for (const e of analysis.entities)
        if (e.type === 'ORG' || e.type === 'PER')
          names.set(e.canonical || e.text, (names.get(e.canonical || e.text) ?? 0) + 1);
    }
    const times = inPeriod.map((a) => Date.parse(a.publishedAt ?? '')).sort((x, y) => x - y);
    const outlets = new Map<string, number>();
    for (const a of inPeriod) if (a.outlet) outlets.set(a.outlet, (outlets.get(a.outlet) ?? 0) + 1);
    keyIssues.push({
      id: issue.id,
      title: issue.title || shown.label,
      articles: issue.articles.current,
      tones: issue.tone,
      firstAt: times.length ? formatDate(new Date(times[0]), zone) : '-',
      lastAt: times.length ? formatDate(new Date(times[times.length - 1]), zone) : '-',
      daily: days.map((d) => ({ day: formatShortDay(d), articles: perDay.get(d) ?? 0 })),
      topOutlets: [...outlets]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5)
        .map(([outlet, articles]) => ({ outlet, articles })),
      summary: shown.summary,
      keyPhrases: [...phrases]
        .sort((a, b) => b[1] - a[1])
        .map(([p]) => p)
        .slice(0, 8),
      names: [...names]
        .sort((a, b) => b[1] - a[1])
        .map(([n]) => n)
        .slice(0, 8),
      representative: representative.map((a) => ({
        title: a.title ?? a.url,
        outlet: a.outlet ?? '',
        publishedAt: formatDateTime(a.publishedAt, zone),
        url: a.url,
        tone: a.tone ?? null,
      })),
      quotes,
      crisisLevel: issueLevel(issue.id),
    });
  }

  // The negative stories most widely carried first (an outlet's many copies weigh as one story each).
  const perOutlet = new Map<string, number>();
  for (const a of negative) perOutlet.set(a.outlet, (perOutlet.get(a.outlet) ?? 0) + 1);
  negative.sort((a, b) => (perOutlet.get(b.outlet) ?? 0) - (perOutlet.get(a.outlet) ?? 0) || b.at - a.at);

  // Directions running during the period, and any given about its key issues.
  const running = (await listDirections(ctx, { limit: 200 })).filter(
    (x) => Date.parse(x.givenAt) < to && (x.closedAt === null || Date.parse(x.closedAt) >= from),
  );
  const aboutIssues = await directionsForIssues(
    ctx,
    keyIssues.map((i) => i.id),
  );
  const directions = [...new Map([...running, ...aboutIssues].map((x) => [x.id, x])).values()].sort(
    (a, b) => Date.parse(a.givenAt) - Date.parse(b.givenAt),
  );

  const lastDay = localDayOf(to - DAY, offset);
  const previousLast = localDayOf(from - DAY, offset);
  return {
    region: ws.region,
    letterhead,
    period: {
      from: fromIso,
      to: toIso,
      label: formatPeriod(period.fromDay, lastDay),
      previousLabel: formatPeriod(localDayOf(previousFrom, offset), previousLast),
    },
    preparedAt: formatDateTime(ctx.now(), zone),
    preparedBy: editorName(ctx),
    totals: {
      articles: dash.totals.articles,
      outlets: dash.totals.outlets,
      negative: dash.totals.negative,
      positive: dash.totals.positive,
    },
    media: { online: annex.length - printed.length, print: printed.length },
    tones,
    daily: days.map((d) => ({ day: formatShortDay(d), ...(daily.get(d) ?? emptyTones()) })),
    outlets: dash.outlets.map((o) => ({ name: o.name, articles: o.articles, tones: o.tone })),
    spokespersons: dash.spokespersons,
    persons: dash.persons,
    keyPhrases: dash.keyPhrases,
    keyIssues,
    negative: negative.slice(0, NEGATIVE_LISTED).map(({ at: _at, id: _id, print: _p, ...a }) => a),
    alerts: alerts.map((a) => ({
      level: a.level,
      scope: a.scopeLabel,
      reason: a.reason,
      at: formatDateTime(a.createdAt, zone),
    })),
    agencies: (await listAgencies(ctx))
      .filter((a) => a.active)
      .map((a) => ({ name: a.name, shortName: a.shortName })),
    followUps: directions.map((x) => ({
      number: x.number,
      subject: x.subject,
      givenAt: formatDate(x.givenAt, zone),
      dueAt: formatDate(x.dueAt, zone),
      closed: x.status === 'closed',
      recipients: x.recipients.map((r) => ({
        agency: r.agencyShortName || r.agencyName,
        status: r.status,
        overdue: r.overdue,
      })),
    })),
    annex: annex.map(({ at: _at, id: _id, print: _p, ...a }) => a),
    clippings,
  };
}
