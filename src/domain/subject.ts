// A monitored subject: the government, a leader, an agency (OPD) or a topic, defined by a boolean
// query; a correction is an analyst's verdict that wins over the automatic analysis.
export type SubjectKind = 'government' | 'leader' | 'agency' | 'topic';

export const SUBJECT_KINDS: SubjectKind[] = ['government', 'leader', 'agency', 'topic'];

/** How users name the kinds. */
export const SUBJECT_KIND_LABELS: Record<SubjectKind, string> = {
  government: 'Pemerintah',
  leader: 'Pimpinan',
  agency: 'Perangkat daerah (OPD)',
  topic: 'Topik',
};

export interface Subject {
  id: number;
  workspaceId: number;
  name: string;
  kind: SubjectKind;
  query: string;
  role: string | null;
  aliases: string[];
  enabled: boolean;
  createdAt: string;
}

export type CorrectionKind = 'tone' | 'subject_tone' | 'subject_match' | 'entity' | 'quote_speaker' | 'issue';

export interface Correction {
  id: number;
  workspaceId: number;
  articleId: number;
  subjectId: number | null;
  kind: CorrectionKind;
  value: unknown;
  actor: string;
  createdAt: string;
}
