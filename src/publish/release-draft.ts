// The first draft of a press release from what the monitoring found: the issue, how the coverage
// went, who said what. The government's own facts and position are not in the news, so the draft
// leaves them as marked blanks the analyst fills in; publication refuses a release that still has one.
import { bullets, doc, paragraph, text } from '../report/rich-text.ts';
import type { MaterialContent, MaterialQuote } from './material.ts';

export interface EvidenceArticle {
  id: number;
  title: string;
  outlet: string | null;
  url: string;
  publishedAt: string | null;
  tone: 'positive' | 'neutral' | 'negative' | null;
}

export interface EvidenceQuote {
  articleId: number;
  speaker: string;
  role: string | null;
  text: string;
}

/** What an SOP B case was opened on, frozen with the material. */
export interface Evidence {
  issue: {
    id: number;
    label: string;
    summary: string;
    articles: number;
    firstAt: string;
    lastAt: string;
  } | null;
  tones: { positive: number; neutral: number; negative: number };
  /** Articles per day, oldest first, with their tone split. */
  trend: { day: string; positive: number; neutral: number; negative: number }[];
  topOutlets: { outlet: string; articles: number }[];
  articles: EvidenceArticle[];
  quotes: EvidenceQuote[];
  crisis: { level: string; reason: string } | null;
}

export interface DraftContext {
  /** "Pemerintah Kota Semarang". */
  government: string;
  /** "Semarang", the dateline. */
  place: string;
  /** "7 Desember 2026", in the workspace's time zone. */
  dateLabel: string;
  /** The office that issues the release: "Bagian Komunikasi Pimpinan". */
  office: string;
}

const clip = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1).trimEnd()}…`);

export function draftRelease(evidence: Evidence, c: DraftContext): MaterialContent {
  const topic = evidence.issue?.label ?? 'pemberitaan terkini';
  const title = clip(`${c.government} Menanggapi Pemberitaan ${topic}`, 200);
  const outlets = evidence.topOutlets.slice(0, 3).map((o) => o.outlet);
  const lead =
    `${c.place.toUpperCase()}, ${c.dateLabel} — ${c.government} memberikan penjelasan mengenai ${topic}` +
    (evidence.issue ? `, yang diberitakan dalam ${evidence.issue.articles} artikel` : '') +
    (outlets.length ? ` antara lain oleh ${outlets.join(', ')}` : '') +
    '.';
  const official: MaterialQuote = {
    speaker: '[isi nama pejabat]',
    position: '[isi jabatan]',
    text: '[isi pernyataan resmi pimpinan]',
  };
  const said = evidence.quotes
    .slice(0, 3)
    .map((q) => [text(`${q.speaker}: `), text(`"${clip(q.text, 240)}"`)]);
  const body = doc(
    paragraph(
      evidence.issue?.summary
        ? `Pemberitaan yang beredar: ${evidence.issue.summary}`
        : `Pemberitaan yang beredar mengenai ${topic} menjadi perhatian masyarakat.`,
    ),
    paragraph('[isi fakta dan data dari perangkat daerah terkait]'),
    paragraph('[isi langkah yang telah dan akan diambil pemerintah]'),
    ...(said.length ? [paragraph('Pernyataan yang telah dimuat media:'), bullets(said)] : []),
    paragraph(
      `${c.government} mengajak masyarakat memperoleh informasi dari saluran resmi pemerintah dan tidak mudah mempercayai informasi yang belum jelas sumbernya.`,
    ),
  );
  return {
    title,
    lead,
    body,
    quote: official,
    contacts: `${c.office}\n[isi nama dan nomor telepon narahubung]`,
    webSummary: clip(`${lead} [isi ringkasan langkah pemerintah]`, 600),
    socialText: clip(
      `${c.government} menjelaskan soal ${topic}. [isi pesan singkat] Selengkapnya di laman resmi.`,
      280,
    ),
  };
}
