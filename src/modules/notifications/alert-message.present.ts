// One alert rendered for every channel: e-mail subject, plain text, HTML and the webhook's JSON,
// Bahasa Indonesia first, English second, with the same numbers everywhere.

import type { Alert, AlertScope, CrisisLevel } from '../../analyze/crisis/types.ts';

export interface AlertMessageOptions {
  /** Offset of the workspace's clock from UTC; 420 (WIB) unless the workspace says WITA/WIT. */
  utcOffsetMinutes?: number;
  /** Link to the issue or subject in Pantau, shown in the message. */
  link?: string;
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
const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
const ZONES: Record<number, string> = { 420: 'WIB', 480: 'WITA', 540: 'WIT' };

export function renderAlert(alert: Alert, options: AlertMessageOptions = {}): AlertMessage {
  const offset = options.utcOffsetMinutes ?? 420;
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
  const when = formatRange(a.window.start, a.window.end, offset);
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
    ...(options.link ? [`Lihat: ${options.link}`] : []),
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
    link: options.link ?? null,
  };
  return { subject, text: `${textLines.join('\n')}\n`, html, payload };
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** "19 Maret 2025 10.00 WIB": Indonesian date, the dot as time separator, the workspace's zone. */
export function formatTime(d: Date, utcOffsetMinutes: number): string {
  const p = localParts(d, utcOffsetMinutes);
  return `${p.day} ${p.clock} ${p.zone}`;
}

/** "19 Maret 2025 07.00–10.00 WIB", or both full times when the window spans midnight. */
export function formatRange(start: Date, end: Date, utcOffsetMinutes: number): string {
  const from = localParts(start, utcOffsetMinutes);
  const to = localParts(end, utcOffsetMinutes);
  if (from.day === to.day) return `${from.day} ${from.clock}–${to.clock} ${to.zone}`;
  return `${formatTime(start, utcOffsetMinutes)} – ${formatTime(end, utcOffsetMinutes)}`;
}

function localParts(d: Date, utcOffsetMinutes: number): { day: string; clock: string; zone: string } {
  const l = new Date(d.getTime() + utcOffsetMinutes * 60_000);
  const hh = String(l.getUTCHours()).padStart(2, '0');
  const mm = String(l.getUTCMinutes()).padStart(2, '0');
  const sign = utcOffsetMinutes >= 0 ? '+' : '-';
  return {
    day: `${l.getUTCDate()} ${MONTHS[l.getUTCMonth()]} ${l.getUTCFullYear()}`,
    clock: `${hh}.${mm}`,
    zone: ZONES[utcOffsetMinutes] ?? `UTC${sign}${Math.abs(utcOffsetMinutes) / 60}`,
  };
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();
