// One alert rendered for every channel: e-mail subject, plain text, HTML and the webhook's JSON,
// Bahasa Indonesia first, English second, with the same numbers everywhere.

import type { Alert, AlertScope, CrisisLevel } from '../../analyze/crisis/types.ts';
import { formatDateTime, formatTimeRange } from '../../domain/time.ts';

/** One article behind an alert, as the reader of the message needs it to go and read it. */
export interface AlertArticle {
  title: string | null;
  outlet: string | null;
  url: string;
  publishedAt: string | null;
}

/** The articles behind an alert: the first few, and how many there are in all. */
export interface AlertArticles {
  total: number;
  items: AlertArticle[];
}

export interface AlertMessageOptions {
  /** The workspace's zone (WIB, WITA, WIT or an IANA name); WIB when not given. */
  timeZone?: string;
  /** Link to the issue or subject in Pantau, shown in the message. */
  link?: string;
  /** The articles that raised the alert, listed under the numbers. */
  articles?: AlertArticles;
  /** How many articles are listed before "dan X lainnya". */
  maxArticles?: number;
}

export interface AlertPayload {
  type: 'pantau.crisis_alert';
  version: 1;
  id: string;
  kind: Alert['kind'];
  level: CrisisLevel;
  previousLevel: CrisisLevel;
  at: string;
  scope: AlertScope | null;
  reason: { id: string; en: string };
  window: { hours: number; start: string; end: string };
  counts: { negative: number; total: number; usualNegative: number; ratio: number; volumeRatio: number };
  outlets: string[];
  articles: AlertArticles;
  link: string | null;
}

export interface AlertMessage {
  subject: string;
  text: string;
  html: string;
  payload: AlertPayload;
}

const LEVEL_EN: Record<CrisisLevel, string> = {
  normal: 'normal',
  waspada: 'watch',
  siaga: 'alert',
  krisis: 'crisis',
};

export function renderAlert(alert: Alert, options: AlertMessageOptions = {}): AlertMessage {
  const zone = options.timeZone ?? 'WIB';
  const listed = articleLines(options.articles, options.maxArticles ?? 5, zone);
  const a = alert.assessment;
  const up = (l: CrisisLevel) => l.toUpperCase();
  const scopeLine = alert.scope
    ? `${alert.scope.type === 'issue' ? 'Isu' : 'Subjek'}: ${alert.scope.label}`
    : null;
  const scopeEn = alert.scope
    ? `${alert.scope.type === 'issue' ? 'Issue' : 'Subject'}: ${alert.scope.label}`
    : null;
  const headline = {
    raised: `Level naik ke ${up(alert.level)} (sebelumnya ${up(alert.previousLevel)})`,
    reminder: `Masih ${up(alert.level)}`,
    lowered: `Level turun ke ${up(alert.level)} (sebelumnya ${up(alert.previousLevel)})`,
    resolved: `Kembali normal (sebelumnya ${up(alert.previousLevel)})`,
  }[alert.kind];
  const headlineEn = {
    raised: `Level raised to ${up(alert.level)} (${LEVEL_EN[alert.level]})`,
    reminder: `Still ${up(alert.level)} (${LEVEL_EN[alert.level]})`,
    lowered: `Level lowered to ${up(alert.level)} (${LEVEL_EN[alert.level]})`,
    resolved: 'Back to normal',
  }[alert.kind];

  const title = alert.kind === 'resolved' ? 'Kembali normal' : up(alert.level);
  const subject = oneLine(
    `[Pantau] ${title}${alert.scope ? `: ${alert.scope.label}` : ''} — ${a.reason.split(' (rata-rata')[0]}`,
  );
  const when = formatTimeRange(a.window.start, a.window.end, zone);
  const outlets = a.outlets.length > 0 ? a.outlets.join(', ') : '-';
  const rows: [string, string][] = [
    ['Alasan', a.reason],
    ['Rentang waktu', when],
    ['Artikel', `${a.negative} negatif dari ${a.total} artikel`],
    ['Media', outlets],
  ];
  const rowsEn: [string, string][] = [
    ['Reason', a.reasonEn],
    ['Window', when],
    ['Articles', `${a.negative} negative of ${a.total}`],
  ];

  const textLines = [
    'Pantau — Peringatan dini krisis',
    ...(scopeLine ? [scopeLine] : []),
    headline,
    '',
    ...rows.map(([k, v]) => `${k}: ${v}`),
    ...(listed.lines.length > 0
      ? ['', 'Berita:', ...listed.lines.map((l) => `- ${l.text}\n  ${l.url}`)]
      : []),
    ...(listed.more > 0 ? [`  … dan ${listed.more} lainnya (and ${listed.more} more)`] : []),
    ...(options.link ? ['', `Lihat: ${options.link}`] : []),
    '',
    '— English —',
    ...(scopeEn ? [scopeEn] : []),
    headlineEn,
    ...rowsEn.map(([k, v]) => `${k}: ${v}`),
    '',
    `ID peringatan: ${alert.id}`,
  ];

  const table = (r: [string, string][]) =>
    `<table>${r.map(([k, v]) => `<tr><th align="left">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join('')}</table>`;
  const html = [
    '<!doctype html><html lang="id"><head><meta charset="utf-8"></head><body>',
    '<p>Pantau — Peringatan dini krisis</p>',
    scopeLine ? `<h2>${escapeHtml(scopeLine)}</h2>` : '',
    `<p><strong>${escapeHtml(headline)}</strong></p>`,
    table(rows),
    listed.lines.length > 0
      ? `<p><strong>Berita</strong></p><ul>${listed.lines
          .map(
            (l) =>
              `<li><a href="${escapeHtml(l.url)}">${escapeHtml(l.title)}</a> — ${escapeHtml(l.rest)}</li>`,
          )
          .join(
            '',
          )}${listed.more > 0 ? `<li>dan ${listed.more} lainnya (and ${listed.more} more)</li>` : ''}</ul>`
      : '',
    options.link ? `<p><a href="${escapeHtml(options.link)}">Lihat di Pantau</a></p>` : '',
    `<hr><div lang="en"><p><strong>${escapeHtml(headlineEn)}</strong></p>${table(rowsEn)}</div>`,
    `<p><small>ID peringatan: ${escapeHtml(alert.id)}</small></p>`,
    '</body></html>',
  ].join('');

  const round2 = (n: number) => Math.round(n * 100) / 100;
  const payload: AlertPayload = {
    type: 'pantau.crisis_alert',
    version: 1,
    id: alert.id,
    kind: alert.kind,
    level: alert.level,
    previousLevel: alert.previousLevel,
    at: alert.at.toISOString(),
    scope: alert.scope ?? null,
    reason: { id: a.reason, en: a.reasonEn },
    window: { hours: a.window.hours, start: a.window.start.toISOString(), end: a.window.end.toISOString() },
    counts: {
      negative: a.negative,
      total: a.total,
      usualNegative: round2(a.baseline.negative),
      ratio: round2(a.ratio),
      volumeRatio: round2(a.volumeRatio),
    },
    outlets: a.outlets,
    articles: options.articles ?? { total: 0, items: [] },
    link: options.link ?? null,
  };
  return { subject, text: `${textLines.join('\n')}\n`, html, payload };
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The articles as lines of the message: title, outlet and time, then the link; the rest counted. */
function articleLines(articles: AlertArticles | undefined, max: number, zone: string) {
  const items = (articles?.items ?? []).slice(0, Math.max(0, max));
  const lines = items.map((item) => {
    const title = oneLine(item.title ?? '(tanpa judul)');
    const rest = `${item.outlet ?? 'media tidak diketahui'}, ${formatDateTime(item.publishedAt, zone)}`;
    return { title, rest, text: `${title} — ${rest}`, url: item.url };
  });
  return { lines, more: Math.max(0, (articles?.total ?? 0) - lines.length) };
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();
