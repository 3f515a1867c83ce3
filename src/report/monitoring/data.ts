// What drafting a monitoring report reads from the collected news of one period: gathered by the
// reports module from the dashboard figures, the issues and the articles, and handed to draft.ts.
// Times are already formatted in the workspace's zone; counts are the period's and the one before.

export interface Compared {
  current: number;
  previous: number;
}

export interface Tones {
  positive: number;
  neutral: number;
  negative: number;
}

export interface ReportArticle {
  title: string;
  outlet: string;
  /** Formatted local time ("5 Des 2026 09:00 WIB"). */
  publishedAt: string;
  url: string;
  tone: 'positive' | 'neutral' | 'negative' | null;
}

export interface ReportQuote {
  speaker: string;
  text: string;
  outlet: string;
}

export interface KeyIssueData {
  id: number;
  title: string;
  articles: number;
  tones: Tones;
  /** Formatted local dates of the issue's first and last article in the period. */
  firstAt: string;
  lastAt: string;
  /** Articles per local day of the period ("5 Des"), oldest first. */
  daily: { day: string; articles: number }[];
  topOutlets: { outlet: string; articles: number }[];
  summary: string;
  keyPhrases: string[];
  /** Organisations and persons the issue's articles name most. */
  names: string[];
  representative: ReportArticle[];
  quotes: ReportQuote[];
  /** The highest crisis alert level raised on the issue in the period, if any ("siaga", "awas"). */
  crisisLevel: string | null;
}

export interface ReportData {
  region: string;
  letterhead: string[];
  period: { from: string; to: string; label: string; previousLabel: string };
  preparedAt: string;
  preparedBy: string;
  totals: { articles: Compared; outlets: Compared; negative: Compared; positive: Compared };
  /** All articles of the period by medium: online from feeds and pages, print from clippings. */
  media: { online: number; print: number };
  tones: Tones;
  /** Articles per local day and tone ("5 Des"), oldest first. */
  daily: ({ day: string } & Tones)[];
  outlets: { name: string; articles: Compared; tones: Tones }[];
  spokespersons: { name: string; quotes: Compared }[];
  persons: { name: string; articles: Compared }[];
  keyPhrases: { phrase: string; articles: number }[];
  keyIssues: KeyIssueData[];
  /** Negative articles of the period an office should consider answering, most widely carried first. */
  negative: (ReportArticle & { issue: string })[];
  alerts: { level: string; scope: string; reason: string; at: string }[];
  agencies: { name: string; shortName: string }[];
  /**
   * The leadership's directions still running during the period, or given about its key issues:
   * what was asked of which agency and how far each got (what was done about earlier reports).
   */
  followUps: {
    number: string;
    subject: string;
    /** Formatted local date. */
    givenAt: string;
    dueAt: string;
    closed: boolean;
    recipients: { agency: string; status: 'sent' | 'read' | 'in_progress' | 'done'; overdue: boolean }[];
  }[];
  annex: {
    publishedAt: string;
    outlet: string;
    mediaType: string;
    title: string;
    tone: 'positive' | 'neutral' | 'negative' | null;
    issue: string;
    url: string;
  }[];
  /** The period's first print articles with their captions, for the clipping images after the annex. */
  clippings?: { articleId: number; caption: string }[];
}
