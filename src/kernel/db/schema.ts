// The store's tables as Kysely sees them. Timestamps are ISO 8601 UTC strings in both dialects
// (SQLite text, PostgreSQL timestamptz parsed back to ISO), booleans are 0/1 integers, JSON is text.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = string;
type CreatedAt = ColumnType<string, string | undefined, never>;

export interface WorkspaceTable {
  id: Generated<number>;
  slug: string;
  name: string;
  region: string;
  time_zone: 'WIB' | 'WITA' | 'WIT';
  created_at: CreatedAt;
  /** Moved on by every change to what analysis reads (see workspace-analysis-cache.ts). */
  analysis_version: Generated<number>;
}

export interface SourceTable {
  id: Generated<number>;
  workspace_id: number;
  kind: 'feed' | 'sitemap' | 'search' | 'article';
  name: string;
  url: string;
  query: string | null;
  catalogue_key: string | null;
  outlet: string | null;
  scope: string | null;
  region: string | null;
  enabled: Generated<number>;
  etag: string | null;
  last_modified: string | null;
  next_check_at: Timestamp;
  poll_interval_seconds: number;
  consecutive_failures: Generated<number>;
  recent_new_counts: Generated<string>;
  last_polled_at: Timestamp | null;
  last_success_at: Timestamp | null;
  last_new_article_at: Timestamp | null;
  last_error: string | null;
  last_error_at: Timestamp | null;
  stale: Generated<number>;
  stale_reason: string | null;
  created_at: CreatedAt;
  unvisited_urls: Generated<number>;
  unfollowed_sitemaps: Generated<number>;
}

export interface SourceLogTable {
  id: Generated<number>;
  source_id: number;
  article_id: number | null;
  at: Timestamp;
  level: 'info' | 'warn' | 'error';
  message: string;
}

export type ArticleStatus = 'pending' | 'fetched' | 'failed' | 'duplicate';

export interface ArticleTable {
  id: Generated<number>;
  workspace_id: number;
  source_id: number | null;
  url: string;
  url_key: string;
  status: ArticleStatus;
  attempts: Generated<number>;
  error: string | null;
  lease_until: Timestamp | null;
  final_url: string | null;
  canonical_url: string | null;
  outlet: string | null;
  title: string | null;
  text: string | null;
  author: string | null;
  published_at: Timestamp | null;
  lang: string | null;
  image: string | null;
  description: string | null;
  feed_title: string | null;
  feed_summary: string | null;
  feed_published_at: Timestamp | null;
  content_hash: string | null;
  signature: string | null;
  story_id: number | null;
  story_similarity: number | null;
  story_passage: string | null;
  story_matched_article_id: number | null;
  discovered_at: Timestamp;
  fetched_at: Timestamp | null;
  /** online or print (a clipping's region, migration 027). */
  medium: Generated<'online' | 'print'>;
}

export interface ArticleBandTable {
  workspace_id: number;
  band_key: string;
  article_id: number;
}

export interface StoryTable {
  id: Generated<number>;
  workspace_id: number;
  title: string | null;
  first_article_id: number;
  first_published_at: Timestamp | null;
  article_count: Generated<number>;
  outlet_count: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface JobTable {
  id: Generated<number>;
  name: string;
  payload: string;
  key: string | null;
  status: 'pending' | 'running' | 'failed';
  run_at: Timestamp;
  attempts: Generated<number>;
  max_attempts: number;
  locked_until: Timestamp | null;
  last_error: string | null;
  created_at: Timestamp;
}

export interface SubjectTable {
  id: Generated<number>;
  workspace_id: number;
  name: string;
  kind: 'government' | 'leader' | 'agency' | 'topic';
  query: string;
  role: string | null;
  aliases: Generated<string>;
  enabled: Generated<number>;
  created_at: Timestamp;
}

export interface ArticleAnalysisTable {
  article_id: number;
  workspace_id: number;
  analyzed_at: Timestamp;
  tone_label: 'positive' | 'negative' | 'neutral';
  tone_score: number;
  tone_reasons: string;
  entities: string;
  quotes: string;
  keyphrases: string;
  summary: string;
  headline_tone_label: 'positive' | 'negative' | 'neutral' | null;
  headline_tone_score: number | null;
}

export interface ArticleSubjectTable {
  article_id: number;
  subject_id: number;
  tone_label: 'positive' | 'negative' | 'neutral';
  tone_score: number;
  tone_reasons: string;
  highlights: string;
}

export interface CorrectionTable {
  id: Generated<number>;
  workspace_id: number;
  article_id: number;
  subject_id: number | null;
  kind: 'tone' | 'subject_tone' | 'subject_match' | 'entity' | 'quote_speaker' | 'issue';
  value: string;
  actor: string;
  created_at: Timestamp;
}

export interface AlertStateTable {
  workspace_id: number;
  scope_type: string;
  scope_id: string;
  state: string;
  updated_at: Timestamp;
}

export interface AlertTable {
  id: string;
  workspace_id: number;
  scope_type: string;
  scope_id: string;
  scope_label: string;
  kind: string;
  level: string;
  reason: string;
  deliveries: Generated<string>;
  /** JSON of the whole alert (for its delivery jobs); null for alerts delivered before jobs. */
  payload: string | null;
  created_at: Timestamp;
  status: Generated<'open' | 'acknowledged' | 'resolved'>;
  /** User ids carry no foreign key (added to an old table); the names are kept beside them. */
  acknowledged_by: number | null;
  acknowledged_by_name: string | null;
  acknowledged_at: Timestamp | null;
  assignee_id: number | null;
  resolved_by: number | null;
  resolved_by_name: string | null;
  resolved_at: Timestamp | null;
}

export interface AlertCommentTable {
  id: Generated<number>;
  alert_id: string;
  workspace_id: number;
  author_id: number | null;
  author_name: string;
  body: string;
  created_at: Timestamp;
}

/** One handling step of an alert: acknowledged, assigned, unassigned, resolved, reopened. */
export interface AlertEventTable {
  id: Generated<number>;
  alert_id: string;
  workspace_id: number;
  action: 'acknowledged' | 'assigned' | 'unassigned' | 'resolved' | 'reopened';
  actor_id: number | null;
  actor_name: string;
  assignee_id: number | null;
  assignee_name: string | null;
  at: Timestamp;
}

export interface ScheduleTable {
  name: string;
  due_at: Timestamp;
  interval_seconds: number;
  last_claimed_at: Timestamp | null;
}

export interface IssueTable {
  id: Generated<number>;
  workspace_id: number;
  /** The automatic label at the last change (the analyst's name is manual_label). */
  label: string;
  manual_label: string | null;
  locked: Generated<number>;
  /** Set when an analyst merged this issue into another: links to it resolve there. */
  merged_into: number | null;
  first_at: Timestamp;
  last_at: Timestamp;
  article_count: number;
  /** JSON: terms, tones, outlets and merged ids of the incremental state. */
  state: string;
  /** The workspace's issue clock value at the last change. */
  seq: number;
  edited_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface IssueArticleTable {
  article_id: number;
  issue_id: number;
  workspace_id: number;
  pinned: Generated<number>;
  /** JSON: the article's terms, time, tone and outlet as the issue absorbed them. */
  member: string;
  similarity: number;
  reason: string;
  assigned_at: Timestamp;
}

export interface IssueClockTable {
  workspace_id: number;
  seq: number;
}

export interface WorkspacePlaceTable {
  id: Generated<number>;
  workspace_id: number;
  name: string;
  kind: 'district' | 'village' | 'place';
  parent: string | null;
  created_at: Timestamp;
}

export interface WorkspaceSettingTable {
  workspace_id: number;
  key: string;
  /** JSON. */
  value: string;
  updated_by: string;
  updated_at: Timestamp;
}

export interface UserTable {
  id: Generated<number>;
  email: string;
  name: string;
  password_hash: string;
  is_admin: Generated<number>;
  disabled: Generated<number>;
  must_change_password: Generated<number>;
  failed_logins: Generated<number>;
  locked_until: Timestamp | null;
  language: Generated<string>;
  created_at: CreatedAt;
}

export interface AgencyTable {
  id: Generated<number>;
  workspace_id: number;
  name: string;
  short_name: string;
  head: string | null;
  email: string | null;
  phone: string | null;
  active: Generated<number>;
  created_at: CreatedAt;
}

export interface MembershipTable {
  user_id: number;
  workspace_id: number;
  role: string;
  agency_id: number | null;
  created_at: CreatedAt;
}

export interface UserSessionTable {
  id: Generated<number>;
  token_hash: string;
  csrf_token: string;
  user_id: number;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  address: string | null;
  user_agent: string | null;
}

export interface ApiTokenTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: CreatedAt;
  expires_at: Timestamp | null;
  revoked_at: Timestamp | null;
  last_used_at: Timestamp | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  workspace_id: number | null;
  user_id: number | null;
  actor: string;
  role: string | null;
  action: string;
  record_type: string;
  record_id: string | null;
  /** JSON: { before?, after? } with only the changed fields. */
  changes: string;
  request_id: string | null;
  address: string | null;
  prev_hash: string;
  hash: string;
}

/** A re-analysis of a workspace asked for from the web app, with its progress (migration 016). */
export interface ReanalysisRunTable {
  id: Generated<number>;
  workspace_id: number;
  requested_by: number | null;
  requested_by_name: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  total: number;
  done: number;
  error: string | null;
  created_at: Timestamp;
  started_at: Timestamp | null;
  finished_at: Timestamp | null;
  /** Written with the progress while a worker runs it; quiet for minutes means the worker died. */
  heartbeat_at: Timestamp | null;
  /** Every article up to this id is done: where a worker taking over resumes. */
  resume_after: Generated<number>;
  /** How many workers took the run; a worker writes only while the claim is still its own. */
  claim: Generated<number>;
  /** When the scheduler last handed the waiting run to the queue. */
  enqueued_at: Timestamp | null;
}

/** "Ambil sekarang": a poll of one source asked for from the web app, and what it found (migration 017). */
export interface PollRequestTable {
  id: Generated<number>;
  workspace_id: number;
  source_id: number;
  requested_by: number | null;
  requested_by_name: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  enqueued_at: Timestamp | null;
  listed: number;
  new_articles: number;
  unchanged: number;
  first_article_id: number | null;
  last_article_id: number | null;
  error: string | null;
  created_at: Timestamp;
  started_at: Timestamp | null;
  finished_at: Timestamp | null;
}

/** One local day of a workspace's dashboard figures (see src/kernel/db/dashboard-days.ts). */
export interface DashboardDayTable {
  workspace_id: number;
  /** Local calendar day, YYYY-MM-DD. */
  day: string;
  version: Generated<number>;
  built_version: number | null;
  /** JSON of the day's summary (src/modules/dashboard/dashboard-day.ts). */
  summary: string | null;
}

/** One version of one SOP of a workspace (migration 019). */
export interface SopDefinitionTable {
  id: Generated<number>;
  workspace_id: number;
  key: string;
  version: number;
  /** JSON of src/sop/definition.ts's SopDefinition. */
  definition: string;
  note: Generated<string>;
  created_by: number | null;
  created_by_name: string;
  created_at: Timestamp;
}

/** A report or publication on its way through an SOP (migration 019). */
export interface SopCaseTable {
  id: Generated<number>;
  workspace_id: number;
  definition_id: number;
  sop_key: string;
  title: string;
  subject_kind: string | null;
  subject_id: number | null;
  status: 'open' | 'done' | 'cancelled';
  step: number;
  round: number;
  step_role: string;
  assignee_id: number | null;
  step_started_at: Timestamp;
  step_due_at: Timestamp;
  reminded_at: Timestamp | null;
  overdue_at: Timestamp | null;
  escalated_at: Timestamp | null;
  created_by: number | null;
  created_by_name: string;
  created_at: Timestamp;
  closed_at: Timestamp | null;
}

/** The immutable history of a case: one row per action or time-standard notice (migration 019). */
export interface SopCaseEventTable {
  id: Generated<number>;
  case_id: number;
  workspace_id: number;
  action: string;
  from_step: number;
  to_step: number;
  answer: 'yes' | 'no' | null;
  note: Generated<string>;
  to_user_name: string | null;
  approved: Generated<number>;
  round: number;
  actor_id: number | null;
  actor_name: string;
  actor_role: string;
  step_started_at: Timestamp;
  working_minutes: Generated<number>;
  standard_minutes: Generated<number>;
  at: Timestamp;
  /** Set on time-standard notices only: case, notice and step visit, unique. */
  notice_key: string | null;
}

/** A monitoring report of one period, its figures frozen at drafting (migration 020). */
export interface ReportTable {
  id: Generated<number>;
  workspace_id: number;
  title: string;
  period_from: Timestamp;
  period_to: Timestamp;
  number: Generated<string>;
  case_id: number | null;
  /** JSON of the drafted report without its sections. */
  frozen: string;
  created_by: number | null;
  created_by_name: string;
  created_at: Timestamp;
}

/** One saved version of one section of a report (migration 020). */
export interface ReportSectionTable {
  id: Generated<number>;
  report_id: number;
  key: string;
  position: number;
  title: string;
  /** JSON: { body, charts, tables }. */
  content: string;
  version: number;
  author_id: number | null;
  author_name: string;
  author_role: string;
  step: number;
  note: Generated<string>;
  created_at: Timestamp;
}

export interface ReportCommentTable {
  id: Generated<number>;
  report_id: number;
  section_key: string;
  author_id: number | null;
  author_name: string;
  author_role: string;
  body: string;
  created_at: Timestamp;
}

/** A leader's direction (arahan) with its disposition-sheet fields (migration 021). */
export interface DirectionTable {
  id: Generated<number>;
  workspace_id: number;
  case_id: number | null;
  report_id: number | null;
  number: string;
  nature: 'biasa' | 'segera' | 'sangat_segera' | 'rahasia';
  subject: string;
  instruction: string;
  /** JSON array of the "Dengan hormat harap" items ticked. */
  asks: Generated<string>;
  given_by_name: string;
  given_at: Timestamp;
  due_at: Timestamp;
  status: 'open' | 'closed';
  closed_at: Timestamp | null;
  closed_by_name: string | null;
  created_by: number | null;
  created_by_name: string;
  created_at: Timestamp;
}

/** An issue or article that prompted a direction (migration 021). */
export interface DirectionLinkTable {
  direction_id: number;
  kind: 'issue' | 'article';
  ref_id: number;
  label: string;
}

/** One agency a direction reached; a forward has the forwarding agency's row as parent (migration 021). */
export interface DirectionRecipientTable {
  id: Generated<number>;
  direction_id: number;
  workspace_id: number;
  agency_id: number;
  parent_recipient_id: number | null;
  status: 'sent' | 'read' | 'in_progress' | 'done';
  read_at: Timestamp | null;
  done_at: Timestamp | null;
  agenda_no: string | null;
  created_at: Timestamp;
}

/** The immutable timeline of a direction (migration 021). */
export interface DirectionEventTable {
  id: Generated<number>;
  direction_id: number;
  recipient_id: number | null;
  action: string;
  note: Generated<string>;
  /** JSON array of evidence: links and stored files. */
  evidence: Generated<string>;
  actor_id: number | null;
  actor_name: string;
  actor_role: string;
  at: Timestamp;
}

/** An evidence file an agency sent with its follow-up (migration 021). */
export interface DirectionFileTable {
  id: Generated<number>;
  direction_id: number;
  recipient_id: number;
  name: string;
  media_type: string;
  bytes: Buffer;
  size: number;
  created_at: Timestamp;
}

export type NoticeMailState = 'pending' | 'sending' | 'sent' | 'skipped' | 'failed';

/** A notice to one person, with the state of its e-mail copy (migration 022). */
export interface InboxNoticeTable {
  id: Generated<number>;
  workspace_id: number;
  user_id: number;
  kind: string;
  title: string;
  body: string;
  link: string;
  case_id: number | null;
  direction_id: number | null;
  created_at: Timestamp;
  enqueued_at: Timestamp | null;
  read_at: Timestamp | null;
  mail_state: NoticeMailState;
  mail_attempts: Generated<number>;
  mail_next_at: Timestamp | null;
  mail_sent_at: Timestamp | null;
  mail_error: string | null;
}

/** Whether a person wants notice e-mails (migration 022). */
export interface NoticePreferenceTable {
  user_id: number;
  email: number;
  updated_at: Timestamp;
}

export type PublicationStatus = 'draft' | 'published' | 'withdrawn';
export type DeliveryState = 'pending' | 'sending' | 'sent' | 'failed' | 'skipped';

/** A publication material of SOP B (migration 023). */
export interface PublicationTable {
  id: Generated<number>;
  workspace_id: number;
  issue_id: number | null;
  case_id: number | null;
  slug: string;
  status: PublicationStatus;
  public_class: string;
  evidence: string;
  published_version: number | null;
  published_at: Timestamp | null;
  published_by_name: string | null;
  withdrawn_at: Timestamp | null;
  withdrawn_reason: string | null;
  public_changed_at: Timestamp | null;
  created_by: number | null;
  created_by_name: string;
  created_at: Timestamp;
}

export interface PublicationVersionTable {
  id: Generated<number>;
  publication_id: number;
  version: number;
  content: string;
  author_id: number | null;
  author_name: string;
  author_role: string;
  step: number;
  note: Generated<string>;
  correction: Generated<number>;
  created_at: Timestamp;
}

export interface PublicationDeliveryTable {
  id: Generated<number>;
  publication_id: number;
  workspace_id: number;
  channel: 'newsroom' | 'email' | 'webhook';
  target: string;
  address: string;
  partner_id: number | null;
  version: number;
  state: DeliveryState;
  attempts: Generated<number>;
  next_at: Timestamp | null;
  sent_at: Timestamp | null;
  error: string | null;
  by_name: string;
  created_at: Timestamp;
}

export interface PublicationPickupTable {
  id: Generated<number>;
  publication_id: number;
  article_id: number;
  host: string;
  kept: number;
  title_match: number;
  quote_match: number;
  found_at: Timestamp;
}

/** The running agenda number of a workspace's letters per direction and year (migration 025). */
export interface LetterAgendaCounterTable {
  workspace_id: number;
  direction: 'masuk' | 'keluar';
  year: number;
  last_seq: number;
}

/** A letter in the agenda book, with its disposition when incoming (migration 025). */
export interface LetterTable {
  id: Generated<number>;
  workspace_id: number;
  direction: 'masuk' | 'keluar';
  agenda_year: number;
  agenda_seq: number;
  agenda_number: string;
  letter_number: string;
  letter_date: string;
  received_sent_date: string;
  counterpart: string;
  nature: 'biasa' | 'segera' | 'sangat_segera' | 'rahasia';
  subject: string;
  summary: Generated<string>;
  classification: Generated<string>;
  attachment_count: Generated<number>;
  attachment_note: Generated<string>;
  srikandi_ref: string | null;
  public_class: 'berkala' | 'serta_merta' | 'setiap_saat' | 'dikecualikan';
  registered_by: number | null;
  registered_by_name: string;
  registered_at: Timestamp;
  updated_at: Timestamp;
  disposition_text: string | null;
  /** JSON array of {agencyId, name}. */
  disposition_targets: Generated<string>;
  /** JSON array of the "Dengan hormat harap" items ticked. */
  disposition_asks: Generated<string>;
  disposition_due_date: string | null;
  disposition_given_by: string | null;
  disposition_entered_by_name: string | null;
  disposition_at: Timestamp | null;
}

/** A partner outlet (mitra media) of a workspace (migration 024). Days are YYYY-MM-DD. */
export interface PartnerTable {
  id: Generated<number>;
  workspace_id: number;
  name: string;
  legal_entity: string | null;
  responsible_person: string | null;
  chief_editor: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  newsroom_email: string | null;
  media_type: 'online' | 'cetak' | 'televisi' | 'radio';
  verification_status: 'none' | 'administrative' | 'factual';
  verified_on: string | null;
  verification_valid_until: string | null;
  active: Generated<number>;
  notes: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PartnerHostTable {
  workspace_id: number;
  host: string;
  partner_id: number;
}

export interface PartnerCertificateTable {
  id: Generated<number>;
  partner_id: number;
  journalist_name: string;
  level: 'muda' | 'madya' | 'utama';
  number: string;
  issued_on: string;
  expires_on: string;
  created_at: Timestamp;
}

export interface PartnerAgreementTable {
  id: Generated<number>;
  partner_id: number;
  number: string;
  starts_on: string;
  ends_on: string;
  value_rupiah: number;
  deliverables: string;
  required_releases: number;
  created_at: Timestamp;
}

/** A government program or activity of the inventory (SOP B step 1, migration 026). */
export interface ProgramTable {
  id: Generated<number>;
  workspace_id: number;
  kind: 'program' | 'kegiatan';
  name: string;
  description: Generated<string>;
  agency_id: number | null;
  agency_name: string | null;
  budget_year: number | null;
  location: string | null;
  /** Calendar days, YYYY-MM-DD. */
  start_date: string | null;
  end_date: string | null;
  status: 'rencana' | 'berjalan' | 'selesai' | 'ditunda';
  contact_name: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  /** JSON array of {title, url}. */
  documents: Generated<string>;
  /** JSON array of phrases; empty: derived from the name. */
  keywords: Generated<string>;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A newspaper or magazine the office clips (migration 027). */
export interface PrintOutletTable {
  id: Generated<number>;
  workspace_id: number;
  name: string;
  /** The name folded for matching ("Radar  Sukamaju" = "radar sukamaju"). */
  name_key: string;
  region: string | null;
  frequency: 'harian' | 'mingguan' | 'bulanan' | 'lainnya';
  circulation: number | null;
  partner_id: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** One uploaded scan, photo or PDF of a print outlet's edition. */
export interface ClippingTable {
  id: Generated<number>;
  workspace_id: number;
  print_outlet_id: number;
  file_name: string;
  file_size: number;
  /** The edition's calendar day, YYYY-MM-DD. */
  edition_date: string;
  first_page: number | null;
  status: 'processing' | 'ready' | 'failed';
  error: string | null;
  /** The uploaded bytes until they are read; then null. */
  upload: Uint8Array | null;
  created_by: number | null;
  created_at: Timestamp;
  enqueued_at: Timestamp | null;
  read_at: Timestamp | null;
}

export interface ClippingPageTable {
  id: Generated<number>;
  clipping_id: number;
  workspace_id: number;
  page_no: number;
  width: number;
  height: number;
  method: 'ocr' | 'text-layer';
  /** The normalised page as JPEG: the evidence shown beside the text. */
  image: Uint8Array;
  /** JSON: TextLine[]. */
  lines: string;
  /** JSON: Box[]. */
  proposed_regions: string;
  confirmed: Generated<number>;
}

export interface ClippingRegionTable {
  id: Generated<number>;
  page_id: number;
  position: number;
  x: number;
  y: number;
  w: number;
  h: number;
  article_id: number | null;
}

/** Each version of an article's title and text; version 1 is what was read (OCR or text layer). */
export interface ArticleTextVersionTable {
  id: Generated<number>;
  article_id: number;
  version: number;
  title: string | null;
  text: string;
  note: string | null;
  created_by: number | null;
  created_at: Timestamp;
}

export interface Database {
  print_outlet: PrintOutletTable;
  clipping: ClippingTable;
  clipping_page: ClippingPageTable;
  clipping_region: ClippingRegionTable;
  article_text_version: ArticleTextVersionTable;
  program: ProgramTable;
  partner: PartnerTable;
  partner_host: PartnerHostTable;
  partner_certificate: PartnerCertificateTable;
  partner_agreement: PartnerAgreementTable;
  letter: LetterTable;
  letter_agenda_counter: LetterAgendaCounterTable;
  publication: PublicationTable;
  publication_version: PublicationVersionTable;
  publication_delivery: PublicationDeliveryTable;
  publication_pickup: PublicationPickupTable;
  inbox_notice: InboxNoticeTable;
  notice_preference: NoticePreferenceTable;
  direction: DirectionTable;
  direction_link: DirectionLinkTable;
  direction_recipient: DirectionRecipientTable;
  direction_event: DirectionEventTable;
  direction_file: DirectionFileTable;
  report: ReportTable;
  report_section: ReportSectionTable;
  report_comment: ReportCommentTable;
  sop_definition: SopDefinitionTable;
  sop_case: SopCaseTable;
  sop_case_event: SopCaseEventTable;
  schedule: ScheduleTable;
  app_user: UserTable;
  agency: AgencyTable;
  membership: MembershipTable;
  user_session: UserSessionTable;
  api_token: ApiTokenTable;
  audit_log: AuditLogTable;
  workspace_setting: WorkspaceSettingTable;
  issue: IssueTable;
  issue_article: IssueArticleTable;
  issue_clock: IssueClockTable;
  alert_state: AlertStateTable;
  alert: AlertTable;
  alert_comment: AlertCommentTable;
  alert_event: AlertEventTable;
  dashboard_day: DashboardDayTable;
  reanalysis_run: ReanalysisRunTable;
  poll_request: PollRequestTable;
  subject: SubjectTable;
  article_analysis: ArticleAnalysisTable;
  article_subject: ArticleSubjectTable;
  correction: CorrectionTable;
  workspace_place: WorkspacePlaceTable;
  job: JobTable;
  workspace: WorkspaceTable;
  source: SourceTable;
  source_log: SourceLogTable;
  article: ArticleTable;
  article_band: ArticleBandTable;
  story: StoryTable;
}
